package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.serialization.internal.DocumentCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document format of the SDK, {@link LcnJson} or {@link LcnXml}: reads and writes LCN
 * documents from and to every kind of source and target. Each overload names its source in
 * error messages. Only this package can define formats.
 *
 * @since 0.1.0
 */
public abstract class DocumentFormat implements DocumentReader, DocumentWriter {
  private final DocumentCodec codec;

  DocumentFormat(DocumentCodec codec) {
    this.codec = codec;
  }

  @Override
  public <T> T read(String document, Class<T> type) {
    try {
      return codec.read(type, "(string)", r -> r.createParser(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(byte[] document, Class<T> type) {
    try {
      return codec.read(type, "(bytes)", r -> r.createParser(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(Reader document, Class<T> type) throws IOException {
    return codec.read(type, "(reader)", DocumentCodec.from(document));
  }

  @Override
  public <T> T read(InputStream document, Class<T> type) throws IOException {
    return codec.read(type, "(stream)", DocumentCodec.from(document));
  }

  @Override
  public <T> T read(Path document, Class<T> type) throws IOException {
    try (InputStream in = Files.newInputStream(document)) {
      return codec.read(type, document.toString(), DocumentCodec.from(in));
    }
  }

  @Override
  public String writeToString(Object value) {
    return codec.writeToString(value);
  }

  @Override
  public byte[] writeToBytes(Object value) {
    return codec.writeToBytes(value);
  }

  @Override
  public void write(Object value, Writer out) throws IOException {
    codec.write(value, out);
  }

  @Override
  public void write(Object value, OutputStream out) throws IOException {
    codec.write(value, out);
  }

  @Override
  public void write(Object value, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      codec.write(value, out);
    }
  }
}

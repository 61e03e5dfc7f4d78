package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.serialization.internal.AtomicFiles;
import io.github.learningcities.lcn.serialization.internal.DocumentCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.type.LogicalType;

/**
 * A document format of the SDK, {@link LcnJson} or {@link LcnXml}: reads and writes LCN
 * documents from and to every kind of source and target. Each overload names its source in
 * error messages. Only this package can define formats.
 *
 * @since 0.1.0
 */
public abstract class DocumentFormat implements DocumentReader, DocumentWriter {
  private final ReadOptions options;
  private final DocumentCodec codec;

  DocumentFormat(ReadOptions options, DocumentCodec codec) {
    this.options = options;
    this.codec = codec;
  }

  /**
   * Returns the reading options (limits, unknown properties) of this format.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  @Override
  public <T> T read(String document, Class<T> type) {
    try {
      return codec.read(type, "(string)", document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(byte[] document, Class<T> type) {
    try {
      return codec.read(type, "(bytes)", document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(Reader document, Class<T> type) throws IOException {
    return codec.read(type, "(reader)", document);
  }

  @Override
  public <T> T read(InputStream document, Class<T> type) throws IOException {
    return codec.read(type, "(stream)", document);
  }

  @Override
  public <T> T read(Path document, Class<T> type) throws IOException {
    try (InputStream in = Files.newInputStream(document)) {
      return codec.read(type, document.toString(), in);
    }
  }

  /**
   * Builds this format's serializers for one kind of document ahead of its first write, for
   * example on an idle thread while the content is still being computed. Writing works the
   * same without it and gives the same bytes; only the first write gets faster.
   *
   * @param kind the kind of document to be written
   * @since 0.1.0
   */
  public void prepare(DocumentKind kind) {
    codec.prepare(Objects.requireNonNull(kind, "kind"));
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
    AtomicFiles.replace(file, out -> codec.write(value, out));
  }

  /** Configures a mapper of either format as the SDK reads and writes documents. */
  static <M extends tools.jackson.databind.ObjectMapper, B extends MapperBuilder<M, B>>
      B configure(B builder, ReadOptions options) {
    // As strict as the schemas: a float never becomes an int, an empty text never becomes a
    // number or a boolean, and no scalar becomes a text (a JSON document's nulls are refused
    // by the reader, see DocumentCodec; a number written as a text by LcnJson.newMapper).
    for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float,
        LogicalType.Boolean}) {
      builder.withCoercionConfig(t, c -> c.setCoercion(CoercionInputShape.EmptyString,
          CoercionAction.Fail).setCoercion(CoercionInputShape.Float, t == LogicalType.Float
              ? CoercionAction.TryConvert : CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, t == LogicalType.Boolean
              ? CoercionAction.Fail : CoercionAction.TryConvert)
          .setAcceptBlankAsEmpty(false));
    }
    builder.withCoercionConfig(LogicalType.Enum, c -> c
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false));
    builder.withCoercionConfig(LogicalType.DateTime, c -> c
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false));
    builder.withCoercionConfig(LogicalType.Textual, c -> c
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    return builder.addModule(new LcnModule())
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            !options.allowUnknownProperties())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT));
  }

  /** The stream limits of the options, for either format's factory. */
  static StreamReadConstraints constraints(ReadOptions options) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(options.maxNestingDepth())
        .maxNumberLength(options.maxNumberLength())
        .maxStringLength(options.maxStringLength())
        .maxDocumentLength(options.maxDocumentLength())
        .build();
  }
}

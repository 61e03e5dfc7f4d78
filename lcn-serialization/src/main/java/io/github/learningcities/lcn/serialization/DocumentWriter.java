package io.github.learningcities.lcn.serialization;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes LCN documents. The value is the content of a {@link DocumentKind} (a {@code
 * NetworkDocument}, {@code Declaration}, {@code Framework}, {@code Pipeline}, {@code Dataset},
 * {@code Panel}, {@code ResultsDocument} or {@code Audit}; an engine {@code Results} is written as its {@link
 * ResultsDocument}, with the input dataset); the writer adds the kind and the current format
 * version. Output is stable: the same value always gives the same text. Implementations are
 * immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public interface DocumentWriter {

  /**
   * Writes a document to a string.
   *
   * @param value the content
   * @return the document text
   * @throws IllegalArgumentException if the value is not the content of a document kind
   */
  String writeToString(Object value);

  /**
   * Writes a document to UTF-8 bytes.
   *
   * @param value the content
   * @return the document bytes
   * @throws IllegalArgumentException if the value is not the content of a document kind
   */
  byte[] writeToBytes(Object value);

  /**
   * Writes a document to a character stream, which is flushed but not closed.
   *
   * @param value the content
   * @param out the stream
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the value is not the content of a document kind
   */
  void write(Object value, Writer out) throws IOException;

  /**
   * Writes a document as UTF-8 to a byte stream, which is flushed but not closed.
   *
   * @param value the content
   * @param out the stream
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the value is not the content of a document kind
   */
  void write(Object value, OutputStream out) throws IOException;

  /**
   * Writes a document as UTF-8 to a file, replacing it only once the whole document is written
   * (a temporary file in the same folder, moved into place): if writing fails, the file is as
   * it was.
   *
   * @param value the content
   * @param file the file
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the value is not the content of a document kind
   */
  void write(Object value, Path file) throws IOException;
}

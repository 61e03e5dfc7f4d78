package io.github.learningcities.lcn.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads LCN documents. The content type names the document kind expected
 * ({@code NetworkDocument}, {@code Declaration}, {@code Framework}, {@code Pipeline},
 * {@code Dataset}, {@code Panel}, {@code ResultsDocument}, {@code Audit}; see {@link
 * DocumentKind}); a results document that holds its input dataset can also be read as engine
 * {@code Results}, by running its pipeline again (see {@link ResultsDocument#toResults}).
 * Every method returns a complete, valid value or throws; it never returns a partial value.
 * Implementations are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public interface DocumentReader {

  /**
   * Reads a document from a string.
   *
   * @param <T> the content type
   * @param document the document text
   * @param type the content type expected
   * @return the content
   * @throws DocumentReadException if the document is malformed, of another kind or version,
   *     breaks a limit or a rule of the model
   * @throws IllegalArgumentException if {@code type} is not the content type of a kind
   */
  <T> T read(String document, Class<T> type);

  /**
   * Reads a document from bytes (UTF-8 for JSON; XML may declare its encoding).
   *
   * @param <T> the content type
   * @param document the document bytes
   * @param type the content type expected
   * @return the content
   * @throws DocumentReadException if the document is malformed (including invalid UTF-8), of
   *     another kind or version, breaks a limit or a rule of the model
   * @throws IllegalArgumentException if {@code type} is not the content type of a kind
   */
  <T> T read(byte[] document, Class<T> type);

  /**
   * Reads a document from a character stream, which is not closed.
   *
   * @param <T> the content type
   * @param document the document
   * @param type the content type expected
   * @return the content
   * @throws IOException if reading the stream fails
   * @throws DocumentReadException if the document is malformed, of another kind or version,
   *     breaks a limit or a rule of the model
   * @throws IllegalArgumentException if {@code type} is not the content type of a kind
   */
  <T> T read(Reader document, Class<T> type) throws IOException;

  /**
   * Reads a document from a byte stream, which is not closed.
   *
   * @param <T> the content type
   * @param document the document
   * @param type the content type expected
   * @return the content
   * @throws IOException if reading the stream fails
   * @throws DocumentReadException if the document is malformed, of another kind or version,
   *     breaks a limit or a rule of the model
   * @throws IllegalArgumentException if {@code type} is not the content type of a kind
   */
  <T> T read(InputStream document, Class<T> type) throws IOException;

  /**
   * Reads a document from a file; error messages name the file.
   *
   * @param <T> the content type
   * @param document the file
   * @param type the content type expected
   * @return the content
   * @throws IOException if reading the file fails
   * @throws DocumentReadException if the document is malformed, of another kind or version,
   *     breaks a limit or a rule of the model
   * @throws IllegalArgumentException if {@code type} is not the content type of a kind
   */
  <T> T read(Path document, Class<T> type) throws IOException;
}

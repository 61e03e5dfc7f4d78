package io.github.learningcities.lcn.serialization.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * A table's whole text, decoded, as a reader over a range of a character array that the
 * table readers may also use directly ({@link CsvHalves} reads a large text as two parts at
 * once). The array is the reader's: nobody else writes it.
 *
 * @since 0.1.0
 */
public final class CsvChars extends Reader {
  private final char[] chars;
  private final int from;
  private final int to;
  private int next;

  /**
   * A reader over {@code chars[offset]} to {@code chars[offset + length - 1]}.
   *
   * @param chars the text; kept, not copied
   * @param offset the first character
   * @param length the number of characters
   * @throws IndexOutOfBoundsException if the range is not inside the array
   */
  public CsvChars(char[] chars, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, chars.length);
    this.chars = chars;
    this.from = offset;
    this.to = offset + length;
    this.next = offset;
  }

  /**
   * A text whose characters are made later (on another thread, say): {@link #chars()} waits
   * for them.
   *
   * @since 0.1.0
   */
  public interface Deferred {
    /**
     * Waits for the text and returns it.
     *
     * @return the text as characters, or null when it is not held as one array
     * @throws IOException if the text could not be made; the reader's reads throw it too
     */
    CsvChars chars() throws IOException;
  }

  /**
   * Returns a reader's whole text as one array, when it is held as one and none of it has been
   * read yet.
   *
   * @param in a reader: a {@code CsvChars}, or a {@link Deferred} text
   * @return the text, or null
   * @throws IOException if a deferred text could not be made
   */
  static CsvChars unread(Reader in) throws IOException {
    CsvChars text = in instanceof Deferred d ? d.chars() : in instanceof CsvChars c ? c : null;
    return text == null || text.next != text.from ? null : text;
  }

  /** The array that holds the text. */
  char[] array() {
    return chars;
  }

  /** Where the text starts in the array. */
  int from() {
    return from;
  }

  /** Where the text ends in the array (exclusive). */
  int to() {
    return to;
  }

  @Override
  public int read(char[] target, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    if (next == to) {
      return -1;
    }
    int n = Math.min(length, to - next);
    System.arraycopy(chars, next, target, offset, n);
    next += n;
    return n;
  }

  @Override
  public void close() {
    // the characters are the garbage collector's
  }
}

package io.github.learningcities.lcn.serialization.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;

/**
 * A CSV document written as UTF-8 through one reusable byte buffer: text is encoded in place
 * (ASCII byte for byte, no {@code CharsetEncoder}), integers and doubles are formatted into the
 * buffer without an intermediate {@code String}, and pre-encoded fields (a unit's code and
 * name, repeated on every row of a long table) are copied as bytes. The bytes are those that an
 * {@code OutputStreamWriter} with UTF-8 would write for the same characters, a lone surrogate
 * included (as {@code ?}). Nothing is written to the target until the buffer is full or
 * {@link #flush()} is called; the buffer is handed over only between whole characters, so a
 * {@link Writer} target receives complete text.
 *
 * @since 0.1.0
 */
public final class CsvOutput implements Flushable {
  private static final int CAPACITY = 1 << 16;
  /** The longest UTF-8 encoding of one character (a surrogate pair). */
  private static final int MAX_CHAR_BYTES = 4;

  private final OutputStream bytesOut;
  private final Writer charsOut;
  private final byte[] buffer;
  private int position;
  /** {@link Double#toString}'s characters, appended here without a {@code String}. */
  private final StringBuilder number = new StringBuilder(32);
  private char[] numberChars = new char[32];

  private CsvOutput(OutputStream bytesOut, Writer charsOut, int capacity) {
    this.bytesOut = bytesOut;
    this.charsOut = charsOut;
    this.buffer = new byte[capacity];
  }

  /**
   * Writes into a byte stream.
   *
   * @param out the target; flushed by {@link #flush()}, never closed
   * @return the output
   */
  public static CsvOutput to(OutputStream out) {
    return new CsvOutput(out, null, CAPACITY);
  }

  /**
   * Writes into a character stream (standard output, a string), decoding whole characters.
   *
   * @param out the target; flushed by {@link #flush()}, never closed
   * @return the output
   */
  public static CsvOutput to(Writer out) {
    return new CsvOutput(null, out, CAPACITY);
  }

  /**
   * Writes into a character stream through a small buffer, for a few short fields.
   *
   * @param out the target; flushed by {@link #flush()}, never closed
   * @return the output
   */
  public static CsvOutput small(Writer out) {
    return new CsvOutput(null, out, 64);
  }

  /**
   * Writes one character, UTF-8 encoded.
   *
   * @param c the character (a surrogate on its own is written as {@code ?})
   * @return this output
   * @throws IOException if writing fails
   */
  public CsvOutput put(char c) throws IOException {
    if (position + MAX_CHAR_BYTES > buffer.length) {
      drain();
    }
    if (c < 0x80) {
      buffer[position++] = (byte) c;
    } else {
      encode(c);
    }
    return this;
  }

  /**
   * Writes text as it is (no quoting), UTF-8 encoded.
   *
   * @param s the text
   * @return this output
   * @throws IOException if writing fails
   */
  public CsvOutput text(String s) throws IOException {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (position + MAX_CHAR_BYTES > buffer.length) {
        drain();
      }
      char c = s.charAt(i);
      if (c < 0x80) {
        buffer[position++] = (byte) c;
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buffer[position++] = (byte) (0xF0 | (cp >> 18));
        buffer[position++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buffer[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buffer[position++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        encode(c);
      }
    }
    return this;
  }

  /** Encodes a character of the Basic Multilingual Plane of 0x80 or more; a surrogate as '?'. */
  private void encode(char c) {
    if (c < 0x800) {
      buffer[position++] = (byte) (0xC0 | (c >> 6));
      buffer[position++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isSurrogate(c)) {
      buffer[position++] = '?';
    } else {
      buffer[position++] = (byte) (0xE0 | (c >> 12));
      buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buffer[position++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /**
   * When a text field is put in double quotes. Every CSV table the SDK writes quotes its fields
   * by one of these rules, through {@link #quoted(String, Quoting)}: its text made safe with
   * {@link CsvFields#neutralise(String)} first, a double quote inside doubled, nothing else
   * escaped.
   *
   * @since 0.1.0
   */
  public enum Quoting {
    /**
     * Only when the text holds a comma, a double quote, a line feed or a carriage return (RFC
     * 4180's minimum): the tables of {@code lcn} (scores, uncertainty, statistics,
     * sensitivity, commitment progress).
     */
    WHERE_NEEDED,
    /**
     * Also when the text is longer than {@value CsvOutput#CAUTIOUS_LENGTH} characters, or holds
     * a character below {@code -} (a space, a control character or one of
     * {@code !"#$%&'()*+,}) or a backslash: the library's tables (COINr iData and iMeta,
     * observation, replication and results tables), as Jackson's CSV generator wrote them.
     */
    CAUTIOUS
  }

  /** The longest text that {@link Quoting#CAUTIOUS} leaves without quotes if it may. */
  static final int CAUTIOUS_LENGTH = 24;

  /**
   * Writes a text field as RFC 4180 wants it and spreadsheets can open it safely: made safe
   * with {@link CsvFields#neutralise(String)}, and in double quotes (a quote doubled) only when
   * it holds a comma, a double quote, a line feed or a carriage return
   * ({@link Quoting#WHERE_NEEDED}).
   *
   * @param text the field's text
   * @return this output
   * @throws IOException if writing fails
   */
  public CsvOutput field(String text) throws IOException {
    return text(quoted(text));
  }

  /**
   * Returns a text field as {@link #field(String)} writes it.
   *
   * @param text the field's text
   * @return the neutralised text, quoted where needed
   */
  public static String quoted(String text) {
    return quoted(text, Quoting.WHERE_NEEDED);
  }

  /**
   * Returns a text field as a table quoted by a rule writes it: neutralised with
   * {@link CsvFields#neutralise(String)}, then in double quotes (a double quote doubled) when
   * the rule says so.
   *
   * @param text the field's text
   * @param quoting the rule
   * @return the field
   */
  public static String quoted(String text, Quoting quoting) {
    String s = CsvFields.neutralise(text);
    if (!needsQuotes(s, quoting)) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static boolean needsQuotes(String s, Quoting quoting) {
    if (quoting == Quoting.WHERE_NEEDED) {
      return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
          || s.indexOf('\r') >= 0;
    }
    int n = s.length();
    if (n > CAUTIOUS_LENGTH) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '-' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes bytes that are already UTF-8 text (whole characters), such as a field written on
   * every row and encoded once with {@link #utf8(String)}.
   *
   * @param utf8 the bytes
   * @return this output
   * @throws IOException if writing fails
   */
  public CsvOutput bytes(byte[] utf8) throws IOException {
    return bytes(utf8, 0, utf8.length);
  }

  /**
   * Writes part of an array of UTF-8 bytes as they are, such as a block of a table formatted
   * elsewhere (a character stream gets them decoded, so the part must hold whole characters).
   *
   * @param utf8 the bytes
   * @param from the first byte's index
   * @param length how many bytes
   * @return this output
   * @throws IOException if writing fails
   * @throws IndexOutOfBoundsException if the part is not within the array
   */
  public CsvOutput bytes(byte[] utf8, int from, int length) throws IOException {
    Objects.checkFromIndexSize(from, length, utf8.length);
    if (position + length > buffer.length) {
      drain();
      if (length > buffer.length - position) {
        if (bytesOut != null) {
          bytesOut.write(utf8, from, length);
          return this;
        }
        // Through the buffer, which hands a character stream whole characters only.
        int at = from;
        int end = from + length;
        while (end - at > buffer.length - position) {
          int n = buffer.length - position;
          System.arraycopy(utf8, at, buffer, position, n);
          position += n;
          at += n;
          drain();
        }
        System.arraycopy(utf8, at, buffer, position, end - at);
        position += end - at;
        return this;
      }
    }
    System.arraycopy(utf8, from, buffer, position, length);
    position += length;
    return this;
  }

  /**
   * Where the last whole UTF-8 sequence of some bytes ends: before a lead byte among the last
   * three whose sequence the bytes cut short, else at their end (bytes that are not UTF-8 are
   * left as they are, to be decoded as they are).
   *
   * @param utf8 the bytes
   * @param length how many of them
   * @return the length of their whole characters
   */
  public static int wholeCharacters(byte[] utf8, int length) {
    for (int p = length - 1; p >= 0 && p >= length - 3; p--) {
      int b = utf8[p] & 0xFF;
      if (b < 0x80) {
        return length;
      }
      if (b >= 0xC0) {
        int needed = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
        return p + needed >= length ? p : length;
      }
    }
    return length;
  }

  /**
   * Encodes a text as {@link #text(String)} writes it, to be written many times with
   * {@link #bytes(byte[])}.
   *
   * @param s the text
   * @return its UTF-8 bytes
   */
  public static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  /**
   * Writes an integer in decimal, as {@link Long#toString(long)} does.
   *
   * @param v the integer
   * @return this output
   * @throws IOException if writing fails
   */
  public CsvOutput integer(long v) throws IOException {
    if (v == Long.MIN_VALUE) {
      return text(Long.toString(v));
    }
    if (position + 20 > buffer.length) {
      drain();
    }
    long u = v;
    if (u < 0) {
      buffer[position++] = '-';
      u = -u;
    }
    int digits = 1;
    for (long power = 10; digits < 19 && u >= power; power *= 10) {
      digits++;
    }
    int end = position + digits;
    // Backwards, two digits per division; int arithmetic once the value fits one (a long
    // division is a runtime call in client-compiled code, an int division one instruction).
    byte[] b = buffer;
    int i = end;
    while (u > Integer.MAX_VALUE) {
      long q = u / 100;
      int r = (int) (u - q * 100);
      b[--i] = (byte) ('0' + r % 10);
      b[--i] = (byte) ('0' + r / 10);
      u = q;
    }
    int w = (int) u;
    while (w >= 100) {
      int q = w / 100;
      int r = w - q * 100;
      b[--i] = (byte) ('0' + r % 10);
      b[--i] = (byte) ('0' + r / 10);
      w = q;
    }
    if (w >= 10) {
      b[--i] = (byte) ('0' + w % 10);
      w /= 10;
    }
    b[--i] = (byte) ('0' + w);
    position = end;
    return this;
  }

  /**
   * Writes a double exactly as {@link Double#toString(double)} gives it on the running Java
   * (which is not always the shortest text before Java 19), without making a {@code String}.
   *
   * @param v the number
   * @param lowerCaseExponent whether to write the exponent's {@code E} as {@code e}
   * @return this output
   * @throws IOException if writing fails
   */
  public CsvOutput javaDouble(double v, boolean lowerCaseExponent) throws IOException {
    // Not Double.toString's String copied in at once: cheaper in a short table's cold run
    // (about 1 ms of ASEM), but its 120,000 strings made a 2,000 x 42 long table's run collect
    // garbage once (a 4 ms pause) where this path allocates nothing.
    StringBuilder sb = number;
    sb.setLength(0);
    sb.append(v);
    int n = sb.length();
    if (n > numberChars.length) {
      numberChars = new char[n];
    }
    char[] cs = numberChars;
    sb.getChars(0, n, cs, 0);
    if (position + n > buffer.length) {
      drain();
    }
    byte[] b = buffer;
    int p = position;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      b[p++] = (byte) (c == 'E' && lowerCaseExponent ? 'e' : c);
    }
    position = p;
    return this;
  }

  /**
   * Writes a number of {@code lcn}'s tables: nothing for NaN (a missing value), an integer
   * below 10<sup>15</sup> without a decimal point (negative zero as {@code 0}), {@code infinity}
   * or {@code -infinity}, and every other double as {@link Double#toString} writes it with a
   * lower-case exponent ({@code 1.0e-5}). (The library's tables write
   * {@link CsvFields#number(double)}.)
   *
   * @param v the number
   * @return this output
   * @throws IOException if writing fails
   */
  public CsvOutput number(double v) throws IOException {
    if (Double.isNaN(v)) {
      return this;
    }
    // An integer below 10^15 is the long it converts to (negative zero converts to 0).
    long whole = (long) v;
    if (whole == v && Math.abs(v) < 1e15) {
      return integer(whole);
    }
    if (Double.isInfinite(v)) {
      return text(v > 0 ? "infinity" : "-infinity");
    }
    return javaDouble(v, true);
  }

  /**
   * Hands the buffered bytes to the target; a character stream gets the whole characters, the
   * bytes of one that {@link #bytes} cut short (at most three) staying in the buffer until the
   * rest of it comes.
   */
  private void drain() throws IOException {
    if (position == 0) {
      return;
    }
    if (bytesOut != null) {
      bytesOut.write(buffer, 0, position);
      position = 0;
    } else {
      int whole = wholeCharacters(buffer, position);
      charsOut.write(new String(buffer, 0, whole, UTF_8));
      System.arraycopy(buffer, whole, buffer, 0, position - whole);
      position -= whole;
    }
  }

  /**
   * Writes the buffered bytes and flushes the target.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void flush() throws IOException {
    drain();
    if (position > 0) {
      // A character cut short that nothing completed: decoded as it is.
      charsOut.write(new String(buffer, 0, position, UTF_8));
      position = 0;
    }
    if (bytesOut != null) {
      bytesOut.flush();
    } else {
      charsOut.flush();
    }
  }
}

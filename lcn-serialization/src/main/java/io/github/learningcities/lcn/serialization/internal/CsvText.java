package io.github.learningcities.lcn.serialization.internal;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The characters of a CSV file: UTF-8 (a leading byte-order mark skipped), or UTF-16 when the
 * file starts with a UTF-16 byte-order mark, as spreadsheets export it. Bytes that are not
 * valid in that encoding are refused with a {@link DocumentReadException} naming the file,
 * the line and the column, and saying that UTF-8 is expected (and, where the bytes look like
 * it, that the file seems to be Latin-1 or Windows-1252).
 *
 * @since 0.1.0
 */
public final class CsvText extends Reader {
  private static final int CHUNK = 16 * 1024;

  private final InputStream in;
  private final String source;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
  private final CharBuffer chars = CharBuffer.allocate(CHUNK);
  private boolean ended;
  private boolean closed;
  /** Lines and the column of the characters decoded so far, for the place of an error. */
  private int line = 1;
  private int column = 1;

  private CsvText(InputStream in, String source, Charset charset, byte[] rest, int restLength) {
    this.in = in;
    this.source = source;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.put(rest, 0, restLength);
    bytes.flip();
    chars.flip();
  }

  /**
   * Opens a CSV file for reading.
   *
   * @param file the file
   * @return its characters; close it
   * @throws IOException if the file cannot be read
   * @throws DocumentReadException if the path is a folder, or does not exist
   */
  public static Reader open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new DocumentReadException(file.toString(), 0, 0, null, "is a folder; expected a "
          + "CSV file", null);
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new DocumentReadException(file.toString(), 0, 0, null, "no such file; expected "
          + "an existing CSV file", e);
    }
    try {
      return decode(in, file.toString());
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Decodes a byte stream as a CSV text.
   *
   * @param in the bytes; closed when the reader is closed
   * @param source the stream's name in error messages
   * @return its characters
   * @throws IOException if the stream cannot be read
   */
  public static Reader decode(InputStream in, String source) throws IOException {
    byte[] head = new byte[3];
    int n = 0;
    while (n < head.length) {
      int r = in.read(head, n, head.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    int b0 = n > 0 ? head[0] & 0xFF : -1;
    int b1 = n > 1 ? head[1] & 0xFF : -1;
    int b2 = n > 2 ? head[2] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new CsvText(in, source, UTF_8, head, 0);
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return new CsvText(in, source, UTF_16LE, new byte[] {head[2]}, n - 2);
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return new CsvText(in, source, UTF_16BE, new byte[] {head[2]}, n - 2);
    }
    return new CsvText(in, source, UTF_8, head, n);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (closed) {
      throw new IOException("the reader of " + source + " is closed");
    }
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes the next chunk; false at the end. */
  private boolean fill() throws IOException {
    if (ended && !bytes.hasRemaining()) {
      return false;
    }
    chars.clear();
    while (chars.position() == 0) {
      if (!ended && bytes.remaining() < CHUNK / 2) {
        bytes.compact();
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
          ended = true;
        } else {
          bytes.position(bytes.position() + r);
        }
        bytes.flip();
      }
      int from = chars.position();
      CoderResult result = decoder.decode(bytes, chars, ended);
      if (ended && result.isUnderflow()) {
        result = decoder.flush(chars);
      }
      count(from);
      if (result.isError()) {
        throw invalid(result.length());
      }
      if (ended && result.isUnderflow() && !bytes.hasRemaining()) {
        break;
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void count(int from) {
    char[] a = chars.array();
    int end = chars.position();
    int lines = 0;
    int lastLineFeed = -1;
    for (int i = from; i < end; i++) {
      if (a[i] == '\n') {
        lines++;
        lastLineFeed = i;
      }
    }
    if (lastLineFeed < 0) {
      column += end - from;
    } else {
      line += lines;
      column = end - lastLineFeed;
    }
  }

  private DocumentReadException invalid(int length) {
    int at = bytes.position();
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < length && at + i < bytes.limit(); i++) {
      shown.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X",
          bytes.get(at + i) & 0xFF));
    }
    String what = charset == UTF_8 ? "UTF-8" : charset.name() + " (from its byte-order mark)";
    String hint = charset == UTF_8 && looksLikeLatin1(at, length)
        ? "; this looks like Latin-1/Windows-1252: save it as UTF-8"
        : "; expected a UTF-8 CSV file (or UTF-16 with a byte-order mark)";
    return new DocumentReadException(source, line, column, null, "the text is not valid "
        + what + " (bytes " + shown + ")" + hint, null);
  }

  /**
   * A single byte of 0x80 or more that is not part of a UTF-8 sequence, followed by plain ASCII
   * or the end: how an accented letter of Latin-1 or Windows-1252 text reads as UTF-8.
   */
  private boolean looksLikeLatin1(int at, int length) {
    int next = at + length;
    return length == 1 && (next >= bytes.limit() || (bytes.get(next) & 0x80) == 0
        || (bytes.get(at) & 0xC0) == 0x80);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    in.close();
  }
}

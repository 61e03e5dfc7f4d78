package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.BufferedReader;
import java.io.CharArrayReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the files a command reads before a reader sees them: each exists, is a file and not a
 * folder, and is UTF-8 text. Files that are not are refused with the file, the line and
 * column of the first bad byte, and what encoding is expected, including UTF-16 and UTF-32
 * files recognised by their byte-order mark (as spreadsheets export "Unicode text").
 */
final class InputFiles {
  private static final String SAVE_AS = "save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\")";

  private InputFiles() {}

  /**
   * Checks that a path is an existing, readable file of UTF-8 text (for XML: or of the encoding
   * its declaration names, which the XML reader decodes).
   *
   * @param file the file
   * @throws NoSuchFileException if there is no such file
   * @throws BadInputException if it is a folder or not UTF-8 text
   * @throws IOException if reading fails
   */
  static void requireText(Path file) throws IOException {
    requireFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      String bom = byteOrderMark(head);
      if (bom != null) {
        if (isXml(file) && bom.startsWith("UTF-16")) {
          return;
        }
        throw notUtf8(file, bom);
      }
      if (isXml(file) && declaresOtherEncoding(file)) {
        return;
      }
      checkUtf8(file, head, in);
    }
  }

  /**
   * Reads a CSV file that {@link #requireText} accepts (not an XML file, whose declaration may
   * name another encoding) and returns its text, from one reading of its bytes and one pass
   * over them that checks and decodes: the checks, their order and their messages are those
   * of {@link #requireText}, and the text is what the table readers decode from the file
   * (UTF-8, a leading byte-order mark left out).
   *
   * @param file the file
   * @return its text
   * @throws NoSuchFileException if there is no such file
   * @throws BadInputException if it is a folder or not UTF-8 text
   * @throws IOException if reading fails
   */
  static Reader csvText(Path file) throws IOException {
    requireFile(file);
    byte[] bytes = allBytes(file);
    String bom = byteOrderMark(Arrays.copyOf(bytes, Math.min(4, bytes.length)));
    if (bom != null) {
      throw notUtf8(file, bom);
    }
    char[] chars = new char[bytes.length];
    int n = decodeUtf8WithoutNul(bytes, bytes.length, chars);
    if (n < 0) {
      Utf8Scan scan = new Utf8Scan(file);
      scan.feed(bytes, bytes.length);
      scan.end();
    }
    // U+FEFF first is the UTF-8 byte-order mark, which the table readers leave out
    int start = n > 0 && chars[0] == '\uFEFF' ? 1 : 0;
    return new CharArrayReader(chars, start, n - start);
  }

  /**
   * A file's bytes, read through {@code java.io}'s file stream, which the JVM has set up at
   * its start (standard input is one), rather than through a file channel, whose first use
   * initialises the channel classes, their native library and a direct buffer for the copy;
   * a failure is met again through {@link Files#readAllBytes}, so that it is reported with the
   * file system's exception and message, as it always was.
   */
  static byte[] allBytes(Path file) throws IOException {
    try (FileInputStream in = new FileInputStream(file.toFile())) {
      return in.readAllBytes();
    } catch (IOException e) {
      return Files.readAllBytes(file);
    }
  }

  /**
   * The largest file {@link #csvText} is used for: its bytes and characters are held at once
   * (three times the file's size); a larger table is checked by {@link #requireText} and read
   * in chunks, with the same checks, messages and text.
   */
  static final long WHOLE_FILE_BYTES = 64L << 20;

  /**
   * Whether a table file is read whole by {@link #csvText}: a file up to {@link
   * #WHOLE_FILE_BYTES}, or a path that is not a regular file (which {@link #csvText} refuses).
   */
  static boolean readWhole(Path file) throws IOException {
    return !Files.isRegularFile(file) || Files.size(file) <= WHOLE_FILE_BYTES;
  }

  /** Refuses a folder or a path where there is nothing. */
  private static void requireFile(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a folder; expected a file");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
  }

  private static BadInputException notUtf8(Path file, String bom) {
    return new BadInputException(file + ", line 1: the file is " + bom + " text (it starts "
        + "with a " + bom + " byte-order mark); expected UTF-8: " + SAVE_AS);
  }

  /** Checks every file of a list with {@link #requireText}. */
  static void requireText(List<Path> files) throws IOException {
    for (Path f : files) {
      requireText(f);
    }
  }

  /**
   * The header of a CSV file: its first line that is not blank, split at commas, each name
   * trimmed and unquoted; empty if the file has no such line. Enough to tell an iData table
   * from an iMeta table; the tables' rules are the readers'.
   */
  static List<String> csvHeader(Path file) throws IOException {
    requireText(file);
    try (BufferedReader r = Files.newBufferedReader(file, UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          List<String> header = new ArrayList<>();
          for (String name : line.split(",", -1)) {
            String h = name.trim();
            header.add(h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")
                ? h.substring(1, h.length() - 1) : h);
          }
          return List.copyOf(header);
        }
      }
    }
    return List.of();
  }

  /** Whether a file is named as XML (whose declaration may name its encoding). */
  static boolean isXml(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
  }

  private static boolean declaresOtherEncoding(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(200);
    }
    Matcher m = XmlDeclaration.ENCODING.matcher(new String(head,
        StandardCharsets.ISO_8859_1));
    return m.find() && !m.group(1).equalsIgnoreCase("UTF-8")
        && !m.group(1).equalsIgnoreCase("UTF8");
  }

  /** Compiled on the first XML input only: a CSV run need not compile it. */
  private static final class XmlDeclaration {
    static final Pattern ENCODING = Pattern.compile(
        "^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
  }

  private static String byteOrderMark(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE
        && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32 (big-endian)";
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0
        && b[3] == 0) {
      return "UTF-32 (little-endian)";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "UTF-16 (big-endian)";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "UTF-16 (little-endian)";
    }
    return null;
  }

  /**
   * Reads the file once and refuses the first byte sequence that is not UTF-8, or a NUL
   * character (UTF-16 without a byte-order mark), with its line and column.
   */
  private static void checkUtf8(Path file, byte[] head, InputStream rest) throws IOException {
    if (isUtf8WithoutNul(head, rest)) {
      return;
    }
    try (InputStream again = Files.newInputStream(file)) {
      Utf8Scan scan = new Utf8Scan(file);
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = again.read(buffer)) > 0) {
        scan.feed(buffer, n);
      }
      scan.end();
    }
  }

  /**
   * Whether the bytes are UTF-8 without a NUL character, as {@link Utf8Scan} decides it: the
   * place of a problem (line, column) is found by the scan over the file again, only when
   * there is one.
   */
  static boolean isUtf8WithoutNul(byte[] head, InputStream rest) throws IOException {
    // In chunks of bounded size (a document may be larger than memory allows twice over): a
    // sequence cut at a chunk's end is carried over to the next.
    byte[] buffer = new byte[Math.max(1 << 16, head.length + 4)];
    char[] chars = new char[buffer.length];
    System.arraycopy(head, 0, buffer, 0, head.length);
    int length = head.length;
    while (true) {
      int r = rest.read(buffer, length, buffer.length - length);
      if (r < 0) {
        return decodeUtf8WithoutNul(buffer, length, chars) >= 0;
      }
      length += r;
      int end = CsvOutput.wholeCharacters(buffer, length);
      if (decodeUtf8WithoutNul(buffer, end, chars) < 0) {
        return false;
      }
      System.arraycopy(buffer, end, buffer, 0, length - end);
      length -= end;
    }
  }

  /**
   * Decodes UTF-8 bytes without a NUL character into characters, in one loop that keeps its
   * state in locals and copies plain ASCII as it goes: the number of characters, or -1 at the
   * first byte sequence that is not UTF-8 (overlong, a surrogate, above U+10FFFF, cut short)
   * or a NUL, as {@link Utf8Scan} decides it.
   *
   * @param in the bytes
   * @param length how many of them
   * @param out at least {@code length} long
   */
  static int decodeUtf8WithoutNul(byte[] in, int length, char[] out) {
    int n = 0;
    int i = 0;
    while (i < length) {
      int b = in[i];
      if (b > 0) {
        out[n++] = (char) b;
        i++;
        continue;
      }
      b &= 0xFF;
      int needed;
      int cp;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        cp = b & 0x1F;
        needed = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        cp = b & 0x0F;
        needed = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        cp = b & 0x07;
        needed = 3;
        min = 0x10000;
      } else {
        return -1;
      }
      if (i + needed >= length) {
        return -1;
      }
      for (int k = 1; k <= needed; k++) {
        int c = in[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) {
          return -1;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return -1;
      }
      i += needed + 1;
      if (cp < 0x10000) {
        out[n++] = (char) cp;
      } else {
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
      }
    }
    return n;
  }

  /** A streaming UTF-8 check that counts lines and characters. */
  private static final class Utf8Scan {
    private final Path file;
    private long line = 1;
    private long column = 1;
    private int pending;
    private int needed;
    private int min;
    private int first;

    Utf8Scan(Path file) {
      this.file = file;
    }

    void feed(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        int b = bytes[i] & 0xFF;
        if (needed > 0) {
          if ((b & 0xC0) != 0x80) {
            fail(first);
          }
          pending = (pending << 6) | (b & 0x3F);
          if (--needed == 0) {
            if (pending < min || pending > 0x10FFFF
                || (pending >= 0xD800 && pending <= 0xDFFF)) {
              fail(first);
            }
            column++;
          }
          continue;
        }
        if (b < 0x80) {
          if (b == 0) {
            throw new BadInputException(place() + ": the file holds a NUL character, as UTF-16 "
                + "text without a byte-order mark does; expected UTF-8: " + SAVE_AS);
          }
          if (b == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        } else if (b >= 0xC2 && b <= 0xDF) {
          start(b, b & 0x1F, 1, 0x80);
        } else if (b >= 0xE0 && b <= 0xEF) {
          start(b, b & 0x0F, 2, 0x800);
        } else if (b >= 0xF0 && b <= 0xF4) {
          start(b, b & 0x07, 3, 0x10000);
        } else {
          fail(b);
        }
      }
    }

    void end() {
      if (needed > 0) {
        fail(first);
      }
    }

    private void start(int b, int bits, int more, int minimum) {
      first = b;
      pending = bits;
      needed = more;
      min = minimum;
    }

    private String place() {
      return file + ", line " + line + ", column " + column;
    }

    private void fail(int b) {
      throw new BadInputException(String.format(Locale.ROOT, "%s: byte 0x%02X is not valid "
          + "UTF-8 (the file looks like Latin-1 or Windows-1252 text); expected UTF-8: %s",
          place(), b, SAVE_AS));
    }
  }
}

package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a catalog data resource in the {@value #FORMAT} text format into a
 * {@link CatalogDocument}.
 *
 * <p>The format, line by line (lines end with LF or CRLF; the text is UTF-8 without BOM):
 * <ul>
 *   <li>an empty line, or a comment: {@code #} alone or followed by a space; ignored anywhere;
 *   <li>a header: {@code #key: value}, the key made of lowercase letters, digits, {@code .} and
 *       {@code -} right after the {@code #}; headers precede the first record, the first one is
 *       {@code #format: lcn-catalog/1}, and {@code #columns.KIND: c1 TAB c2 ...} declares the
 *       columns of the records of kind {@code KIND};
 *   <li>a record: tab-separated fields, the first being its kind, the others the declared
 *       columns in order; trailing empty fields may be left out; an empty field is an absent
 *       value; in a field, {@code \t}, {@code \n} and {@code \\} stand for a tab, a line break
 *       and a backslash.
 * </ul>
 * Every violation is reported as a {@link CatalogFormatException} naming the resource, the line
 * and the rule.
 *
 * @since 0.1.0
 */
public final class CatalogResourceReader {
  /** The format identifier expected in the first header. */
  public static final String FORMAT = "lcn-catalog/1";

  private static final String COLUMNS = "columns.";

  private CatalogResourceReader() {}

  /**
   * Reads a class-path resource relative to an anchor class.
   *
   * @param anchor a class of the module that holds the resource
   * @param path the absolute resource path, e.g.
   *     {@code "/io/github/learningcities/lcn/model/unesco/regions.tsv"}
   * @return the parsed document
   * @throws CatalogFormatException if the resource is missing or breaks a rule of the format
   */
  public static CatalogDocument readResource(Class<?> anchor, String path) {
    String name = path.startsWith("/") ? path.substring(1) : path;
    try (InputStream in = open(anchor, path, name)) {
      if (in == null) {
        throw new CatalogFormatException(name, 0, "resource not found on the class path");
      }
      return read(name, in);
    } catch (IOException e) {
      throw new CatalogFormatException(name, 0, "could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * The resource from the anchor's own module (on the class path: from the class path itself)
   * first. {@link Class#getResourceAsStream} asks the parent class loaders first, and the boot
   * loader's search of the runtime's modules cost a short run about 5 ms at its first resource
   * on the class path. Where the module has no such resource, the class's lookup follows.
   */
  private static InputStream open(Class<?> anchor, String path, String name)
      throws IOException {
    InputStream in = anchor.getModule().getResourceAsStream(name);
    return in != null ? in : anchor.getResourceAsStream(path);
  }

  /**
   * Reads a document from a stream; the stream is read to its end but not closed.
   *
   * @param resourceName the name used in error messages
   * @param in the UTF-8 bytes
   * @return the parsed document
   * @throws CatalogFormatException if the bytes break a rule of the format
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static CatalogDocument read(String resourceName, InputStream in) {
    Objects.requireNonNull(resourceName, "resourceName");
    byte[] bytes;
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      bytes = buffer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resourceName, e);
    }
    return parse(resourceName, decode(resourceName, bytes));
  }

  /**
   * Parses a document from text.
   *
   * @param resourceName the name used in error messages
   * @param text the whole text of the resource
   * @return the parsed document
   * @throws CatalogFormatException if the text breaks a rule of the format
   */
  public static CatalogDocument parse(String resourceName, String text) {
    String[] lines = lines(text);
    Map<String, List<CatalogDocument.Header>> headers = new LinkedHashMap<>();
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, Integer> columnLines = new LinkedHashMap<>();
    List<CatalogRecord> records = new ArrayList<>();
    boolean formatSeen = false;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      if (line.isEmpty() || line.equals("#") || line.startsWith("# ")) {
        continue;
      }
      if (line.startsWith("#")) {
        String[] header = header(line);
        if (header == null) {
          throw new CatalogFormatException(resourceName, lineNo,
              "malformed header or comment; expected \"#key: value\" with a lowercase key, or"
                  + " a comment starting with \"# \"");
        }
        if (!records.isEmpty()) {
          throw new CatalogFormatException(resourceName, lineNo,
              "header \"" + header[0] + "\" after the first record; expected every header"
                  + " before the records");
        }
        String key = header[0];
        String value = header[1].strip();
        if (!formatSeen) {
          if (!key.equals("format") || !value.equals(FORMAT)) {
            throw new CatalogFormatException(resourceName, lineNo,
                "the first header must be \"#format: " + FORMAT + "\"");
          }
          formatSeen = true;
        }
        if (key.startsWith(COLUMNS)) {
          String kind = key.substring(COLUMNS.length());
          if (!AsciiText.isLowerKey(kind, '-')) {
            throw new CatalogFormatException(resourceName, lineNo,
                "record kind \"" + kind + "\" is invalid; expected lowercase letters, digits"
                    + " and hyphens");
          }
          if (columns.containsKey(kind)) {
            throw new CatalogFormatException(resourceName, lineNo,
                "columns of kind \"" + kind + "\" declared twice; expected one declaration");
          }
          List<String> names = List.of(value.split("\t", -1));
          if (value.isEmpty() || !distinctNonBlank(names)) {
            throw new CatalogFormatException(resourceName, lineNo,
                "columns of kind \"" + kind + "\" must be distinct, non-empty names separated"
                    + " by tabs");
          }
          columns.put(kind, names);
          columnLines.put(kind, lineNo);
        }
        List<CatalogDocument.Header> same = headers.get(key);
        if (same == null) {
          same = new ArrayList<>();
          headers.put(key, same);
        }
        same.add(new CatalogDocument.Header(key, value, lineNo));
        continue;
      }
      if (!formatSeen) {
        throw new CatalogFormatException(resourceName, lineNo,
            "record before the format header; expected \"#format: " + FORMAT
                + "\" as the first header");
      }
      String[] raw = line.split("\t", -1);
      String kind = raw[0];
      List<String> declared = columns.get(kind);
      if (declared == null) {
        throw new CatalogFormatException(resourceName, lineNo,
            "record of undeclared kind \"" + kind + "\"; expected one of " + columns.keySet()
                + " (declare a kind with \"#columns.KIND: ...\")");
      }
      if (raw.length - 1 > declared.size()) {
        throw new CatalogFormatException(resourceName, lineNo,
            kind + " record has " + (raw.length - 1) + " fields after its kind; expected at most "
                + declared.size() + " " + declared);
      }
      List<String> values = new ArrayList<>(declared.size());
      for (int c = 0; c < declared.size(); c++) {
        String field = c + 1 < raw.length ? raw[c + 1] : "";
        values.add(unescape(resourceName, lineNo, declared.get(c), field));
      }
      records.add(new CatalogRecord(resourceName, lineNo, kind, declared, values,
          columnLines.get(kind)));
    }
    if (!formatSeen) {
      throw new CatalogFormatException(resourceName, 0,
          "no format header; expected \"#format: " + FORMAT + "\" as the first header");
    }
    return new CatalogDocument(resourceName, headers, records);
  }

  /** Whether every name is non-blank and no name repeats; a loop, not a stream pipeline. */
  private static boolean distinctNonBlank(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isBlank() || !seen.add(name)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The key and the value of a header line, as {@code #([a-z][a-z0-9.-]*):(?: (.*))?} would
   * give its groups (an absent value as ""), or null when the line is no header.
   */
  static String[] header(String line) {
    int colon = line.indexOf(':');
    if (colon < 0 || !line.startsWith("#")) {
      return null;
    }
    String key = line.substring(1, colon);
    if (!AsciiText.isLowerKey(key, '.')) {
      return null;
    }
    if (colon + 1 == line.length()) {
      return new String[] {key, ""};
    }
    String value = line.substring(colon + 2);
    if (line.charAt(colon + 1) != ' ' || AsciiText.hasLineTerminator(value)) {
      return null;
    }
    return new String[] {key, value};
  }

  /**
   * The text's lines as {@code text.split("\\r?\\n", -1)} gives them, without a regular
   * expression: split at each LF, a CR right before it dropped.
   */
  static String[] lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int lf;
    while ((lf = text.indexOf('\n', start)) >= 0) {
      int end = lf > start && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
      out.add(text.substring(start, end));
      start = lf + 1;
    }
    out.add(text.substring(start));
    return out.toArray(new String[0]);
  }

  /**
   * The bytes as UTF-8 text, rejecting malformed input and a byte order mark. The String
   * constructor decodes fast but replaces malformed input with U+FFFD, so a text without
   * U+FFFD is the one a strict decoder gives; only one with it is decoded again strictly.
   */
  static String decode(String resourceName, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = decodeStrictly(resourceName, bytes);
    }
    if (text.startsWith("\uFEFF")) {
      throw new CatalogFormatException(resourceName, 1,
          "starts with a byte order mark; expected UTF-8 without BOM");
    }
    return text;
  }

  private static String decodeStrictly(String resourceName, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int line = firstMalformedLine(bytes);
      throw new CatalogFormatException(resourceName, line,
          "is not valid UTF-8; expected UTF-8 text", e);
    }
  }

  private static int firstMalformedLine(byte[] bytes) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
          decoder.decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }

  private static String unescape(String resourceName, int line, String column, String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char ch = field.charAt(i);
      if (ch != '\\') {
        out.append(ch);
        continue;
      }
      char next = i + 1 < field.length() ? field.charAt(i + 1) : '\0';
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case '\\' -> out.append('\\');
        default -> throw new CatalogFormatException(resourceName, line,
            "column \"" + column + "\" has an invalid escape at character " + (i + 1)
                + "; expected \\t, \\n or \\\\");
      }
      i++;
    }
    return out.toString();
  }
}

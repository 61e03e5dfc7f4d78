package io.github.learningcities.lcn.serialization.internal;

import tools.jackson.dataformat.xml.XmlNameProcessor;

/**
 * Writes map keys that are not XML names as XML names, reversibly, and reads them back. Maps are
 * written with the key as the element name ({@code <values><Libraries>12.0</Libraries></values>});
 * a key such as {@code "GDP per capita"}, {@code "1st"}, {@code "a:b"} or {@code ""} would make
 * the document malformed, so each character that may not stand where it stands is written as
 * {@code _xHHHH_} (its UTF-16 code unit in four upper-case hex digits; a supplementary
 * character as {@code _xHHHHHHHH_}, its code point in eight), the convention of SQL/XML and
 * .NET's {@code XmlConvert}: {@code "GDP per capita"} is written
 * {@code <GDP_x0020_per_x0020_capita>}, {@code "1st"} {@code <_x0031_st>}. An underscore
 * followed by {@code x} is written {@code _x005F_} so that it is never taken for an escape, and
 * the empty key is written {@code _x_}. Every other name, and so every property name and every
 * code of the SDK's usual alphabet, is written as it is.
 *
 * <p>"May stand" is decided conservatively, so that every XML 1.0 parser reads the result:
 * ASCII letters and {@code _} anywhere, ASCII digits, {@code -} and {@code .} after the first
 * character, and the letters of Latin-1, Latin Extended-A and the Cyrillic of Ukrainian and
 * Russian (the letters that XML 1.0's first-edition name tables, which Woodstox and the JDK's
 * parser apply, allow). Letters of other scripts are escaped too: still valid, only less
 * readable. The same key always gives the same name.
 *
 * <p>Reading decodes every {@code _xHHHH_} and {@code _xHHHHHHHH_} (hex digits in either case)
 * and leaves any other text as it is.
 *
 * @since 0.1.0
 */
public final class XmlNameEscapes implements XmlNameProcessor {
  private static final long serialVersionUID = 1L;

  /** How the empty name is written. */
  static final String EMPTY = "_x_";

  /** Creates the processor. */
  public XmlNameEscapes() {}

  @Override
  public void encodeName(XmlName name) {
    name.localPart = encode(name.localPart);
  }

  @Override
  public void decodeName(XmlName name) {
    name.localPart = decode(name.localPart);
  }

  /**
   * Returns the XML name that stands for a key.
   *
   * @param key the key
   * @return the key itself when it is a plain XML name without {@code "_x"}, else its escaped
   *     form
   */
  public static String encode(String key) {
    if (key.isEmpty()) {
      return EMPTY;
    }
    if (isPlainName(key) && !key.contains("_x")) {
      return key;
    }
    StringBuilder sb = new StringBuilder(key.length() + 16);
    for (int i = 0; i < key.length(); ) {
      int cp = key.codePointAt(i);
      int width = Character.charCount(cp);
      char c = key.charAt(i);
      boolean literal = width == 1 && (i == 0 ? isPlainStart(c) : isPlainPart(c))
          && !(c == '_' && i + 1 < key.length() && key.charAt(i + 1) == 'x');
      if (literal) {
        sb.append(c);
      } else if (width == 1) {
        sb.append("_x").append(hex(c, 4)).append('_');
      } else {
        sb.append("_x").append(hex(cp, 8)).append('_');
      }
      i += width;
    }
    return sb.toString();
  }

  /**
   * Returns the key that an XML name stands for, undoing {@link #encode(String)}.
   *
   * @param name the name as read
   * @return the key
   */
  public static String decode(String name) {
    if (name.indexOf("_x") < 0) {
      return name;
    }
    if (name.equals(EMPTY)) {
      return "";
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      if (name.startsWith("_x", i)) {
        int cp = escape(name, i, 8);
        if (cp >= 0 && Character.isValidCodePoint(cp)) {
          sb.appendCodePoint(cp);
          i += 11;
          continue;
        }
        cp = escape(name, i, 4);
        if (cp >= 0) {
          sb.append((char) cp);
          i += 7;
          continue;
        }
      }
      sb.append(name.charAt(i));
      i++;
    }
    return sb.toString();
  }

  /** The value of {@code _x} + {@code digits} hex digits + {@code _} at {@code at}, or -1. */
  private static int escape(String name, int at, int digits) {
    int end = at + 2 + digits;
    if (end >= name.length() || name.charAt(end) != '_') {
      return -1;
    }
    long value = 0;
    for (int i = at + 2; i < end; i++) {
      char c = name.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0'
          : c >= 'A' && c <= 'F' ? c - 'A' + 10
          : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (d < 0) {
        return -1;
      }
      value = value * 16 + d;
    }
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  private static String hex(int value, int digits) {
    String h = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
    return "0".repeat(Math.max(0, digits - h.length())) + h;
  }

  /**
   * Whether a name is written as it is: a plain start character followed by plain name
   * characters (see the class comment).
   *
   * @param name the name
   * @return whether it needs no escape (an {@code "_x"} in it is still escaped)
   */
  static boolean isPlainName(String name) {
    if (name.isEmpty() || !isPlainStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!isPlainPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isPlainStart(char c) {
    return c == '_' || isPlainLetter(c);
  }

  static boolean isPlainPart(char c) {
    return isPlainStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  }

  /**
   * The letters written as they are: ASCII, Latin-1, Latin Extended-A and Cyrillic (А-я, Ё-Џ,
   * ё-џ, Ґ, ґ), without the few of those blocks that XML 1.0's first-edition tables leave
   * out (Ĳ ĳ Ŀ ŀ ŉ ſ Ѝ ѐ ѝ).
   */
  static boolean isPlainLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
        || (c >= 0x100 && c <= 0x17E && c != 0x132 && c != 0x133 && c != 0x13F && c != 0x140
            && c != 0x149)
        || (c >= 0x401 && c <= 0x45F && c != 0x40D && c != 0x450 && c != 0x45D)
        || c == 0x490 || c == 0x491;
  }
}

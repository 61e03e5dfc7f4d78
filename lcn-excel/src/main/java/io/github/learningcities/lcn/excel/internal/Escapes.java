package io.github.learningcities.lcn.excel.internal;

/**
 * OOXML's escapes of characters that XML cannot hold: {@code _xHHHH_} stands for the UTF-16
 * unit HHHH, and {@code _x005F_} for an underscore that would otherwise start such an escape.
 */
final class Escapes {
  private Escapes() {}

  /** Whether an escape ({@code _x} four hex digits {@code _}) starts at position i. */
  static boolean startsEscape(CharSequence s, int i) {
    if (i + 7 > s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x'
        || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Replaces every escape by the character it stands for. */
  static String decode(String s) {
    if (s.indexOf("_x") < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (startsEscape(s, i)) {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 6;
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}

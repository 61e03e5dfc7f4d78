package io.github.learningcities.lcn.excel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Which number formats show dates, and the ISO text of a date cell's serial number. */
final class NumberFormats {
  private NumberFormats() {}

  /** Whether a number format (built-in id, or its code) shows a date or a time. */
  static boolean isDate(int id, String code) {
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58)) {
      return true;
    }
    if (code == null) {
      return false;
    }
    String section = code.split(";", -1)[0];
    StringBuilder plain = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        int end = section.indexOf(']', i);
        String inside = end < 0 ? "" : section.substring(i + 1, end).toLowerCase();
        if (inside.matches("h+|m+|s+")) {
          return true;
        }
        i = end < 0 ? section.length() : end;
      } else {
        plain.append(Character.toLowerCase(c));
      }
    }
    String p = plain.toString();
    return !p.contains("general") && p.matches(".*[dmyhs].*");
  }

  /** The ISO 8601 text of a date serial: a date, or a date and time when there is a time. */
  static String isoDate(double serial, boolean date1904) {
    long days = (long) Math.floor(serial);
    double fraction = serial - days;
    LocalDate date;
    if (date1904) {
      date = LocalDate.of(1904, 1, 1).plusDays(days);
    } else if (days >= 61) {
      date = LocalDate.of(1899, 12, 30).plusDays(days);
    } else {
      // serials 1 to 59 (Excel counts the 29 February 1900 that never was as 60)
      date = LocalDate.of(1899, 12, 31).plusDays(days);
    }
    long seconds = Math.round(fraction * 86_400);
    if (seconds == 0) {
      return date.toString();
    }
    if (seconds >= 86_400) {
      return date.plusDays(1).toString();
    }
    return LocalDateTime.of(date, LocalTime.ofSecondOfDay(seconds)).toString();
  }
}

package io.github.learningcities.lcn.excel.internal;

/**
 * A1-style references: column letters, cells, rows and sheet names as formulas quote them.
 *
 * @since 0.1.0
 */
public final class CellReference {
  private CellReference() {}

  /**
   * Returns a column's letters.
   *
   * @param column the 1-based column
   * @return {@code A} for 1, {@code AA} for 27
   */
  public static String column(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  /**
   * Parses the column of a reference such as {@code C7}.
   *
   * @param ref the reference
   * @return the 1-based column, or 0 when the reference has no letters, or -1 when the
   *     letters go past any sheet's width (more than three)
   */
  public static int columnOf(String ref) {
    int c = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      if (i == 3) {
        return -1;
      }
      c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
    }
    return c;
  }

  /**
   * Returns a sheet's name as a reference writes it: quoted when it is not a plain name.
   *
   * @param sheet the sheet's name
   * @return {@code iData} or {@code 'my data'}
   */
  public static String sheet(String sheet) {
    return sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet
        : "'" + sheet.replace("'", "''") + "'";
  }

  /**
   * Returns the reference of a place of a sheet.
   *
   * @param sheet the sheet's name
   * @param row the 1-based row, or 0 for the whole sheet
   * @param column the 1-based column, or 0 for a whole row
   * @return {@code iData!C7}, {@code iData!7:7} or {@code iData}
   */
  public static String of(String sheet, int row, int column) {
    String s = sheet(sheet);
    if (row <= 0) {
      return s;
    }
    return column <= 0 ? s + "!" + row + ":" + row : s + "!" + column(column) + row;
  }
}

package io.github.learningcities.lcn.excel;

/**
 * Limits on a workbook being read, so that a hostile or broken file is refused with a
 * {@link WorkbookReadException} naming the package part instead of exhausting memory or time.
 * Sizes count the bytes actually inflated, not the sizes the zip directory declares.
 *
 * @param maxUncompressedBytes the most bytes all parts read may inflate to, together
 * @param maxCompressionRatio the most a part may inflate relative to its compressed size
 *     (checked once it has inflated past 1 MiB, so small, very regular parts pass)
 * @param maxParts the most entries the zip package may hold
 * @param maxSharedStrings the most entries of the shared-string table
 * @param maxSharedStringChars the most characters of all shared strings together
 * @param maxRows the highest row number a sheet may use
 * @param maxColumns the highest column number a sheet may use
 * @since 0.1.0
 */
public record WorkbookLimits(long maxUncompressedBytes, int maxCompressionRatio, int maxParts,
    int maxSharedStrings, long maxSharedStringChars, int maxRows, int maxColumns) {

  /** Excel's own largest sheet: 1,048,576 rows. */
  public static final int EXCEL_ROWS = 1_048_576;

  /** Excel's own largest sheet: 16,384 columns (XFD). */
  public static final int EXCEL_COLUMNS = 16_384;

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive, or the rows or columns exceed
   *     Excel's own
   */
  public WorkbookLimits {
    positive("maxUncompressedBytes", maxUncompressedBytes);
    positive("maxCompressionRatio", maxCompressionRatio);
    positive("maxParts", maxParts);
    positive("maxSharedStrings", maxSharedStrings);
    positive("maxSharedStringChars", maxSharedStringChars);
    positive("maxRows", maxRows);
    positive("maxColumns", maxColumns);
    if (maxRows > EXCEL_ROWS || maxColumns > EXCEL_COLUMNS) {
      throw new IllegalArgumentException("maxRows " + maxRows + " and maxColumns " + maxColumns
          + "; expected at most Excel's " + EXCEL_ROWS + " rows and " + EXCEL_COLUMNS
          + " columns");
    }
  }

  /**
   * Returns the defaults: 256 MiB inflated, a ratio of 100, 10,000 parts, 1,000,000 shared
   * strings of 64 million characters together, and Excel's own rows and columns.
   *
   * @return the defaults
   */
  public static WorkbookLimits defaults() {
    return new WorkbookLimits(256L << 20, 100, 10_000, 1_000_000, 64_000_000L, EXCEL_ROWS,
        EXCEL_COLUMNS);
  }

  /**
   * Returns these limits with another total of inflated bytes.
   *
   * @param bytes the most bytes all parts may inflate to
   * @return the new limits
   */
  public WorkbookLimits withMaxUncompressedBytes(long bytes) {
    return new WorkbookLimits(bytes, maxCompressionRatio, maxParts, maxSharedStrings,
        maxSharedStringChars, maxRows, maxColumns);
  }

  /**
   * Returns these limits with other shared-string limits.
   *
   * @param strings the most shared strings
   * @param chars the most characters of all shared strings together
   * @return the new limits
   */
  public WorkbookLimits withMaxSharedStrings(int strings, long chars) {
    return new WorkbookLimits(maxUncompressedBytes, maxCompressionRatio, maxParts, strings,
        chars, maxRows, maxColumns);
  }

  /**
   * Returns these limits with another largest sheet.
   *
   * @param rows the highest row number
   * @param columns the highest column number
   * @return the new limits
   */
  public WorkbookLimits withMaxSheet(int rows, int columns) {
    return new WorkbookLimits(maxUncompressedBytes, maxCompressionRatio, maxParts,
        maxSharedStrings, maxSharedStringChars, rows, columns);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " is " + value + "; expected a positive limit");
    }
  }
}

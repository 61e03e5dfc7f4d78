/**
 * Excel workbooks (.xlsx, Office Open XML) for the LCN SDK: COINr's iData and iMeta tables
 * read from sheets with the same rules and problem reports as the CSV tables, hostile
 * workbooks refused, and results written as a workbook. Needs only the JDK: the package is
 * read with {@code java.util.zip} and the JDK's StAX, and written the same way.
 *
 * @since 0.1.0
 */
module io.github.learningcities.lcn.excel {
  // The API reads and returns CoinrInput, TableSource, TableProblem and DocumentReadException.
  requires transitive io.github.learningcities.lcn.serialization;
  requires java.xml;

  exports io.github.learningcities.lcn.excel;
}

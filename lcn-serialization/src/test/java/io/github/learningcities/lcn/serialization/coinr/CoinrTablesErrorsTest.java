package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule the reader enforces fails with the file, the line, the column and the field of the
 * offending cell. The fixtures are the small valid tables {@code coinr-errors/iData.csv} and
 * {@code iMeta.csv} with one thing broken each; the expected column is counted from the
 * fixture's text here, independently of the CSV parser.
 */
class CoinrTablesErrorsTest {

  static Path fixture(String name) {
    try {
      return Path.of(CoinrTablesErrorsTest.class.getResource("/coinr-errors/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test fixture " + name + " is missing", e);
    }
  }

  /** The 1-based character column where field {@code index} (0-based) starts on the line. */
  static int columnOf(Path file, int line, int index) throws IOException {
    return columnOf(Files.readString(file), line, index);
  }

  /**
   * As {@link #columnOf(Path, int, int)} for a table given as text. An empty field starts where
   * its terminating comma stands.
   */
  static int columnOf(String table, int line, int index) {
    String text = table.lines().toList().get(line - 1);
    String[] fields = text.split(",", -1);
    int column = 1;
    for (int j = 0; j < index; j++) {
      column += fields[j].length() + 1;
    }
    return column;
  }

  static Stream<Arguments> brokenTables() {
    return Stream.of(
        // iData file, iMeta file, broken file, line, field, field index on that line, says
        Arguments.of("iData_unknown_column.csv", "iMeta.csv", "iData_unknown_column.csv", 1,
            "Extra", 8, "is not an iCode in"),
        Arguments.of("iData.csv", "iMeta_missing_parent.csv", "iMeta_missing_parent.csv", 4,
            "Parent", 8, "Parent 'P9' of 'X3' is not an iCode"),
        Arguments.of("iData_duplicate_ucode.csv", "iMeta.csv", "iData_duplicate_ucode.csv", 4,
            "uCode", 1, "uCode 'AAA' appears twice (first on line 2)"),
        Arguments.of("iData_not_a_number.csv", "iMeta.csv", "iData_not_a_number.csv", 3,
            "X1", 5, "'two' is not a number"),
        Arguments.of("iData.csv", "iMeta_bad_direction.csv", "iMeta_bad_direction.csv", 3,
            "Direction", 3, "'down' is not a number"),
        Arguments.of("iData.csv", "iMeta_bad_type.csv", "iMeta_bad_type.csv", 6,
            "Type", 9, "Type 'Pillar' of 'P2' is invalid; expected one of Indicator, Aggregate"),
        Arguments.of("iData.csv", "iMeta_bad_level.csv", "iMeta_bad_level.csv", 5,
            "Level", 0, "Level 3 of 'P1' does not match its place in the tree; expected 2"),
        Arguments.of("iData.csv", "iMeta_duplicate_icode.csv", "iMeta_duplicate_icode.csv", 9,
            "iCode", 1, "iCode 'X1' appears twice (first on line 2)"),
        Arguments.of("iData_aggregate_column.csv", "iMeta.csv", "iData_aggregate_column.csv", 1,
            "P1", 8, "column 'P1' is an Aggregate"));
  }

  @ParameterizedTest(name = "{2} line {3} field {4}")
  @MethodSource("brokenTables")
  void errorNamesFileLineColumnAndField(String data, String meta, String broken, int line,
      String field, int index, String says) throws IOException {
    Path brokenPath = fixture(broken);

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(fixture(data), fixture(meta)));

    assertThat(e).as("reading must fail").isNotNull();
    int column = columnOf(brokenPath, line, index);
    assertThat(e.source()).isEqualTo(brokenPath.toString());
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.field()).contains(field);
    assertThat(e.getMessage())
        .startsWith(brokenPath + ", line " + line + ", column " + column + " (field '" + field
            + "')")
        .contains(says);
  }

  @Test
  void aRowWithTooFewFieldsNamesItsLine() {
    Path broken = fixture("iData_field_count.csv");

    assertThatThrownBy(() -> CoinrTables.read(broken, fixture("iMeta.csv")))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageStartingWith(broken + ", line 3: ")
        .hasMessageContaining("the row has 7 fields; expected 8");
  }

  @Test
  void malformedCsvNamesFileAndPlace() {
    Path broken = fixture("iData_unclosed_quote.csv");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(broken, fixture("iMeta.csv")));

    assertThat(e.source()).isEqualTo(broken.toString());
    assertThat(e.line()).isGreaterThanOrEqualTo(3);
    assertThat(e.getMessage()).contains("malformed CSV");
  }

  @Test
  void missingIndicatorColumnNamesTheIndicatorAndItsIMetaLine() {
    String data = "uCode,Region,Pop,X1,X2\nAAA,North,100,1,2\n";

    assertThatThrownBy(() -> CoinrTables.read(new StringReader(data), "d.csv",
        Files.newBufferedReader(fixture("iMeta.csv")), "m.csv"))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageStartingWith("d.csv, line 1 (field 'X3'): ")
        .hasMessageContaining("indicator 'X3' (m.csv, line 4) has no column");
  }

  @Test
  void secondTopNodeAndUnknownDenominatorAreRefused() {
    String meta = "Level,iCode,Direction,Weight,Parent,Type,Denominator\n"
        + "1,X1,1,1,Index,Indicator,\n"
        + "2,Index,1,1,,Aggregate,\n"
        + "1,X2,1,1,,Indicator,\n";
    String badDenominator = "Level,iCode,Direction,Weight,Parent,Type,Denominator\n"
        + "1,X1,1,1,Index,Indicator,Area\n"
        + "2,Index,1,1,,Aggregate,\n";

    List.of(meta, badDenominator).forEach(m -> assertThat(catchThrowableOfType(
        DocumentReadException.class, () -> CoinrTables.read(new StringReader("uCode,X1\nA,1\n"),
            "d.csv", new StringReader(m), "m.csv")).line()).isIn(2, 4));
    assertThatThrownBy(() -> CoinrTables.read(new StringReader("uCode,X1\nA,1\n"), "d.csv",
        new StringReader(meta), "m.csv"))
        .hasMessageStartingWith("m.csv, line 4, column " + columnOf(meta, 4, 4)
            + " (field 'Parent')")
        .hasMessageContaining("'Index' (line 3) is already the top node");
    assertThatThrownBy(() -> CoinrTables.read(new StringReader("uCode,X1\nA,1\n"), "d.csv",
        new StringReader(badDenominator), "m.csv"))
        .hasMessageStartingWith("m.csv, line 2, column " + columnOf(badDenominator, 2, 6)
            + " (field 'Denominator')")
        .hasMessageContaining("Denominator 'Area' of 'X1' is not the iCode of a row of Type "
            + "Denominator");
  }

  @Test
  void emptyTableAndMissingColumnsAreRefused() {
    assertThatThrownBy(() -> CoinrTables.read(new StringReader("uCode,X1\nA,1\n"), "d.csv",
        new StringReader(""), "m.csv"))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageStartingWith("m.csv: the document is empty");
    assertThatThrownBy(() -> CoinrTables.read(new StringReader("uCode,X1\nA,1\n"), "d.csv",
        new StringReader("iCode,Type\nX1,Indicator\n"), "m.csv"))
        .hasMessageStartingWith("m.csv, line 1 (field 'Level'): the header has no column "
            + "'Level'");
  }
}

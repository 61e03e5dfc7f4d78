package io.github.learningcities.lcn.serialization.coinr;

import static io.github.learningcities.lcn.serialization.coinr.CoinrTablesErrorsTest.columnOf;
import static io.github.learningcities.lcn.serialization.coinr.CoinrTablesErrorsTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CoinrTables#validate} lists every problem of the tables with its place, by the same
 * rules as the reader: the reader throws the first of them.
 */
class CoinrTablesValidateTest {

  private static final String DATA = "uName,uCode,Region,Time,Pop,X1,X2,X3\n"
      + "Alpha,AAA,North,2018,100,1.5,20,3\n"
      + "Beta,BBB,South,2018,250,2.5,,4\n"
      + "Gamma,CCC,North,2018,80,,35,5\n";

  private static final String META =
      "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type\n"
      + "1,X1,First,1,1,Score,10,,P1,Indicator\n"
      + "1,X2,Second,-1,2,Percent,,Pop,P1,Indicator\n"
      + "1,X3,Third,1,1,,,,P2,Indicator\n"
      + "2,P1,Pillar one,1,1,,,,Index,Aggregate\n"
      + "2,P2,Pillar two,1,1,,,,Index,Aggregate\n"
      + "3,Index,The index,1,1,,,,,Aggregate\n"
      + ",Region,Region,,,,,,,Group\n"
      + ",Pop,Population,,,Thousands,,,,Denominator\n";

  static List<TableProblem> validate(String data, String meta) throws IOException {
    return CoinrTables.validate(new StringReader(data), "d.csv", new StringReader(meta),
        "m.csv");
  }

  static DocumentReadException readError(String data, String meta) {
    return catchThrowableOfType(DocumentReadException.class, () -> CoinrTables.read(
        new StringReader(data), "d.csv", new StringReader(meta), "m.csv"));
  }

  @Test
  void validTablesHaveNoProblems() throws IOException {
    assertThat(validate(DATA, META)).isEmpty();
    assertThat(CoinrTables.validate(fixture("iData.csv"), fixture("iMeta.csv"))).isEmpty();
    assertThat(CoinrTables.validateMeta(fixture("iMeta.csv"))).isEmpty();
    assertThat(CoinrTables.validateData(fixture("iData.csv"))).isEmpty();
  }

  @Test
  void listsEveryProblemOfIMetaAtOnceAndReadThrowsTheFirst() throws IOException {
    String meta = META
        .replace("1,X1,First,", "2,X1,First,")
        .replace(",Pop,P1,Indicator", ",Area,P1,Indicator")
        .replace("1,X3,Third,1,1,", "1,X3,Third,up,-1,")
        + "2,Empty,Nothing below,1,1,,,,Index,Aggregate\n"
        + ",1Region,Region,,,,,,,Group\n";

    List<TableProblem> problems = validate(DATA, meta);

    assertThat(problems).extracting(TableProblem::line, TableProblem::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(11, "iCode"),
        org.assertj.core.groups.Tuple.tuple(3, "Denominator"),
        org.assertj.core.groups.Tuple.tuple(4, "Direction"),
        org.assertj.core.groups.Tuple.tuple(4, "Weight"),
        org.assertj.core.groups.Tuple.tuple(10, "Type"),
        org.assertj.core.groups.Tuple.tuple(2, "Level"));
    assertThat(problems.get(0).message()).startsWith("iCode '1Region' is invalid");
    assertThat(problems.get(1).message())
        .startsWith("Denominator 'Area' of 'X2' is not the iCode of a row of Type Denominator");
    assertThat(problems.get(1).column()).isEqualTo(columnOf(meta, 3, 7));
    assertThat(problems.get(1).fieldNumber()).isEqualTo(8);
    assertThat(problems.get(2).message()).startsWith("'up' is not a number");
    assertThat(problems.get(3).message()).startsWith("Weight -1 of 'X3' is negative");
    assertThat(problems.get(4).message()).startsWith("Aggregate 'Empty' has no children");
    assertThat(problems.get(5).message())
        .startsWith("Level 2 of 'X1' does not match its place in the tree; expected 1");
    assertThat(problems).allSatisfy(p -> assertThat(p.source()).isEqualTo("m.csv"));

    DocumentReadException e = readError(DATA, meta);
    assertThat(e.getMessage()).isEqualTo(problems.get(0).toString());
    assertThat(e.line()).isEqualTo(11);
    assertThat(e.column()).isEqualTo(problems.get(0).column());
  }

  @Test
  void listsEveryProblemOfIDataAtOnce() throws IOException {
    String data = DATA
        .replace("Beta,BBB,South,2018,250,2.5,", "Beta,AAA,South,20x8,250,two,")
        .replace("Gamma,CCC,North,2018,80,,", "Gamma,C C,North,2018,lots,,");

    List<TableProblem> problems = validate(data, META);

    assertThat(problems).extracting(TableProblem::toString).containsExactly(
        "d.csv, line 3, column " + columnOf(data, 3, 1) + " (field 'uCode'): uCode 'AAA' appears twice (first on line 2); "
            + "expected one row per unit (panel data with several Time values must be read one "
            + "Time at a time)",
        "d.csv, line 3, column " + columnOf(data, 3, 3) + " (field 'Time'): '20x8' is not a number; expected a decimal "
            + "number such as 12.5 or 1.2e-3 (empty or NA for missing)",
        "d.csv, line 3, column " + columnOf(data, 3, 5) + " (field 'X1'): 'two' is not a number; expected a decimal "
            + "number such as 12.5 or 1.2e-3 (empty or NA for missing)",
        "d.csv, line 4, column " + columnOf(data, 4, 1) + " (field 'uCode'): uCode 'C C' is invalid; expected a "
            + "non-empty code without spaces",
        "d.csv, line 4, column " + columnOf(data, 4, 4) + " (field 'Pop'): 'lots' is not a number; expected a decimal "
            + "number such as 12.5 or 1.2e-3 (empty or NA for missing)");
    assertThat(problems).extracting(TableProblem::fieldNumber).containsExactly(2, 4, 6, 2, 5);
    assertThat(readError(data, META)).hasMessage(problems.get(0).toString());
  }

  @Test
  void listsEveryNodeOfACycleAndTheColumnsIDataLacksOrShouldNotHave() throws IOException {
    String meta = META.replace("2,P1,Pillar one,1,1,,,,Index,", "2,P1,Pillar one,1,1,,,,P2,")
        .replace("2,P2,Pillar two,1,1,,,,Index,", "2,P2,Pillar two,1,1,,,,P1,");
    String data = DATA.replace(",X3\n", ",Index\n");

    List<TableProblem> problems = validate(data, meta);

    assertThat(problems).extracting(TableProblem::toString).containsExactly(
        "m.csv, line 7, column " + columnOf(meta, 7, 9) + " (field 'Type'): Aggregate 'Index' has no children (no row "
            + "names it as Parent); expected Type Indicator, or rows with Parent 'Index'",
        "m.csv, line 5, column " + columnOf(meta, 5, 8) + " (field 'Parent'): 'P1' is its own "
            + "ancestor (P1 -> P2 -> P1); expected a tree",
        "m.csv, line 6, column " + columnOf(meta, 6, 8) + " (field 'Parent'): 'P2' is its own "
            + "ancestor (P2 -> P1 -> P2); expected a tree",
        "d.csv, line 1, column " + columnOf(data, 1, 7) + " (field 'Index'): column 'Index' is an Aggregate in m.csv "
            + "(line 7); aggregates are computed, so expected only Indicator, Group, "
            + "Denominator or Other columns",
        "d.csv, line 1 (field 'X3'): indicator 'X3' (m.csv, line 4) has no column; expected a "
            + "column for every Indicator row of iMeta");
  }

  @ParameterizedTest(name = "{2} line {3} field {4}")
  @MethodSource("io.github.learningcities.lcn.serialization.coinr.CoinrTablesErrorsTest"
      + "#brokenTables")
  void theFirstProblemOfEachBrokenFixtureIsWhatReadThrows(String data, String meta,
      String broken, int line, String field, int index, String says) throws IOException {
    List<TableProblem> problems = CoinrTables.validate(fixture(data), fixture(meta));
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(fixture(data), fixture(meta)));

    assertThat(problems).isNotEmpty();
    TableProblem p = problems.get(0);
    assertThat(p.source()).isEqualTo(fixture(broken).toString());
    assertThat(p.line()).isEqualTo(line);
    assertThat(p.field()).isEqualTo(field);
    assertThat(p.message()).contains(says);
    assertThat(p.toString()).isEqualTo(e.getMessage());
    assertThat(p.column()).isEqualTo(e.column());
  }

  @Test
  void aTableThatIsNotCsvIsOneProblemAndTheOtherTableIsStillChecked() throws IOException {
    List<TableProblem> problems = CoinrTables.validate(fixture("iData_duplicate_ucode.csv"),
        fixture("iData_unclosed_quote.csv"));

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).message()).startsWith("malformed CSV");
    assertThat(problems.get(1).message()).startsWith("uCode 'AAA' appears twice");
  }

  @Test
  void missingColumnsAreAllListedAndTheProblemsCannotBeChanged() throws IOException {
    List<TableProblem> problems = validate("uCode,X1\nA,1\n", "iCode,Type\nX1,Indicator\n");

    assertThat(problems).extracting(TableProblem::field)
        .containsExactly("Level", "Direction", "Weight", "Parent");
    assertThat(problems.get(0)).hasToString("m.csv, line 1 (field 'Level'): the header has no "
        + "column 'Level'; expected COINr's iMeta columns " + CoinrTables.META_COLUMNS
        + " (Level, iCode, Direction, Weight, Parent and Type are required)");
    assertThatThrownBy(() -> problems.add(problems.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void textThatIsNotUtf8IsAProblemForValidateAndATableErrorForRead(@TempDir Path dir)
      throws IOException {
    byte[] latin1 = "uCode,X1\nK\u00f6ln,1\n".getBytes(StandardCharsets.ISO_8859_1);
    Path d = dir.resolve("d.csv");
    Files.write(d, latin1);

    List<TableProblem> problems = CoinrTables.validate(d, fixture("iMeta.csv"));

    assertThat(problems).first().satisfies(p -> {
      assertThat(p.source()).isEqualTo(d.toString());
      assertThat(p.message()).contains("not valid UTF-8");
    });
    assertThat(CoinrTables.validate(new ByteArrayInputStream(latin1), "d.csv",
        Files.newInputStream(fixture("iMeta.csv")), "m.csv")).first()
        .extracting(TableProblem::source).isEqualTo("d.csv");
    assertThatThrownBy(() -> CoinrTables.read(d, fixture("iMeta.csv")))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining(d.toString()).hasMessageContaining("line 2");
  }
}

package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The COINr table rules apart from where the rows come from: a source that names its places
 * by cell gets the same checks and messages, with the cell instead of line and column.
 */
class TableSourceTest {

  /** Rows of texts as a sheet named {@code sheet} of a workbook named {@code book}. */
  record Sheet(String book, String sheet, List<List<String>> texts) implements TableSource {
    @Override
    public String name() {
      return book;
    }

    @Override
    public void rows(Rows rows) {
      for (int i = 0; i < texts.size(); i++) {
        List<TableCell> cells = new ArrayList<>();
        for (int j = 0; j < texts.get(i).size(); j++) {
          cells.add(new TableCell(texts.get(i).get(j), i + 1, j + 1));
        }
        rows.row(cells);
      }
    }

    @Override
    public String line(int line) {
      return "row " + line;
    }

    @Override
    public Optional<String> reference(int line, int column) {
      return Optional.of(line == 0 ? sheet : column == 0 ? sheet + "!" + line + ":" + line
          : sheet + "!" + (char) ('A' + column - 1) + line);
    }
  }

  static final List<List<String>> META = List.of(
      List.of("Level", "iCode", "Direction", "Weight", "Parent", "Type"),
      List.of("2", "Index", "1", "1", "", "Aggregate"),
      List.of("1", "x", "1", "-1", "Index", "Indicator"),
      List.of("1", "y", "1", "1", "Index", "Indicator"));

  @Test
  void twoSheetsOfOneWorkbookNameTheirOwnCells() throws IOException {
    Sheet meta = new Sheet("book.xlsx", "iMeta", META);
    Sheet data = new Sheet("book.xlsx", "iData", List.of(List.of("uCode", "x", "y"),
        List.of("a", "1", "oops"), List.of("a", "2", "3")));

    List<TableProblem> problems = CoinrTables.validate(data, meta);

    assertThat(problems).extracting(TableProblem::toString).containsExactly(
        "book.xlsx, iMeta!D3 (field 'Weight'): Weight -1 of 'x' is negative; expected a "
            + "number >= 0",
        "book.xlsx, iData!C2 (field 'y'): 'oops' is not a number; expected a decimal number "
            + "such as 12.5 or 1.2e-3 (empty or NA for missing)",
        "book.xlsx, iData!A3 (field 'uCode'): uCode 'a' appears twice (first on row 2); "
            + "expected one row per unit (panel data with several Time values must be read "
            + "one Time at a time)");
    assertThat(problems.get(0).cellReference()).hasValue("iMeta!D3");
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThatThrownBy(() -> CoinrTables.read(data, meta))
        .isInstanceOf(DocumentReadException.class)
        .hasMessage(problems.get(0).toString())
        .satisfies(e -> assertThat(((DocumentReadException) e).path()).hasValue("iMeta!D3"));
  }

  @Test
  void aCsvFileAsASourceReadsAndChecksAsTheFileDoes() throws IOException, URISyntaxException {
    Path data = Path.of(getClass().getResource("/coinr-asem/inputs/ASEM_iData.csv").toURI());
    Path meta = Path.of(getClass().getResource("/coinr-asem/inputs/ASEM_iMeta.csv").toURI());

    CoinrInput viaSources = CoinrTables.read(TableSource.csv(data), TableSource.csv(meta));

    assertThat(viaSources).isEqualTo(CoinrTables.read(data, meta));
    assertThat(CoinrTables.validate(TableSource.csv(data), TableSource.csv(meta))).isEmpty();
    Path missing = data.resolveSibling("none.csv");
    assertThat(CoinrTables.validate(TableSource.csv(missing), TableSource.csv(meta)))
        .isEqualTo(CoinrTables.validate(missing, meta));
  }
}

package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.serialization.internal.CsvTable.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The iMeta columns found once per table as a row's extra fields. */
class MetaExtraColumnsTest {

  private static List<Cell> header(String... names) {
    List<Cell> cells = new ArrayList<>();
    for (int j = 0; j < names.length; j++) {
      cells.add(new Cell(names[j], 1, j + 1));
    }
    return cells;
  }

  @Test
  void everyColumnBeyondCoinrsAndParentsIsAnExtraInHeaderOrder() {
    assertThat(CoinrTables.extraColumns(header("Level", "Note", "iCode", "iName", "Direction",
        "Weight", "Unit", "Target", "Denominator", "Parent", "Parents", "Type", "source",
        "level")))
        .containsExactly(1, 12, 13);
  }

  @Test
  void aHeaderOfCoinrsColumnsOnlyHasNoExtras() {
    assertThat(CoinrTables.extraColumns(header("iCode", "Type", "Parent", "Parents")))
        .isEmpty();
  }

  @Test
  void agreesWithTheColumnListsOnEveryColumn() {
    // the rule the per-row test applied before: neither one of META_COLUMNS nor PARENTS
    Set<String> coinr = Set.copyOf(CoinrTables.META_COLUMNS);
    List<String> names = new ArrayList<>(CoinrTables.META_COLUMNS);
    names.add(CoinrTables.PARENTS);
    names.add("Extra");
    names.add(" iCode");
    int[] extra = CoinrTables.extraColumns(header(names.toArray(String[]::new)));
    List<Integer> expected = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      if (!coinr.contains(names.get(j)) && !names.get(j).equals(CoinrTables.PARENTS)) {
        expected.add(j);
      }
    }
    assertThat(extra).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
  }
}

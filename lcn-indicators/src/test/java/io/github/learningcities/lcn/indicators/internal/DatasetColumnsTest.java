package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.InvalidDatasetException;
import io.github.learningcities.lcn.indicators.data.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DatasetColumns#adopt}: the dataset of {@link Dataset#ofColumns}, without the copy. */
class DatasetColumnsTest {
  private static final List<Unit> UNITS = List.of(Unit.of("a", "A"), Unit.of("b", null));

  private static Map<String, double[]> columns() {
    Map<String, double[]> columns = new LinkedHashMap<>();
    columns.put("x", new double[] {1.5, Dataset.MISSING});
    columns.put("y", new double[] {-0.0, 3e300});
    return columns;
  }

  @Test
  void adoptKeepsTheArraysWhereOfColumnsCopiesThem() {
    Map<String, double[]> handed = columns();
    Dataset adopted = DatasetColumns.adopt(UNITS, handed);
    Dataset copied = Dataset.ofColumns(UNITS, columns());

    assertThat(DatasetColumns.shared(adopted, "x")).isSameAs(handed.get("x"));
    assertThat(DatasetColumns.shared(adopted, "y")).isSameAs(handed.get("y"));
    Map<String, double[]> given = columns();
    assertThat(DatasetColumns.shared(Dataset.ofColumns(UNITS, given), "x"))
        .isNotSameAs(given.get("x"));

    assertThat(adopted.units()).isEqualTo(copied.units());
    assertThat(adopted.indicators()).containsExactly("x", "y");
    for (String code : List.of("x", "y")) {
      assertThat(adopted.column(code)).isEqualTo(copied.column(code));
    }
  }

  @Test
  void adoptChecksAsOfColumnsDoes() {
    Map<String, double[]> infinite = columns();
    infinite.put("y", new double[] {1, Double.NEGATIVE_INFINITY});
    Map<String, double[]> shortColumn = columns();
    shortColumn.put("x", new double[] {1});
    for (Map<String, double[]> bad : List.of(infinite, shortColumn)) {
      String expected = message(() -> Dataset.ofColumns(UNITS, bad));
      assertThatThrownBy(() -> DatasetColumns.adopt(UNITS, bad))
          .isInstanceOf(InvalidDatasetException.class)
          .hasMessage(expected);
    }
    List<Unit> twice = List.of(Unit.of("a", null), Unit.of("a", null));
    assertThatThrownBy(() -> DatasetColumns.adopt(twice, columns()))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("unit 'a' appears twice");
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (InvalidDatasetException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an InvalidDatasetException");
  }
}

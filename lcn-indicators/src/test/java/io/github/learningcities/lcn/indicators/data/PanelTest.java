package io.github.learningcities.lcn.indicators.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelTest {
  private static final double NA = Double.NaN;

  private static Panel series(double... values) {
    Map<Integer, Dataset> byTime = new java.util.TreeMap<>();
    for (int t = 0; t < values.length; t++) {
      byTime.put(2020 + t, Dataset.ofColumns(List.of(Unit.of("u", null)),
          Map.of("x", new double[] {values[t]})));
    }
    return Panel.of(byTime);
  }

  private static double[] values(Panel p) {
    return p.byTime().values().stream().mapToDouble(d -> d.column("x")[0]).toArray();
  }

  @Test
  void linearAndConstantAsInCoinrTests() {
    assertThat(values(series(3, NA, 5).imputeOverTime(Panel.TimeImputation.LINEAR, 0).panel()))
        .containsExactly(3, 4, 5);
    assertThat(values(series(3, NA, 5).imputeOverTime(Panel.TimeImputation.CONSTANT, 0)
        .panel())).containsExactly(3, 3, 5);
    assertThat(values(series(NA, 3, 5, NA).imputeOverTime(Panel.TimeImputation.LINEAR, 0)
        .panel())).containsExactly(3, 3, 5, 5);
  }

  @Test
  void latestCarriesForwardWithinMaxTime() {
    Panel.Imputed i = series(1, NA, NA, 4).imputeOverTime(Panel.TimeImputation.LATEST, 1);
    assertThat(values(i.panel())).containsExactly(1, 1, NA, 4);
    assertThat(i.cells()).singleElement().satisfies(c -> {
      assertThat(c.time()).isEqualTo(2021);
      assertThat(c.value()).isEqualTo(1.0);
    });
    assertThat(values(series(NA, 2).imputeOverTime(Panel.TimeImputation.LATEST, 0).panel()))
        .containsExactly(NA, 2);
  }

  @Test
  void singleValueSeriesNeedsLinearConstant() {
    assertThatThrownBy(() -> series(NA, 2, NA).imputeOverTime(Panel.TimeImputation.LINEAR, 0))
        .hasMessageContaining("unit 'u'").hasMessageContaining("LINEAR_CONSTANT");
    assertThat(values(series(NA, 2, NA).imputeOverTime(Panel.TimeImputation.LINEAR_CONSTANT, 0)
        .panel())).containsExactly(2, 2, 2);
  }

  @Test
  void pooledStacksTimePoints() {
    Dataset pooled = series(1, 2).pooled();
    assertThat(pooled.units()).extracting(Unit::code).containsExactly("u@2020", "u@2021");
    assertThat(pooled.units().get(1).groups()).containsEntry("Time", "2021");
  }

  @Test
  void panelsWithEqualDatasetsAtEveryTimeAreEqual() {
    assertThat(series(1, NA, 3)).isEqualTo(series(1, NA, 3))
        .hasSameHashCodeAs(series(1, NA, 3));
    assertThat(series(1, NA, 3)).isNotEqualTo(series(1, 2, 3));
    assertThat(series(1, 2)).isNotEqualTo(series(1, 2, 3));
    Panel.Imputed i = series(1, NA, 3).imputeOverTime(Panel.TimeImputation.LINEAR, 0);
    assertThat(i).isEqualTo(series(1, NA, 3).imputeOverTime(Panel.TimeImputation.LINEAR, 0));
  }

  @Test
  void datasetRefusesNaNAsAValue() {
    assertThatThrownBy(() -> Dataset.builder().unit(Unit.of("u", null)).value("u", "x", NA))
        .hasMessageContaining("unit 'u', indicator 'x'").hasMessageContaining("missing()");
  }
}

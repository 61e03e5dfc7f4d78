package io.github.learningcities.lcn.indicators.engine;

import static io.github.learningcities.lcn.indicators.engine.Fixtures.NA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsStepDiagnosticsTest {

  /** Missing cells, an outlier and a constant column: imputation, treatment and notes. */
  private static final double[][] ROWS = {
      {1, NA, 5}, {2, 3, 5}, {3, 4, 5}, {4, NA, 5}, {5, 6, 5}, {6, 7, 5}, {7, 8, 5},
      {8, 9, 5}, {9, 10, 5}, {10, 11, 5}, {11, 12, 5}, {1000, 13, 5}};

  @Test
  void theStepsDiagnosticsMakeUpTheRunsInStepOrder() {
    Pipeline p = Pipeline.coinrDefault().withImputation(Imputation.mean())
        .withTreatment(Treatment.winsorise(1, 2.0, 3.5, "log-ct"));
    Results full = Engine.standard().run(Fixtures.flat(1, 1, 1), Fixtures.rows(ROWS), p);
    Results again = Engine.standard().regenerate(full,
        p.withNormalisation(Normalisation.minMax(1, 100)));
    assertThat(again.recomputedFrom()).isEqualTo(Step.NORMALISATION);
    for (Results r : List.of(full, again)) {
      List<Diagnostics> parts = new ArrayList<>();
      for (Step s : Step.values()) {
        parts.add(r.diagnostics(s));
      }
      assertThat(Diagnostics.concat(parts)).isEqualTo(r.diagnostics());
      assertThat(r.diagnostics(Step.IMPUTATION).imputedCells())
          .isEqualTo(r.diagnostics().imputedCells()).hasSize(2);
      assertThat(r.diagnostics(Step.TREATMENT).treatedPoints())
          .isEqualTo(r.diagnostics().treatedPoints()).isNotEmpty();
      assertThat(r.diagnostics(Step.IMPUTATION).treatedPoints()).isEmpty();
      assertThat(r.diagnostics(Step.TREATMENT).imputedCells()).isEmpty();
    }
    // a reused step reports what it did when it was computed
    assertThat(again.diagnostics(Step.IMPUTATION)).isEqualTo(full.diagnostics(Step.IMPUTATION));
    assertThat(again.diagnostics(Step.TREATMENT)).isEqualTo(full.diagnostics(Step.TREATMENT));
  }
}

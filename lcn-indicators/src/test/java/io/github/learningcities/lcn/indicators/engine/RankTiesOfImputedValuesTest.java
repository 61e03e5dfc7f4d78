package io.github.learningcities.lcn.indicators.engine;

import static io.github.learningcities.lcn.indicators.engine.Fixtures.NA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by the testkit's shift property with 2000 tries: mean imputation, rank
 * normalisation): the mean 0.2 of 0.1, 0.2 and 0.3, imputed for the fourth unit, is computed as
 * 0.20000000000000004, so it ranked above the unit with 0.2; after adding 0.06 to the column it
 * came out equal and the two tied, so a constant shift changed the ranks and every score above.
 */
class RankTiesOfImputedValuesTest {

  @Test
  void anImputedMeanTiesThePresentValueItEqualsWhateverTheShift() {
    for (String method : new String[] {"rank", "borda", "prank"}) {
      Pipeline p = Pipeline.coinrDefault().withImputation(Imputation.mean())
          .withNormalisation(Normalisation.of(method, Parameters.none()));
      double[] base = normalised(p, 0);
      for (double shift : new double[] {0.06, -4.76, 1, 100.5}) {
        assertThat(normalised(p, shift)).as("%s after adding %s", method, shift)
            .containsExactly(base);
      }
      // 0.1, 0.2, 0.3 and the imputed 0.2: ranks 1, 2, 4, 2 (ties share the lowest rank).
      assertThat(base[3]).as(method).isEqualTo(base[1]);
    }
    Pipeline rank = Pipeline.coinrDefault().withImputation(Imputation.mean())
        .withNormalisation(Normalisation.rank());
    assertThat(normalised(rank, 0)).containsExactly(1, 2, 4, 2);
  }

  private static double[] normalised(Pipeline p, double shift) {
    return Engine.standard().run(Fixtures.single(),
        Fixtures.column(0.1 + shift, 0.2 + shift, 0.3 + shift, NA), p)
        .after(Step.NORMALISATION).column("x");
  }
}

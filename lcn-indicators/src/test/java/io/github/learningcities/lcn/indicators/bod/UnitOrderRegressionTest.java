package io.github.learningcities.lcn.indicators.bod;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Regression: directional Benefit of the Doubt gave scores that depended on the order of the
 * units (found by {@code BenefitOfTheDoubtProperties.theOrderOfTheUnitsDoesNotMatter}). Two
 * thirds of the orders of these 13 units gave other scores than the given order, by up to
 * 1.1e-3: the simplex pivoted on the rounding residue (3e-11) of an entry that is exactly 0,
 * lost every digit, and a rounding-level clamp hid the negative basic variables; the result
 * violated its own rows and was not optimal, yet was returned. Every order must give every unit
 * the optimum of its full programme, for every LP variant.
 */
class UnitOrderRegressionTest {
  static final double[][] DATA = {
      {0.01, 0.01, 58.19, 0.01, 0.01}, {0.01, 0.01, 0.01, 0.01, 0.01},
      {100, 0.02, 0.03, 0.09, 0.01}, {100, 50, 50, 0.64, 0.39}, {100, 0.23, 58.19, 0.01, 0.04},
      {81.45, 0.02, 8.42, 0, 1.23}, {0, 0.1, 4.09, 0.08, 70.6}, {0.07, 0.05, 0, 0.1, 0.07},
      {0.01, 0.2, 15.92, 4.34, 6.03}, {1, 6.26, 1, 0.14, 4.95}, {1, 1, 1, 1, 1},
      {2.96, 0.26, 0.98, 0.01, 100}, {1.13, 3.48, 1.06, 1, 1}};
  static final double[] ONES = {1, 1, 1, 1, 1};
  /** Orders tried: the given one and this many shuffles (seeds 0, 1, ...). */
  static final int SHUFFLES = 300;

  @Test
  void directionalScoresAreTheFullProgrammesOptimaInEveryOrder() {
    assertEveryOrderGives(Aggregation.bodDirectional(ONES),
        FullProgramme.scores(DATA, 0, 1, ONES));
  }

  @Test
  void plainScoresAreTheFullProgrammesOptimaInEveryOrder() {
    assertEveryOrderGives(Aggregation.bod(), FullProgramme.scores(DATA, 0, 1, null));
  }

  @Test
  void shareBoundedScoresAreTheFullProgrammesOptimaInEveryOrder() {
    assertEveryOrderGives(Aggregation.bod(0, 0.5), FullProgramme.scores(DATA, 0, 0.5, null));
  }

  /** The oracle's values for the units named in the report. */
  @Test
  void theOracleAgreesWithTheReportsFullProgrammeScores() {
    double[] s = FullProgramme.scores(DATA, 0, 1, ONES);
    assertThat(s[0]).isEqualTo(1.0);
    assertThat(s[5]).isCloseTo(0.448079, Offset.offset(5e-7));
    assertThat(s[6]).isCloseTo(0.464815, Offset.offset(5e-7));
  }

  static void assertEveryOrderGives(Aggregation aggregation, double[] expected) {
    int n = DATA.length;
    for (int seed = -1; seed < SHUFFLES; seed++) {
      List<Integer> order = new ArrayList<>();
      for (int u = 0; u < n; u++) {
        order.add(u);
      }
      if (seed >= 0) {
        Collections.shuffle(order, new Random(seed));
      }
      double[][] rows = new double[n][];
      List<String> codes = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        rows[p] = DATA[order.get(p)];
        codes.add("u" + order.get(p));
      }
      Results r = BodCases.run(codes, rows, aggregation);
      for (int u = 0; u < n; u++) {
        assertThat(r.score("u" + u, "I").orElseThrow())
            .as("unit u%d, order of seed %d", u, seed)
            .isCloseTo(expected[u], Offset.offset(1e-9 * Math.max(1, expected[u])));
      }
    }
  }
}

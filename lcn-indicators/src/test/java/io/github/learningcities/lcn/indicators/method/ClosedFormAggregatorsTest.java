package io.github.learningcities.lcn.indicators.method;

import static io.github.learningcities.lcn.indicators.method.ClosedFormAggregatorProperties.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: the closed-form aggregators on small cases worked out by hand (in the comments),
 * their rules for missing values, ties and zeros, their parameter checks, and the
 * counterexamples to monotonicity that the properties leave out.
 */
class ClosedFormAggregatorsTest {
  private static final double NA = Double.NaN;
  private static final double[] EQUAL4 = {0.25, 0.25, 0.25, 0.25};

  /** Children by child then unit from rows by unit then child. */
  private static double[][] cols(double[]... rows) {
    double[][] c = new double[rows[0].length][rows.length];
    for (int u = 0; u < rows.length; u++) {
      for (int j = 0; j < rows[0].length; j++) {
        c[j][u] = rows[u][j];
      }
    }
    return c;
  }

  @Test
  void weightedMedianFollowsTheCumulativeWeight() {
    // 1..4 with equal weights: half the weight up to 2, so the mean of 2 and 3
    assertThat(run(Aggregation.weightedMedian(), cols(new double[] {4, 1, 3, 2}), EQUAL4))
        .containsExactly(2.5);
    // weights 0.1, 0.2, 0.3, 0.4 on 1..4: cumulative 0.1, 0.3, 0.6 reaches half at 3
    assertThat(run(Aggregation.weightedMedian(), cols(new double[] {1, 2, 3, 4}),
        new double[] {0.1, 0.2, 0.3, 0.4})).containsExactly(3.0);
    // a missing child leaves with its weight: 1, 3 and 5 weighted 1/4, 1/4, 1/2 -> (3 + 5) / 2
    assertThat(run(Aggregation.weightedMedian(), cols(new double[] {5, 1, NA, 3}),
        new double[] {0.4, 0.2, 0.2, 0.2})).containsExactly(4.0);
    // ties pool their weight; a zero weight never decides
    assertThat(run(Aggregation.weightedMedian(), cols(new double[] {2, 2, 9, 0}),
        new double[] {0.25, 0.25, 0.5, 0})).containsExactly(5.5);
  }

  @Test
  void owaAtLeastAndGeneralPositionsAndImportanceWeights() {
    assertThat(run(Aggregation.owa(1, 1, 0, 0), cols(new double[] {1, 4, 2, 3}), EQUAL4))
        .containsExactly(3.5);
    assertThat(run(Aggregation.owaAtLeast(3, false), cols(new double[] {1, 4, 2, 3}), EQUAL4))
        .containsExactly(2.0);
    // importance 3/4 and 1/4, "the largest" (quantifier through (0,0), (1/2,1), (1,1)):
    // 20 holds a quarter of the importance, Q(1/4) = 1/2, so 20/2 + 10/2
    assertThat(run(Aggregation.owaAtLeast(1, true), cols(new double[] {10, 20}),
        new double[] {0.75, 0.25})).containsExactly(15.0);
    // "at least 2 of 4" with one child missing: each present value holds 1/3, Q(1/3) = 2/3,
    // Q(2/3) = 1: 4 * 2/3 + 3 * 1/3 (two quarters of four values are 1.5 of three)
    assertThat(run(Aggregation.owaAtLeast(2, true), cols(new double[] {NA, 4, 2, 3}), EQUAL4)[0])
        .isCloseTo(11.0 / 3, within(1e-14));
    assertThat(Aggregation.owa(4, 3, 2, 1).owaWeights(4)).containsExactly(0.4, 0.3, 0.2, 0.1);
    for (String text : new String[] {"4,3,2,1", " 4 ; 3;2 ;1 ", "4 3  2 1", "4, 3, 2, 1"}) {
      assertThat(Aggregation.of("owa", Parameters.of(Map.of("positions", text))).owaWeights(4))
          .as(text).containsExactly(0.4, 0.3, 0.2, 0.1);
    }
    // orness = (0.4 * 3 + 0.3 * 2 + 0.2 * 1) / 3
    assertThat(Aggregation.owa(4, 3, 2, 1).orness(4)).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void owaPositionsMustFitTheNode() {
    assertThatThrownBy(() -> run(Aggregation.owa(1, 1, 1), cols(new double[] {1, 2, 3, 4}),
        EQUAL4)).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("aggregate 'I': OWA has 3 positional weights for 4 children");
    assertThatThrownBy(() -> run(Aggregation.owaAtLeast(5, true),
        cols(new double[] {1, 2, 3, 4}), EQUAL4)).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("j = 5 but the node has 4 children; expected j from 1 to 4");
    assertThatThrownBy(() -> Aggregation.owa().owaWeights(2))
        .isInstanceOf(IndicatorsException.class);
    assertThatThrownBy(() -> Aggregation.meanMin(0.5, 1).orness(3))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void meanMinIsTheMeanMinusThePenaltyTowardsTheMinimum() {
    // M = 4, L = 2: 4 - 0.5 (sqrt(2^2 + 3^2) - 3)
    assertThat(run(Aggregation.meanMin(0.5, 3), cols(new double[] {2, 6}),
        new double[] {0.5, 0.5})[0]).isCloseTo(4 - 0.5 * (Math.sqrt(13) - 3), within(1e-14));
    // alpha = 1, beta = 0: the minimum; alpha = 0: the mean; missing values skipped
    assertThat(run(Aggregation.meanMin(1, 0), cols(new double[] {2, 6, NA}),
        new double[] {0.2, 0.3, 0.5})[0]).isCloseTo(2, within(1e-14));
    assertThat(run(Aggregation.meanMin(0, 7), cols(new double[] {2, 6, NA}),
        new double[] {0.2, 0.3, 0.5})[0]).isCloseTo(0.4 * 2 + 0.6 * 6, within(1e-14));
    // ties: M = L, no penalty; zeros and negative values as they are
    assertThat(run(Aggregation.meanMin(0.8, 2), cols(new double[] {-3, -3}),
        new double[] {0.5, 0.5})).containsExactly(-3.0);
  }

  @Test
  void adjustedMazziottaParetoRescalesByGoalposts() {
    // c0 constant (every unit at the reference: 100); c1 = 1, 2, 3 with reference its mean 2
    // and half-range 1: goalposts 1 and 3, rescaled 70, 100, 130
    double[][] ch = cols(new double[] {5, 1}, new double[] {5, 2}, new double[] {5, 3});
    double[] w = {0.5, 0.5};
    double[] s = run(Aggregation.of("adjusted-mazziotta-pareto", Parameters.none()), ch, w);
    assertThat(s[0]).isCloseTo(85 - 225.0 / 85, within(1e-12));
    assertThat(s[1]).isCloseTo(100, within(1e-12));
    assertThat(s[2]).isCloseTo(115 - 225.0 / 115, within(1e-12));
    double[] neg = run(Aggregation.of("adjusted-mazziotta-pareto",
        Parameters.of(Map.of("penalty", "negative"))), ch, w);
    assertThat(neg[0]).isCloseTo(85 + 225.0 / 85, within(1e-12));
    // fixed goalposts 0 and 10: 70 + 6 x, so the first unit has 100 and 76: M 88, variance 144
    double[] fixed = run(Aggregation.adjustedMazziottaPareto(0, 10), ch, w);
    assertThat(fixed[0]).isCloseTo(88 - 144.0 / 88, within(1e-12));
    // a missing child: the unit's mean and sd over the other
    double[] miss = run(Aggregation.adjustedMazziottaPareto(0, 10),
        cols(new double[] {5, NA}, new double[] {5, 2}), w);
    assertThat(miss[0]).isCloseTo(100, within(1e-12));
  }

  @Test
  void adjustedMazziottaParetoRefusesGoalpostsThatMakeTheMeanNegative() {
    assertThatThrownBy(() -> run(Aggregation.adjustedMazziottaPareto(1000, 1001),
        cols(new double[] {1, 2}, new double[] {3, 4}), new double[] {0.5, 0.5}))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("aggregate 'I'").hasMessageContaining("unit 'u0'")
        .hasMessageContaining("expected a positive mean");
  }

  /**
   * Units (10, 3, 4), (3, 9, 7), (1, 9, 7): raising the first unit's first value to 18 moves
   * that child's reference (its mean) and goalposts, and the unit's score falls from 70.293 to
   * 70.282.
   */
  @Test
  void adjustedMazziottaParetoIsNotMonotone() {
    Aggregation a = Aggregation.of("adjusted-mazziotta-pareto", Parameters.none());
    double[] w = {1.0 / 3, 1.0 / 3, 1.0 / 3};
    double before = run(a, cols(new double[] {10, 3, 4}, new double[] {3, 9, 7},
        new double[] {1, 9, 7}), w)[0];
    double after = run(a, cols(new double[] {18, 3, 4}, new double[] {3, 9, 7},
        new double[] {1, 9, 7}), w)[0];
    assertThat(after).isLessThan(before);
  }

  @Test
  void wroclawIsOneMinusTheDistanceOverD0() {
    // one child 0, 1, 2: distances 2, 1, 0 to the ideal 2; mean 1, sd 1, d0 = 3
    assertThat(run(Aggregation.wroclaw(), cols(new double[] {0}, new double[] {1},
        new double[] {2}), new double[] {1}))
        .containsExactly(new double[] {1.0 / 3, 2.0 / 3, 1}, within(1e-15));
    // every unit is the ideal: all 1
    assertThat(run(Aggregation.wroclaw(), cols(new double[] {4, 4}, new double[] {4, 4}),
        new double[] {0.5, 0.5})).containsExactly(1.0, 1.0);
    // a missing value: the ideal (2, 5) and the distances from the present ones, the weights
    // re-normalised: 2 (first child only), sqrt(0.5 * 1^2 + 0.5 * 0^2), 0
    double[] s = run(Aggregation.wroclaw(), cols(new double[] {0, NA}, new double[] {1, 5},
        new double[] {2, 5}), new double[] {0.5, 0.5});
    double[] d = {2, Math.sqrt(0.5), 0};
    double mean = (d[0] + d[1]) / 3;
    double sd = Math.sqrt(((d[0] - mean) * (d[0] - mean) + (d[1] - mean) * (d[1] - mean)
        + mean * mean) / 2);
    assertThat(s).containsExactly(new double[] {1 - 2 / (mean + 2 * sd),
        1 - d[1] / (mean + 2 * sd), 1}, within(1e-15));
  }

  /**
   * Units (0, 0), (1, 6), (0, 9): raising the first unit's first value to 3 makes it the new
   * ideal on that child, which moves the other units away and raises d0 less than the unit's
   * own distance share: its score falls from 0.289 to 0.238.
   */
  @Test
  void wroclawIsNotMonotone() {
    double[] w = {0.5, 0.5};
    double before = run(Aggregation.wroclaw(), cols(new double[] {0, 0}, new double[] {1, 6},
        new double[] {0, 9}), w)[0];
    double after = run(Aggregation.wroclaw(), cols(new double[] {3, 0}, new double[] {1, 6},
        new double[] {0, 9}), w)[0];
    assertThat(before).isCloseTo(0.2892471525761392, within(1e-12));
    assertThat(after).isCloseTo(0.23782100316289523, within(1e-12));
  }

  @Test
  void topsisIsTheRelativeClosenessToTheIdeal() {
    // one child 1, 3: the first unit is the anti-ideal (0), the second the ideal (1)
    assertThat(run(Aggregation.topsis(), cols(new double[] {1}, new double[] {3}),
        new double[] {1})).containsExactly(0.0, 1.0);
    // mirror images with equal weights are equally close: 0.5 each
    assertThat(run(Aggregation.topsis(), cols(new double[] {1, 2}, new double[] {2, 1}),
        new double[] {0.5, 0.5})).containsExactly(new double[] {0.5, 0.5}, within(1e-15));
    // three units on one child 1, 2, 4 (norm sqrt 21): S+ and S- are the gaps to 4 and 1
    // over sqrt 21, so the closeness is (x - 1) / 3
    assertThat(run(Aggregation.topsis(), cols(new double[] {1}, new double[] {2},
        new double[] {4}), new double[] {1}))
        .containsExactly(new double[] {0, 1.0 / 3, 1}, within(1e-15));
    // a child that is 0 everywhere adds no distance; equal units score 0.5
    assertThat(run(Aggregation.topsis(), cols(new double[] {1, 0}, new double[] {2, 0},
        new double[] {4, 0}), new double[] {0.5, 0.5}))
        .containsExactly(new double[] {0, 1.0 / 3, 1}, within(1e-15));
    assertThat(run(Aggregation.topsis(), cols(new double[] {7, 7}, new double[] {7, 7}),
        new double[] {0.5, 0.5})).containsExactly(0.5, 0.5);
  }

  @Test
  void mazziottaParetoSampleSdIsBesselCorrected() {
    // 90, 110: mean 100, population variance 100, sample variance 200
    double[][] ch = cols(new double[] {90, 110}, new double[] {90, NA});
    double[] w = {0.5, 0.5};
    double[] pop = run(Aggregation.mazziottaPareto(), ch, w);
    double[] sample = run(Aggregation.of("mazziotta-pareto",
        Parameters.of(Map.of("deviation", "sample"))), ch, w);
    assertThat(pop[0]).isCloseTo(100 - 100.0 / 100, within(1e-12));
    assertThat(sample[0]).isCloseTo(100 - 200.0 / 100, within(1e-12));
    // one present child: sd 0 either way
    assertThat(sample[1]).isEqualTo(90.0);
    assertThat(pop[1]).isEqualTo(90.0);
  }

  @Test
  void parametersAreCheckedWhereTheStepIsBuilt() {
    assertThatThrownBy(() -> Aggregation.meanMin(1.5, 1))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameter 'alpha' is 1.5; expected a number >= 0 and <= 1");
    assertThatThrownBy(() -> Aggregation.of("mean-min", Parameters.of(Map.of("alpha", 0.5))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("needs the parameter 'beta'");
    assertThatThrownBy(() -> Aggregation.of("owa", Parameters.of(Map.of("j", 1,
        "positions", "1"))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("not both j and positions");
    assertThat(Aggregation.of("owa", Parameters.none()).owaWeights(4)).containsExactly(EQUAL4);
    assertThatThrownBy(() -> Aggregation.of("owa", Parameters.of(Map.of("positions", "1,x"))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("numbers >= 0 separated by commas, semicolons or spaces");
    assertThatThrownBy(() -> Aggregation.of("owa", Parameters.of(Map.of("j", 0))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameter 'j' is 0.0; expected a whole number >= 1");
    assertThatThrownBy(() -> Aggregation.of("owa", Parameters.of(Map.of("positions", "1,0",
        "from", "largest")))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("from only with j");
    assertThatThrownBy(() -> Aggregation.of("owa", Parameters.of(Map.of("from", "largest"))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("from only with j");
    assertThatThrownBy(() -> Aggregation.adjustedMazziottaPareto(5, 5))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("lower < upper");
    assertThatThrownBy(() -> Aggregation.of("adjusted-mazziotta-pareto",
        Parameters.of(Map.of("lower", 1)))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("lower and upper given together");
    assertThatThrownBy(() -> Aggregation.of("adjusted-mazziotta-pareto",
        Parameters.of(Map.of("lower", 1, "upper", 2, "centre", 1.5))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("not centre together with lower and upper");
    assertThatThrownBy(() -> Aggregation.of("mazziotta-pareto",
        Parameters.of(Map.of("deviation", "Sample")))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("one of population, sample");
    assertThatThrownBy(() -> Aggregation.of("topsis", Parameters.of(Map.of("p", 1))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("the method takes no parameters");
  }
}

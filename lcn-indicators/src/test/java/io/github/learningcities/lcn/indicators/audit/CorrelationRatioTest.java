package io.github.learningcities.lcn.indicators.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.Statistics;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The correlation ratio on a linear additive index of independent indicators, where the truth
 * is known analytically: {@code S_i = w_i^2 Var(x_i) / sum_j w_j^2 Var(x_j)}.
 *
 * <p>Why the 2 % tolerance holds for any seed: the 2,000 units are the full factorial design of
 * four indicators with 5, 5, 8 and 10 levels (5 x 5 x 8 x 10 = 2,000), each level's value drawn
 * from the seed (uniform, exponential, normal and log-normal). In a full factorial design the
 * indicators are exactly independent in the sample (their joint frequencies are the product of
 * the marginal ones), so the sample's conditional mean of the index given x_i is exactly
 * {@code w_i x_i} plus a constant and the formula above holds for the sample's own variances,
 * with no sampling error to tolerate. What remains is the smoother's error: the conditional mean
 * is a straight line, which lies in the penalty's null space, so the penalised fit recovers it
 * whatever penalty cross-validation picks, and the estimate differs from the truth by rounding.
 * A smoother that was biased (too few segments to follow a line, a wrong hat-matrix trace, the
 * variance of the data instead of the fit's) or a ratio computed from the wrong columns would
 * miss by far more than 2 %.
 */
class CorrelationRatioTest {
  private static final int[] LEVELS = {5, 5, 8, 10};
  private static final double[] WEIGHTS = {1, 2, 3, 4};

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void importanceIsWeightSquaredTimesVarianceWithin2Percent(long seed) {
    Results results = factorialIndex(seed);
    Audit audit = Audit.of(Engine.standard(), results, AuditSpec.defaults().withBootstrap(200)
        .withSeed(seed));
    Dataset normalised = results.after(Step.NORMALISATION);
    double[] truth = new double[LEVELS.length];
    double sum = 0;
    for (int k = 0; k < LEVELS.length; k++) {
      truth[k] = WEIGHTS[k] * WEIGHTS[k] * sampleVariance(normalised.column("x" + k));
      sum += truth[k];
    }
    for (int k = 0; k < LEVELS.length; k++) {
      Importance imp = audit.importance().get(k);
      assertThat(imp.indicator()).isEqualTo("x" + k);
      assertThat(imp.pairs()).isEqualTo(2000);
      double expected = truth[k] / sum;
      assertThat(imp.ratio().getAsDouble()).as("S of x%d (seed %d)", k, seed)
          .isCloseTo(expected, org.assertj.core.api.Assertions.within(0.02 * expected));
      assertThat(imp.low().getAsDouble()).isLessThanOrEqualTo(imp.ratio().getAsDouble() + 1e-9);
      assertThat(imp.high().getAsDouble()).isGreaterThanOrEqualTo(
          imp.ratio().getAsDouble() - 1e-9);
      assertThat(imp.weightShare()).isCloseTo(WEIGHTS[k] / 10,
          org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  static Results factorialIndex(long seed) {
    Random rnd = new Random(seed);
    double[][] levelValues = new double[LEVELS.length][];
    for (int k = 0; k < LEVELS.length; k++) {
      levelValues[k] = new double[LEVELS[k]];
      for (int l = 0; l < LEVELS[k]; l++) {
        levelValues[k][l] = switch (k) {
          case 0 -> rnd.nextDouble();
          case 1 -> -Math.log(1 - rnd.nextDouble());
          case 2 -> rnd.nextGaussian();
          default -> Math.exp(rnd.nextGaussian());
        };
      }
    }
    int n = 1;
    for (int l : LEVELS) {
      n *= l;
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int k = 0; k < LEVELS.length; k++) {
      cols.put("x" + k, new double[n]);
    }
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      int rest = u;
      for (int k = 0; k < LEVELS.length; k++) {
        cols.get("x" + k)[u] = levelValues[k][rest % LEVELS[k]];
        rest /= LEVELS[k];
      }
      units.add(Unit.of("u" + u, null));
    }
    Framework.Builder b = Framework.builder().node("I", null);
    for (int k = 0; k < LEVELS.length; k++) {
      b.node(Node.of("x" + k, "I").withWeight(WEIGHTS[k]));
    }
    return Engine.standard().run(b.build(), Dataset.ofColumns(units, cols),
        Pipeline.coinrDefault());
  }

  /** The sample variance: its n - 1 cancels in every ratio the tests form. */
  private static double sampleVariance(double[] x) {
    double sd = Statistics.sd(x);
    return sd * sd;
  }
}

package io.github.learningcities.lcn.indicators.bod;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of Benefit of the Doubt: scores in (0, 1] with at least one unit at exactly 1
 * (not under share bounds, which can keep every unit below 1),
 * independence of the units' order, invariance to a positive rescaling of a child (scores and
 * shares), monotonicity in a unit's own values, and share bounds that hold.
 */
class BenefitOfTheDoubtProperties {

  /** Units by children, values in [0, 100] with some zeros, every unit with a positive value. */
  @Provide
  Arbitrary<double[][]> data() {
    return Arbitraries.integers().between(1, 6).flatMap(k -> Arbitraries.integers()
        .between(1, 25).flatMap(n -> Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(0.01, 100)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(1.0, 50.0, 100.0)))
            .array(double[].class).ofSize(k)
            .filter(row -> java.util.Arrays.stream(row).anyMatch(v -> v > 0))
            .array(double[][].class).ofSize(n)));
  }

  /** Whether every unit is positive on enough children for an upper share bound. */
  static boolean fits(double[][] x, double upper) {
    for (double[] row : x) {
      long positive = java.util.Arrays.stream(row).filter(v -> v > 0).count();
      if (upper * positive < 1 - 1e-12) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 150)
  void scoresLieInZeroOneWithAUnitAtExactlyOne(@ForAll("data") double[][] x,
      @ForAll @IntRange(min = 0, max = 2) int variant) {
    net.jqwik.api.Assume.that(variant != 1 || fits(x, upperFor(x)));
    Aggregation a = variant == 0 ? Aggregation.bod()
        : variant == 1 ? Aggregation.bod(0, upperFor(x)) : Aggregation.bodDirectional(ones(x));
    double[] s = BodCases.scores(BodCases.run(x, a));
    boolean one = false;
    for (double v : s) {
      assertThat(v).isGreaterThan(0).isLessThanOrEqualTo(1);
      one |= v == 1.0;
    }
    // share bounds can keep every unit below 1 (as weight restrictions do in DEA)
    assertThat(one || variant == 1).isTrue();
  }

  @Property(tries = 100)
  void theOrderOfTheUnitsDoesNotMatter(@ForAll("data") double[][] x, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 2) int variant) {
    net.jqwik.api.Assume.that(variant != 1 || fits(x, upperFor(x)));
    Aggregation a = variant == 0 ? Aggregation.bod()
        : variant == 1 ? Aggregation.bod(0, upperFor(x)) : Aggregation.bodDirectional(ones(x));
    List<Integer> order = new ArrayList<>();
    for (int u = 0; u < x.length; u++) {
      order.add(u);
    }
    Collections.shuffle(order, new Random(seed));
    double[][] y = new double[x.length][];
    List<String> codes = new ArrayList<>();
    for (int p = 0; p < x.length; p++) {
      y[p] = x[order.get(p)];
      codes.add("u" + order.get(p));
    }
    Results r = BodCases.run(x, a);
    Results q = BodCases.run(codes, y, a);
    for (int u = 0; u < x.length; u++) {
      assertThat(q.score("u" + u, "I").orElseThrow()).isCloseTo(
          r.score("u" + u, "I").orElseThrow(), org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Property(tries = 100)
  void rescalingAChildChangesNeitherScoresNorShares(@ForAll("data") double[][] x,
      @ForAll @IntRange(min = 0, max = 5) int child,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double factor,
      @ForAll boolean bounded) {
    int j = child % x[0].length;
    net.jqwik.api.Assume.that(!bounded || fits(x, upperFor(x)));
    Aggregation a = bounded ? Aggregation.bod(0, upperFor(x)) : Aggregation.bod();
    double[][] y = new double[x.length][];
    for (int u = 0; u < x.length; u++) {
      y[u] = x[u].clone();
      y[u][j] *= factor;
    }
    Results r = BodCases.run(x, a);
    Results q = BodCases.run(y, a);
    for (int u = 0; u < x.length; u++) {
      double s = r.score("u" + u, "I").orElseThrow();
      assertThat(q.score("u" + u, "I").orElseThrow()).isCloseTo(s,
          org.assertj.core.data.Offset.offset(1e-9));
      if (bounded) {
        // with an active upper bound the shares are pinned; check they hold after rescaling
        assertSharesWithin(q, y, u, 0, upperFor(x));
      }
    }
  }

  @Property(tries = 100)
  void aBetterValueNeverLowersTheUnitsScoreNorRaisesAnothers(@ForAll("data") double[][] x,
      @ForAll @IntRange(min = 0, max = 30) int unit, @ForAll @IntRange(min = 0, max = 5) int child,
      @ForAll @DoubleRange(min = 0, max = 50) double increase) {
    int u = unit % x.length;
    int j = child % x[0].length;
    double[][] y = new double[x.length][];
    for (int r = 0; r < x.length; r++) {
      y[r] = x[r].clone();
    }
    y[u][j] += increase;
    double[] before = BodCases.scores(BodCases.run(x, Aggregation.bod()));
    double[] after = BodCases.scores(BodCases.run(y, Aggregation.bod()));
    assertThat(after[u]).isGreaterThanOrEqualTo(before[u] - 1e-12);
    for (int r = 0; r < x.length; r++) {
      if (r != u) {
        assertThat(after[r]).isLessThanOrEqualTo(before[r] + 1e-12);
      }
    }
  }

  @Property(tries = 100)
  void shareBoundsHoldAndTheWeightsReproduceTheScore(@ForAll("data") double[][] x,
      @ForAll @DoubleRange(min = 0, max = 1) double lowerPart,
      @ForAll @DoubleRange(min = 0, max = 1) double upperPart) {
    int k = x[0].length;
    // bounds that can hold: lower <= 1/k <= upper; a positive lower only on positive data
    boolean positive = java.util.Arrays.stream(x).flatMapToDouble(java.util.Arrays::stream)
        .allMatch(v -> v > 0);
    double lower = positive ? lowerPart / k : 0;
    double upper = 1.0 / k + upperPart * (1 - 1.0 / k);
    net.jqwik.api.Assume.that(fits(x, upper));
    Results r = BodCases.run(x, Aggregation.bod(lower, upper));
    for (int u = 0; u < x.length; u++) {
      assertSharesWithin(r, x, u, lower, upper);
    }
  }

  static void assertSharesWithin(Results r, double[][] x, int u, double lower, double upper) {
    double score = r.score("u" + u, "I").orElseThrow();
    Map<String, Double> w = r.unitWeights("u" + u, "I");
    double total = 0;
    for (int j = 0; j < x[u].length; j++) {
      double v = w.get("c" + j) * x[u][j];
      total += v;
      assertThat(v / score).isBetween(lower - 1e-9, upper + 1e-9);
    }
    assertThat(total).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-9));
    for (double[] row : x) {
      double v = 0;
      for (int j = 0; j < row.length; j++) {
        v += w.get("c" + j) * row[j];
      }
      assertThat(v).isLessThanOrEqualTo(1 + 1e-9);
    }
  }

  /** An upper share bound that binds but can hold: halfway between 1/k and 1. */
  static double upperFor(double[][] x) {
    int k = x[0].length;
    return k == 1 ? 1 : (1.0 / k + 1) / 2;
  }

  static double[] ones(double[][] x) {
    double[] d = new double[x[0].length];
    java.util.Arrays.fill(d, 1);
    return d;
  }
}

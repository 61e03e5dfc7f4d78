package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The arithmetic mean computed child by child over all units (with presence patterns for the
 * units with a missing child) gives, bit for bit, COINr's unit-by-unit definition: the present
 * children's weights re-normalised (not when all are present), a compensated sum in child
 * order. It flags every unit with a missing child and reports its missing children and present
 * weight; an unflagged unit has all its children and a finite score. The doubles, the flags and
 * the presence reports are those of the former kernel ({@link ArithmeticMeanOracle}).
 */
class ArithmeticMeanProperties {

  record Case(double[][] children, double[] weights) {}

  @Provide
  Arbitrary<Case> cases() {
    return cases(Arbitraries.of(0.0, -0.0, 1.0, 1e300, -1e300, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE));
  }

  /** As {@link #cases()}, with infinite children too (a custom pipeline's own aggregation). */
  @Provide
  Arbitrary<Case> casesWithInfinities() {
    return cases(Arbitraries.of(0.0, -0.0, -1.5, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MIN_VALUE));
  }

  private static Arbitrary<Case> cases(Arbitrary<Double> edges) {
    return Arbitraries.integers().between(1, 12).flatMap(k -> Arbitraries.integers()
        .between(1, 40).flatMap(n -> {
          Arbitrary<Double> cell = Arbitraries.frequencyOf(
              net.jqwik.api.Tuple.of(6, Arbitraries.doubles().between(-100, 100)),
              net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)),
              net.jqwik.api.Tuple.of(1, edges));
          Arbitrary<double[]> column = cell.array(double[].class).ofSize(n);
          Arbitrary<double[][]> children = column.array(double[][].class).ofSize(k);
          Arbitrary<double[]> weights = Arbitraries.frequencyOf(
              net.jqwik.api.Tuple.of(5, Arbitraries.doubles().between(0.1, 3)),
              net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)))
              .array(double[].class).ofSize(k).filter(w -> sum(w) > 0);
          return Combinators.combine(children, weights).as((c, w) -> {
            double s = sum(w);
            double[] norm = new double[k];
            for (int j = 0; j < k; j++) {
              norm[j] = w[j] / s;
            }
            return new Case(c, norm);
          });
        }));
  }

  private static double sum(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return s;
  }

  @Property(tries = 300)
  void sameDoublesAsTheUnitByUnitDefinition(@ForAll("cases") Case c) {
    int n = c.children[0].length;
    double[] out = new double[n];
    int[] flagged = new int[n];
    int[] missing = new int[n];
    double[] presentWeight = new double[n];
    int flags = BuiltInAggregators.arithmetic(c.children, c.weights, out, flagged, missing,
        presentWeight, Parameters.none(), context(c.children.length, n));
    boolean[] isFlagged = new boolean[n];
    for (int i = 0; i < flags; i++) {
      isFlagged[flagged[i]] = true;
    }
    for (int u = 0; u < n; u++) {
      int miss = 0;
      double ws = 0;
      for (int j = 0; j < c.children.length; j++) {
        if (Double.isNaN(c.children[j][u])) {
          miss++;
        } else {
          ws += c.weights[j];
        }
      }
      if (miss > 0) {
        assertThat(isFlagged[u]).as("unit %d", u).isTrue();
        assertThat(missing[u]).isEqualTo(miss);
        assertThat(presentWeight[u]).isEqualTo(ws);
      }
      double expected = reference(c.children, c.weights, u);
      if (miss == c.children.length || !(ws > 0)) {
        assertThat(out[u]).isNaN();
      } else if (Math.abs(expected) <= Double.MAX_VALUE) {
        assertThat(Double.doubleToLongBits(out[u])).as("unit %d", u)
            .isEqualTo(Double.doubleToLongBits(expected));
      } else {
        // the plain sum overflows; the kernel's scaled sum lies within the present values
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] col : c.children) {
          if (!Double.isNaN(col[u])) {
            lo = Math.min(lo, col[u]);
            hi = Math.max(hi, col[u]);
          }
        }
        assertThat(out[u]).isBetween(lo, hi);
      }
    }
  }

  @Property(tries = 300)
  void flagsOnlyUnitsToCheckAndMatchesTheFormerKernel(@ForAll("cases") Case c) {
    matchesTheFormerKernel(c);
  }

  @Property(tries = 300)
  void matchesTheFormerKernelOnInfiniteChildren(@ForAll("casesWithInfinities") Case c) {
    matchesTheFormerKernel(c);
  }

  /**
   * Children left unwritten (min-max's affine columns, read from the raw values by the column
   * passes, their scratch columns written at the flagged units only) give the doubles, flags
   * and presence reports of the same children written out, and the scratch columns hold the
   * written values at every flagged unit. Which children are unwritten, their directions and
   * bounds are drawn; the scratch starts with values that must not be read.
   */
  @Property(tries = 400)
  void unwrittenChildrenGiveTheWrittenChildrensDoubles(@ForAll("cases") Case c,
      @ForAll long seed) {
    Random r = new Random(seed);
    int n = c.children[0].length;
    int k = c.children.length;
    double[][] written = new double[k][];
    double[][] scratch = new double[k][];
    AffineColumn[] unwritten = new AffineColumn[k];
    double[][] bounds = {{0, 100}, {-0.0, 1}, {1, 100}, {-5, 0}};
    for (int j = 0; j < k; j++) {
      double[] b = bounds[r.nextInt(bounds.length)];
      int sign = r.nextBoolean() ? 1 : -1;
      AffineColumn a = BuiltInNormalisers.minMaxLater(c.children[j],
          sign, Parameters.of(java.util.Map.of("lower", b[0], "upper", b[1])));
      if (a == null || r.nextInt(4) == 0) {
        written[j] = c.children[j];
        scratch[j] = c.children[j];
      } else {
        written[j] = a.values();
        scratch[j] = new double[n];
        java.util.Arrays.fill(scratch[j], r.nextBoolean() ? Double.NaN : -7.25);
        unwritten[j] = a;
      }
    }
    double[] out = new double[n];
    int[] flagged = new int[n];
    int[] missing = new int[n];
    double[] presentWeight = new double[n];
    int flags = BuiltInAggregators.arithmetic(scratch, unwritten, c.weights, out, flagged,
        missing, presentWeight);
    double[] expected = new double[n];
    int[] flaggedExpected = new int[n];
    int[] missingExpected = new int[n];
    double[] presentWeightExpected = new double[n];
    int flagsExpected = BuiltInAggregators.arithmetic(written, c.weights, expected,
        flaggedExpected, missingExpected, presentWeightExpected, Parameters.none(),
        context(k, n));
    assertThat(flags).isEqualTo(flagsExpected);
    for (int u = 0; u < n; u++) {
      assertThat(Double.doubleToRawLongBits(out[u])).as("unit %d", u)
          .isEqualTo(Double.doubleToRawLongBits(expected[u]));
    }
    for (int i = 0; i < flags; i++) {
      int u = flagged[i];
      assertThat(u).isEqualTo(flaggedExpected[i]);
      assertThat(missing[u]).isEqualTo(missingExpected[u]);
      assertThat(Double.doubleToRawLongBits(presentWeight[u]))
          .isEqualTo(Double.doubleToRawLongBits(presentWeightExpected[u]));
      for (int j = 0; j < k; j++) {
        assertThat(Double.doubleToRawLongBits(scratch[j][u])).as("child %d, unit %d", j, u)
            .isEqualTo(Double.doubleToRawLongBits(written[j][u]));
      }
    }
  }

  private static void matchesTheFormerKernel(Case c) {
    int n = c.children[0].length;
    int k = c.children.length;
    double[] out = new double[n];
    int[] flagged = new int[n];
    int[] missing = new int[n];
    double[] presentWeight = new double[n];
    int flags = BuiltInAggregators.arithmetic(c.children, c.weights, out, flagged, missing,
        presentWeight, Parameters.none(), context(k, n));
    double[] before = new double[n];
    int[] missingBefore = new int[n];
    double[] presentWeightBefore = new double[n];
    ArithmeticMeanOracle.arithmetic(c.children, c.weights, before, missingBefore,
        presentWeightBefore);

    for (int u = 0; u < n; u++) {
      assertThat(Double.doubleToRawLongBits(out[u])).as("unit %d", u)
          .isEqualTo(Double.doubleToRawLongBits(before[u]));
    }
    int next = 0;
    for (int u = 0; u < n; u++) {
      boolean complete = true;
      for (double[] col : c.children) {
        complete &= !Double.isNaN(col[u]);
      }
      if (next < flags && flagged[next] == u) {
        next++;
        assertThat(missing[u]).isEqualTo(missingBefore[u]);
        if (!complete) {
          assertThat(presentWeight[u]).isEqualTo(presentWeightBefore[u]);
        }
      } else {
        // not flagged: every child present and a finite score, nothing for the engine to check
        assertThat(complete).as("unit %d", u).isTrue();
        assertThat(Math.abs(out[u])).as("unit %d", u).isLessThanOrEqualTo(Double.MAX_VALUE);
      }
    }
    assertThat(next).as("flags in ascending order").isEqualTo(flags);
  }

  /** COINr's a_amean for one unit, as the engine computed it unit by unit. */
  private static double reference(double[][] ch, double[] w, int u) {
    int k = ch.length;
    double ws = 0;
    int present = 0;
    for (int j = 0; j < k; j++) {
      if (!Double.isNaN(ch[j][u])) {
        ws += w[j];
        present++;
      }
    }
    double scale = present == k ? 1.0 : ws;
    double sum = 0;
    double err = 0;
    for (int j = 0; j < k; j++) {
      double v = ch[j][u];
      if (!Double.isNaN(v)) {
        double term = (w[j] / scale) * v;
        double t = sum + term;
        double bp = t - sum;
        err += (sum - (t - bp)) + (term - bp);
        sum = t;
      }
    }
    return sum + err;
  }

  private static Aggregator.Context context(int k, int n) {
    List<String> children = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      children.add("c" + j);
    }
    List<String> units = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      units.add("u" + u);
    }
    return new Aggregator.Context() {
      @Override
      public String node() {
        return "I";
      }

      @Override
      public List<String> childCodes() {
        return children;
      }

      @Override
      public List<String> unitCodes() {
        return units;
      }
    };
  }
}

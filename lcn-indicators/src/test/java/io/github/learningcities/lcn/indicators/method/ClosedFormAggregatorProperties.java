package io.github.learningcities.lcn.indicators.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue #14: invariants of the closed-form aggregators, each where it holds.
 *
 * <ul>
 *   <li>Unit permutation (all): permuting the units permutes the scores; permuting the
 *       children with their weights changes nothing.</li>
 *   <li>Scale: OWA, weighted median and Mean-Min (with beta scaled alike) are equivariant
 *       under x -&gt; a x + b (a &gt; 0, Mean-Min's beta -&gt; a beta); the adjusted
 *       Mazziotta-Pareto index with its default reference is invariant under a positive
 *       affine map per child; Wroclaw under a common a &gt; 0 and a shift per child; TOPSIS
 *       under a positive factor per child.</li>
 *   <li>Monotonicity (a unit's own score does not fall when one of its values rises): OWA
 *       (positional weights &gt;= 0), weighted median, Mean-Min (dM/dx &gt; alpha dg/dx since
 *       the penalty's slope is below 1) and TOPSIS on non-negative data (the unit's distance
 *       to the ideal on that child cannot grow nor its distance to the anti-ideal shrink, the
 *       other units' normalised values only shrinking). It does not hold for the adjusted
 *       Mazziotta-Pareto index (raising an already high value raises the penalty faster than
 *       the mean) nor for Wroclaw (the ideal unit and d0 move): see {@link
 *       ClosedFormAggregatorsTest} for counterexamples.</li>
 * </ul>
 */
class ClosedFormAggregatorProperties {
  private static final List<Aggregation> ALL = List.of(
      Aggregation.adjustedMazziottaPareto(0, 200), Aggregation.of("adjusted-mazziotta-pareto",
          Parameters.none()), Aggregation.meanMin(0.5, 1), Aggregation.owaAtLeast(2, true),
      Aggregation.owaAtLeast(1, false), Aggregation.owa(0.4, 0.3, 0.2, 0.1),
      Aggregation.weightedMedian(), Aggregation.wroclaw(), Aggregation.topsis());

  /** Units x 4 children, values in [1, 100] (some repeated, for ties), positive weights. */
  record Table(double[][] children, double[] weights) {
    int units() {
      return children[0].length;
    }
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<Double> cell = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(1, 100)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(1.0, 50.0, 100.0)));
    return Arbitraries.integers().between(2, 12).flatMap(n -> Combinators.combine(
        cell.array(double[].class).ofSize(n).array(double[][].class).ofSize(4),
        Arbitraries.doubles().between(0.05, 5).array(double[].class).ofSize(4))
        .as((c, w) -> {
          double s = 0;
          for (double x : w) {
            s += x;
          }
          double[] norm = new double[4];
          for (int j = 0; j < 4; j++) {
            norm[j] = w[j] / s;
          }
          return new Table(c, norm);
        }));
  }

  @Provide
  Arbitrary<Aggregation> methods() {
    return Arbitraries.of(ALL);
  }

  static double[] run(Aggregation a, double[][] children, double[] weights) {
    int n = children[0].length;
    double[] out = new double[n];
    List<String> units = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      units.add("u" + u);
    }
    List<String> codes = new ArrayList<>();
    for (int j = 0; j < children.length; j++) {
      codes.add("c" + j);
    }
    MethodRegistry.standard().aggregator(a.method()).aggregate(children, weights, out,
        a.parameters(), new Aggregator.Context() {
          @Override
          public String node() {
            return "I";
          }

          @Override
          public List<String> childCodes() {
            return codes;
          }

          @Override
          public List<String> unitCodes() {
            return units;
          }
        });
    return out;
  }

  private static void assertClose(double[] actual, double[] expected, String what) {
    for (int u = 0; u < actual.length; u++) {
      assertThat(actual[u]).as(what + " unit " + u).isCloseTo(expected[u],
          within(1e-9 * Math.max(1, Math.abs(expected[u]))));
    }
  }

  private static double[][] map(double[][] ch, java.util.function.BiFunction<Integer, Double,
      Double> f) {
    double[][] out = new double[ch.length][];
    for (int j = 0; j < ch.length; j++) {
      out[j] = new double[ch[j].length];
      for (int u = 0; u < ch[j].length; u++) {
        out[j][u] = f.apply(j, ch[j][u]);
      }
    }
    return out;
  }

  @Property(tries = 200)
  void permutingTheUnitsPermutesTheScores(@ForAll("methods") Aggregation a,
      @ForAll("tables") Table t, @ForAll long seed) {
    int n = t.units();
    List<Integer> order = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      order.add(u);
    }
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    double[][] permuted = new double[4][n];
    for (int j = 0; j < 4; j++) {
      for (int u = 0; u < n; u++) {
        permuted[j][u] = t.children()[j][order.get(u)];
      }
    }
    double[] base = run(a, t.children(), t.weights());
    double[] moved = run(a, permuted, t.weights());
    double[] expected = new double[n];
    for (int u = 0; u < n; u++) {
      expected[u] = base[order.get(u)];
    }
    assertClose(moved, expected, a.method());
  }

  @Property(tries = 200)
  void permutingTheChildrenWithTheirWeightsChangesNothing(@ForAll("tables") Table t,
      @ForAll("methods") Aggregation a) {
    // OWA's positional weights belong to positions, not children, so they stay
    int[] order = {2, 0, 3, 1};
    double[][] ch = new double[4][];
    double[] w = new double[4];
    for (int j = 0; j < 4; j++) {
      ch[j] = t.children()[order[j]];
      w[j] = t.weights()[order[j]];
    }
    assertClose(run(a, ch, w), run(a, t.children(), t.weights()), a.method());
  }

  @Property(tries = 200)
  void owaMedianAndMeanMinAreAffineEquivariant(@ForAll("tables") Table t,
      @ForAll @IntRange(min = 1, max = 4) int which) {
    double scale = 2.5;
    double shift = -30;
    Aggregation a = switch (which) {
      case 1 -> Aggregation.owa(0.4, 0.3, 0.2, 0.1);
      case 2 -> Aggregation.owaAtLeast(3, false);
      case 3 -> Aggregation.weightedMedian();
      default -> Aggregation.meanMin(0.7, 2);
    };
    Aggregation scaled = which == 4 ? Aggregation.meanMin(0.7, 2 * scale) : a;
    double[] base = run(a, t.children(), t.weights());
    double[] moved = run(scaled, map(t.children(), (j, v) -> scale * v + shift), t.weights());
    double[] expected = new double[base.length];
    for (int u = 0; u < base.length; u++) {
      expected[u] = scale * base[u] + shift;
    }
    assertClose(moved, expected, a.method());
  }

  @Property(tries = 200)
  void adjustedMazziottaParetoIsInvariantUnderAnAffineMapPerChild(@ForAll("tables") Table t) {
    Aggregation a = Aggregation.of("adjusted-mazziotta-pareto", Parameters.none());
    double[] scale = {0.5, 3, 10, 1};
    double[] shift = {7, -2, 0, 100};
    assertClose(run(a, map(t.children(), (j, v) -> scale[j] * v + shift[j]), t.weights()),
        run(a, t.children(), t.weights()), a.method());
  }

  @Property(tries = 200)
  void wroclawIsInvariantUnderACommonScaleAndAShiftPerChild(@ForAll("tables") Table t) {
    double[] shift = {7, -2, 0, 100};
    assertClose(run(Aggregation.wroclaw(), map(t.children(), (j, v) -> 4 * v + shift[j]),
        t.weights()), run(Aggregation.wroclaw(), t.children(), t.weights()), "wroclaw");
  }

  @Property(tries = 200)
  void topsisIsInvariantUnderAScalePerChildAndTheDominantUnitScoresOne(
      @ForAll("tables") Table t) {
    double[] scale = {0.5, 3, 10, 1e6};
    double[] base = run(Aggregation.topsis(), t.children(), t.weights());
    assertClose(run(Aggregation.topsis(), map(t.children(), (j, v) -> scale[j] * v),
        t.weights()), base, "topsis");
    double[][] withBest = map(t.children(), (j, v) -> v);
    for (int j = 0; j < 4; j++) {
      withBest[j][0] = 101;
    }
    assertThat(run(Aggregation.topsis(), withBest, t.weights())[0]).isEqualTo(1.0);
    for (double s : base) {
      assertThat(s).isBetween(0.0, 1.0);
    }
  }

  @Property(tries = 300)
  void aUnitsScoreDoesNotFallWhenOneOfItsValuesRises(@ForAll("tables") Table t,
      @ForAll @IntRange(min = 1, max = 5) int which, @ForAll @IntRange(min = 0, max = 3) int j,
      @ForAll @IntRange(min = 1, max = 60) int rise) {
    Aggregation a = switch (which) {
      case 1 -> Aggregation.owa(0.1, 0.2, 0.3, 0.4);
      case 2 -> Aggregation.owaAtLeast(2, true);
      case 3 -> Aggregation.weightedMedian();
      case 4 -> Aggregation.meanMin(1, 0.5);
      default -> Aggregation.topsis();
    };
    double[] before = run(a, t.children(), t.weights());
    double[][] raised = map(t.children(), (c, v) -> v);
    raised[j][0] += rise;
    double after = run(a, raised, t.weights())[0];
    assertThat(after).as(a.method()).isGreaterThanOrEqualTo(before[0] - 1e-12
        * Math.max(1, Math.abs(before[0])));
  }

  @Property(tries = 200)
  void owaLiesBetweenTheSmallestAndTheLargestValueAndItsOrnessBetweenZeroAndOne(
      @ForAll("tables") Table t, @ForAll @IntRange(min = 1, max = 4) int j) {
    for (Aggregation a : List.of(Aggregation.owaAtLeast(j, true),
        Aggregation.owaAtLeast(j, false))) {
      double[] s = run(a, t.children(), t.weights());
      for (int u = 0; u < s.length; u++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] c : t.children()) {
          lo = Math.min(lo, c[u]);
          hi = Math.max(hi, c[u]);
        }
        assertThat(s[u]).isBetween(lo - 1e-12 * hi, hi + 1e-12 * hi);
      }
      assertThat(a.orness(4)).isBetween(0.0, 1.0);
    }
    assertThat(Aggregation.owaAtLeast(j, true).orness(4)
        + Aggregation.owaAtLeast(j, false).orness(4)).isCloseTo(1, within(1e-15));
    assertThat(Map.of("max", Aggregation.owaAtLeast(1, true).orness(4), "min",
        Aggregation.owaAtLeast(1, false).orness(4), "mean", Aggregation.owaAtLeast(4, true)
        .orness(4))).containsEntry("max", 1.0).containsEntry("min", 0.0)
        .containsEntry("mean", 0.5);
  }
}

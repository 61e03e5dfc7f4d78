package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over random frameworks and data. */
class EngineProperties {

  /** A random case: a two-pillar framework and data with missing cells. */
  record Case(Framework framework, Dataset data) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(Arbitraries.integers().between(2, 25),
        Arbitraries.integers().between(2, 8), Arbitraries.longs()).as((units, inds, seed) -> {
          Random rnd = new Random(seed);
          Framework.Builder b = Framework.builder().node("I", null).node("A", "I").node("B", "I");
          Map<String, double[]> cols = new LinkedHashMap<>();
          for (int k = 0; k < inds; k++) {
            String parent = k % 2 == 0 ? "A" : "B";
            b.node(Node.of("i" + k, parent).withWeight(0.5 + rnd.nextInt(4))
                .withDirection(rnd.nextBoolean() ? Direction.POSITIVE : Direction.NEGATIVE));
            double[] c = new double[units];
            for (int u = 0; u < units; u++) {
              c[u] = rnd.nextDouble() < 0.1 ? Double.NaN
                  : Math.round((rnd.nextDouble() * 200 - 50) * 100) / 100.0;
            }
            c[rnd.nextInt(units)] = rnd.nextInt(100);
            cols.put("i" + k, c);
          }
          List<Unit> us = new ArrayList<>();
          for (int u = 0; u < units; u++) {
            us.add(new Unit("u" + u, null, Map.of("g", u % 3 == 0 ? "x" : "y"), Map.of()));
          }
          return new Case(b.build(), Dataset.ofColumns(us, cols));
        });
  }

  private static Results run(Case c) {
    return Engine.standard().run(c.framework(), c.data(), Pipeline.coinrDefault());
  }

  private static void assertSameScores(double a, double b) {
    if (Double.isNaN(a)) {
      assertThat(b).isNaN();
    } else {
      assertThat(b).isCloseTo(a, within(1e-9 * Math.max(1, Math.abs(a))));
    }
  }

  @Property(tries = 200)
  void permutingUnitsPermutesResults(@ForAll("cases") Case c, @ForAll long seed) {
    List<String> order = new ArrayList<>(c.data().units().stream().map(Unit::code).toList());
    Collections.shuffle(order, new Random(seed));
    Results a = run(c);
    Results b = run(new Case(c.framework(), c.data().reorderUnits(order)));
    for (Node n : c.framework().nodes()) {
      for (String u : order) {
        assertSameScores(a.score(u, n.code()).orElse(Double.NaN),
            b.score(u, n.code()).orElse(Double.NaN));
        assertThat(b.rank(u, n.code())).isEqualTo(a.rank(u, n.code()));
      }
    }
  }

  @Property(tries = 200)
  void addingAConstantLeavesMinMaxUnchanged(@ForAll("cases") Case c,
      @ForAll @DoubleRange(min = -1000, max = 1000) double shift) {
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String ind : c.data().indicators()) {
      double[] col = c.data().column(ind);
      for (int i = 0; i < col.length; i++) {
        col[i] += shift;
      }
      cols.put(ind, col);
    }
    Results a = run(c);
    Results b = run(new Case(c.framework(), Dataset.ofColumns(c.data().units(), cols)));
    for (Node n : c.framework().nodes()) {
      double[] x = a.scores(n.code());
      double[] y = b.scores(n.code());
      for (int i = 0; i < x.length; i++) {
        if (Double.isNaN(x[i])) {
          assertThat(y[i]).isNaN();
        } else {
          assertThat(y[i]).isCloseTo(x[i], within(1e-6));
        }
      }
    }
  }

  @Property(tries = 200)
  void scalingAllWeightsOfOneParentChangesNothing(@ForAll("cases") Case c,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    Map<String, Double> scaled = new LinkedHashMap<>();
    for (Node child : c.framework().children("A")) {
      scaled.put(child.code(), child.weight() * factor);
    }
    Results a = run(c);
    Results b = run(new Case(c.framework().withWeights(scaled), c.data()));
    double[] x = a.scores("I");
    double[] y = b.scores("I");
    for (int i = 0; i < x.length; i++) {
      assertSameScores(x[i], y[i]);
    }
  }

  @Property(tries = 200)
  void improvingAValueNeverLowersTheArithmeticIndex(@ForAll("cases") Case c,
      @ForAll @IntRange(min = 0, max = 1000) int unitPick,
      @ForAll @DoubleRange(min = 0, max = 50) double improvement) {
    String ind = c.framework().indicators().get(0).code();
    int sign = c.framework().indicators().get(0).direction().sign();
    int u = unitPick % c.data().unitCount();
    double[] col = c.data().column(ind);
    if (Double.isNaN(col[u])) {
      return;
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String i : c.data().indicators()) {
      cols.put(i, c.data().column(i));
    }
    cols.get(ind)[u] += sign * improvement;
    String unit = c.data().units().get(u).code();
    // Fixed goalposts keep the other units' normalised values where they were.
    Pipeline p = Pipeline.coinrDefault().withNormalisation(
        io.github.learningcities.lcn.indicators.pipeline.Normalisation.goalposts(-1000, 1000,
            100, true));
    double before = Engine.standard().run(c.framework(), c.data(), p).score(unit, "I")
        .orElseThrow();
    double after = Engine.standard().run(c.framework(),
        Dataset.ofColumns(c.data().units(), cols), p).score(unit, "I").orElseThrow();
    assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
  }

  @Property(tries = 200)
  void ranksAreAValidCompetitionRanking(@ForAll("cases") Case c) {
    Results r = run(c);
    for (Node n : c.framework().nodes()) {
      Map<String, Integer> ranks = r.ranks(n.code());
      for (Map.Entry<String, Integer> e : ranks.entrySet()) {
        double s = r.score(e.getKey(), n.code()).orElseThrow();
        long better = ranks.keySet().stream()
            .filter(o -> r.score(o, n.code()).orElseThrow() > s).count();
        assertThat(e.getValue()).isEqualTo((int) better + 1);
      }
      for (Unit u : r.units()) {
        assertThat(ranks.containsKey(u.code())).isEqualTo(r.score(u.code(), n.code())
            .isPresent());
      }
    }
  }
}

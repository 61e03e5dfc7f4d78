package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Frameworks that are directed acyclic graphs (issue 14): contributions still add up to the
 * score, and extra edges of weight 0 give the tree's results.
 */
class DagProperties {
  private final Engine engine = Engine.standard();

  /**
   * A random tree (node i's primary parent is one of the nodes before it), extra edges from
   * nodes to earlier aggregates (so acyclic), weights and raw values for a few units.
   */
  record Shape(int[] parent, double[] weight, List<int[]> extra, double[] extraWeight,
      double[][] values) {

    Framework framework(boolean withExtraEdges, boolean zeroExtraWeights) {
      List<Map<String, Double>> more = new ArrayList<>();
      for (int i = 0; i < parent.length; i++) {
        more.add(new LinkedHashMap<>());
      }
      if (withExtraEdges) {
        for (int e = 0; e < extra.size(); e++) {
          int child = extra.get(e)[0];
          more.get(child).put("n" + extra.get(e)[1], zeroExtraWeights ? 0.0 : extraWeight[e]);
        }
      }
      Framework.Builder b = Framework.builder().node("n0", null);
      for (int i = 1; i < parent.length; i++) {
        b.node(Node.of("n" + i, "n" + parent[i]).withWeight(weight[i])
            .withAdditionalParents(more.get(i)));
      }
      return b.build();
    }

    Dataset data(Framework fw) {
      List<Unit> units = new ArrayList<>();
      for (int u = 0; u < values.length; u++) {
        units.add(Unit.of("u" + u, null));
      }
      Map<String, double[]> cols = new LinkedHashMap<>();
      for (Node leaf : fw.indicators()) {
        int i = Integer.parseInt(leaf.code().substring(1));
        double[] col = new double[values.length];
        for (int u = 0; u < values.length; u++) {
          col[u] = values[u][i];
        }
        cols.put(leaf.code(), col);
      }
      return Dataset.ofColumns(units, cols);
    }
  }

  @Provide
  Arbitrary<Shape> shapes() {
    return Arbitraries.integers().between(3, 14).flatMap(n -> {
      Arbitrary<int[]> parents = Arbitraries.randomValue(r -> {
        int[] p = new int[n];
        for (int i = 1; i < n; i++) {
          p[i] = r.nextInt(i);
        }
        return p;
      });
      Arbitrary<double[]> weights = Arbitraries.doubles().between(0.1, 10).array(double[].class)
          .ofSize(n);
      Arbitrary<double[][]> values = Arbitraries.doubles().between(0.5, 100)
          .array(double[].class).ofSize(n).array(double[][].class).ofMinSize(1).ofMaxSize(4);
      Arbitrary<List<int[]>> pairs = Arbitraries.integers().between(1, n - 1)
          .flatMap(c -> Arbitraries.integers().between(0, c - 1).map(p -> new int[] {c, p}))
          .list().ofMaxSize(2 * n);
      Arbitrary<double[]> extraWeights = Arbitraries.doubles().between(0.1, 10)
          .array(double[].class).ofSize(2 * n);
      return Combinators.combine(parents, weights, pairs, extraWeights, values)
          .as((p, w, e, ew, v) -> new Shape(p, w, keepAggregateTargets(p, e), ew, v));
    });
  }

  /** Extra edges only to aggregates of the tree, not to the primary parent, each once. */
  private static List<int[]> keepAggregateTargets(int[] parent, List<int[]> edges) {
    Set<Integer> aggregates = new HashSet<>();
    for (int i = 1; i < parent.length; i++) {
      aggregates.add(parent[i]);
    }
    Set<String> seen = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    for (int[] e : edges) {
      if (aggregates.contains(e[1]) && parent[e[0]] != e[1] && seen.add(e[0] + ">" + e[1])) {
        out.add(e);
      }
    }
    return out;
  }

  @Property(tries = 200)
  void contributionsAddUpToTheScoreOfEveryAggregate(@ForAll("shapes") Shape shape,
      @ForAll boolean geometric) {
    Framework fw = shape.framework(true, false);
    Pipeline p = Pipeline.coinrDefault().withNormalisation(null)
        .withAggregation(geometric ? Aggregation.geometric() : Aggregation.arithmetic());
    Results r = engine.run(fw, shape.data(fw), p);
    Map<String, Double> eff = fw.effectiveWeights();
    for (Unit unit : r.units()) {
      for (Node node : fw.nodes()) {
        double score = r.score(unit.code(), node.code()).orElseThrow();
        double sum = r.contributions(unit.code(), node.code()).values().stream()
            .mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isCloseTo(score, within(1e-9 * Math.abs(score)));
      }
      if (!geometric) {
        // under the weighted mean each contribution is effective weight times value
        r.contributions(unit.code()).forEach((leaf, c) -> assertThat(c).isCloseTo(
            eff.get(leaf) * r.score(unit.code(), leaf).orElseThrow(),
            within(1e-9 * Math.abs(r.score(unit.code(), "n0").orElseThrow()))));
      }
    }
    double effSum = fw.indicators().stream().mapToDouble(n -> eff.get(n.code())).sum();
    assertThat(effSum).isCloseTo(1.0, within(1e-12));
  }

  @Property(tries = 200)
  void extraEdgesOfWeightZeroGiveTheTreesResults(@ForAll("shapes") Shape shape) {
    Framework tree = shape.framework(false, false);
    Framework dag = shape.framework(true, true);
    Pipeline p = Pipeline.coinrDefault();
    Results a = engine.run(tree, shape.data(tree), p);
    Results b = engine.run(dag, shape.data(dag), p);
    assertThat(dag.effectiveWeights()).isEqualTo(tree.effectiveWeights());
    for (Node node : tree.nodes()) {
      assertThat(b.scores(node.code())).containsExactly(a.scores(node.code()));
      for (Unit unit : a.units()) {
        Map<String, Double> ca = a.contributions(unit.code(), node.code());
        Map<String, Double> cb = b.contributions(unit.code(), node.code());
        assertThat(cb.keySet()).containsAll(ca.keySet());
        cb.forEach((leaf, c) -> assertThat(c).isEqualTo(ca.getOrDefault(leaf, 0.0)));
      }
    }
  }
}

package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * The engine checks availability, zero weights and finiteness only on the units a built-in
 * aggregator flags; that gives the same scores, the same diagnostics and the same errors as
 * checking every unit, which it does for the same aggregator registered as a plain
 * {@link Aggregator} (one that reports no presence).
 */
class AggregationChecksProperties {
  private static final String[] CHILDREN = {"a1", "a2", "a3", "a4", "b1", "b2", "b3"};

  record Case(double[][] values, double[] weights, String method, OptionalDouble threshold) {

    Framework framework() {
      Framework.Builder b = Framework.builder().node("I", null)
          .node(Node.of("A", "I")).node(Node.of("B", "I"));
      for (int j = 0; j < CHILDREN.length; j++) {
        b.node(Node.of(CHILDREN[j], CHILDREN[j].startsWith("a") ? "A" : "B")
            .withWeight(weights[j]));
      }
      return b.build();
    }

    Dataset data() {
      List<Unit> units = new ArrayList<>();
      for (int u = 0; u < values.length; u++) {
        units.add(Unit.of("u" + u, null));
      }
      Map<String, double[]> cols = new LinkedHashMap<>();
      for (int j = 0; j < CHILDREN.length; j++) {
        double[] col = new double[values.length];
        for (int u = 0; u < values.length; u++) {
          col[u] = values[u][j];
        }
        cols.put(CHILDREN[j], col);
      }
      return Dataset.ofColumns(units, cols);
    }

    Parameters parameters() {
      return method.equals("generalised") ? Parameters.of(Map.of("p", 2.0)) : Parameters.none();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Double> cell = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.doubles().between(-50, 50)),
        Tuple.of(1, Arbitraries.of(0.0, 7.0)),
        Tuple.of(2, Arbitraries.just(Double.NaN)));
    Arbitrary<double[][]> values = cell.array(double[].class).ofSize(CHILDREN.length)
        .array(double[][].class).ofMinSize(2).ofMaxSize(12);
    Arbitrary<double[]> weights = Arbitraries.of(0.0, 0.5, 1.0, 2.0)
        .array(double[].class).ofSize(CHILDREN.length);
    Arbitrary<String> method = Arbitraries.of("arithmetic", "geometric", "harmonic",
        "generalised", "mazziotta-pareto");
    Arbitrary<OptionalDouble> threshold = Arbitraries.of(OptionalDouble.empty(),
        OptionalDouble.of(0.5), OptionalDouble.of(0.75));
    return Combinators.combine(values, weights, method, threshold).as(Case::new);
  }

  @Property(tries = 300)
  void flaggedUnitsGiveWhatCheckingEveryUnitGives(@ForAll("cases") Case c) {
    MethodRegistry standard = MethodRegistry.standard();
    Aggregator builtIn = standard.aggregator(c.method());
    Aggregator plain = (children, weights, out, parameters, context) ->
        builtIn.aggregate(children, weights, out, parameters, context);
    Pipeline base = Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(1, 100));
    Object flagged = outcome(Engine.using(standard), c, base.withAggregation(
        new Aggregation(c.method(), c.parameters(), c.threshold())));
    Object everyUnit = outcome(Engine.using(standard.withAggregator("plain", plain)), c,
        base.withAggregation(new Aggregation("plain", c.parameters(), c.threshold())));

    Statistics.collect(flagged instanceof String s ? s.substring(0, s.indexOf(':')) : "scores");
    assertThat(flagged).isEqualTo(everyUnit);
  }

  /** The scores of every node (as bits) and the diagnostics, or the error's message. */
  private static Object outcome(Engine engine, Case c, Pipeline pipeline) {
    try {
      Framework fw = c.framework();
      Results r = engine.run(fw, c.data(), pipeline);
      List<Object> all = new ArrayList<>();
      for (Node n : fw.nodes()) {
        for (double v : r.scores(n.code())) {
          all.add(Double.doubleToLongBits(v));
        }
      }
      all.add(r.diagnostics().toString());
      return all;
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage()
          .replace("aggregation 'plain'", "aggregation '" + c.method() + "'");
    }
  }
}

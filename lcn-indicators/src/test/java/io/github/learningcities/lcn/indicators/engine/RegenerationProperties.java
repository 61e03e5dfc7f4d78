package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.MethodSignature;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A regeneration skips the method checks of the steps it reuses from earlier results: it must
 * still give exactly what a full run of the changed pipeline gives, the same scores or the same
 * error, for valid and invalid changes alike.
 */
class RegenerationProperties {
  private static final Framework FRAMEWORK = Framework.builder().node("I", null)
      .node("A", "I").node("B", "I")
      .node(Node.of("x1", "A")).node(Node.of("x2", "A")).node(Node.of("x3", "B"))
      .node(Node.of("x4", "B").withWeight(2))
      .build();
  private static final Dataset DATA = data();

  private static Dataset data() {
    Random rnd = new Random(3);
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      units.add(new Unit("u" + u, null, Map.of(), Map.of()));
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int k = 1; k <= 4; k++) {
      double[] c = new double[12];
      for (int u = 0; u < 12; u++) {
        c[u] = u == k ? Double.NaN : rnd.nextDouble() * 10 - (k == 3 ? 5 : 0);
      }
      cols.put("x" + k, c);
    }
    return Dataset.ofColumns(units, cols);
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    Arbitrary<Treatment> treatments = Arbitraries.of(Treatment.coinrDefault(),
        Treatment.winsorise(1, 2.0, 3.5, "log-ct"), Treatment.of("no-such-treatment",
            Parameters.none()));
    Arbitrary<Normalisation> normalisations = Arbitraries.of(Normalisation.minMax(0, 100),
        Normalisation.minMax(1, 100), Normalisation.zScore(10, 2), Normalisation.rank(),
        Normalisation.of("no-such-normaliser", Parameters.none()),
        Normalisation.fromIMeta("minmax"));
    Arbitrary<Aggregation> aggregations = Arbitraries.of(Aggregation.arithmetic(),
        Aggregation.geometric(), Aggregation.generalised(2),
        Aggregation.of("no-such-aggregator", Parameters.none()));
    Arbitrary<Weighting> weightings = Arbitraries.of(Weighting.fromFramework(),
        Weighting.equal(), Weighting.fromFramework().withManual(Map.of("A", 3.0)),
        Weighting.fromFramework().withManual(Map.of("nowhere", 1.0)),
        Weighting.fromFramework().withManual(Map.of("x1", 0.0, "x2", 0.0)),
        Weighting.set("no-such-set"));
    return net.jqwik.api.Combinators.combine(Arbitraries.of(true, false), treatments,
        normalisations, aggregations, weightings).as((treat, t, n, a, w) -> {
          Pipeline p = Pipeline.coinrDefault().withNormalisation(n).withAggregation(a)
              .withWeighting(w);
          return treat ? p.withTreatment(t) : p;
        });
  }

  @Property(tries = 300)
  void regenerationGivesWhatAFullRunGives(@ForAll("pipelines") Pipeline first,
      @ForAll("pipelines") Pipeline second) {
    Results earlier;
    try {
      earlier = Engine.standard().run(FRAMEWORK, DATA, first);
    } catch (IndicatorsException e) {
      return;
    }
    Results full;
    try {
      full = Engine.standard().run(FRAMEWORK, DATA, second);
    } catch (IndicatorsException e) {
      assertThatThrownBy(() -> Engine.standard().regenerate(earlier, second))
          .isInstanceOf(e.getClass()).hasMessage(e.getMessage());
      return;
    }
    Results regenerated = Engine.standard().regenerate(earlier, second);
    for (Node node : FRAMEWORK.nodes()) {
      assertThat(regenerated.scores(node.code())).containsExactly(full.scores(node.code()));
      assertThat(regenerated.rankArray(node.code())).containsExactly(full.rankArray(node.code()));
    }
  }

  /**
   * Checks passed with one registry say nothing about another: a registry whose "mine" needs a
   * parameter checks the reused node aggregation again and refuses it.
   */
  @Example
  void anotherRegistryChecksTheReusedStepsAgain() {
    Aggregator first = Aggregator.rowWise((values, weights, n, p) -> values[0]);
    MethodRegistry lenient = MethodRegistry.standard().withAggregator("mine", first);
    MethodRegistry strict = MethodRegistry.standard().withAggregator("mine", first,
        MethodSignature.of(ParameterSpec.number("p", "a power").asRequired()));
    Framework custom = FRAMEWORK.withNode(FRAMEWORK.node("A").orElseThrow()
        .withAggregation(Aggregation.of("mine", Parameters.none())));
    Results earlier = Engine.using(lenient).run(custom, DATA, Pipeline.coinrDefault());
    Pipeline reweighted = Pipeline.coinrDefault().withWeighting(Weighting.equal());
    assertThat(Engine.using(lenient).regenerate(earlier, reweighted).scores("A"))
        .containsExactly(earlier.scores("A"));
    assertThatThrownBy(() -> Engine.using(strict).regenerate(earlier, reweighted))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("mine")
        .hasMessageContaining("'p'");
  }
}

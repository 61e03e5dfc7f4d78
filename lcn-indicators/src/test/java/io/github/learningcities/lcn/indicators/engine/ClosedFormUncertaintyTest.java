package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: the closed-form aggregations are alternatives of an uncertainty factor like any
 * other: every one is sampled and none fails.
 */
class ClosedFormUncertaintyTest {
  @Test
  void closedFormAggregationsAreAlternativesOfAnUncertaintyFactor() {
    List<Aggregation> alternatives = List.of(Aggregation.arithmetic(),
        Aggregation.adjustedMazziottaPareto(0, 200), Aggregation.meanMin(0.5, 1),
        Aggregation.owaAtLeast(2, true), Aggregation.weightedMedian(), Aggregation.wroclaw(),
        Aggregation.topsis());
    var fw = Fixtures.flat(1, 2, 1);
    var data = Fixtures.rows(new double[][] {{10, 20, 30}, {40, 5, 60}, {70, 80, 1},
        {15, 55, 35}, {90, 10, 50}});
    Pipeline nominal = Pipeline.coinrDefault().withNormalisation(null);
    Results results = Engine.standard().run(fw, data, nominal);
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), results,
        UncertaintySpec.of(List.of(Factor.aggregation("aggregation", alternatives)), 64, 3L)
            .withThreads(1), (done, total) -> { });

    assertThat(r.failures()).isEmpty();
    Set<String> used = r.replications().stream().map(Replication::pipeline)
        .map(p -> p.aggregation().method()).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrderElementsOf(alternatives.stream()
        .map(Aggregation::method).collect(Collectors.toSet()));
  }
}

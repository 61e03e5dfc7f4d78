package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine example of the README, run as a test (keep the two in step). */
class ReadmeExamples {

  @Test
  void scoringExample() {
    // README: engine example (begin)
    Framework framework = Framework.builder()
        .node("Index", null)
        .node("Access", "Index")
        .node("Participation", "Index")
        .node(Node.of("libraries", "Access"))
        .node(Node.of("travelTime", "Access").withDirection(Direction.NEGATIVE))
        .node(Node.of("adultLearners", "Participation").withWeight(2))
        .build();

    Dataset data = Dataset.builder()
        .unit(new Unit("ua-melitopol", "Мелітополь", Map.of("region", "south"), Map.of()))
        .unit(new Unit("ua-sumy", "Суми", Map.of("region", "south"), Map.of()))
        .unit(new Unit("ua-nikopol", "Нікополь", Map.of("region", "south"), Map.of()))
        .value("ua-melitopol", "libraries", 12).value("ua-melitopol", "travelTime", 25)
        .value("ua-melitopol", "adultLearners", 8.5)
        .value("ua-sumy", "libraries", 20).value("ua-sumy", "travelTime", 40)
        .missing("ua-sumy", "adultLearners")
        .value("ua-nikopol", "libraries", 9).value("ua-nikopol", "travelTime", 15)
        .value("ua-nikopol", "adultLearners", 6.1)
        .build();

    Pipeline pipeline = Pipeline.coinrDefault()              // min-max [0,100], arithmetic
        .withImputation(Imputation.groupMean("region"));
    Results results = Engine.standard().run(framework, data, pipeline);

    results.ranks("Index");                                   // {ua-melitopol=1, ...}
    results.contributions("ua-sumy");                         // indicator -> points
    results.diagnostics().imputedCells();                     // what was filled, and how

    // A variant: only re-aggregates, the normalised data is reused.
    Results geometric = Engine.standard().regenerate(results, pipeline
        .withNormalisation(Normalisation.minMax(1, 100))
        .withAggregation(Aggregation.geometric()));
    Results equal = Engine.standard().regenerate(results,
        pipeline.withWeighting(Weighting.equal()));
    double shift = results.compareTo(equal, "Index").meanAbsoluteRankChange();
    // README: engine example (end)

    assertThat(results.ranks("Index")).containsOnlyKeys("ua-melitopol", "ua-sumy", "ua-nikopol");
    assertThat(results.diagnostics().imputedCells()).singleElement()
        .satisfies(c -> assertThat(c.value()).isEqualTo((8.5 + 6.1) / 2));
    assertThat(geometric.recomputedFrom()).isEqualTo(Step.NORMALISATION);
    assertThat(equal.recomputedFrom()).isEqualTo(Step.AGGREGATION);
    assertThat(shift).isGreaterThanOrEqualTo(0);
  }
}

package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example of the README's "Frameworks that are not trees", run as a test (keep in step). */
class ReadmeDagExamples {

  @Test
  void sharedIndicatorExample() {
    Dataset data = Dataset.builder()
        .unit(new Unit("ua-melitopol", "Мелітополь", Map.of(), Map.of()))
        .unit(new Unit("ua-sumy", "Суми", Map.of(), Map.of()))
        .unit(new Unit("ua-nikopol", "Нікополь", Map.of(), Map.of()))
        .value("ua-melitopol", "libraries", 12).value("ua-melitopol", "events", 30)
        .value("ua-melitopol", "volunteering", 4)
        .value("ua-sumy", "libraries", 20).value("ua-sumy", "events", 10)
        .value("ua-sumy", "volunteering", 9)
        .value("ua-nikopol", "libraries", 7).value("ua-nikopol", "events", 22)
        .value("ua-nikopol", "volunteering", 6)
        .build();
    // README: graph example (begin)
    Framework framework = Framework.builder()
        .node("Index", null)
        .node("Access", "Index")
        .node("Participation", "Index")
        .node("libraries", "Access")
        .node("events", "Participation")
        // volunteering counts for both pillars: weight 0.5 under Access, 1.5 under Participation
        .node(Node.of("volunteering", "Access").withWeight(0.5)
            .withAdditionalParent("Participation", 1.5))
        .build();
    Results results = Engine.standard().run(framework, data, Pipeline.coinrDefault());
    Map<String, Double> parts = results.contributions("ua-sumy"); // adds up to the Index score
    double share = framework.effectiveWeights().get("volunteering"); // 1/2 * 1/3 + 1/2 * 3/5
    // README: graph example (end)
    assertThat(parts.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(results.score("ua-sumy", "Index").orElseThrow(), within(1e-12));
    assertThat(share).isCloseTo(0.5 / 3 + 0.5 * 3 / 5, within(1e-15));
    assertThat(parts.get("volunteering")).isCloseTo(
        share * results.score("ua-sumy", "volunteering").orElseThrow(), within(1e-12));
  }
}

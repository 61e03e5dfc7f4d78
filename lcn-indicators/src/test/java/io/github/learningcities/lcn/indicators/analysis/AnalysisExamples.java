package io.github.learningcities.lcn.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis example given for the README, run as written. */
class AnalysisExamples {

  @Test
  void readmeAnalysisExample() {
    Framework framework = Framework.builder().node("Index", null)
        .node("Access", "Index").node("Quality", "Index")
        .node("enrolment", "Access").node("libraries", "Access")
        .node("completion", "Quality").node("satisfaction", "Quality").build();
    Dataset dataset = AnalysisFixtures.columns(
        "enrolment", AnalysisFixtures.v(61, 74, 58, 90),
        "libraries", AnalysisFixtures.v(3, 5, 2, 8),
        "completion", AnalysisFixtures.v(0.81, 0.77, 0.69, 0.93),
        "satisfaction", AnalysisFixtures.v(3.9, 4.1, 3.2, 4.4));
    Results results = Engine.standard().run(framework, dataset, Pipeline.coinrDefault());

    List<IndicatorStatistics> stats = IndicatorStatistics.of(results, Step.NORMALISATION);
    List<Correlation> withPillar =
        Correlations.withParents(results, 1, CorrelationMethod.SPEARMAN);
    CronbachAlpha access =
        CronbachAlpha.of(framework, results.after(Step.NORMALISATION), "Access", 1);
    List<RemovalImpact> withoutPillar = RemovalImpact.ofLevel(Engine.standard(), results, 2);

    assertThat(stats).hasSize(4);
    // enrolment and libraries rank the four units identically
    assertThat(withPillar.get(0).coefficient().getAsDouble()).isCloseTo(1, within(1e-12));
    assertThat(access.alpha().getAsDouble()).isPositive();
    assertThat(withoutPillar).extracting(RemovalImpact::element)
        .containsExactly("Access", "Quality");
  }
}

package io.github.learningcities.lcn.indicators.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit example of the README, run as a test (keep the two in step). */
class ReadmeAuditExamples {

  @Test
  void auditExample() {
    Results results = AuditFixtures.results(60, 5);
    List<String> lines = new ArrayList<>();
    // README: audit example (begin)
    AuditSpec spec = AuditSpec.defaults()
        .withThresholds(AuditThresholds.builder().alpha(0.6).build())   // JRC's 0.7 by default
        .withUncertainty(UncertaintySpec.of(List.of(
            Factor.normalisation("normalisation",
                List.of(Normalisation.minMax(0, 100), Normalisation.zScore(100, 10))),
            Factor.aggregation("aggregation",
                List.of(Aggregation.arithmetic(), Aggregation.geometric()))), 64, 42L));
    Audit audit = Audit.of(Engine.standard(), results, spec);

    for (Finding f : audit.findings(Severity.WARNING)) {
      lines.add(f.severity() + " " + f.reason());   // CRITICAL indicator b2: correlation -0.08 ...
    }
    for (Importance i : audit.importance()) {
      // i.ratio() in [i.low(), i.high()]; i.share() against i.weightShare()
    }
    audit.reliability();      // alpha, PCA variances per aggregate
    audit.removals();         // rank shift without each node
    // README: audit example (end)
    assertThat(lines).anyMatch(l -> l.startsWith("CRITICAL indicator b2: correlation -0.08"));
    assertThat(audit.uncertainty()).isPresent();
  }
}

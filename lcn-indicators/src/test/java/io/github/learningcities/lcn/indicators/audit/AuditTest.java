package io.github.learningcities.lcn.indicators.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTest {
  private static final Results RESULTS = AuditFixtures.results(60, 5);

  private static Audit audit(AuditSpec spec) {
    return Audit.of(Engine.standard(), RESULTS, spec.withBootstrap(100));
  }

  @Test
  void everySectionIsFilled() {
    Audit a = audit(AuditSpec.defaults());
    assertThat(a.index()).isEqualTo("I");
    assertThat(a.units()).isEqualTo(60);
    assertThat(a.statistics()).hasSize(6);
    assertThat(a.availability().units()).hasSize(60);
    assertThat(a.indicatorCorrelations().rows()).containsExactly("a0", "a1", "a2", "b0", "b1",
        "b2");
    assertThat(a.parentCorrelations()).extracting(Correlation::second)
        .containsExactly("a0", "a1", "a2", "b0", "b1", "b2", "A", "B");
    assertThat(a.reliability()).extracting(Reliability::aggregate).containsExactly("A", "B", "I");
    assertThat(a.weights()).hasSize(8);
    assertThat(a.importance()).hasSize(6).allSatisfy(i -> {
      assertThat(i.ratio()).isPresent();
      assertThat(i.low().getAsDouble()).isLessThanOrEqualTo(i.high().getAsDouble());
      assertThat(i.weightShare()).isCloseTo(1.0 / 6, org.assertj.core.api.Assertions.within(
          1e-12));
    });
    assertThat(a.importance().stream().mapToDouble(i -> i.share().getAsDouble()).sum())
        .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(a.uncertainty()).isEmpty();
    // 6 indicators and 2 pillars removed one at a time
    assertThat(a.removals()).hasSize(8);
  }

  @Test
  void anIndicatorAgainstItsPillarIsCriticalAndNamesBoth() {
    Audit a = audit(AuditSpec.defaults());
    Finding f = a.findings().stream()
        .filter(x -> x.kind() == FindingKind.NEGATIVE_PARENT_CORRELATION).findFirst()
        .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(f.place()).isEqualTo("b2");
    assertThat(f.value()).isNegative();
    assertThat(f.reason()).startsWith("indicator b2: correlation -").contains("with its parent B");
    Finding alpha = a.findings().stream().filter(x -> x.kind() == FindingKind.LOW_ALPHA)
        .filter(x -> x.place().equals("B")).findFirst().orElseThrow();
    assertThat(alpha.reason()).matches("aggregate B: Cronbach's alpha -?\\d\\.\\d\\d < 0\\.70; "
        + "indicator b2 correlates -0\\.\\d\\d with it");
  }

  @Test
  void thresholdsDecideTheFindings() {
    AuditThresholds strict = AuditThresholds.builder().alpha(1).build();
    AuditThresholds lax = AuditThresholds.builder().alpha(-1e9).build();
    assertThat(audit(AuditSpec.defaults().withThresholds(strict))
        .findings(Section.RELIABILITY)).filteredOn(f -> f.kind() == FindingKind.LOW_ALPHA)
        .extracting(Finding::place).containsExactly("A", "B", "I");
    assertThat(audit(AuditSpec.defaults().withThresholds(lax)).findings())
        .noneMatch(f -> f.kind() == FindingKind.LOW_ALPHA);
    assertThat(AuditThresholds.jrcDefault().toBuilder().build())
        .isEqualTo(AuditThresholds.jrcDefault());
  }

  @Test
  void findingsAreOrderedBySectionThenSeverity() {
    List<Finding> all = audit(AuditSpec.defaults()).findings();
    assertThat(all).isNotEmpty();
    for (int i = 1; i < all.size(); i++) {
      Finding p = all.get(i - 1);
      Finding f = all.get(i);
      assertThat(p.section().compareTo(f.section()) < 0 || p.section() == f.section()
          && p.severity().compareTo(f.severity()) >= 0).as("%s before %s", p, f).isTrue();
    }
    assertThat(audit(AuditSpec.defaults()).findings(Severity.CRITICAL))
        .allMatch(f -> f.severity() == Severity.CRITICAL);
  }

  @Test
  void theAuditIsTheSameWhateverTheThreadCount() {
    Audit one = audit(AuditSpec.defaults().withThreads(1).withSeed(9));
    Audit four = audit(AuditSpec.defaults().withThreads(4).withSeed(9));
    assertThat(four).isEqualTo(one);
    assertThat(audit(AuditSpec.defaults().withThreads(1).withSeed(10)).importance())
        .as("another seed draws other bootstrap intervals").isNotEqualTo(one.importance());
  }

  @Test
  void anUncertaintyAnalysisAddsRankIntervalsAndSobolIndices() {
    UncertaintySpec u = UncertaintySpec.of(List.of(
        Factor.normalisation("normalisation",
            List.of(Normalisation.minMax(0, 100), Normalisation.zScore(100, 10))),
        Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.geometric()))), 16, 3L)
        .withSensitivity().withBootstrap(50);
    Audit a = audit(AuditSpec.defaults().withUncertainty(u)
        .withThresholds(AuditThresholds.builder().rankIntervalWidth(0).dominantFactor(0)
            .build()));
    assertThat(a.uncertainty()).isPresent();
    assertThat(a.uncertainty().orElseThrow().sensitivity()).isPresent();
    assertThat(a.findings(Section.UNCERTAINTY))
        .anyMatch(f -> f.kind() == FindingKind.WIDE_RANK_INTERVAL
            && f.reason().startsWith("unit " + f.place() + ": rank interval "))
        .anyMatch(f -> f.kind() == FindingKind.DOMINANT_FACTOR);
  }

  @Test
  void invalidSettingsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> AuditThresholds.builder().alpha(2).build())
        .isInstanceOf(AuditException.class).hasMessageContaining("alpha = 2.0")
        .hasMessageContaining("at most 1");
    assertThatThrownBy(() -> AuditThresholds.builder().collinearCritical(0.9).build())
        .isInstanceOf(AuditException.class).hasMessageContaining("collinearCritical");
    assertThatThrownBy(() -> AuditSpec.defaults().withBootstrap(-1))
        .isInstanceOf(AuditException.class).hasMessageContaining("bootstrap = -1");
  }
}

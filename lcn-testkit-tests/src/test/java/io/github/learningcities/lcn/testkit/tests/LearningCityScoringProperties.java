package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.learningcity.ReadinessResults;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.ProgressRecord;
import io.github.learningcities.lcn.model.validation.ModelValidator;
import io.github.learningcities.lcn.testkit.indicators.LearningCityArbitraries;
import io.github.learningcities.lcn.testkit.invariants.EngineInvariants;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The testkit's learning-city scoring values: generated assessments build and score, scores
 * lie in [0, 100], ranks are competition ranks, and progress shares lie in [0, 1] and agree
 * with each other.
 */
class LearningCityScoringProperties {

  private static final ModelValidator VALIDATOR = ModelValidator.create();

  @Property(tries = 100)
  void kflcScoresLieBetween0And100AndRankValidly(@ForAll KflcResults r) {
    KflcAssessment a = r.assessment();
    for (CityId c : a.cities()) {
      OptionalDouble overall = r.overall(c);
      overall.ifPresent(x -> assertThat(x).isBetween(0.0, 100.0));
      assertThat(r.rank(c).isPresent()).isEqualTo(overall.isPresent());
    }
    assertThat(a.cities()).isNotEmpty();
    assertThat(a.framework().indicators()).isNotEmpty();
    assertThat(r.overall(a.cities().get(0))).isPresent();
    EngineInvariants.validCompetitionRanks(r.results());
  }

  @Property(tries = 100)
  void everyMeasureWithValuesHasAScaleThatFitsItsDirection(@ForAll KflcAssessment a) {
    for (var e : a.scales().entrySet()) {
      assertThat(e.getValue().lower()).isLessThan(e.getValue().upper());
      e.getValue().target().ifPresent(t -> {
        int direction = a.catalog().measurement(e.getKey()).orElseThrow().direction();
        assertThat(t).isEqualTo(direction > 0 ? e.getValue().upper() : e.getValue().lower());
      });
    }
  }

  @Provide
  Arbitrary<ReadinessResults> readiness() {
    return LearningCityArbitraries.readinessResults();
  }

  @Property(tries = 100)
  void readinessScoresLieBetween0And100(@ForAll("readiness") ReadinessResults r) {
    for (CityId c : r.readiness().cities()) {
      r.overall(c).ifPresent(x -> assertThat(x).isBetween(0.0, 100.0));
      for (var area : r.readiness().catalog().areas()) {
        r.area(c, area.number()).ifPresent(x -> assertThat(x).isBetween(0.0, 100.0));
      }
    }
    assertThat(r.overall(r.readiness().cities().get(0))).isPresent();
    EngineInvariants.validCompetitionRanks(r.results());
  }

  @Property(tries = 100)
  void progressSharesAgree(@ForAll CommitmentProgress p) {
    assertThat(VALIDATOR.validate(p.declaration())).isEmpty();
    double sum = 0;
    for (CityId c : p.cities()) {
      assertThat(p.cityShare(c)).isBetween(0.0, 1.0);
      sum += p.cityShare(c);
    }
    assertThat(p.overall()).isCloseTo(sum / p.cities().size(), within(1e-12));
    double commitments = p.commitments().stream().mapToDouble(p::commitmentShare).sum();
    assertThat(p.overall()).isCloseTo(commitments / p.commitments().size(), within(1e-12));
    for (Commitment c : p.declaration().commitments()) {
      for (ProgressRecord r : c.progress()) {
        assertThat(r.date()).isAfterOrEqualTo(p.declaration().date());
        r.city().ifPresent(city -> assertThat(p.cities()).contains(city));
      }
    }
  }
}

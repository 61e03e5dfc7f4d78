package io.github.learningcities.lcn.indicators.learningcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KflcAssessmentTest {
  private static final CityId A = CityId.of("ua-a");
  private static final CityId B = CityId.of("ua-b");
  private static final double EPS = 1e-9;

  /**
   * Two cities, three features in two tiers.
   *
   * <p>A: L1.1.a = 3 -> 75; M1.1.a.1 = 90 on goalposts 80..100 -> 50; F1.1.a = 62.5.
   * M1.1.c.1 (gender gap, lower is better) = 5 on goalposts 0..20 -> 75; F1.1.c = 75;
   * A1.1 = T1 = 68.75. L2.1.a = 4 -> 100 = A2.1 = T2. Overall (68.75 + 100) / 2 = 84.375.
   *
   * <p>B: L1.1.a = 1 -> 25; M1.1.a.1 = 85 -> 25; F1.1.a = 25. M1.1.c.1 = 25, beyond the worst
   * goalpost -> 0. A1.1 = T1 = 12.5; tier 2 unassessed, so overall 12.5.
   */
  private static KflcAssessment twoCities() {
    return KflcAssessment.builder()
        .city(A, "City A")
        .city(B)
        .maturity(A, "1.1.a", MaturityLevel.ESTABLISHED)
        .maturity(B, "1.1.a", 1)
        .measure("1.1.a.1", MeasureScale.goalposts(80, 100))
        .value(A, "1.1.a.1", 90)
        .value(B, "1.1.a.1", 85)
        .measure("1.1.c.1", MeasureScale.goalposts(0, 20))
        .value(A, "1.1.c.1", 5)
        .value(B, "1.1.c.1", 25)
        .maturity(A, "2.1.a", MaturityLevel.EMBEDDED)
        .build();
  }

  @Test
  void theMeasuresOverridesAreThoseOneWithOverrideAtATimeGives() {
    // the pipeline collects every measure's goalposts and builds one normalisation; the former
    // code added them one at a time, in the framework's order, to the maturity levels' one
    for (double floor : new double[] {0, 1, 12.5}) {
      KflcAssessment a = twoCities();
      Normalisation built = a.pipeline(floor).normalisation().orElseThrow();
      assertThat(built.overrides()).containsOnlyKeys("M1.1.a.1", "M1.1.c.1");
      Normalisation oneAtATime = Normalisation.goalposts(-MaturityLevel.MAX * floor
          / (100 - floor), MaturityLevel.MAX, 100, true);
      for (var leaf : a.framework().indicators()) {
        if (built.overrides().containsKey(leaf.code())) {
          oneAtATime = oneAtATime.withOverride(leaf.code(), built.overrides().get(leaf.code()));
        }
      }
      assertThat(built).isEqualTo(oneAtATime);
      assertThat(List.copyOf(built.overrides().keySet()))
          .isEqualTo(List.copyOf(oneAtATime.overrides().keySet()));
    }
  }

  @Test
  void scoresFeaturesAreasTiersAndOverallByHand() {
    KflcResults r = twoCities().score();
    assertThat(r.feature(A, "1.1.a").getAsDouble()).isCloseTo(62.5, within(EPS));
    assertThat(r.feature(A, "1.1.c").getAsDouble()).isCloseTo(75, within(EPS));
    assertThat(r.area(A, "1.1").getAsDouble()).isCloseTo(68.75, within(EPS));
    assertThat(r.tier(A, "1").getAsDouble()).isCloseTo(68.75, within(EPS));
    assertThat(r.tier(A, "2").getAsDouble()).isCloseTo(100, within(EPS));
    assertThat(r.overall(A).getAsDouble()).isCloseTo(84.375, within(EPS));

    assertThat(r.feature(B, "1.1.a").getAsDouble()).isCloseTo(25, within(EPS));
    assertThat(r.feature(B, "1.1.c").getAsDouble()).isCloseTo(0, within(EPS));
    assertThat(r.area(B, "1.1").getAsDouble()).isCloseTo(12.5, within(EPS));
    assertThat(r.tier(B, "2")).isEmpty();
    assertThat(r.overall(B).getAsDouble()).isCloseTo(12.5, within(EPS));

    assertThat(r.ranks()).containsExactly(Map.entry(A, 1), Map.entry(B, 2));
    assertThat(r.rank(B)).hasValue(2);
    assertThat(r.unassessed(A)).isEmpty();
    assertThat(r.unassessed(B)).containsExactly("2.1.a");
  }

  @Test
  void frameworkHoldsOnlyWhatHasDataAndNotesEveryFeatureLeftOut() {
    KflcAssessment a = twoCities();
    assertThat(a.framework().indicators()).extracting(n -> n.code())
        .containsExactly("L1.1.a", "M1.1.a.1", "M1.1.c.1", "L2.1.a");
    assertThat(a.framework().nodes()).hasSize(1 + 2 + 2 + 3 + 4);
    assertThat(a.framework().node("M1.1.c.1").orElseThrow().direction())
        .isEqualTo(Direction.NEGATIVE);
    assertThat(a.framework().node("F1.1.b")).isEmpty();
    assertThat(a.omittedFeatures())
        .hasSize(KeyFeaturesCatalog.builtIn().features().size() - 3).contains("1.1.b", "3.3.a")
        .doesNotContain("1.1.a", "1.1.c", "2.1.a");
    assertThat(a.notes()).hasSize(a.omittedFeatures().size());
    assertThat(a.score().notes()).anySatisfy(n -> {
      assertThat(n.code()).isEqualTo("feature-without-data");
      assertThat(n.place()).isEqualTo("F1.1.b");
    });
    assertThat(a.dataset().isMissing("ua-b", "L2.1.a")).isTrue();
    assertThatThrownBy(() -> a.score().feature(A, "1.1.b"))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-a").hasMessageContaining("1.1.b");
  }

  @Test
  void targetsScoreTheShareOfTheWayFromTheWorstValue() {
    // 1.1.b.1 volunteering rate, target 40 from 0: 30 -> 75, 50 -> capped at 100.
    // 1.1.c.1 gender gap (lower is better), target 2 from worst 10: 4 -> 75, 10 -> 0.
    KflcResults r = KflcAssessment.builder().city(A).city(B)
        .measure("1.1.b.1", MeasureScale.target(40))
        .value(A, "1.1.b.1", 30).value(B, "1.1.b.1", 50)
        .measure("1.1.c.1", MeasureScale.target(2, 10))
        .value(A, "1.1.c.1", 4).value(B, "1.1.c.1", 10)
        .build().score();
    assertThat(r.feature(A, "1.1.b").getAsDouble()).isCloseTo(75, within(EPS));
    assertThat(r.feature(B, "1.1.b").getAsDouble()).isCloseTo(100, within(EPS));
    assertThat(r.feature(A, "1.1.c").getAsDouble()).isCloseTo(75, within(EPS));
    assertThat(r.feature(B, "1.1.c").getAsDouble()).isCloseTo(0, within(EPS));
    assertThat(r.overall(A).getAsDouble()).isCloseTo(75, within(EPS));
    assertThat(r.overall(B).getAsDouble()).isCloseTo(50, within(EPS));
  }

  @Test
  void messagesBuiltOnlyOnFailureKeepTheirWording() {
    String catalog = KeyFeaturesCatalog.builtIn().id() + "@"
        + KeyFeaturesCatalog.builtIn().edition();
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).value(A, "1.3.c.1", 1))
        .hasMessage("city 'ua-a': measure '1.3.c.1' of key feature 1.3.c is qualitative;"
            + " expected a quantitative measure (rate the feature's maturity level instead)");
    assertThatThrownBy(() -> KflcAssessment.builder().measure("1.3.c.1", MeasureScale.target(5)))
        .hasMessage("measure '1.3.c.1' of key feature 1.3.c is qualitative;"
            + " expected a quantitative measure (rate the feature's maturity level instead)");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).value(A, "1.1.a.9", 1))
        .hasMessage("city 'ua-a': measure '1.1.a.9' is not in the catalog " + catalog
            + "; expected a measurement code such as \"1.1.a.1\"");
    assertThatThrownBy(() -> KflcAssessment.builder().measure("1.1.a.9", MeasureScale.target(5)))
        .hasMessage("measure '1.1.a.9' is not in the catalog " + catalog
            + "; expected a measurement code such as \"1.1.a.1\"");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).maturity(B, "1.1.a", 2))
        .hasMessage("city 'ua-b' (rating '1.1.a') was not added; expected one of [ua-a]"
            + " (add the city before its ratings)");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).value(B, "1.1.a.1", 2))
        .hasMessage("city 'ua-b' (rating '1.1.a.1') was not added; expected one of [ua-a]"
            + " (add the city before its ratings)");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).maturity(null, "1.1.a", 2))
        .isInstanceOf(NullPointerException.class).hasMessage("city");
  }

  @Test
  void errorsNameTheCityAndTheFeatureOrMeasure() {
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).maturity(A, "9.9.z", 2))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-a").hasMessageContaining("9.9.z")
        .hasMessageContaining("expected a feature code");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).maturity(A, "1.1.a", 5))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-a").hasMessageContaining("1.1.a")
        .hasMessageContaining("maturity level 5").hasMessageContaining("expected 0");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).maturity(B, "1.1.a", 2))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-b").hasMessageContaining("was not added");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).city(A))
        .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A)
        .maturity(A, "1.1.a", 1).maturity(A, "1.1.a", 2))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("1.1.a").hasMessageContaining("rated twice");
    assertThatThrownBy(() -> KflcAssessment.builder()
        .measure("1.1.a.1", MeasureScale.goalposts(5, 5)))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("1.1.a.1").hasMessageContaining("are equal");
    assertThatThrownBy(() -> KflcAssessment.builder()
        .measure("1.1.c.1", MeasureScale.target(5)))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("1.1.c.1").hasMessageContaining("lower-is-better");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).value(A, "1.3.c.1", 1))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-a").hasMessageContaining("1.3.c.1")
        .hasMessageContaining("qualitative");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).value(A, "1.1.a.9", 1))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("1.1.a.9").hasMessageContaining("not in the catalog");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A)
        .value(A, "1.1.a.1", Double.NaN))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("1.1.a.1").hasMessageContaining("finite");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).value(A, "1.1.a.1", 90).build())
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-a").hasMessageContaining("1.1.a.1")
        .hasMessageContaining("no scale");
    assertThatThrownBy(() -> KflcAssessment.builder().city(A).build())
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("at least one rating");
    assertThatThrownBy(() -> KflcAssessment.builder().build())
        .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("no city");
  }

  @Test
  void uncertaintyRunsOnTheShiftedScaleAndRepeatsForASeed() {
    KflcResults r = twoCities().score();
    UncertaintyResult first = r.uncertainty(32, 7L);
    UncertaintyResult again = r.uncertainty(32, 7L);
    assertThat(first.failures()).isEmpty();
    assertThat(first.replications()).hasSize(32);
    assertThat(again.units()).isEqualTo(first.units());
    // Shifted scale: 1 + 0.99 s, with s the nominal score of these results.
    UnitUncertainty a = first.units().get(0);
    assertThat(a.unit()).isEqualTo("ua-a");
    assertThat(a.nominalScore().getAsDouble()).isCloseTo(1 + 0.99 * 84.375, within(1e-9));
    assertThat(a.nominalRank()).hasValue(1);
    UnitUncertainty b = first.units().get(1);
    assertThat(b.nominalScore().getAsDouble()).isCloseTo(1 + 0.99 * 12.5, within(1e-9));
    for (UnitUncertainty u : List.of(a, b)) {
      assertThat(u.rankQ05()).isBetween(1.0, 2.0);
      assertThat(u.rankQ95()).isBetween(u.rankQ05(), 2.0);
      assertThat(u.scoreQ05()).isBetween(1.0, 100.0);
      assertThat(u.scoreQ95()).isBetween(u.scoreQ05(), 100.0);
    }
    // Under the geometric mean B's clamped gender gap scores 1, so its feature drops below the
    // arithmetic value: the lower end of B's interval lies below its nominal score.
    assertThat(b.scoreQ05()).isLessThan(b.nominalScore().getAsDouble());
  }
}

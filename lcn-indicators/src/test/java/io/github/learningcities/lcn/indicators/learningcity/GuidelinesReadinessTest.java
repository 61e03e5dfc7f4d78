package io.github.learningcities.lcn.indicators.learningcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.model.city.CityId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuidelinesReadinessTest {
  private static final CityId X = CityId.of("ua-x");
  private static final CityId Y = CityId.of("ua-y");
  private static final double EPS = 1e-9;

  /**
   * X: points 1.1 = 4 (100) and 1.2 = 2 (50), so area 1 = 75; point 5.2 met (100), so area 5 =
   * 100; other areas unrated; overall (75 + 100) / 2 = 87.5. Y: point 1.1 not met (0), overall
   * 0.
   */
  private static ReadinessResults scored() {
    return GuidelinesReadiness.builder()
        .city(X, "X").city(Y)
        .rate(X, 1, 1, MaturityLevel.EMBEDDED)
        .rate(X, 1, 2, 2)
        .met(X, 5, 2, true)
        .met(Y, 1, 1, false)
        .build().score();
  }

  @Test
  void scoresAreasAndOverallByHand() {
    ReadinessResults r = scored();
    assertThat(r.area(X, 1).getAsDouble()).isCloseTo(75, within(EPS));
    assertThat(r.area(X, 5).getAsDouble()).isCloseTo(100, within(EPS));
    assertThat(r.area(X, 2)).isEmpty();
    assertThat(r.overall(X).getAsDouble()).isCloseTo(87.5, within(EPS));
    assertThat(r.area(Y, 1).getAsDouble()).isCloseTo(0, within(EPS));
    assertThat(r.overall(Y).getAsDouble()).isCloseTo(0, within(EPS));
    assertThat(r.ranks()).containsExactly(Map.entry(X, 1), Map.entry(Y, 2));
  }

  @Test
  void frameworkFollowsTheSixAreasAndListsUnratedPoints() {
    ReadinessResults r = scored();
    // The built-in Guidelines: 5 + 5 + 5 + 5 + 6 + 4 = 30 points in 6 areas.
    assertThat(r.readiness().framework().indicators()).hasSize(30);
    assertThat(r.readiness().framework().children(GuidelinesReadiness.ROOT))
        .extracting(n -> n.code()).containsExactly("G1", "G2", "G3", "G4", "G5", "G6");
    assertThat(r.unrated(X)).hasSize(27).startsWith("1.3", "1.4", "1.5", "2.1")
        .doesNotContain("1.1", "1.2", "5.2").endsWith("6.4");
    assertThat(r.unrated(Y)).hasSize(29).doesNotContain("1.1");
    assertThat(r.unrated()).containsOnlyKeys(X, Y);
    assertThat(r.readiness().rating(X, 1, 2)).hasValue(MaturityLevel.INITIATED);
    assertThat(r.readiness().rating(Y, 1, 2)).isEmpty();
  }

  @Test
  void errorsNameTheCityAndThePoint() {
    assertThatThrownBy(() -> GuidelinesReadiness.builder().city(X).rate(X, 7, 1, 2))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-x").hasMessageContaining("area of action 7")
        .hasMessageContaining("from 1 to 6");
    assertThatThrownBy(() -> GuidelinesReadiness.builder().city(X).rate(X, 6, 5, 2))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-x").hasMessageContaining("6.5")
        .hasMessageContaining("funding").hasMessageContaining("from 1 to 4");
    assertThatThrownBy(() -> GuidelinesReadiness.builder().city(X).rate(X, 1, 1, -1))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-x").hasMessageContaining("1.1")
        .hasMessageContaining("rating -1");
    assertThatThrownBy(() -> GuidelinesReadiness.builder().city(X)
        .met(X, 2, 3, true).met(X, 2, 3, false))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("2.3").hasMessageContaining("rated twice");
    assertThatThrownBy(() -> GuidelinesReadiness.builder().city(X).met(Y, 2, 3, true))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-y").hasMessageContaining("was not added");
    assertThatThrownBy(() -> GuidelinesReadiness.builder().build())
        .isInstanceOf(InvalidAssessmentException.class).hasMessageContaining("no city");
    assertThatThrownBy(() -> scored().area(X, 9))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("area of action 9");
  }
}

package io.github.learningcities.lcn.indicators.learningcity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.model.city.CityId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LearningCityProperties {
  private static final List<String> FEATURES = List.of("1.1.a", "1.2.a", "2.1.a", "3.1.a");
  private static final List<CityId> CITIES = List.of(CityId.of("ua-p"), CityId.of("ua-q"));

  /** Levels: one per city and feature (city-major), -1 for unrated. */
  private static KflcAssessment assessment(List<Integer> levels, double p, double q) {
    KflcAssessment.Builder b = KflcAssessment.builder().city(CITIES.get(0)).city(CITIES.get(1))
        .measure("1.1.a.1", MeasureScale.goalposts(50, 100))
        .value(CITIES.get(0), "1.1.a.1", p)
        .value(CITIES.get(1), "1.1.a.1", q);
    for (int c = 0; c < CITIES.size(); c++) {
      for (int f = 0; f < FEATURES.size(); f++) {
        int level = levels.get(c * FEATURES.size() + f);
        if (level >= 0) {
          b.maturity(CITIES.get(c), FEATURES.get(f), level);
        }
      }
    }
    return b.build();
  }

  @Property(tries = 200)
  void raisingAMaturityLevelNeverLowersTheOverallScore(
      @ForAll @Size(8) List<@IntRange(min = -1, max = 4) Integer> levels,
      @ForAll @IntRange(min = 0, max = 7) int cell,
      @ForAll @IntRange(min = 1, max = 4) int step,
      @ForAll @DoubleRange(min = 0, max = 120) double p,
      @ForAll @DoubleRange(min = 0, max = 120) double q) {
    int before = levels.get(cell);
    Assume.that(before >= 0 && before < MaturityLevel.MAX);
    List<Integer> raised = new ArrayList<>(levels);
    raised.set(cell, Math.min(MaturityLevel.MAX, before + step));
    CityId city = CITIES.get(cell / FEATURES.size());
    double low = assessment(levels, p, q).score().overall(city).getAsDouble();
    double high = assessment(raised, p, q).score().overall(city).getAsDouble();
    assertThat(high).isGreaterThan(low);
  }

  @Property(tries = 200)
  void everyKflcScoreStaysWithin0And100(
      @ForAll @Size(8) List<@IntRange(min = -1, max = 4) Integer> levels,
      @ForAll @DoubleRange(min = -1000, max = 1000) double p,
      @ForAll @DoubleRange(min = -1000, max = 1000) double q) {
    KflcResults r = assessment(levels, p, q).score();
    assertWithin0And100(r.results());
  }

  @Property(tries = 100)
  void everyReadinessScoreStaysWithin0And100(
      @ForAll @Size(30) List<@IntRange(min = -1, max = 4) Integer> ratings) {
    CityId city = CityId.of("ua-r");
    GuidelinesReadiness.Builder b = GuidelinesReadiness.builder().city(city);
    int[] points = {5, 5, 5, 5, 6, 4};
    int k = 0;
    for (int area = 1; area <= points.length; area++) {
      for (int point = 1; point <= points[area - 1]; point++) {
        int rating = ratings.get(k++);
        if (rating >= 0) {
          b.rate(city, area, point, rating);
        }
      }
    }
    ReadinessResults r = b.build().score();
    assertWithin0And100(r.results());
    long rated = ratings.stream().filter(x -> x >= 0).count();
    assertThat(r.unrated(city)).hasSize((int) (30 - rated));
  }

  private static void assertWithin0And100(Results results) {
    for (Node n : results.framework().nodes()) {
      for (Unit u : results.units()) {
        OptionalDouble s = results.score(u.code(), n.code());
        s.ifPresent(v -> assertThat(v).isBetween(0.0, 100.0));
      }
    }
  }
}

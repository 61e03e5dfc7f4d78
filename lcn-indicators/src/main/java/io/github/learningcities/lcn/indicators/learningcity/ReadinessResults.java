package io.github.learningcities.lcn.indicators.learningcity;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.unesco.ActionArea;
import io.github.learningcities.lcn.model.unesco.ActionPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The scores of a {@link GuidelinesReadiness}: per city, each area of action and overall
 * readiness on [0, 100], ranks, and the points each city left unrated.
 *
 * @since 0.1.0
 */
public final class ReadinessResults {
  private final GuidelinesReadiness readiness;
  private final Results results;

  ReadinessResults(GuidelinesReadiness readiness, Results results) {
    this.readiness = readiness;
    this.results = results;
  }

  /**
   * Returns the assessment scored.
   *
   * @return the assessment
   */
  public GuidelinesReadiness readiness() {
    return readiness;
  }

  /**
   * Returns the engine's results.
   *
   * @return the results
   */
  public Results results() {
    return results;
  }

  /**
   * Returns a city's overall readiness: the mean of its area scores.
   *
   * @param city the city
   * @return the score on [0, 100], empty if the city rated no point
   * @throws InvalidAssessmentException if the city is not in the assessment
   */
  public OptionalDouble overall(CityId city) {
    requireCity(city);
    return results.score(city.value(), GuidelinesReadiness.ROOT);
  }

  /**
   * Returns a city's readiness in one area of action.
   *
   * @param city the city
   * @param area the area's number, 1 to 6
   * @return the score on [0, 100], empty if the city rated no point of the area
   * @throws InvalidAssessmentException if the city or the area is unknown
   */
  public OptionalDouble area(CityId city, int area) {
    requireCity(city);
    String node = GuidelinesReadiness.areaNode(area);
    if (results.framework().node(node).isEmpty()) {
      throw new InvalidAssessmentException("city '" + city + "': area of action " + area
          + " is not in the framework; expected an area number from 1 to "
          + readiness.catalog().areas().size());
    }
    return results.score(city.value(), node);
  }

  /**
   * Returns every city's rank on overall readiness (1 = highest; ties share the best rank), in
   * assessment order; cities without a score are left out.
   *
   * @return city to rank
   */
  public Map<CityId, Integer> ranks() {
    Map<CityId, Integer> out = new LinkedHashMap<>();
    results.ranks(GuidelinesReadiness.ROOT).forEach((c, r) -> out.put(CityId.of(c), r));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the action points a city did not rate, as {@code "area.point"} codes in catalog
   * order, e.g. {@code "5.3"}.
   *
   * @param city the city
   * @return the unrated points
   * @throws InvalidAssessmentException if the city is not in the assessment
   */
  public List<String> unrated(CityId city) {
    requireCity(city);
    List<String> out = new ArrayList<>();
    for (ActionArea a : readiness.catalog().areas()) {
      for (ActionPoint p : a.points()) {
        if (readiness.rating(city, a.number(), p.number()).isEmpty()) {
          out.add(GuidelinesReadiness.pointCode(a.number(), p.number()));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the unrated points of every city, in assessment order.
   *
   * @return city to its unrated points (cities that rated every point map to an empty list)
   */
  public Map<CityId, List<String>> unrated() {
    Map<CityId, List<String>> out = new LinkedHashMap<>();
    for (CityId c : readiness.cities()) {
      out.put(c, unrated(c));
    }
    return Collections.unmodifiableMap(out);
  }

  private void requireCity(CityId city) {
    if (!readiness.cities().contains(city)) {
      throw new InvalidAssessmentException("city '" + city + "' is not in the readiness "
          + "assessment; expected one of " + readiness.cities());
    }
  }

  /** Equal when the assessments and the results are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReadinessResults r && readiness.equals(r.readiness)
        && results.equals(r.results);
  }

  @Override
  public int hashCode() {
    return Objects.hash(readiness, results);
  }

  @Override
  public String toString() {
    return "ReadinessResults[" + readiness + "]";
  }
}

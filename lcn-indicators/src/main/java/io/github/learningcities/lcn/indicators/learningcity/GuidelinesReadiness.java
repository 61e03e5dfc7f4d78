package io.github.learningcities.lcn.indicators.learningcity;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.unesco.ActionArea;
import io.github.learningcities.lcn.model.unesco.ActionPoint;
import io.github.learningcities.lcn.model.unesco.GuidelinesCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Readiness of cities against the six areas of action of the UNESCO Guidelines for Building
 * Learning Cities (as used by GNLC membership applications and the Learning City Award), scored
 * on the composite-indicator engine.
 *
 * <pre>{@code
 * CityId lviv = CityId.of("ua-lviv");
 * ReadinessResults r = GuidelinesReadiness.builder()
 *     .city(lviv, "Lviv")
 *     .rate(lviv, 1, 1, MaturityLevel.EMBEDDED)   // area 1 (plan), point 1
 *     .met(lviv, 5, 2, true)                       // area 5, point 2: met
 *     .build()
 *     .score();
 * r.area(lviv, 1);
 * r.unrated(lviv);   // ["1.2", "1.3", ...]
 * }</pre>
 *
 * <p>Each city rates each sub-point ({@link ActionPoint}) of each area with a {@link
 * MaturityLevel} (0 to 4), or as met (4) or not met (0). The framework is root {@value #ROOT},
 * one aggregate per area ({@code G1} to {@code G6}) and one indicator per point ({@code G1.1}),
 * all points of the catalog with weight 1. Ratings are normalised with goalposts 0 and 4 to
 * [0, 100] and averaged (weighted arithmetic means). A point a city did not rate is missing for
 * it, not zero: its area's score is the mean of the points it rated, an area with no rated
 * point has no score, and {@link ReadinessResults#unrated(CityId)} lists the unrated points.
 *
 * @since 0.1.0
 */
public final class GuidelinesReadiness {
  /** The code of the framework's root (overall readiness). */
  public static final String ROOT = "READINESS";

  private final GuidelinesCatalog catalog;
  private final Map<CityId, String> cities;
  private final Map<CityId, Map<String, MaturityLevel>> ratings;
  private final Framework framework;
  private final Dataset dataset;

  private GuidelinesReadiness(Builder b) {
    this.catalog = b.catalog;
    this.cities = Collections.unmodifiableMap(new LinkedHashMap<>(b.cities));
    Map<CityId, Map<String, MaturityLevel>> r = new LinkedHashMap<>();
    b.ratings.forEach((c, m) -> r.put(c, Collections.unmodifiableMap(new TreeMap<>(m))));
    this.ratings = Collections.unmodifiableMap(r);
    Framework.Builder fw = Framework.builder().node(Node.of(ROOT, null)
        .withName("Readiness against the six areas of action"));
    Dataset.Builder data = Dataset.builder();
    cities.forEach((c, name) -> data.unit(Unit.of(c.value(), name)));
    for (ActionArea area : catalog.areas()) {
      if (area.points().isEmpty()) {
        continue;
      }
      fw.node(Node.of(areaNode(area.number()), ROOT)
          .withName(KflcAssessment.english(area.title())));
      for (ActionPoint p : area.points()) {
        String code = pointCode(area.number(), p.number());
        fw.node(Node.of(pointNode(area.number(), p.number()), areaNode(area.number()))
            .withName(KflcAssessment.english(p.text())));
        data.indicator(pointNode(area.number(), p.number()));
        ratings.forEach((c, m) -> {
          MaturityLevel level = m.get(code);
          if (level != null) {
            data.value(c.value(), pointNode(area.number(), p.number()), level.value());
          }
        });
      }
    }
    this.framework = fw.build();
    this.dataset = data.build();
  }

  /**
   * Starts an assessment against the built-in Guidelines catalog.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(GuidelinesCatalog.builtIn());
  }

  /**
   * Starts an assessment against another edition of the Guidelines catalog.
   *
   * @param catalog the catalog
   * @return a new builder
   */
  public static Builder builder(GuidelinesCatalog catalog) {
    return new Builder(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Returns the engine code of an area of action.
   *
   * @param area the area's number, 1 to 6
   * @return e.g. {@code "G5"}
   */
  public static String areaNode(int area) {
    return "G" + area;
  }

  /**
   * Returns the engine code of an action point.
   *
   * @param area the area's number
   * @param point the point's number within the area
   * @return e.g. {@code "G5.2"}
   */
  public static String pointNode(int area, int point) {
    return "G" + pointCode(area, point);
  }

  static String pointCode(int area, int point) {
    return area + "." + point;
  }

  /**
   * Returns the catalog the assessment follows.
   *
   * @return the catalog
   */
  public GuidelinesCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the cities, in the order they were added.
   *
   * @return the cities
   */
  public List<CityId> cities() {
    return List.copyOf(cities.keySet());
  }

  /**
   * Returns the cities with their names in reports, in the order they were added.
   *
   * @return city to name
   */
  public Map<CityId, String> cityNames() {
    return cities;
  }

  /**
   * Returns a city's rating of an action point.
   *
   * @param city the city
   * @param area the area's number
   * @param point the point's number
   * @return the rating, or empty when unrated
   * @throws InvalidAssessmentException if the city is not in the assessment
   */
  public Optional<MaturityLevel> rating(CityId city, int area, int point) {
    Map<String, MaturityLevel> m = ratings.get(city);
    if (m == null) {
      throw new InvalidAssessmentException("city '" + city + "' is not in the readiness "
          + "assessment; expected one of " + cities.keySet());
    }
    return Optional.ofNullable(m.get(pointCode(area, point)));
  }

  /**
   * Returns the engine framework (root, areas of action, points).
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Returns the engine dataset: one unit per city, one column per point, missing where unrated.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Returns the pipeline: goalposts 0 to 4 scaled to 100, weighted arithmetic means.
   *
   * @return the pipeline
   */
  public Pipeline pipeline() {
    return new Pipeline(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Normalisation.goalposts(0, MaturityLevel.MAX, 100, true)),
        Weighting.fromFramework(), Aggregation.arithmetic());
  }

  /**
   * Scores the assessment with the standard engine.
   *
   * @return the results
   */
  public ReadinessResults score() {
    return new ReadinessResults(this, Engine.standard().run(framework, dataset, pipeline()));
  }

  /**
   * Two assessments are equal when they follow equal catalogs and hold the same cities (in the
   * same order, with the same names) and ratings.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof GuidelinesReadiness r && catalog.equals(r.catalog)
        && List.copyOf(cities.entrySet()).equals(List.copyOf(r.cities.entrySet()))
        && ratings.equals(r.ratings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog, cities, ratings);
  }

  @Override
  public String toString() {
    return "GuidelinesReadiness[cities=" + cities.size() + ", points="
        + framework.indicators().size() + "]";
  }

  /**
   * Collects cities and their ratings; each call checks its input and names the city and the
   * point at fault.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final GuidelinesCatalog catalog;
    private final CityRoster roster = new CityRoster();
    private final Map<CityId, String> cities = roster.names();
    private final Map<CityId, Map<String, MaturityLevel>> ratings = new LinkedHashMap<>();

    private Builder(GuidelinesCatalog catalog) {
      this.catalog = catalog;
    }

    /**
     * Adds a city named by its id.
     *
     * @param city the city
     * @return this builder
     * @throws InvalidAssessmentException if the city was already added
     */
    public Builder city(CityId city) {
      return city(city, city.value());
    }

    /**
     * Adds a city.
     *
     * @param city the city
     * @param name its name in reports
     * @return this builder
     * @throws InvalidAssessmentException if the city was already added
     */
    public Builder city(CityId city, String name) {
      roster.add(city, name);
      ratings.put(city, new LinkedHashMap<>());
      return this;
    }

    /**
     * Rates an action point for a city.
     *
     * @param city the city (added before)
     * @param area the area's number, e.g. 5 for monitoring and evaluation
     * @param point the point's number within the area
     * @param level the rating
     * @return this builder
     * @throws InvalidAssessmentException if the city, area or point is unknown, or the point is
     *     rated twice for the city
     */
    public Builder rate(CityId city, int area, int point, MaturityLevel level) {
      Objects.requireNonNull(level, "level");
      String code = pointCode(area, point);
      roster.require(city, "action point " + code);
      Map<String, MaturityLevel> m = ratings.get(city);
      ActionArea a = catalog.area(area).orElseThrow(() -> new InvalidAssessmentException(
          "city '" + city + "': area of action " + area + " (point " + code + ") is not in the "
              + "catalog; expected an area number from 1 to " + catalog.areas().size()));
      if (point < 1 || point > a.points().size()) {
        throw new InvalidAssessmentException("city '" + city + "': action point " + code
            + " is not in area " + area + " (" + a.key() + "); expected a point number from 1 "
            + "to " + a.points().size());
      }
      if (m.putIfAbsent(code, level) != null) {
        throw new InvalidAssessmentException("city '" + city + "': action point " + code
            + " is rated twice; expected one rating per city and point");
      }
      return this;
    }

    /**
     * Rates an action point for a city with a number.
     *
     * @param city the city (added before)
     * @param area the area's number
     * @param point the point's number within the area
     * @param rating 0 (not started) to 4 (embedded)
     * @return this builder
     * @throws InvalidAssessmentException if the rating is out of range, or as {@link
     *     #rate(CityId, int, int, MaturityLevel)}
     */
    public Builder rate(CityId city, int area, int point, int rating) {
      if (rating < 0 || rating > MaturityLevel.MAX) {
        throw new InvalidAssessmentException("city '" + city + "', action point "
            + pointCode(area, point) + ": rating " + rating + " is out of range; expected 0 "
            + "(not started) to 4 (embedded)");
      }
      return rate(city, area, point, MaturityLevel.of(rating));
    }

    /**
     * Rates an action point as met ({@link MaturityLevel#EMBEDDED}, 100) or not met ({@link
     * MaturityLevel#NOT_STARTED}, 0).
     *
     * @param city the city (added before)
     * @param area the area's number
     * @param point the point's number within the area
     * @param met whether the city meets the point
     * @return this builder
     * @throws InvalidAssessmentException as {@link #rate(CityId, int, int, MaturityLevel)}
     */
    public Builder met(CityId city, int area, int point, boolean met) {
      return rate(city, area, point, met ? MaturityLevel.EMBEDDED : MaturityLevel.NOT_STARTED);
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     * @throws InvalidAssessmentException if there is no city or the catalog has no point
     */
    public GuidelinesReadiness build() {
      if (cities.isEmpty()) {
        throw new InvalidAssessmentException("the readiness assessment has no city; expected "
            + "at least one city");
      }
      if (catalog.areas().stream().allMatch(a -> a.points().isEmpty())) {
        throw new InvalidAssessmentException("the Guidelines catalog " + catalog.id() + "@"
            + catalog.edition() + " has no action point; expected areas with points");
      }
      return new GuidelinesReadiness(this);
    }
  }
}

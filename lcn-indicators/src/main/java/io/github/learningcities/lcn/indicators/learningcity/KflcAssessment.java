package io.github.learningcities.lcn.indicators.learningcity;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.Note;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.text.LocalizedText;
import io.github.learningcities.lcn.model.unesco.Area;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.MeasurementKind;
import io.github.learningcities.lcn.model.unesco.SuggestedMeasurement;
import io.github.learningcities.lcn.model.unesco.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A self-assessment of cities against the UNESCO Key Features of Learning Cities (KFLC), scored
 * on the composite-indicator engine.
 *
 * <pre>{@code
 * CityId kyiv = CityId.of("ua-kyiv");
 * KflcAssessment assessment = KflcAssessment.builder()
 *     .city(kyiv, "Kyiv")
 *     .maturity(kyiv, "1.1.a", MaturityLevel.ESTABLISHED)
 *     .measure("1.1.a.1", MeasureScale.goalposts(80, 100))
 *     .value(kyiv, "1.1.a.1", 99.7)
 *     .build();
 * KflcResults results = assessment.score();
 * results.overall(kyiv);
 * }</pre>
 *
 * <p>Each city rates a key feature with an optional {@link MaturityLevel} and gives optional
 * values of the feature's quantitative measurements; each measure with values needs one {@link
 * MeasureScale} shared by all cities. The framework follows the catalog: root {@value #ROOT},
 * its tiers ({@code T1}), their areas ({@code A1.1}), their features ({@code F1.1.a}), and
 * under each feature its maturity indicator ({@code L1.1.a}) and its measures ({@code
 * M1.1.a.1}), all with weight 1 (engine codes start with a letter, so catalog codes get a
 * prefix: {@link #featureNode(String)} and its siblings give them). A feature, maturity
 * indicator or measure with no data for any city is left out of the framework, and so is an
 * area or tier left empty; every feature left out is listed in {@link #omittedFeatures()} and
 * in a note, never dropped silently.
 *
 * <p>Maturity levels are normalised with goalposts 0 and 4, measures with their own goalposts
 * (direction from the catalog), both truncated and scaled to [0, 100]; aggregates are weighted
 * arithmetic means. A feature a city did not rate is missing for that city, not zero: the
 * area's mean is taken over the features the city rated (as the engine treats missing data),
 * and {@link KflcResults#unassessed(CityId)} lists them.
 *
 * @since 0.1.0
 */
public final class KflcAssessment {
  /** The code of the framework's root (the overall KFLC score). */
  public static final String ROOT = "KFLC";

  private final KeyFeaturesCatalog catalog;
  private final Map<CityId, String> cities;
  private final Map<CityId, Map<String, MaturityLevel>> maturity;
  private final Map<CityId, Map<String, Double>> values;
  private final Map<String, MeasureScale> scales;
  private final Framework framework;
  private final Dataset dataset;
  private final List<String> omitted;
  private final List<Note> notes;

  private KflcAssessment(Builder b) {
    this.catalog = b.catalog;
    this.cities = Collections.unmodifiableMap(new LinkedHashMap<>(b.cities));
    Map<CityId, Map<String, MaturityLevel>> m = new LinkedHashMap<>();
    Map<CityId, Map<String, Double>> v = new LinkedHashMap<>();
    for (CityId c : b.cities.keySet()) {
      m.put(c, Collections.unmodifiableMap(new TreeMap<>(b.maturity.get(c))));
      v.put(c, Collections.unmodifiableMap(new TreeMap<>(b.values.get(c))));
    }
    this.maturity = Collections.unmodifiableMap(m);
    this.values = Collections.unmodifiableMap(v);
    this.scales = Collections.unmodifiableMap(new TreeMap<>(b.scales));

    Framework.Builder fw = Framework.builder();
    fw.node(Node.of(ROOT, null).withName("Key Features of Learning Cities"));
    List<String> left = new ArrayList<>();
    List<Note> found = new ArrayList<>();
    Dataset.Builder data = Dataset.builder();
    cities.forEach((c, name) -> data.unit(Unit.of(c.value(), name)));
    boolean any = false;
    for (Tier tier : catalog.tiers()) {
      List<Node> tierNodes = new ArrayList<>();
      for (Area area : tier.areas()) {
        List<Node> areaNodes = new ArrayList<>();
        for (KeyFeature feature : area.features()) {
          List<Node> leaves = new ArrayList<>();
          String f = feature.code();
          if (anyCityHas(maturity, f)) {
            leaves.add(Node.of(maturityNode(f), featureNode(f))
                .withName("Maturity of " + f));
            for (Map.Entry<CityId, Map<String, MaturityLevel>> e : maturity.entrySet()) {
              MaturityLevel level = e.getValue().get(f);
              if (level != null) {
                data.value(e.getKey().value(), maturityNode(f), level.value());
              }
            }
          }
          for (SuggestedMeasurement sm : feature.measurements()) {
            String code = sm.code();
            if (anyCityHas(values, code)) {
              leaves.add(Node.of(measureNode(code), featureNode(f)).withName(english(sm.title()))
                  .withDirection(Direction.ofSign(sm.direction())));
              for (Map.Entry<CityId, Map<String, Double>> e : values.entrySet()) {
                Double x = e.getValue().get(code);
                if (x != null) {
                  data.value(e.getKey().value(), measureNode(code), x);
                }
              }
            }
          }
          if (leaves.isEmpty()) {
            left.add(f);
            found.add(new Note("feature-without-data", featureNode(f), Optional.empty(),
                "key feature " + f + " has no maturity level and no measure value for any "
                    + "city; it is left out of the framework"));
          } else {
            areaNodes.add(Node.of(featureNode(f), areaNode(area.code()))
                .withName(english(feature.title())));
            areaNodes.addAll(leaves);
          }
        }
        if (!areaNodes.isEmpty()) {
          tierNodes.add(Node.of(areaNode(area.code()), tierNode(tier.code()))
              .withName(english(area.title())));
          tierNodes.addAll(areaNodes);
        }
      }
      if (!tierNodes.isEmpty()) {
        fw.node(Node.of(tierNode(tier.code()), ROOT).withName(english(tier.title())));
        tierNodes.forEach(fw::node);
        any = true;
      }
    }
    if (!any) {
      throw new InvalidAssessmentException("no city has a maturity level or a measure value "
          + "for any key feature; expected at least one rating");
    }
    this.framework = fw.build();
    this.dataset = data.build();
    this.omitted = List.copyOf(left);
    this.notes = List.copyOf(found);
  }

  /**
   * Starts an assessment against the built-in Key Features catalog.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(KeyFeaturesCatalog.builtIn());
  }

  /**
   * Starts an assessment against another edition of the Key Features catalog.
   *
   * @param catalog the catalog
   * @return a new builder
   */
  public static Builder builder(KeyFeaturesCatalog catalog) {
    return new Builder(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Returns the engine code of a tier.
   *
   * @param tier the catalog code, e.g. {@code "1"}
   * @return e.g. {@code "T1"}
   */
  public static String tierNode(String tier) {
    return "T" + tier;
  }

  /**
   * Returns the engine code of an area.
   *
   * @param area the catalog code, e.g. {@code "1.1"}
   * @return e.g. {@code "A1.1"}
   */
  public static String areaNode(String area) {
    return "A" + area;
  }

  /**
   * Returns the engine code of a key feature.
   *
   * @param feature the catalog code, e.g. {@code "1.1.a"}
   * @return e.g. {@code "F1.1.a"}
   */
  public static String featureNode(String feature) {
    return "F" + feature;
  }

  /**
   * Returns the engine code of a key feature's maturity indicator.
   *
   * @param feature the catalog code, e.g. {@code "1.1.a"}
   * @return e.g. {@code "L1.1.a"}
   */
  public static String maturityNode(String feature) {
    return "L" + feature;
  }

  /**
   * Returns the engine code of a measure.
   *
   * @param measure the catalog code, e.g. {@code "1.1.a.1"}
   * @return e.g. {@code "M1.1.a.1"}
   */
  public static String measureNode(String measure) {
    return "M" + measure;
  }

  /**
   * Returns the catalog the assessment follows.
   *
   * @return the catalog
   */
  public KeyFeaturesCatalog catalog() {
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
   * Returns a city's maturity level for a key feature.
   *
   * @param city the city
   * @param feature the feature's catalog code
   * @return the level, or empty when the city did not rate it
   */
  public Optional<MaturityLevel> maturity(CityId city, String feature) {
    return Optional.ofNullable(requireCity(city, maturity).get(feature));
  }

  /**
   * Returns a city's value of a measure.
   *
   * @param city the city
   * @param measure the measure's catalog code
   * @return the value, or empty when the city gave none
   */
  public OptionalDouble value(CityId city, String measure) {
    Double v = requireCity(city, values).get(measure);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns the scales of the measures, by catalog code.
   *
   * @return the scales
   */
  public Map<String, MeasureScale> scales() {
    return scales;
  }

  /**
   * Returns the key features left out because no city has data for them, in catalog order.
   *
   * @return their catalog codes
   */
  public List<String> omittedFeatures() {
    return omitted;
  }

  /**
   * Returns what building the framework noticed (one note per feature left out).
   *
   * @return the notes
   */
  public List<Note> notes() {
    return notes;
  }

  /**
   * Returns the engine framework: root, tiers, areas, features, maturity indicators and
   * measures that have data.
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Returns the engine dataset: one unit per city (code: the city id), one column per indicator
   * of the framework, missing where a city gave no data.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Returns the nominal pipeline: goalposts 0 to 4 for maturity and each measure's goalposts
   * (truncated, scaled to 100), framework weights, weighted arithmetic means.
   *
   * @return the pipeline
   */
  public Pipeline pipeline() {
    return pipeline(0);
  }

  /**
   * The pipeline with the worst goalpost mapped to {@code floor} instead of 0: the goalpost
   * moves away by (upper - lower) floor / (100 - floor). Values must then lie within the
   * original goalposts (see {@link #dataset(boolean)}).
   */
  Pipeline pipeline(double floor) {
    double k = floor / (100 - floor);
    Normalisation levels = Normalisation.goalposts(-MaturityLevel.MAX * k, MaturityLevel.MAX,
        100, true);
    // every measure's override collected first, then one normalisation: what withOverride per
    // measure gives, without a copy and a check of the growing overrides for each
    Map<String, Normalisation> overrides = new TreeMap<>();
    for (Node leaf : framework.indicators()) {
      if (leaf.code().startsWith("M")) {
        MeasureScale s = scales.get(leaf.code().substring(1));
        double d = (s.upper() - s.lower()) * k;
        overrides.put(leaf.code(), leaf.direction() == Direction.POSITIVE
            ? Normalisation.goalposts(s.lower() - d, s.upper(), 100, true)
            : Normalisation.goalposts(s.lower(), s.upper() + d, 100, true));
      }
    }
    Normalisation n = new Normalisation(levels.method(), levels.parameters(), overrides);
    return new Pipeline(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(n), Weighting.fromFramework(), Aggregation.arithmetic());
  }

  /** The dataset, with measure values clamped to their goalposts when asked. */
  Dataset dataset(boolean clamped) {
    if (!clamped) {
      return dataset;
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String code : dataset.indicators()) {
      double[] c = dataset.column(code);
      if (code.startsWith("M")) {
        MeasureScale s = scales.get(code.substring(1));
        for (int i = 0; i < c.length; i++) {
          c[i] = Double.isNaN(c[i]) ? c[i] : Math.max(s.lower(), Math.min(s.upper(), c[i]));
        }
      }
      cols.put(code, c);
    }
    return Dataset.ofColumns(dataset.units(), cols);
  }

  /**
   * Scores the assessment with the standard engine and the nominal pipeline.
   *
   * @return the results
   */
  public KflcResults score() {
    return new KflcResults(this, Engine.standard().run(framework, dataset, pipeline()));
  }

  /** Whether any city has an entry for the key; a loop, not a stream pipeline per feature. */
  private static boolean anyCityHas(Map<CityId, ? extends Map<String, ?>> byCity, String key) {
    for (Map<String, ?> entries : byCity.values()) {
      if (entries.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private static <T> T requireCity(CityId city, Map<CityId, T> map) {
    T t = map.get(city);
    if (t == null) {
      throw new InvalidAssessmentException("city '" + city + "' is not in the assessment; "
          + "expected one of " + map.keySet());
    }
    return t;
  }

  static String english(LocalizedText text) {
    return text.find(LocalizedText.ENGLISH).orElse(text.first());
  }

  /**
   * Two assessments are equal when they follow equal catalogs and hold the same cities (in the
   * same order, with the same names), maturity levels, measure scales and values.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof KflcAssessment a && catalog.equals(a.catalog)
        && List.copyOf(cities.entrySet()).equals(List.copyOf(a.cities.entrySet()))
        && maturity.equals(a.maturity) && values.equals(a.values) && scales.equals(a.scales);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog, cities, maturity, values, scales);
  }

  @Override
  public String toString() {
    return "KflcAssessment[cities=" + cities.size() + ", indicators="
        + framework.indicators().size() + ", omittedFeatures=" + omitted.size() + "]";
  }

  /**
   * Collects cities, ratings, measure scales and values; each call checks its input and names
   * the city and the feature or measure at fault.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final KeyFeaturesCatalog catalog;
    private final CityRoster roster = new CityRoster();
    private final Map<CityId, String> cities = roster.names();
    private final Map<CityId, Map<String, MaturityLevel>> maturity = new LinkedHashMap<>();
    private final Map<CityId, Map<String, Double>> values = new LinkedHashMap<>();
    private final Map<String, MeasureScale> scales = new LinkedHashMap<>();

    private Builder(KeyFeaturesCatalog catalog) {
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
      maturity.put(city, new LinkedHashMap<>());
      values.put(city, new LinkedHashMap<>());
      return this;
    }

    /**
     * Rates a city's maturity on a key feature.
     *
     * @param city the city (added before)
     * @param feature the feature's catalog code, e.g. {@code "1.1.a"}
     * @param level the level
     * @return this builder
     * @throws InvalidAssessmentException if the city or feature is unknown, or the city already
     *     rated the feature
     */
    public Builder maturity(CityId city, String feature, MaturityLevel level) {
      Objects.requireNonNull(level, "level");
      Map<String, MaturityLevel> ratings = requireCity(city, feature);
      if (catalog.feature(feature).isEmpty()) {
        throw new InvalidAssessmentException("city '" + city + "': key feature '" + feature
            + "' is not in the catalog " + catalog.id() + "@" + catalog.edition()
            + "; expected a feature code such as \"1.1.a\"");
      }
      if (ratings.putIfAbsent(feature, level) != null) {
        throw new InvalidAssessmentException("city '" + city + "': key feature '" + feature
            + "' is rated twice; expected one maturity level per city and feature");
      }
      return this;
    }

    /**
     * Rates a city's maturity on a key feature with a number.
     *
     * @param city the city (added before)
     * @param feature the feature's catalog code
     * @param level 0 (not started) to 4 (embedded)
     * @return this builder
     * @throws InvalidAssessmentException if the level is out of range, the city or feature is
     *     unknown, or the city already rated the feature
     */
    public Builder maturity(CityId city, String feature, int level) {
      if (level < 0 || level > MaturityLevel.MAX) {
        throw new InvalidAssessmentException("city '" + city + "', key feature '" + feature
            + "': maturity level " + level + " is out of range; expected 0 (not started) to 4 "
            + "(embedded)");
      }
      return maturity(city, feature, MaturityLevel.of(level));
    }

    /**
     * Sets the scale of a quantitative measure, shared by all cities.
     *
     * @param measure the measure's catalog code, e.g. {@code "1.1.a.1"}
     * @param scale its goalposts or target
     * @return this builder
     * @throws InvalidAssessmentException if the measure is unknown or qualitative, or the scale
     *     does not fit its direction
     */
    public Builder measure(String measure, MeasureScale scale) {
      Objects.requireNonNull(scale, "scale");
      SuggestedMeasurement sm = requireQuantitative(measure, null);
      scale.check(measure, sm.direction());
      scales.put(measure, scale);
      return this;
    }

    /**
     * Gives a city's value of a quantitative measure.
     *
     * @param city the city (added before)
     * @param measure the measure's catalog code
     * @param value a finite number in the measure's unit
     * @return this builder
     * @throws InvalidAssessmentException if the city or measure is unknown, the measure is
     *     qualitative, the value not finite, or the city already gave it
     */
    public Builder value(CityId city, String measure, double value) {
      Map<String, Double> given = values.get(city);
      if (given == null) {
        requireCity(city, measure);
      }
      requireQuantitative(measure, city);
      if (!Double.isFinite(value)) {
        throw new InvalidAssessmentException("city '" + city + "', measure '" + measure
            + "': value " + value + " is invalid; expected a finite number (leave the value "
            + "out when unknown)");
      }
      if (given.putIfAbsent(measure, value) != null) {
        throw new InvalidAssessmentException("city '" + city + "', measure '" + measure
            + "': the value is given twice; expected one value per city and measure");
      }
      return this;
    }

    /**
     * Checks that every measure with values has a scale and builds the assessment.
     *
     * @return the assessment
     * @throws InvalidAssessmentException if there is no city, no data at all, or a measure with
     *     values but no scale
     */
    public KflcAssessment build() {
      if (cities.isEmpty()) {
        throw new InvalidAssessmentException("the assessment has no city; expected at least "
            + "one city");
      }
      for (Map.Entry<CityId, Map<String, Double>> e : values.entrySet()) {
        for (String m : e.getValue().keySet()) {
          if (!scales.containsKey(m)) {
            throw new InvalidAssessmentException("city '" + e.getKey() + "', measure '" + m
                + "': the measure has values but no scale; expected measure(\"" + m
                + "\", MeasureScale.goalposts(lower, upper)) or a target");
          }
        }
      }
      return new KflcAssessment(this);
    }

    /**
     * The city's ratings; the roster's message (naming the rating) is built only when the city
     * was not added, not on every rating and value.
     */
    private Map<String, MaturityLevel> requireCity(CityId city, String place) {
      Map<String, MaturityLevel> ratings = maturity.get(city);
      if (ratings == null) {
        roster.require(city, "rating '" + place + "'");
      }
      return ratings;
    }

    /**
     * The catalog's quantitative measurement; {@code city}, when not null, names the city in
     * the message, which is built only on failure.
     */
    private SuggestedMeasurement requireQuantitative(String measure, CityId city) {
      SuggestedMeasurement sm = catalog.measurement(Objects.requireNonNull(measure, "measure"))
          .orElseThrow(() -> new InvalidAssessmentException(where(city) + "measure '" + measure
              + "' is not in the catalog " + catalog.id() + "@" + catalog.edition()
              + "; expected a measurement code such as \"1.1.a.1\""));
      if (sm.kind() != MeasurementKind.QUANTITATIVE) {
        throw new InvalidAssessmentException(where(city) + "measure '" + measure
            + "' of key feature " + sm.feature() + " is qualitative; expected a quantitative"
            + " measure (rate the feature's maturity level instead)");
      }
      return sm;
    }

    private static String where(CityId city) {
      return city == null ? "" : "city '" + city + "': ";
    }
  }
}

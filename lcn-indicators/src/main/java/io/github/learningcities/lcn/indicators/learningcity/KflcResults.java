package io.github.learningcities.lcn.indicators.learningcity;

import io.github.learningcities.lcn.indicators.engine.Diagnostics.Note;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.model.city.CityId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The scores of a {@link KflcAssessment}: per city, every key feature, area, tier and the
 * overall score on [0, 100], ranks, and on request an uncertainty analysis.
 *
 * <p>Look-ups take catalog codes ({@code "1.1.a"}, {@code "1.1"}, {@code "1"}); the engine's
 * {@link #results()} use the prefixed node codes of {@link KflcAssessment}.
 *
 * @since 0.1.0
 */
public final class KflcResults {
  /** The level of the key features in the framework (indicators are level 1). */
  public static final int FEATURE_LEVEL = 2;

  private final KflcAssessment assessment;
  private final Results results;

  KflcResults(KflcAssessment assessment, Results results) {
    this.assessment = assessment;
    this.results = results;
  }

  /**
   * Returns the assessment scored.
   *
   * @return the assessment
   */
  public KflcAssessment assessment() {
    return assessment;
  }

  /**
   * Returns the engine's results (contributions, diagnostics, regeneration with another
   * pipeline).
   *
   * @return the results
   */
  public Results results() {
    return results;
  }

  /**
   * Returns a city's overall KFLC score.
   *
   * @param city the city
   * @return the score on [0, 100], empty if the city has no data at all
   * @throws InvalidAssessmentException if the city is not in the assessment
   */
  public OptionalDouble overall(CityId city) {
    return score(city, KflcAssessment.ROOT, "overall");
  }

  /**
   * Returns a city's score on a tier.
   *
   * @param city the city
   * @param tier the tier's catalog code, e.g. {@code "2"}
   * @return the score, empty if the city has no data in the tier
   * @throws InvalidAssessmentException if the city or the tier is not in the framework
   */
  public OptionalDouble tier(CityId city, String tier) {
    return score(city, KflcAssessment.tierNode(tier), "tier " + tier);
  }

  /**
   * Returns a city's score on an area.
   *
   * @param city the city
   * @param area the area's catalog code, e.g. {@code "2.1"}
   * @return the score, empty if the city has no data in the area
   * @throws InvalidAssessmentException if the city or the area is not in the framework
   */
  public OptionalDouble area(CityId city, String area) {
    return score(city, KflcAssessment.areaNode(area), "area " + area);
  }

  /**
   * Returns a city's score on a key feature.
   *
   * @param city the city
   * @param feature the feature's catalog code, e.g. {@code "2.1.a"}
   * @return the score, empty if the city did not assess the feature
   * @throws InvalidAssessmentException if the city or the feature is not in the framework
   *     (features without data for any city are left out of it)
   */
  public OptionalDouble feature(CityId city, String feature) {
    return score(city, KflcAssessment.featureNode(feature), "key feature " + feature);
  }

  /**
   * Returns a city's rank on the overall score (1 = highest; ties share the best rank).
   *
   * @param city the city
   * @return the rank, empty if the city has no score
   */
  public OptionalInt rank(CityId city) {
    requireCity(city);
    return results.rank(city.value(), KflcAssessment.ROOT);
  }

  /**
   * Returns every city's rank on the overall score, in assessment order; cities without a
   * score are left out.
   *
   * @return city to rank
   */
  public Map<CityId, Integer> ranks() {
    Map<CityId, Integer> out = new LinkedHashMap<>();
    results.ranks(KflcAssessment.ROOT).forEach((c, r) -> out.put(CityId.of(c), r));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the key features of the framework that a city did not assess (no maturity level
   * and no measure value), in catalog order; they are missing for the city, not zero.
   *
   * @param city the city
   * @return their catalog codes
   */
  public List<String> unassessed(CityId city) {
    requireCity(city);
    List<String> out = new ArrayList<>();
    for (Node n : results.framework().nodes()) {
      if (results.framework().level(n.code()) == FEATURE_LEVEL
          && results.score(city.value(), n.code()).isEmpty()) {
        out.add(n.code().substring(1));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the notes of building the framework (features left out) and of the engine run.
   *
   * @return the notes
   */
  public List<Note> notes() {
    List<Note> out = new ArrayList<>(assessment.notes());
    out.addAll(results.diagnostics().notes());
    return List.copyOf(out);
  }

  /**
   * The default uncertainty specification: aggregation arithmetic or geometric, and the weights
   * of the key features within their areas perturbed by up to 25 % (100 weight sets), sampled
   * with scrambled Sobol points.
   *
   * @param samples the number of replications, at least 2
   * @param seed the seed
   * @return the specification
   */
  public static UncertaintySpec defaultUncertaintySpec(int samples, long seed) {
    return UncertaintySpec.of(List.of(
        Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.geometric())),
        Factor.weightNoise("feature weights", FEATURE_LEVEL, 0.25, 100)), samples, seed);
  }

  /**
   * Runs the {@link #defaultUncertaintySpec default} uncertainty analysis of the overall score.
   *
   * @param samples the number of replications, at least 2
   * @param seed the seed: the same seed gives the same result
   * @return score and rank intervals per city
   * @see #uncertainty(UncertaintySpec)
   */
  public UncertaintyResult uncertainty(int samples, long seed) {
    return uncertainty(defaultUncertaintySpec(samples, seed));
  }

  /**
   * Runs an uncertainty analysis. Geometric means need positive values, and a maturity of "not
   * started" or a value at the worst goalpost scores 0; so the analysis runs on scores shifted
   * to [1, 100]: the worst goalpost of every indicator scores 1 instead of 0, values beyond the
   * goalposts are clamped to them first, and a score s of these results becomes 1 + 0.99 s
   * (exactly so for every node under arithmetic means, which keeps the ranks). The scores in
   * the result (nominal and intervals) are on that scale.
   *
   * @param spec the specification; its node (default the root) is an engine code such as
   *     {@code "A2.1"}
   * @return score and rank intervals per city
   */
  public UncertaintyResult uncertainty(UncertaintySpec spec) {
    Results positive = Engine.standard().run(assessment.framework(), assessment.dataset(true),
        assessment.pipeline(1));
    return UncertaintyAnalysis.run(Engine.standard(), positive, spec);
  }

  private OptionalDouble score(CityId city, String node, String what) {
    requireCity(city);
    if (results.framework().node(node).isEmpty()) {
      throw new InvalidAssessmentException("city '" + city + "': " + what
          + " is not in the framework (unknown, or left out because no city has data for it:"
          + " " + assessment.omittedFeatures() + ")");
    }
    return results.score(city.value(), node);
  }

  private void requireCity(CityId city) {
    if (!assessment.cities().contains(city)) {
      throw new InvalidAssessmentException("city '" + city + "' is not in the assessment; "
          + "expected one of " + assessment.cities());
    }
  }

  /** Equal when the assessments and the results are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof KflcResults r && assessment.equals(r.assessment)
        && results.equals(r.results);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assessment, results);
  }

  @Override
  public String toString() {
    return "KflcResults[" + assessment + "]";
  }
}

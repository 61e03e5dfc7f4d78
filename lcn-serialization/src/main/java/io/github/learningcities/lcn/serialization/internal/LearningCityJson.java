package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.indicators.learningcity.GuidelinesReadiness;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.learningcity.MaturityLevel;
import io.github.learningcities.lcn.indicators.learningcity.MeasureScale;
import io.github.learningcities.lcn.indicators.learningcity.ReadinessResults;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.unesco.ActionArea;
import io.github.learningcities.lcn.model.unesco.ActionPoint;
import io.github.learningcities.lcn.model.unesco.Area;
import io.github.learningcities.lcn.model.unesco.GuidelinesCatalog;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.SuggestedMeasurement;
import io.github.learningcities.lcn.model.unesco.Tier;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.util.StdConverter;

/**
 * The learning-city assessments on the wire. An assessment is written as what was entered
 * (catalog, cities with their names, ratings, measure scales and values; catalog codes such
 * as {@code 1.1.a} are values, never names, so that they are valid in XML) and read back
 * through its validating builder; its results are written as the assessment and the results
 * document of its engine run (without the dataset, which follows from the assessment), and
 * read back by scoring the assessment once, which must reproduce the scores and ranks written.
 *
 * @since 0.1.0
 */
public final class LearningCityJson {
  private LearningCityJson() {}

  /**
   * A KFLC self-assessment on the wire.
   *
   * @param catalog the Key Features catalog followed
   * @param scales the scales of the measures with values
   * @param cities the cities with their ratings and values
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"catalog", "scales", "cities"})
  public record KflcAssessmentData(@JsonProperty(required = true) KeyFeaturesCatalog catalog,
      List<ScaleData> scales, @JsonProperty(required = true) List<KflcCityData> cities) {}

  /**
   * A measure's scale.
   *
   * @param measure the measure's catalog code
   * @param lower the lower goalpost
   * @param upper the upper goalpost
   * @param target the target, if the scale has one
   * @since 0.1.0
   */
  @JsonPropertyOrder({"measure", "lower", "upper", "target"})
  public record ScaleData(@JsonProperty(required = true) String measure,
      @JsonProperty(required = true) double lower, @JsonProperty(required = true) double upper,
      OptionalDouble target) {}

  /**
   * One city of a KFLC self-assessment.
   *
   * @param id the city
   * @param name its name in reports
   * @param maturity its maturity levels, in catalog order
   * @param values its measure values, in catalog order
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"id", "name", "maturity", "values"})
  public record KflcCityData(@JsonProperty(required = true) CityId id,
      @JsonProperty(required = true) String name, List<MaturityData> maturity,
      List<ValueData> values) {}

  /**
   * A maturity level of a key feature.
   *
   * @param feature the feature's catalog code
   * @param level the level
   * @since 0.1.0
   */
  @JsonPropertyOrder({"feature", "level"})
  public record MaturityData(@JsonProperty(required = true) String feature,
      @JsonProperty(required = true) MaturityLevel level) {}

  /**
   * A value of a quantitative measure.
   *
   * @param measure the measure's catalog code
   * @param value the value
   * @since 0.1.0
   */
  @JsonPropertyOrder({"measure", "value"})
  public record ValueData(@JsonProperty(required = true) String measure,
      @JsonProperty(required = true) double value) {}

  /**
   * Scored KFLC self-assessment on the wire.
   *
   * @param assessment the assessment
   * @param results the results document of scoring it
   * @since 0.1.0
   */
  @JsonPropertyOrder({"assessment", "results"})
  public record KflcResultsData(@JsonProperty(required = true) KflcAssessment assessment,
      @JsonProperty(required = true) ResultsDocument results) {}

  /**
   * A readiness assessment against the Guidelines on the wire.
   *
   * @param catalog the Guidelines catalog followed
   * @param cities the cities with their ratings
   * @since 0.1.0
   */
  @JsonPropertyOrder({"catalog", "cities"})
  public record ReadinessData(@JsonProperty(required = true) GuidelinesCatalog catalog,
      @JsonProperty(required = true) List<ReadinessCityData> cities) {}

  /**
   * One city of a readiness assessment.
   *
   * @param id the city
   * @param name its name in reports
   * @param ratings its ratings, in catalog order
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"id", "name", "ratings"})
  public record ReadinessCityData(@JsonProperty(required = true) CityId id,
      @JsonProperty(required = true) String name, List<RatingData> ratings) {}

  /**
   * A rating of an action point.
   *
   * @param area the area's number
   * @param point the point's number within the area
   * @param level the rating
   * @since 0.1.0
   */
  @JsonPropertyOrder({"area", "point", "level"})
  public record RatingData(@JsonProperty(required = true) int area,
      @JsonProperty(required = true) int point,
      @JsonProperty(required = true) MaturityLevel level) {}

  /**
   * A scored readiness assessment on the wire.
   *
   * @param readiness the assessment
   * @param results the results document of scoring it
   * @since 0.1.0
   */
  @JsonPropertyOrder({"readiness", "results"})
  public record ReadinessResultsData(@JsonProperty(required = true) GuidelinesReadiness readiness,
      @JsonProperty(required = true) ResultsDocument results) {}

  /**
   * Progress on a declaration's commitments on the wire.
   *
   * @param declaration the declaration with its progress records
   * @param cities the cities assessed, in order
   * @param asOf the date up to which records count, if any
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @JsonPropertyOrder({"declaration", "cities", "asOf"})
  public record CommitmentProgressData(@JsonProperty(required = true) Declaration declaration,
      @JsonProperty(required = true) List<CityId> cities, Optional<LocalDate> asOf) {}

  /**
   * Writes a KFLC assessment.
   *
   * @since 0.1.0
   */
  public static final class AssessmentToData
      extends StdConverter<KflcAssessment, KflcAssessmentData> {
    @Override
    public KflcAssessmentData convert(KflcAssessment a) {
      List<ScaleData> scales = new ArrayList<>();
      a.scales().forEach((m, s) -> scales.add(new ScaleData(m, s.lower(), s.upper(),
          s.target())));
      List<KflcCityData> cities = new ArrayList<>();
      for (Map.Entry<CityId, String> c : a.cityNames().entrySet()) {
        List<MaturityData> maturity = new ArrayList<>();
        List<ValueData> values = new ArrayList<>();
        for (Tier tier : a.catalog().tiers()) {
          for (Area area : tier.areas()) {
            for (KeyFeature f : area.features()) {
              a.maturity(c.getKey(), f.code())
                  .ifPresent(level -> maturity.add(new MaturityData(f.code(), level)));
              for (SuggestedMeasurement m : f.measurements()) {
                OptionalDouble v = a.value(c.getKey(), m.code());
                if (v.isPresent()) {
                  values.add(new ValueData(m.code(), v.getAsDouble()));
                }
              }
            }
          }
        }
        cities.add(new KflcCityData(c.getKey(), c.getValue(), maturity, values));
      }
      return new KflcAssessmentData(a.catalog(), scales, cities);
    }
  }

  /**
   * Reads a KFLC assessment through its builder.
   *
   * @since 0.1.0
   */
  public static final class AssessmentFromData
      extends StdConverter<KflcAssessmentData, KflcAssessment> {
    @Override
    public KflcAssessment convert(KflcAssessmentData d) {
      KflcAssessment.Builder b = KflcAssessment.builder(d.catalog());
      for (ScaleData s : FrameworkJson.nonNull(d.scales())) {
        b.measure(s.measure(), new MeasureScale(s.lower(), s.upper(),
            s.target() == null ? OptionalDouble.empty() : s.target()));
      }
      for (KflcCityData c : d.cities()) {
        b.city(c.id(), c.name());
        for (MaturityData m : FrameworkJson.nonNull(c.maturity())) {
          b.maturity(c.id(), m.feature(), m.level());
        }
        for (ValueData v : FrameworkJson.nonNull(c.values())) {
          b.value(c.id(), v.measure(), v.value());
        }
      }
      return b.build();
    }
  }

  /**
   * Writes KFLC results.
   *
   * @since 0.1.0
   */
  public static final class KflcResultsToData extends StdConverter<KflcResults, KflcResultsData> {
    @Override
    public KflcResultsData convert(KflcResults r) {
      return new KflcResultsData(r.assessment(), written(r.results()));
    }
  }

  /**
   * Reads KFLC results by scoring the assessment again.
   *
   * @since 0.1.0
   */
  public static final class KflcResultsFromData
      extends StdConverter<KflcResultsData, KflcResults> {
    @Override
    public KflcResults convert(KflcResultsData d) {
      KflcResults scored = d.assessment().score();
      requireSame(scored.results(), d.results(), "KFLC assessment");
      return scored;
    }
  }

  /**
   * Writes a readiness assessment.
   *
   * @since 0.1.0
   */
  public static final class ReadinessToData
      extends StdConverter<GuidelinesReadiness, ReadinessData> {
    @Override
    public ReadinessData convert(GuidelinesReadiness r) {
      List<ReadinessCityData> cities = new ArrayList<>();
      for (Map.Entry<CityId, String> c : r.cityNames().entrySet()) {
        List<RatingData> ratings = new ArrayList<>();
        for (ActionArea area : r.catalog().areas()) {
          for (ActionPoint p : area.points()) {
            r.rating(c.getKey(), area.number(), p.number()).ifPresent(level ->
                ratings.add(new RatingData(area.number(), p.number(), level)));
          }
        }
        cities.add(new ReadinessCityData(c.getKey(), c.getValue(), ratings));
      }
      return new ReadinessData(r.catalog(), cities);
    }
  }

  /**
   * Reads a readiness assessment through its builder.
   *
   * @since 0.1.0
   */
  public static final class ReadinessFromData
      extends StdConverter<ReadinessData, GuidelinesReadiness> {
    @Override
    public GuidelinesReadiness convert(ReadinessData d) {
      GuidelinesReadiness.Builder b = GuidelinesReadiness.builder(d.catalog());
      for (ReadinessCityData c : d.cities()) {
        b.city(c.id(), c.name());
        for (RatingData r : FrameworkJson.nonNull(c.ratings())) {
          b.rate(c.id(), r.area(), r.point(), r.level());
        }
      }
      return b.build();
    }
  }

  /**
   * Writes readiness results.
   *
   * @since 0.1.0
   */
  public static final class ReadinessResultsToData
      extends StdConverter<ReadinessResults, ReadinessResultsData> {
    @Override
    public ReadinessResultsData convert(ReadinessResults r) {
      return new ReadinessResultsData(r.readiness(), written(r.results()));
    }
  }

  /**
   * Reads readiness results by scoring the assessment again.
   *
   * @since 0.1.0
   */
  public static final class ReadinessResultsFromData
      extends StdConverter<ReadinessResultsData, ReadinessResults> {
    @Override
    public ReadinessResults convert(ReadinessResultsData d) {
      ReadinessResults scored = d.readiness().score();
      requireSame(scored.results(), d.results(), "readiness assessment");
      return scored;
    }
  }

  /**
   * Writes commitment progress.
   *
   * @since 0.1.0
   */
  public static final class ProgressToData
      extends StdConverter<CommitmentProgress, CommitmentProgressData> {
    @Override
    public CommitmentProgressData convert(CommitmentProgress p) {
      return new CommitmentProgressData(p.declaration(), p.cities(), p.asOf());
    }
  }

  /**
   * Reads commitment progress.
   *
   * @since 0.1.0
   */
  public static final class ProgressFromData
      extends StdConverter<CommitmentProgressData, CommitmentProgress> {
    @Override
    public CommitmentProgress convert(CommitmentProgressData d) {
      Optional<LocalDate> asOf = d.asOf() == null ? Optional.empty() : d.asOf();
      return asOf.isPresent() ? CommitmentProgress.of(d.declaration(), d.cities(), asOf.get())
          : CommitmentProgress.of(d.declaration(), d.cities());
    }
  }

  /** The results document of an assessment's run, without the dataset it derives. */
  private static ResultsDocument written(Results results) {
    ResultsDocument d = ResultsDocument.of(results);
    return new ResultsDocument(d.framework(), d.pipeline(), d.units(), d.diagnostics());
  }

  private static void requireSame(Results scored, ResultsDocument written, String what) {
    try {
      written.requireReproducedBy(scored);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the results written are not the scores of the "
          + what + " written (" + e.getMessage() + "); expected the results of scoring it "
          + "(framework, dataset and pipeline follow from the assessment)", e);
    }
  }
}

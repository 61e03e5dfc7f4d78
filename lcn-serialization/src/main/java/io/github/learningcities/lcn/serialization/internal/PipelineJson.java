package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.util.StdConverter;

/**
 * A pipeline specification and its steps on the wire. Absent steps are left out; maps are
 * written sorted by key so that output is stable.
 *
 * @since 0.1.0
 */
public final class PipelineJson {
  private PipelineJson() {}

  /**
   * A pipeline on the wire.
   *
   * @param denomination the denomination step
   * @param screening the screening step
   * @param imputation the imputation step
   * @param treatment the outlier treatment step
   * @param normalisation the normalisation step
   * @param weighting the weighting (required)
   * @param aggregation the aggregation (required)
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"denomination", "screening", "imputation", "treatment", "normalisation",
      "weighting", "aggregation"})
  public record PipelineData(Denomination denomination, Screening screening,
      Imputation imputation, Treatment treatment, Normalisation normalisation,
      @JsonProperty(required = true) Weighting weighting,
      @JsonProperty(required = true) Aggregation aggregation) {}

  /**
   * A method step (imputation, treatment, normalisation) with per-indicator overrides.
   *
   * @param method the method's name
   * @param parameters the parameters
   * @param overrides the step for single indicators, by indicator code
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"method", "parameters", "overrides"})
  public record MethodStepData(@JsonProperty(required = true) String method,
      Parameters parameters, Map<String, MethodStepData> overrides) {}

  /**
   * A denomination step.
   *
   * @param denominators denominator name by indicator code
   * @param scaleFactors scale factor by indicator code
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"denominators", "scaleFactors"})
  public record DenominationData(Map<String, String> denominators,
      Map<String, Double> scaleFactors) {}

  /**
   * A screening step.
   *
   * @param rule {@code by-missing}, {@code by-zeros} or {@code by-missing-and-zeros}
   * @param availabilityThreshold the share of present values a unit needs
   * @param nonZeroThreshold the share of non-zero values a unit needs
   * @param forceInclude units always kept
   * @param forceExclude units always dropped
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"rule", "availabilityThreshold", "nonZeroThreshold", "forceInclude",
      "forceExclude"})
  public record ScreeningData(@JsonProperty(required = true) String rule,
      @JsonProperty(required = true) Double availabilityThreshold,
      @JsonProperty(required = true) Double nonZeroThreshold,
      List<String> forceInclude,
      List<String> forceExclude) {}

  /**
   * A weighting step.
   *
   * @param source {@code framework}, {@code equal} or {@code set}
   * @param set the weight set's name when the source is {@code set}
   * @param manual manual weights by node code
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"source", "set", "manual", "fromData"})
  public record WeightingData(@JsonProperty(required = true) String source, String set,
      Map<String, Double> manual, List<DataWeightsData> fromData) {}

  /**
   * Weights computed from the data for some framework levels.
   *
   * @param method {@code pca}, {@code balance} or {@code infomax}
   * @param parameters the method's parameters
   * @param levels the framework levels
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"method", "parameters", "levels"})
  public record DataWeightsData(@JsonProperty(required = true) String method,
      Parameters parameters, @JsonProperty(required = true) List<Integer> levels) {}

  /** Pipeline to wire form. @since 0.1.0 */
  public static final class ToData extends StdConverter<Pipeline, PipelineData> {
    @Override
    public PipelineData convert(Pipeline p) {
      return new PipelineData(p.denomination().orElse(null), p.screening().orElse(null),
          p.imputation().orElse(null), p.treatment().orElse(null),
          p.normalisation().orElse(null), p.weighting(), p.aggregation());
    }
  }

  /**
   * A pipeline's steps, absent ones as {@code null}: equal exactly when the pipelines are, and
   * mostly the same instances in the pipelines of one analysis (see {@link
   * RepeatedValueWriter}).
   *
   * @param p the pipeline
   * @return its seven steps in the record's order
   * @since 0.1.0
   */
  public static Object[] steps(Pipeline p) {
    return new Object[] {p.denomination().orElse(null), p.screening().orElse(null),
        p.imputation().orElse(null), p.treatment().orElse(null),
        p.normalisation().orElse(null), p.weighting(), p.aggregation()};
  }

  /** Wire form to pipeline. @since 0.1.0 */
  public static final class FromData extends StdConverter<PipelineData, Pipeline> {
    @Override
    public Pipeline convert(PipelineData d) {
      return new Pipeline(Optional.ofNullable(d.denomination()),
          Optional.ofNullable(d.screening()), Optional.ofNullable(d.imputation()),
          Optional.ofNullable(d.treatment()), Optional.ofNullable(d.normalisation()),
          d.weighting(), d.aggregation());
    }
  }

  /** Imputation to wire form. @since 0.1.0 */
  public static final class ImputationToData extends StdConverter<Imputation, MethodStepData> {
    @Override
    public MethodStepData convert(Imputation s) {
      return step(s.method(), s.parameters(), s.overrides(), this::convert);
    }
  }

  /** Wire form to imputation. @since 0.1.0 */
  public static final class ImputationFromData
      extends StdConverter<MethodStepData, Imputation> {
    @Override
    public Imputation convert(MethodStepData d) {
      return new Imputation(d.method(), params(d), overrides(d, this::convert));
    }
  }

  /** Treatment to wire form. @since 0.1.0 */
  public static final class TreatmentToData extends StdConverter<Treatment, MethodStepData> {
    @Override
    public MethodStepData convert(Treatment s) {
      return step(s.method(), s.parameters(), s.overrides(), this::convert);
    }
  }

  /** Wire form to treatment. @since 0.1.0 */
  public static final class TreatmentFromData extends StdConverter<MethodStepData, Treatment> {
    @Override
    public Treatment convert(MethodStepData d) {
      return new Treatment(d.method(), params(d), overrides(d, this::convert));
    }
  }

  /** Normalisation to wire form. @since 0.1.0 */
  public static final class NormalisationToData
      extends StdConverter<Normalisation, MethodStepData> {
    @Override
    public MethodStepData convert(Normalisation s) {
      return step(s.method(), s.parameters(), s.overrides(), this::convert);
    }
  }

  /** Wire form to normalisation. @since 0.1.0 */
  public static final class NormalisationFromData
      extends StdConverter<MethodStepData, Normalisation> {
    @Override
    public Normalisation convert(MethodStepData d) {
      return new Normalisation(d.method(), params(d), overrides(d, this::convert));
    }
  }

  /** Denomination to wire form. @since 0.1.0 */
  public static final class DenominationToData
      extends StdConverter<Denomination, DenominationData> {
    @Override
    public DenominationData convert(Denomination s) {
      return new DenominationData(new TreeMap<>(s.denominators()),
          new TreeMap<>(s.scaleFactors()));
    }
  }

  /** Wire form to denomination. @since 0.1.0 */
  public static final class DenominationFromData
      extends StdConverter<DenominationData, Denomination> {
    @Override
    public Denomination convert(DenominationData d) {
      return new Denomination(d.denominators() == null ? Map.of() : d.denominators(),
          d.scaleFactors() == null ? Map.of() : d.scaleFactors());
    }
  }

  /** Screening to wire form. @since 0.1.0 */
  public static final class ScreeningToData extends StdConverter<Screening, ScreeningData> {
    @Override
    public ScreeningData convert(Screening s) {
      return new ScreeningData(ruleName(s.rule()),
          s.availabilityThreshold(), s.nonZeroThreshold(),
          List.copyOf(new TreeSet<>(s.forceInclude())),
          List.copyOf(new TreeSet<>(s.forceExclude())));
    }
  }

  /** Wire form to screening. @since 0.1.0 */
  public static final class ScreeningFromData extends StdConverter<ScreeningData, Screening> {
    @Override
    public Screening convert(ScreeningData d) {
      Screening.Rule rule = null;
      for (Screening.Rule r : Screening.Rule.values()) {
        if (ruleName(r).equals(d.rule())) {
          rule = r;
        }
      }
      if (rule == null) {
        throw new IllegalArgumentException("screening rule '" + d.rule()
            + "' is invalid; expected by-missing, by-zeros or by-missing-and-zeros");
      }
      return new Screening(rule, d.availabilityThreshold(), d.nonZeroThreshold(),
          new TreeSet<>(FrameworkJson.nonNull(d.forceInclude())),
          new TreeSet<>(FrameworkJson.nonNull(d.forceExclude())));
    }
  }

  /** Weighting to wire form. @since 0.1.0 */
  public static final class WeightingToData extends StdConverter<Weighting, WeightingData> {
    @Override
    public WeightingData convert(Weighting w) {
      List<DataWeightsData> data = new java.util.ArrayList<>();
      for (DataWeights d : w.fromData()) {
        data.add(new DataWeightsData(d.method(), d.parameters(), d.levels()));
      }
      return new WeightingData(w.source(), w.set().orElse(null), new TreeMap<>(w.manual()),
          data);
    }
  }

  /** Wire form to weighting. @since 0.1.0 */
  public static final class WeightingFromData extends StdConverter<WeightingData, Weighting> {
    @Override
    public Weighting convert(WeightingData d) {
      List<DataWeights> data = new java.util.ArrayList<>();
      for (DataWeightsData x : FrameworkJson.nonNull(d.fromData())) {
        if (x == null) {
          throw new IllegalArgumentException("weighting: an entry of fromData is null; expected"
              + " a method with its levels");
        }
        data.add(new DataWeights(x.method(), x.parameters() == null ? Parameters.none()
            : x.parameters(), x.levels() == null ? List.of() : x.levels()));
      }
      return new Weighting(d.source(), Optional.ofNullable(d.set()),
          d.manual() == null ? Map.of() : d.manual(), data);
    }
  }

  private static <S> MethodStepData step(String method, Parameters parameters,
      Map<String, S> overrides, Function<S, MethodStepData> toData) {
    Map<String, MethodStepData> o = new TreeMap<>();
    overrides.forEach((k, v) -> o.put(k, toData.apply(v)));
    return new MethodStepData(method, parameters, o);
  }

  private static Parameters params(MethodStepData d) {
    return d.parameters() == null ? Parameters.none() : d.parameters();
  }

  private static <S> Map<String, S> overrides(MethodStepData d,
      Function<MethodStepData, S> fromData) {
    Map<String, S> o = new TreeMap<>();
    if (d.overrides() != null) {
      d.overrides().forEach((k, v) -> o.put(k, fromData.apply(v)));
    }
    return o;
  }

  /**
   * A screening rule's wire name: {@code by-missing}, {@code by-zeros}, ...
   *
   * @param rule the rule
   * @return its name in documents
   */
  static String ruleName(Screening.Rule rule) {
    return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

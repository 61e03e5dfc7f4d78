package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import tools.jackson.databind.util.StdConverter;

/**
 * The values of an uncertainty and sensitivity analysis on the wire: factors and
 * specifications, replications, per-unit spreads, Sobol indices and results.
 *
 * <p>Properties come in a fixed order; absent values are left out, never written as null. Enum
 * values are lower case with hyphens ({@code weight-noise}, {@code monte-carlo}). Maps whose
 * keys are names (a replication's choices, the convergence view, the per-unit indices) are
 * lists of entries, in the value's own order, so that any name is valid in XML too. An
 * undefined statistic (NaN, e.g. an interval without bootstrap resamples or the spread of a unit
 * that was never ranked) is left out rather than written as {@code "NaN"}, as in {@link
 * DiagnosticsJson}, and reads back as NaN. A sensitivity is written with the indices of every
 * unit and read back through {@link Sensitivity#of}.
 *
 * <p>In XML, the items whose other values may all be undefined (a factor's Sobol indices on
 * too few sample points, a unit never ranked) are not named like the one property they then
 * hold, so that no element holds only an element of its own name (Jackson's shape of an
 * unwrapped list): Sobol indices are {@code <sobolIndices>}, a unit's indices
 * {@code <unitIndices>} and a unit's spread {@code <unitUncertainty>}, each with its
 * {@code <factor>} or {@code <unit>} inside.
 *
 * @since 0.1.0
 */
public final class UncertaintyJson {
  private UncertaintyJson() {}

  /**
   * A factor on the wire. The alternatives of a whole step are in the list named after the
   * step's type; a parameter's values are in {@code values}. The bounds of a range and the
   * noise settings are written for their kinds (and for another kind only when not 0).
   *
   * @param name the factor's name
   * @param kind {@code alternatives}, {@code values}, {@code range} or {@code weight-noise}
   * @param step the step concerned, e.g. {@code normalisation}
   * @param parameter the parameter varied
   * @param imputations alternative imputations
   * @param treatments alternative outlier treatments
   * @param normalisations alternative normalisations
   * @param aggregations alternative aggregations
   * @param weightings alternative weightings
   * @param values the parameter values to choose among
   * @param low lower end of a range
   * @param high upper end of a range
   * @param integer whether a range is of whole numbers
   * @param level the framework level whose weights are perturbed
   * @param noise the relative weight noise
   * @param sets how many noisy weight sets are drawn
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "kind", "step", "parameter", "imputations", "treatments",
      "normalisations", "aggregations", "weightings", "values", "low", "high", "integer",
      "level", "noise", "sets"})
  public record FactorData(
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) String kind,
      @JsonProperty(required = true) String step,
      String parameter,
      List<Imputation> imputations,
      List<Treatment> treatments,
      List<Normalisation> normalisations,
      List<Aggregation> aggregations,
      List<Weighting> weightings,
      List<ValueData> values,
      Double low,
      Double high,
      Boolean integer,
      Integer level,
      Double noise,
      Integer sets) {}

  /**
   * One parameter value: exactly one of a number, a text or a flag, so that its type survives
   * XML too.
   *
   * @param number a finite number
   * @param text a text
   * @param flag a boolean
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"number", "text", "flag"})
  public record ValueData(Double number, String text, Boolean flag) {}

  /**
   * A specification on the wire; every setting is written, and on reading the settings after
   * {@code seed} default to those of {@link UncertaintySpec#of}.
   *
   * @param factors the factors
   * @param samples N
   * @param seed the seed
   * @param sampling {@code sobol} (default) or {@code monte-carlo}
   * @param sensitivity whether Sobol indices are estimated (default false)
   * @param node the node analysed, absent for the root
   * @param threads worker threads, 0 (default) for all processors
   * @param bootstrap bootstrap resamples (default 1000)
   * @param confidence the confidence level of the intervals (default 0.9)
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"factors", "samples", "seed", "sampling", "sensitivity", "node",
      "threads", "bootstrap", "confidence"})
  public record SpecData(
      @JsonProperty(required = true) List<Factor> factors,
      @JsonProperty(required = true) int samples,
      @JsonProperty(required = true) long seed,
      String sampling,
      Boolean sensitivity,
      String node,
      Integer threads,
      Integer bootstrap,
      Double confidence) {}

  /**
   * A replication on the wire.
   *
   * @param index its position
   * @param sample the sample point, one coordinate in [0, 1) per factor
   * @param choices what each factor took, in factor order
   * @param pipeline the pipeline of this replication
   * @param failure why it failed, if it did
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"index", "sample", "choices", "pipeline", "failure"})
  public record ReplicationData(
      @JsonProperty(required = true) int index,
      List<Double> sample,
      List<ChoiceData> choices,
      @JsonProperty(required = true) Pipeline pipeline,
      String failure) {}

  /**
   * What one factor took in a replication.
   *
   * @param factor the factor's name
   * @param choice what it took
   * @since 0.1.0
   */
  @JsonPropertyOrder({"factor", "choice"})
  public record ChoiceData(
      @JsonProperty(required = true) String factor,
      @JsonProperty(required = true) String choice) {}

  /**
   * The spread of one unit's score and rank on the wire; undefined statistics are left out.
   *
   * @param unit the unit's code
   * @param nominalScore the nominal score, absent when the unit has none
   * @param nominalRank the nominal rank, absent when the unit has none
   * @param meanRank the mean rank
   * @param medianRank the median rank
   * @param rankQ05 the 5th percentile of the rank
   * @param rankQ95 the 95th percentile of the rank
   * @param meanScore the mean score
   * @param medianScore the median score
   * @param scoreQ05 the 5th percentile of the score
   * @param scoreQ95 the 95th percentile of the score
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"unit", "nominalScore", "nominalRank", "meanRank", "medianRank",
      "rankQ05", "rankQ95", "meanScore", "medianScore", "scoreQ05", "scoreQ95"})
  public record UnitUncertaintyData(
      @JsonProperty(required = true) String unit,
      Double nominalScore,
      Integer nominalRank,
      Double meanRank,
      Double medianRank,
      Double rankQ05,
      Double rankQ95,
      Double meanScore,
      Double medianScore,
      Double scoreQ05,
      Double scoreQ95) {}

  /**
   * The Sobol indices of one factor on the wire; undefined values are left out.
   *
   * @param factor the factor's name
   * @param first the first-order index
   * @param firstLow lower bound of its interval
   * @param firstHigh upper bound of its interval
   * @param total the total index
   * @param totalLow lower bound of its interval
   * @param totalHigh upper bound of its interval
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"factor", "first", "firstLow", "firstHigh", "total", "totalLow",
      "totalHigh"})
  public record SobolIndicesData(
      @JsonProperty(required = true) String factor,
      Double first,
      Double firstLow,
      Double firstHigh,
      Double total,
      Double totalLow,
      Double totalHigh) {}

  /**
   * A sensitivity on the wire, with the indices of every unit.
   *
   * @param meanAbsoluteRankChange the indices of the mean absolute rank change
   * @param convergence those indices on the first sample points, by ascending sample size
   * @param failedSamples how many sample rows were left out
   * @param perUnit the indices of each unit's rank, in the units' order
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"meanAbsoluteRankChange", "convergence", "failedSamples", "perUnit"})
  public record SensitivityData(
      List<SobolIndices> meanAbsoluteRankChange,
      List<ConvergenceData> convergence,
      @JsonProperty(required = true) int failedSamples,
      List<UnitIndicesData> perUnit) {}

  /**
   * The indices of the mean absolute rank change on the first sample points.
   *
   * @param samples how many sample points
   * @param indices the indices, one per factor
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"samples", "indices"})
  public record ConvergenceData(
      @JsonProperty(required = true) int samples,
      List<SobolIndices> indices) {}

  /**
   * The indices of one unit's rank.
   *
   * @param unit the unit's code
   * @param indices the indices, one per factor
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"unit", "indices"})
  public record UnitIndicesData(
      @JsonProperty(required = true) String unit,
      List<SobolIndices> indices) {}

  /**
   * The result of an analysis on the wire.
   *
   * @param node the node analysed
   * @param replications every replication
   * @param units the spread of each unit
   * @param sensitivity the Sobol indices, when estimated
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"node", "replications", "units", "sensitivity"})
  public record ResultData(
      @JsonProperty(required = true) String node,
      List<Replication> replications,
      List<UnitUncertainty> units,
      Sensitivity sensitivity) {}

  /** Factor to wire form. @since 0.1.0 */
  public static final class FactorToData extends StdConverter<Factor, FactorData> {
    @Override
    public FactorData convert(Factor f) {
      boolean steps = f.kind() == Factor.Kind.ALTERNATIVES;
      boolean range = f.kind() == Factor.Kind.RANGE;
      boolean noisy = f.kind() == Factor.Kind.WEIGHT_NOISE;
      List<ValueData> values = null;
      if (!steps && !f.alternatives().isEmpty()) {
        values = f.alternatives().stream().map(v -> toValue(f.name(), v)).toList();
      }
      return new FactorData(f.name(), wire(f.kind()), wire(f.step()),
          f.parameter().orElse(null),
          steps ? ofType(f.alternatives(), Imputation.class) : null,
          steps ? ofType(f.alternatives(), Treatment.class) : null,
          steps ? ofType(f.alternatives(), Normalisation.class) : null,
          steps ? ofType(f.alternatives(), Aggregation.class) : null,
          steps ? ofType(f.alternatives(), Weighting.class) : null,
          values,
          range || isSet(f.low()) ? f.low() : null,
          range || isSet(f.high()) ? f.high() : null,
          range || f.integer() ? f.integer() : null,
          noisy || f.level() != 0 ? f.level() : null,
          noisy || isSet(f.noise()) ? f.noise() : null,
          noisy || f.sets() != 0 ? f.sets() : null);
    }
  }

  /** Wire form to factor. @since 0.1.0 */
  public static final class FactorFromData extends StdConverter<FactorData, Factor> {
    @Override
    public Factor convert(FactorData d) {
      String name = d.name();
      Factor.Kind kind = parse(Factor.Kind.values(), d.kind(), "factor '" + name + "': kind");
      Step step = parse(Step.values(), d.step(), "factor '" + name + "': step");
      Map<String, List<?>> lists = new LinkedHashMap<>();
      lists.put("imputations", d.imputations());
      lists.put("treatments", d.treatments());
      lists.put("normalisations", d.normalisations());
      lists.put("aggregations", d.aggregations());
      lists.put("weightings", d.weightings());
      lists.put("values", d.values() == null ? null
          : d.values().stream().map(v -> fromValue(name, v)).toList());
      lists.values().removeIf(l -> l == null || l.isEmpty());
      if (lists.size() > 1) {
        throw new IllegalArgumentException("factor '" + name + "' lists " + lists.keySet()
            + "; expected the alternatives of one kind only");
      }
      List<Object> alternatives = lists.isEmpty() ? List.of()
          : List.copyOf(lists.values().iterator().next());
      if (kind == Factor.Kind.RANGE && (d.low() == null || d.high() == null)) {
        throw new IllegalArgumentException("factor '" + name + "' of kind range needs 'low' "
            + "and 'high'; expected both bounds");
      }
      if (kind == Factor.Kind.WEIGHT_NOISE
          && (d.level() == null || d.noise() == null || d.sets() == null)) {
        throw new IllegalArgumentException("factor '" + name + "' of kind weight-noise needs "
            + "'level', 'noise' and 'sets'; expected all three");
      }
      return new Factor(name, kind, step, Optional.ofNullable(d.parameter()), alternatives,
          orZero(d.low()), orZero(d.high()), Boolean.TRUE.equals(d.integer()),
          d.level() == null ? 0 : d.level(), orZero(d.noise()),
          d.sets() == null ? 0 : d.sets());
    }
  }

  /** Specification to wire form. @since 0.1.0 */
  public static final class SpecToData extends StdConverter<UncertaintySpec, SpecData> {
    @Override
    public SpecData convert(UncertaintySpec s) {
      return new SpecData(s.factors(), s.samples(), s.seed(), wire(s.sampling()),
          s.sensitivity(), s.node().orElse(null), s.threads(), s.bootstrap(), s.confidence());
    }
  }

  /** Wire form to specification. @since 0.1.0 */
  public static final class SpecFromData extends StdConverter<SpecData, UncertaintySpec> {
    @Override
    public UncertaintySpec convert(SpecData d) {
      UncertaintySpec defaults = UncertaintySpec.of(FrameworkJson.nonNull(d.factors()),
          d.samples(), d.seed());
      return new UncertaintySpec(defaults.factors(), d.samples(), d.seed(),
          d.sampling() == null ? defaults.sampling()
              : parse(UncertaintySpec.Sampling.values(), d.sampling(), "sampling"),
          d.sensitivity() == null ? defaults.sensitivity() : d.sensitivity(),
          Optional.ofNullable(d.node()),
          d.threads() == null ? defaults.threads() : d.threads(),
          d.bootstrap() == null ? defaults.bootstrap() : d.bootstrap(),
          d.confidence() == null ? defaults.confidence() : d.confidence());
    }
  }

  /** Replication to wire form. @since 0.1.0 */
  public static final class ReplicationToData
      extends StdConverter<Replication, ReplicationData> {
    @Override
    public ReplicationData convert(Replication r) {
      List<ChoiceData> choices = new ArrayList<>();
      r.choices().forEach((factor, choice) -> choices.add(new ChoiceData(factor, choice)));
      return new ReplicationData(r.index(), emptyAsNull(r.sample()), emptyAsNull(choices),
          r.pipeline(), r.failure().orElse(null));
    }
  }

  /** Wire form to replication. @since 0.1.0 */
  public static final class ReplicationFromData
      extends StdConverter<ReplicationData, Replication> {
    @Override
    public Replication convert(ReplicationData d) {
      Map<String, String> choices = new LinkedHashMap<>();
      for (ChoiceData c : FrameworkJson.nonNull(d.choices())) {
        if (choices.put(c.factor(), c.choice()) != null) {
          throw new IllegalArgumentException("replication " + d.index() + ": factor '"
              + c.factor() + "' has two choices; expected one choice per factor");
        }
      }
      return new Replication(d.index(), FrameworkJson.nonNull(d.sample()), choices,
          d.pipeline(), Optional.ofNullable(d.failure()));
    }
  }

  /** Per-unit spread to wire form. @since 0.1.0 */
  public static final class UnitUncertaintyToData
      extends StdConverter<UnitUncertainty, UnitUncertaintyData> {
    @Override
    public UnitUncertaintyData convert(UnitUncertainty u) {
      return new UnitUncertaintyData(u.unit(),
          u.nominalScore().isPresent() ? u.nominalScore().getAsDouble() : null,
          u.nominalRank().isPresent() ? u.nominalRank().getAsInt() : null,
          DiagnosticsJson.defined(u.meanRank()), DiagnosticsJson.defined(u.medianRank()),
          DiagnosticsJson.defined(u.rankQ05()), DiagnosticsJson.defined(u.rankQ95()),
          DiagnosticsJson.defined(u.meanScore()), DiagnosticsJson.defined(u.medianScore()),
          DiagnosticsJson.defined(u.scoreQ05()), DiagnosticsJson.defined(u.scoreQ95()));
    }
  }

  /** Wire form to per-unit spread. @since 0.1.0 */
  public static final class UnitUncertaintyFromData
      extends StdConverter<UnitUncertaintyData, UnitUncertainty> {
    @Override
    public UnitUncertainty convert(UnitUncertaintyData d) {
      return new UnitUncertainty(d.unit(),
          d.nominalScore() == null ? OptionalDouble.empty()
              : OptionalDouble.of(d.nominalScore()),
          d.nominalRank() == null ? OptionalInt.empty() : OptionalInt.of(d.nominalRank()),
          DiagnosticsJson.orUndefined(d.meanRank()),
          DiagnosticsJson.orUndefined(d.medianRank()),
          DiagnosticsJson.orUndefined(d.rankQ05()), DiagnosticsJson.orUndefined(d.rankQ95()),
          DiagnosticsJson.orUndefined(d.meanScore()),
          DiagnosticsJson.orUndefined(d.medianScore()),
          DiagnosticsJson.orUndefined(d.scoreQ05()),
          DiagnosticsJson.orUndefined(d.scoreQ95()));
    }
  }

  /** Sobol indices to wire form. @since 0.1.0 */
  public static final class SobolIndicesToData
      extends StdConverter<SobolIndices, SobolIndicesData> {
    @Override
    public SobolIndicesData convert(SobolIndices s) {
      return new SobolIndicesData(s.factor(), DiagnosticsJson.defined(s.first()),
          DiagnosticsJson.defined(s.firstLow()), DiagnosticsJson.defined(s.firstHigh()),
          DiagnosticsJson.defined(s.total()), DiagnosticsJson.defined(s.totalLow()),
          DiagnosticsJson.defined(s.totalHigh()));
    }
  }

  /** Wire form to Sobol indices. @since 0.1.0 */
  public static final class SobolIndicesFromData
      extends StdConverter<SobolIndicesData, SobolIndices> {
    @Override
    public SobolIndices convert(SobolIndicesData d) {
      return new SobolIndices(d.factor(), DiagnosticsJson.orUndefined(d.first()),
          DiagnosticsJson.orUndefined(d.firstLow()), DiagnosticsJson.orUndefined(d.firstHigh()),
          DiagnosticsJson.orUndefined(d.total()), DiagnosticsJson.orUndefined(d.totalLow()),
          DiagnosticsJson.orUndefined(d.totalHigh()));
    }
  }

  /** Sensitivity to wire form, with the indices of every unit. @since 0.1.0 */
  public static final class SensitivityToData
      extends StdConverter<Sensitivity, SensitivityData> {
    @Override
    public SensitivityData convert(Sensitivity s) {
      List<ConvergenceData> convergence = new ArrayList<>();
      s.convergence().forEach((n, indices) ->
          convergence.add(new ConvergenceData(n, emptyAsNull(indices))));
      List<UnitIndicesData> perUnit = new ArrayList<>();
      s.perUnit().forEach((unit, indices) ->
          perUnit.add(new UnitIndicesData(unit, emptyAsNull(indices))));
      return new SensitivityData(emptyAsNull(s.meanAbsoluteRankChange()),
          emptyAsNull(convergence), s.failedSamples(), emptyAsNull(perUnit));
    }
  }

  /** Wire form to sensitivity, through {@link Sensitivity#of}. @since 0.1.0 */
  public static final class SensitivityFromData
      extends StdConverter<SensitivityData, Sensitivity> {
    @Override
    public Sensitivity convert(SensitivityData d) {
      Map<Integer, List<SobolIndices>> convergence = new LinkedHashMap<>();
      for (ConvergenceData c : FrameworkJson.nonNull(d.convergence())) {
        if (convergence.put(c.samples(), FrameworkJson.nonNull(c.indices())) != null) {
          throw new IllegalArgumentException("the convergence view lists " + c.samples()
              + " sample points twice; expected each sample size once");
        }
      }
      Map<String, List<SobolIndices>> perUnit = new LinkedHashMap<>();
      for (UnitIndicesData u : FrameworkJson.nonNull(d.perUnit())) {
        if (perUnit.put(u.unit(), FrameworkJson.nonNull(u.indices())) != null) {
          throw new IllegalArgumentException("unit '" + u.unit() + "' has two sets of "
              + "per-unit indices; expected each unit once");
        }
      }
      return Sensitivity.of(FrameworkJson.nonNull(d.meanAbsoluteRankChange()), convergence,
          d.failedSamples(), perUnit);
    }
  }

  /** Result to wire form. @since 0.1.0 */
  public static final class ResultToData extends StdConverter<UncertaintyResult, ResultData> {
    @Override
    public ResultData convert(UncertaintyResult r) {
      return new ResultData(r.node(), emptyAsNull(r.replications()), emptyAsNull(r.units()),
          r.sensitivity().orElse(null));
    }
  }

  /** Wire form to result. @since 0.1.0 */
  public static final class ResultFromData extends StdConverter<ResultData, UncertaintyResult> {
    @Override
    public UncertaintyResult convert(ResultData d) {
      return new UncertaintyResult(d.node(), FrameworkJson.nonNull(d.replications()),
          FrameworkJson.nonNull(d.units()), Optional.ofNullable(d.sensitivity()));
    }
  }

  /** An enum value on the wire: lower case with hyphens. */
  private static String wire(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E parse(E[] values, String text, String what) {
    for (E e : values) {
      if (wire(e).equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException(what + " '" + text + "' is invalid; expected one of "
        + Arrays.stream(values).map(UncertaintyJson::wire).collect(Collectors.joining(", ")));
  }

  /** The alternatives of one type, or null when they are of another. */
  private static <T> List<T> ofType(List<Object> alternatives, Class<T> type) {
    if (alternatives.isEmpty() || !type.isInstance(alternatives.get(0))) {
      return null;
    }
    return alternatives.stream().map(type::cast).toList();
  }

  private static ValueData toValue(String factor, Object v) {
    if (v instanceof Double d) {
      return new ValueData(d, null, null);
    }
    if (v instanceof String s) {
      return new ValueData(null, s, null);
    }
    if (v instanceof Boolean b) {
      return new ValueData(null, null, b);
    }
    throw new IllegalArgumentException("factor '" + factor + "': value " + v
        + " is not a number, a text or a boolean");
  }

  private static Object fromValue(String factor, ValueData v) {
    List<Object> given = new ArrayList<>(3);
    for (Object o : new Object[] {v.number(), v.text(), v.flag()}) {
      if (o != null) {
        given.add(o);
      }
    }
    if (given.size() != 1) {
      throw new IllegalArgumentException("factor '" + factor + "': a value gives "
          + given.size() + " of number, text and flag; expected exactly one");
    }
    return given.get(0);
  }

  /** Whether a number differs from the default 0 (so -0.0 is written). */
  private static boolean isSet(double x) {
    return Double.compare(x, 0.0) != 0;
  }

  private static double orZero(Double x) {
    return x == null ? 0 : x;
  }

  private static <T> List<T> emptyAsNull(List<T> list) {
    return list.isEmpty() ? null : list;
  }
}

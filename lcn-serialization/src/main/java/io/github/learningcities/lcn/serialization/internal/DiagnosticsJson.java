package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.util.StdConverter;

/**
 * The diagnostics of a run on the wire: what was imputed, treated and screened out, and notes.
 *
 * @since 0.1.0
 */
public final class DiagnosticsJson {
  private DiagnosticsJson() {}

  /**
   * Diagnostics on the wire; empty lists are left out.
   *
   * @param imputedCells imputed cells
   * @param treatedPoints treated points
   * @param treatments per-indicator treatment summaries
   * @param screenedUnits units screened out
   * @param notes notes
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"imputedCells", "treatedPoints", "treatments", "screenedUnits", "notes"})
  public record DiagnosticsData(
      List<ImputedCellData> imputedCells,
      List<TreatedPointData> treatedPoints,
      List<TreatmentData> treatments,
      List<ScreenedUnitData> screenedUnits,
      List<NoteData> notes) {}

  /**
   * An imputed cell.
   *
   * @param unit the unit
   * @param indicator the indicator
   * @param value the imputed value
   * @param method the imputation method
   * @since 0.1.0
   */
  @JsonPropertyOrder({"unit", "indicator", "value", "method"})
  public record ImputedCellData(String unit, String indicator, double value, String method) {}

  /**
   * A treated point.
   *
   * @param unit the unit
   * @param indicator the indicator
   * @param treatment the treatment applied
   * @param before the value before
   * @param after the value after
   * @since 0.1.0
   */
  @JsonPropertyOrder({"unit", "indicator", "treatment", "before", "after"})
  public record TreatedPointData(String unit, String indicator, String treatment, double before,
      double after) {}

  /**
   * A per-indicator treatment summary.
   *
   * @param indicator the indicator
   * @param method the method
   * @param skewBefore skewness before (absent when undefined, e.g. fewer than 3 values)
   * @param kurtosisBefore kurtosis before (absent when undefined)
   * @param winsorised number of points winsorised
   * @param transform the transform applied, if any
   * @param skewAfter skewness after (absent when undefined)
   * @param kurtosisAfter kurtosis after (absent when undefined)
   * @param passes whether the indicator passes the thresholds after treatment
   * @param stages the indicator after each stage (absent in documents written before stages
   *     were recorded, which still read)
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"indicator", "method", "skewBefore", "kurtosisBefore", "winsorised",
      "transform", "skewAfter", "kurtosisAfter", "passes", "stages"})
  public record TreatmentData(String indicator, String method, Double skewBefore,
      Double kurtosisBefore, int winsorised, String transform, Double skewAfter,
      Double kurtosisAfter, boolean passes, List<TreatmentStageData> stages) {}

  /**
   * The indicator after one stage of treatment.
   *
   * @param stage original, winsorised or the transform's name
   * @param winsorised points winsorised at this stage
   * @param skew skewness after the stage (absent when undefined)
   * @param kurtosis kurtosis after the stage (absent when undefined)
   * @param passes whether the indicator passes the thresholds after the stage
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"stage", "winsorised", "skew", "kurtosis", "passes"})
  public record TreatmentStageData(String stage, int winsorised, Double skew, Double kurtosis,
      boolean passes) {}

  /** An undefined statistic (NaN) is left out of documents rather than written as "NaN". */
  static Double defined(double x) {
    return Double.isNaN(x) ? null : x;
  }

  static double orUndefined(Double x) {
    return x == null ? Double.NaN : x;
  }

  /**
   * A unit screened out.
   *
   * @param unit the unit
   * @param reason why
   * @since 0.1.0
   */
  @JsonPropertyOrder({"unit", "reason"})
  public record ScreenedUnitData(String unit, String reason) {}

  /**
   * A note.
   *
   * @param code the note's code
   * @param place where it applies
   * @param unit the unit concerned, if any
   * @param message the message
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"code", "place", "unit", "message"})
  public record NoteData(String code, String place, String unit, String message) {}

  /** Diagnostics to wire form. @since 0.1.0 */
  public static final class ToData extends StdConverter<Diagnostics, DiagnosticsData> {
    @Override
    public DiagnosticsData convert(Diagnostics d) {
      return new DiagnosticsData(
          d.imputedCells().stream().map(c -> new ImputedCellData(c.unit(), c.indicator(),
              c.value(), c.method())).toList(),
          d.treatedPoints().stream().map(p -> new TreatedPointData(p.unit(), p.indicator(),
              p.treatment(), p.before(), p.after())).toList(),
          d.treatments().stream().map(t -> new TreatmentData(t.indicator(), t.method(),
              defined(t.skewBefore()), defined(t.kurtosisBefore()), t.winsorised(),
              t.transform().orElse(null), defined(t.skewAfter()), defined(t.kurtosisAfter()),
              t.passes(), t.stages().isEmpty() ? null : t.stages().stream().map(s ->
                  new TreatmentStageData(s.stage(), s.winsorised(), defined(s.skew()),
                      defined(s.kurtosis()), s.passes())).toList())).toList(),
          d.screenedUnits().stream().map(s -> new ScreenedUnitData(s.unit(), s.reason()))
              .toList(),
          d.notes().stream().map(n -> new NoteData(n.code(), n.place(), n.unit().orElse(null),
              n.message())).toList());
    }
  }

  /** Wire form to diagnostics. @since 0.1.0 */
  public static final class FromData extends StdConverter<DiagnosticsData, Diagnostics> {
    @Override
    public Diagnostics convert(DiagnosticsData d) {
      return new Diagnostics(
          FrameworkJson.nonNull(d.imputedCells()).stream().map(c -> new Diagnostics.ImputedCell(
              c.unit(), c.indicator(), c.value(), c.method())).toList(),
          FrameworkJson.nonNull(d.treatedPoints()).stream().map(p ->
              new Diagnostics.TreatedPoint(p.unit(), p.indicator(), p.treatment(), p.before(),
                  p.after())).toList(),
          FrameworkJson.nonNull(d.treatments()).stream().map(t ->
              new Diagnostics.IndicatorTreatment(t.indicator(), t.method(),
                  orUndefined(t.skewBefore()), orUndefined(t.kurtosisBefore()), t.winsorised(),
                  Optional.ofNullable(t.transform()), orUndefined(t.skewAfter()),
                  orUndefined(t.kurtosisAfter()), t.passes(),
                  FrameworkJson.nonNull(t.stages()).stream().map(s ->
                      new Diagnostics.TreatmentStage(s.stage(), s.winsorised(),
                          orUndefined(s.skew()), orUndefined(s.kurtosis()), s.passes()))
                      .toList())).toList(),
          FrameworkJson.nonNull(d.screenedUnits()).stream().map(s ->
              new Diagnostics.ScreenedUnit(s.unit(), s.reason())).toList(),
          FrameworkJson.nonNull(d.notes()).stream().map(n -> new Diagnostics.Note(n.code(),
              n.place(), Optional.ofNullable(n.unit()), n.message())).toList());
    }
  }
}

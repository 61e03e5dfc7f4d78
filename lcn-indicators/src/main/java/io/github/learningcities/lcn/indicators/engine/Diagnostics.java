package io.github.learningcities.lcn.indicators.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a run did to the data beyond the formulas, and everything it noticed.
 *
 * @param imputedCells every cell filled by imputation
 * @param treatedPoints every point changed by outlier treatment, with before and after
 * @param treatments per treated indicator: statistics before and after, what was applied
 * @param screenedUnits every unit removed by screening, with the reason
 * @param notes everything else worth knowing (constant indicators, zero weight sums, missing
 *     denominators), each naming its place
 * @since 0.1.0
 */
public record Diagnostics(
    List<ImputedCell> imputedCells,
    List<TreatedPoint> treatedPoints,
    List<IndicatorTreatment> treatments,
    List<ScreenedUnit> screenedUnits,
    List<Note> notes) {

  /** Copies the lists. */
  public Diagnostics {
    imputedCells = List.copyOf(imputedCells);
    treatedPoints = List.copyOf(treatedPoints);
    treatments = List.copyOf(treatments);
    screenedUnits = List.copyOf(screenedUnits);
    notes = List.copyOf(notes);
  }

  static Diagnostics concat(List<Diagnostics> parts) {
    List<ImputedCell> a = new ArrayList<>();
    List<TreatedPoint> b = new ArrayList<>();
    List<IndicatorTreatment> c = new ArrayList<>();
    List<ScreenedUnit> d = new ArrayList<>();
    List<Note> e = new ArrayList<>();
    for (Diagnostics p : parts) {
      a.addAll(p.imputedCells);
      b.addAll(p.treatedPoints);
      c.addAll(p.treatments);
      d.addAll(p.screenedUnits);
      e.addAll(p.notes);
    }
    return new Diagnostics(a, b, c, d, e);
  }

  /**
   * A cell filled by imputation.
   *
   * @param unit the unit's code
   * @param indicator the indicator's code
   * @param value the imputed value
   * @param method the imputation method
   * @since 0.1.0
   */
  public record ImputedCell(String unit, String indicator, double value, String method) {}

  /**
   * A point changed by outlier treatment.
   *
   * @param unit the unit's code
   * @param indicator the indicator's code
   * @param treatment {@code winhi}, {@code winlo}, or the transform's name
   * @param before the value before treatment
   * @param after the value after treatment
   * @since 0.1.0
   */
  public record TreatedPoint(String unit, String indicator, String treatment, double before,
      double after) {}

  /**
   * What outlier treatment found and did for one indicator (only indicators that the check
   * failed, or that a transform was applied to, are listed).
   *
   * @param indicator the indicator's code
   * @param method the treatment method
   * @param skewBefore skew before treatment
   * @param kurtosisBefore kurtosis before treatment
   * @param winsorised points winsorised (COINr's {@code nwin})
   * @param transform the transform applied, if any
   * @param skewAfter skew after treatment
   * @param kurtosisAfter kurtosis after treatment
   * @param passes whether the treated indicator passes the check
   * @since 0.1.0
   */
  public record IndicatorTreatment(String indicator, String method, double skewBefore,
      double kurtosisBefore, int winsorised, Optional<String> transform, double skewAfter,
      double kurtosisAfter, boolean passes) {}

  /**
   * A unit removed by screening.
   *
   * @param unit the unit's code
   * @param reason why, with the measured share and the threshold
   * @since 0.1.0
   */
  public record ScreenedUnit(String unit, String reason) {}

  /**
   * Something a run noticed.
   *
   * @param code a short machine-readable code, e.g. {@code constant-indicator}
   * @param place the node or indicator it concerns
   * @param unit the unit it concerns, if one
   * @param message the explanation
   * @since 0.1.0
   */
  public record Note(String code, String place, Optional<String> unit, String message) {
    /** Validates. */
    public Note {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(message, "message");
    }
  }
}

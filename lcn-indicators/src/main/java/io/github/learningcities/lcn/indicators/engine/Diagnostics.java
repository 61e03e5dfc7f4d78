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
   * <p>The treatment is written as COINr's {@code Treated_Points} writes it: {@code winhi} or
   * {@code winlo} for a point winsorised at the high or low end, the transform's name (e.g.
   * {@code log-ct}) for a point transformed, and both joined by {@code +} (e.g.
   * {@code winhi+log-ct}) for a point that was winsorised first and then transformed, because
   * winsorising alone did not bring the indicator within the thresholds (the transform is
   * applied to the original column, so {@code after} is the transform of {@code before}).
   *
   * @param unit the unit's code
   * @param indicator the indicator's code
   * @param treatment {@code winhi}, {@code winlo}, the transform's name, or
   *     {@code winhi+TRANSFORM} / {@code winlo+TRANSFORM}
   * @param before the value before treatment
   * @param after the value after treatment
   * @since 0.1.0
   */
  public record TreatedPoint(String unit, String indicator, String treatment, double before,
      double after) {

    /**
     * Returns whether the point was winsorised (whatever came after).
     *
     * @return true for {@code winhi}, {@code winlo} and their combinations with a transform
     * @since 0.1.0
     */
    public boolean winsorised() {
      return treatment.startsWith("winhi") || treatment.startsWith("winlo");
    }

    /**
     * Returns the transform applied to the point, if one was.
     *
     * @return the transform's name, e.g. {@code log-ct}, or empty for a point only winsorised
     * @since 0.1.0
     */
    public Optional<String> transform() {
      int plus = treatment.indexOf('+');
      if (plus >= 0) {
        return Optional.of(treatment.substring(plus + 1));
      }
      return winsorised() ? Optional.empty() : Optional.of(treatment);
    }
  }

  /**
   * The state of an indicator after one stage of outlier treatment, as COINr's
   * {@code Dets_Table} reports it ({@code check_SkewKurt0}, {@code winsorise.nwin} with
   * {@code check_SkewKurt1}, {@code check_SkewKurt2}).
   *
   * @param stage {@link #ORIGINAL} (the data before treatment), {@link #WINSORISED} (after
   *     winsorising) or the transform's name (e.g. {@code log-ct}: after the transform)
   * @param winsorised the points winsorised at this stage (0 for the others)
   * @param skew the skew after this stage (NaN when undefined, e.g. fewer than 3 values)
   * @param kurtosis the kurtosis after this stage (NaN when undefined)
   * @param passes whether the indicator passes the skew and kurtosis check after this stage
   * @since 0.1.0
   */
  public record TreatmentStage(String stage, int winsorised, double skew, double kurtosis,
      boolean passes) {
    /** The stage of the data as they came. */
    public static final String ORIGINAL = "original";
    /** The stage after winsorising. */
    public static final String WINSORISED = "winsorised";

    /** Validates. */
    public TreatmentStage {
      Objects.requireNonNull(stage, "stage");
      if (winsorised < 0) {
        throw new IllegalArgumentException("stage '" + stage + "': winsorised " + winsorised
            + " is negative; expected 0 or more");
      }
    }
  }

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
   * @param stages the indicator after each stage, in order: the original data, then (when the
   *     check failed) after winsorising, then (when that did not suffice) after the transform of
   *     the original column; empty in documents written before stages were recorded
   * @since 0.1.0
   */
  public record IndicatorTreatment(String indicator, String method, double skewBefore,
      double kurtosisBefore, int winsorised, Optional<String> transform, double skewAfter,
      double kurtosisAfter, boolean passes, List<TreatmentStage> stages) {

    /** Copies the stages. */
    public IndicatorTreatment {
      Objects.requireNonNull(transform, "transform");
      stages = List.copyOf(stages);
    }

    /**
     * A summary without its stages (as documents written before stages were recorded hold it).
     *
     * @param indicator the indicator's code
     * @param method the treatment method
     * @param skewBefore skew before treatment
     * @param kurtosisBefore kurtosis before treatment
     * @param winsorised points winsorised
     * @param transform the transform applied, if any
     * @param skewAfter skew after treatment
     * @param kurtosisAfter kurtosis after treatment
     * @param passes whether the treated indicator passes the check
     * @since 0.1.0
     */
    public IndicatorTreatment(String indicator, String method, double skewBefore,
        double kurtosisBefore, int winsorised, Optional<String> transform, double skewAfter,
        double kurtosisAfter, boolean passes) {
      this(indicator, method, skewBefore, kurtosisBefore, winsorised, transform, skewAfter,
          kurtosisAfter, passes, List.of());
    }

    /**
     * Returns the stage of a name, e.g. {@link TreatmentStage#WINSORISED}.
     *
     * @param name the stage's name
     * @return the stage, or empty when the treatment did not go through it
     * @since 0.1.0
     */
    public Optional<TreatmentStage> stage(String name) {
      return stages.stream().filter(s -> s.stage().equals(name)).findFirst();
    }
  }

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

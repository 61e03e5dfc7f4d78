package io.github.learningcities.lcn.indicators.learningcity;

import java.util.OptionalDouble;

/**
 * How the values of one quantitative measure are turned into scores from 0 to 100: between two
 * goalposts, or as the distance travelled towards a target.
 *
 * <p>Goalposts are the two ends of the scale in the measure's own unit, lower below upper; the
 * measure's direction in the catalog says which end is best. A value at the best goalpost scores
 * 100, at the worst 0, in between linearly, and beyond the goalposts the score is truncated to 0
 * or 100. A target is a pair of goalposts with a meaning: the target scores 100 and the worst
 * value 0; {@link #target(double)} takes 0 as the worst value, so the score is the share of the
 * target reached (a lower-is-better measure needs its worst value named, {@link
 * #target(double, double)}). The scale is checked against the measure when it is given to an
 * assessment: goalposts must differ, and a target must lie on the better side of the worst
 * value.
 *
 * @param lower the lower goalpost, in the measure's unit
 * @param upper the upper goalpost, in the measure's unit
 * @param target the target, when the scale was given as one
 * @since 0.1.0
 */
public record MeasureScale(double lower, double upper, OptionalDouble target) {

  /** Checks that the numbers are finite. */
  public MeasureScale {
    if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new InvalidAssessmentException("goalposts " + lower + " and " + upper
          + " are invalid; expected finite numbers");
    }
    if (target == null) {
      throw new InvalidAssessmentException("target is null; expected a target or "
          + "OptionalDouble.empty()");
    }
    if (target.isPresent() && !Double.isFinite(target.getAsDouble())) {
      throw new InvalidAssessmentException("target " + target.getAsDouble()
          + " is invalid; expected a finite number");
    }
  }

  /**
   * Goalposts: the measure's worst and best plausible values, in either order of direction.
   *
   * @param lower the lower goalpost
   * @param upper the upper goalpost, above the lower one
   * @return the scale
   */
  public static MeasureScale goalposts(double lower, double upper) {
    return new MeasureScale(lower, upper, OptionalDouble.empty());
  }

  /**
   * A target for a higher-is-better measure, scored as the share of the target reached from 0.
   *
   * @param target the target, above 0
   * @return the scale
   */
  public static MeasureScale target(double target) {
    return new MeasureScale(Math.min(0, target), Math.max(0, target), OptionalDouble.of(target));
  }

  /**
   * A target and the worst value, scored as the distance travelled from the worst value to the
   * target.
   *
   * @param target the target (scores 100)
   * @param worst the worst value (scores 0)
   * @return the scale
   */
  public static MeasureScale target(double target, double worst) {
    return new MeasureScale(Math.min(target, worst), Math.max(target, worst),
        OptionalDouble.of(target));
  }

  /**
   * Checks the scale against a measure's direction.
   *
   * @param measure the measure's code, for the message
   * @param direction +1 (higher is better) or -1
   * @throws InvalidAssessmentException naming the measure if the scale does not fit
   */
  void check(String measure, int direction) {
    if (!(lower < upper)) {
      throw new InvalidAssessmentException("measure '" + measure + "': goalposts " + lower
          + " and " + upper + (lower == upper ? " are equal" : " are in the wrong order")
          + "; expected a lower goalpost below the upper one");
    }
    if (target.isPresent()) {
      double t = target.getAsDouble();
      boolean best = direction > 0 ? t == upper : t == lower;
      if (!best) {
        throw new InvalidAssessmentException("measure '" + measure + "': target " + t
            + " is not better than the worst value " + (t == upper ? lower : upper) + " for a "
            + (direction > 0 ? "higher" : "lower") + "-is-better measure; expected a target "
            + (direction > 0 ? "above" : "below") + " the worst value (for a lower-is-better "
            + "measure give the worst value: MeasureScale.target(target, worst))");
      }
    }
  }
}

package io.github.learningcities.lcn.indicators.trend;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One unit's progress on one indicator or aggregate from a baseline time point to its latest
 * value, and towards a target.
 *
 * <p>{@code change = latest - baseline}; {@code relativeChange = change / |baseline|} (empty
 * when the baseline is 0); {@code targetGapClosed = (latest - baseline) / (target - baseline)},
 * the share of the distance from the baseline to the target covered so far: 0 means no
 * progress, 1 means the target is reached, above 1 beyond it, negative away from it. The
 * formula holds whether the target lies above the baseline (higher is better) or below it;
 * it is empty without a target or when the target equals the baseline.
 *
 * @param unit the unit's code
 * @param code the indicator's or aggregate's code
 * @param baselineTime the baseline time point
 * @param baselineValue the value at the baseline, empty if missing
 * @param latestTime the latest time point with a value, if any
 * @param latestValue the value at that time point
 * @param change latest minus baseline
 * @param relativeChange change over the absolute baseline
 * @param target the target, if one is given
 * @param targetGapClosed the share of the baseline-to-target distance covered
 * @since 0.1.0
 */
public record Progress(String unit, String code, int baselineTime, OptionalDouble baselineValue,
    OptionalInt latestTime, OptionalDouble latestValue, OptionalDouble change,
    OptionalDouble relativeChange, OptionalDouble target, OptionalDouble targetGapClosed) {

  /** Checks the fields. */
  public Progress {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(baselineValue, "baselineValue");
    Objects.requireNonNull(latestTime, "latestTime");
    Objects.requireNonNull(latestValue, "latestValue");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(relativeChange, "relativeChange");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetGapClosed, "targetGapClosed");
  }

  static Progress of(String unit, String code, int baselineTime, double baseline,
      int latestTime, double latest, OptionalDouble target) {
    OptionalDouble b = opt(baseline);
    OptionalInt lt = Double.isNaN(latest) ? OptionalInt.empty() : OptionalInt.of(latestTime);
    OptionalDouble l = opt(latest);
    double change = latest - baseline;
    OptionalDouble rel = baseline == 0 ? OptionalDouble.empty()
        : opt(change / Math.abs(baseline));
    OptionalDouble gap = OptionalDouble.empty();
    if (target.isPresent() && target.getAsDouble() != baseline) {
      gap = opt(change / (target.getAsDouble() - baseline));
    }
    return new Progress(unit, code, baselineTime, b, lt, l, opt(change), rel, target, gap);
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? OptionalDouble.empty()
        : OptionalDouble.of(v);
  }
}

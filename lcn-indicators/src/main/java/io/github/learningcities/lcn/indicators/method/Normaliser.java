package io.github.learningcities.lcn.indicators.method;

import java.util.OptionalDouble;

/**
 * Normalises one indicator column.
 *
 * <p>The engine calls it with the values already multiplied by the indicator's direction sign
 * (so "higher is better"), NaN marking missing cells, and expects {@code out} filled with one
 * value per unit, NaN where the input is missing. Parameters come from the pipeline.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Normaliser {

  /**
   * Normalises a column.
   *
   * @param values direction-adjusted values, NaN for missing (do not modify)
   * @param out where to write the result, same length
   * @param parameters the method's parameters
   * @param context the indicator being normalised
   */
  void normalise(double[] values, double[] out, Parameters parameters, Context context);

  /**
   * What a normaliser may know about the indicator it works on.
   *
   * @since 0.1.0
   */
  interface Context {
    /**
     * Returns the indicator's code.
     *
     * @return the code
     */
    String indicator();

    /**
     * Returns the indicator's target, multiplied by its direction sign.
     *
     * @return the target, or empty
     */
    OptionalDouble target();

    /**
     * Returns the indicator's direction sign.
     *
     * @return +1 or -1
     */
    int sign();

    /**
     * Returns the row of a unit.
     *
     * @param unit the unit's code
     * @return the row
     * @throws io.github.learningcities.lcn.indicators.IndicatorsException if unknown
     */
    int unitIndex(String unit);

    /**
     * Records a diagnostic note about this indicator (e.g. "constant indicator").
     *
     * @param code a short machine-readable code
     * @param message the explanation
     */
    void note(String code, String message);
  }
}

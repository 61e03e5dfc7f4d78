package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Normaliser;
import io.github.learningcities.lcn.indicators.method.Parameters;

/**
 * A built-in normaliser that applies the indicator's direction itself, in the same pass, and
 * guarantees its output: a finite number for every present input and NaN for every missing
 * one, or an exception that names the indicator. The engine then neither copies a negated
 * column nor checks the output cell by cell.
 *
 * @since 0.1.0
 */
public interface DirectedNormaliser extends Normaliser {

  /**
   * Normalises a raw column with the direction sign folded in: the result is the one
   * {@link #normalise} gives on {@code sign * raw}, bit for bit.
   *
   * @param raw the values as in the data, NaN for missing (not modified)
   * @param sign the indicator's direction sign, +1 or -1
   * @param out where to write the result, same length
   * @param parameters the method's parameters
   * @param context the indicator being normalised
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if a present value
   *     cannot be normalised to a finite number; the message names the indicator and why
   */
  void normaliseDirected(double[] raw, int sign, double[] out, Parameters parameters,
      Context context);

  /**
   * Normalises a raw column as {@link #normaliseDirected} does but leaves the values unwritten,
   * when they are an affine map of the raw values that cannot overflow: the engine then writes
   * them only where and when they are read, the same doubles. Null when the column takes
   * another path (the caller then runs {@link #normaliseDirected}, which also reports any
   * note); a column with a note or an error is never left unwritten.
   *
   * @param raw the values as in the data, NaN for missing (not modified, and kept by the
   *     returned column)
   * @param sign the indicator's direction sign, +1 or -1
   * @param parameters the method's parameters
   * @return the unwritten column, or null
   * @since 0.1.0
   */
  default AffineColumn normaliseLater(double[] raw, int sign, Parameters parameters) {
    return null;
  }

  @Override
  default void normalise(double[] values, double[] out, Parameters parameters,
      Context context) {
    normaliseDirected(values, 1, out, parameters, context);
  }
}

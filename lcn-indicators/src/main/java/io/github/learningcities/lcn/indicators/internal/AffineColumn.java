package io.github.learningcities.lcn.indicators.internal;

/**
 * A normalised column not yet written: the raw column and the affine map
 * {@code (s * x - min) * f + l} that min-max applies to each value when nothing overflows.
 * The engine keeps one in place of the normalised array and writes the values only when they
 * are asked for (into an array of the results, or into a scratch array the aggregation reads):
 * {@link #writeTo} is the one loop min-max's own pass runs too, so the values are the same
 * doubles whenever and wherever they are written. Immutable; the raw column is not modified.
 *
 * @since 0.1.0
 */
public final class AffineColumn {
  private final double[] raw;
  private final double s;
  private final double min;
  private final double f;
  private final double l;

  AffineColumn(double[] raw, double s, double min, double f, double l) {
    this.raw = raw;
    this.s = s;
    this.min = min;
    this.f = f;
    this.l = l;
  }

  /**
   * Returns the number of values.
   *
   * @return the raw column's length
   * @since 0.1.0
   */
  public int length() {
    return raw.length;
  }

  /**
   * Writes the normalised values (NaN where the raw value is missing).
   *
   * @param out where to write them, at least {@link #length()} long
   * @since 0.1.0
   */
  public void writeTo(double[] out) {
    for (int k = 0; k < raw.length; k++) {
      out[k] = value(raw[k], s, min, f, l);
    }
  }

  /**
   * Returns the normalised values in a new array.
   *
   * @return the values
   * @since 0.1.0
   */
  public double[] values() {
    double[] out = new double[raw.length];
    writeTo(out);
    return out;
  }

  /** The raw column (shared: not to be modified). */
  double[] raw() {
    return raw;
  }

  /** The normalised value at position {@code k}. */
  double valueAt(int k) {
    return value(raw[k], s, min, f, l);
  }

  /**
   * The one expression of a normalised value, wherever it is computed: {@code (s * x - min) *
   * f + l}.
   */
  static double value(double x, double s, double min, double f, double l) {
    return (s * x - min) * f + l;
  }

  /** The factor {@code s} (the direction's sign). */
  double sign() {
    return s;
  }

  /** The subtrahend {@code min}. */
  double min() {
    return min;
  }

  /** The factor {@code f}. */
  double factor() {
    return f;
  }

  /** The addend {@code l}. */
  double lower() {
    return l;
  }
}

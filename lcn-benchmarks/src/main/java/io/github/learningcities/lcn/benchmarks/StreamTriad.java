package io.github.learningcities.lcn.benchmarks;

/**
 * The hardware baseline of the engine benchmarks: a STREAM-like triad {@code a[i] = b[i] + s *
 * c[i]} over as many bytes as a P1 run on the same number of units moves. Timed in the same JMH
 * run as the engine, it turns the engine's time into a ratio to what the machine can do at the
 * moment, which holds on a noisy machine where absolute times do not.
 *
 * <p>The size follows the bound of issue 13: P1 on 2,000 units x 42 indicators reads and writes
 * about 3.2 MB of doubles (the data, the normalised columns, the 16 aggregate columns and their
 * reads by the next level). Three arrays of {@value #DOUBLES_PER_UNIT} doubles per unit move
 * 3 x 67 x 8 = 1,608 bytes per unit, 3.2 MB at 2,000 units.
 */
final class StreamTriad {
  /** Doubles per unit in each of the three arrays. */
  static final int DOUBLES_PER_UNIT = 67;

  private final double[] a;
  private final double[] b;
  private final double[] c;

  /**
   * Allocates and fills the arrays for a number of units.
   *
   * @param units the number of units of the engine run it is compared with
   */
  StreamTriad(int units) {
    int n = units * DOUBLES_PER_UNIT;
    a = new double[n];
    b = new double[n];
    c = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = i % 101;
      c[i] = i % 37;
    }
  }

  /**
   * One pass of the triad.
   *
   * @param s the scalar
   * @return the written array (for a blackhole)
   */
  double[] run(double s) {
    double[] x = a;
    double[] y = b;
    double[] z = c;
    for (int i = 0; i < x.length; i++) {
      x[i] = y[i] + s * z[i];
    }
    return x;
  }
}

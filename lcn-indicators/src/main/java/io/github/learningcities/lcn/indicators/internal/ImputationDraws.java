package io.github.learningcities.lcn.indicators.internal;

import java.util.SplittableRandom;

/**
 * The random streams of stochastic imputation (multiple imputation's replications).
 *
 * <p>Draw d of a cell (or of a unit's missing cells) uses its own stream, seeded from d, the
 * unit's code and the indicator's code through SplitMix64's mixing function. A replication is
 * therefore the same whatever the order of the units, the other draws, or the thread that runs
 * it.
 *
 * @since 0.1.0
 */
public final class ImputationDraws {
  private ImputationDraws() {}

  /**
   * Returns the stream of one draw for one unit and indicator.
   *
   * @param draw the draw, 1 or more
   * @param unit the unit's code
   * @param indicator the indicator's code, or "" for a stream shared by a unit's cells
   * @return the stream
   */
  public static SplittableRandom stream(int draw, String unit, String indicator) {
    long h = mix(0x9E3779B97F4A7C15L * draw);
    h = mix(absorb(h, unit));
    h = mix(absorb(h, indicator));
    return new SplittableRandom(h);
  }

  /** A 64-bit polynomial hash of every character, with the length, into h. */
  private static long absorb(long h, String s) {
    long a = h;
    for (int i = 0; i < s.length(); i++) {
      a = a * 0x100000001B3L + s.charAt(i);
    }
    return a * 0x100000001B3L + s.length();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

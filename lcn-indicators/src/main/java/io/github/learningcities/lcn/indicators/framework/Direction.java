package io.github.learningcities.lcn.indicators.framework;

/**
 * Whether higher values of an indicator are better ({@link #POSITIVE}) or worse ({@link
 * #NEGATIVE}). As in COINr, a negative indicator is multiplied by -1 before normalisation, so
 * every normalised indicator reads "higher is better".
 *
 * @since 0.1.0
 */
public enum Direction {
  /** Higher is better (COINr direction 1). */
  POSITIVE(1),
  /** Lower is better (COINr direction -1). */
  NEGATIVE(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /**
   * Returns the sign applied to values before normalisation.
   *
   * @return +1 or -1
   */
  public int sign() {
    return sign;
  }

  /**
   * Returns the direction of a COINr-style sign.
   *
   * @param sign +1 or -1
   * @return the direction
   * @throws IllegalArgumentException if the sign is neither +1 nor -1
   */
  public static Direction ofSign(int sign) {
    if (sign == 1) {
      return POSITIVE;
    }
    if (sign == -1) {
      return NEGATIVE;
    }
    throw new IllegalArgumentException("direction " + sign + " is invalid; expected 1 or -1");
  }
}

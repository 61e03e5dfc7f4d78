package io.github.learningcities.lcn.indicators.learningcity;

/**
 * How far a city has got with a key feature or an action point, on the five-step scale of a
 * qualitative self-assessment. Scored with goalposts 0 (not started) and 4 (embedded), so each
 * step is worth 25 points of 100.
 *
 * @since 0.1.0
 */
public enum MaturityLevel {
  /** 0: nothing has been done. */
  NOT_STARTED(0),
  /** 1: the city has planned to act. */
  PLANNED(1),
  /** 2: action has started. */
  INITIATED(2),
  /** 3: the practice is established. */
  ESTABLISHED(3),
  /** 4: the practice is embedded in the city's policies and routines. */
  EMBEDDED(4);

  /** The highest level's value. */
  public static final int MAX = 4;

  private final int value;

  MaturityLevel(int value) {
    this.value = value;
  }

  /**
   * Returns the level's value on the 0 to 4 scale.
   *
   * @return the value
   */
  public int value() {
    return value;
  }

  /**
   * Returns the level of a value.
   *
   * @param value 0 to 4
   * @return the level
   * @throws InvalidAssessmentException if the value is not between 0 and 4
   */
  public static MaturityLevel of(int value) {
    if (value < 0 || value > MAX) {
      throw new InvalidAssessmentException("maturity level " + value
          + " is out of range; expected 0 (not started) to 4 (embedded)");
    }
    return values()[value];
  }
}

package io.github.learningcities.lcn.model.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * How sure the SDK is of a piece of reference data, matching the tags of the project's domain
 * research: {@code [V]} verified, {@code [P]} probable, {@code [U]} unverified.
 *
 * @since 0.1.0
 */
public enum Confidence {
  /** Read in a retrieved primary or reputable secondary source (tag {@code [V]}). */
  VERIFIED("V"),
  /** Partly confirmed, for example by a truncated source excerpt (tag {@code [P]}). */
  PROBABLE("P"),
  /**
   * Not confirmed by any retrieved source: background knowledge or a reconstruction that must
   * be checked before it is relied upon (tag {@code [U]}).
   */
  UNVERIFIED("U");

  private final String letter;

  Confidence(String letter) {
    this.letter = letter;
  }

  /**
   * Returns the one-letter code of this level, as used inside the research tags.
   *
   * @return {@code "V"}, {@code "P"} or {@code "U"}
   */
  public String letter() {
    return letter;
  }

  /**
   * Returns the research tag of this level.
   *
   * @return {@code "[V]"}, {@code "[P]"} or {@code "[U]"}
   */
  public String tag() {
    return "[" + letter + "]";
  }

  /**
   * Returns whether this level is at least as strong as the other one
   * ({@code VERIFIED} is the strongest).
   *
   * @param other the level to compare with
   * @return {@code true} if this level is as strong as or stronger than {@code other}
   */
  public boolean isAtLeast(Confidence other) {
    return compareTo(other) <= 0;
  }

  /**
   * Parses a confidence level from its name ({@code VERIFIED}), its letter ({@code V}) or its
   * tag ({@code [V]}), ignoring case and surrounding white space.
   *
   * @param text the text to parse
   * @return the level, or empty if the text names none
   */
  public static Optional<Confidence> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    for (Confidence c : values()) {
      if (c.name().equals(t) || c.letter.equals(t)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}

package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.RecordMethods;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The unit-screening step (COINr's {@code Screen}): units with too little data, or too many
 * zeros, are removed before anything else; forced inclusions and exclusions win over the rule.
 * Every screened unit is listed in the diagnostics with its reason.
 *
 * @param rule which test to apply
 * @param availabilityThreshold share of present indicator values (0..1) a unit needs; COINr's
 *     default is 2/3
 * @param nonZeroThreshold share of non-zero values (0..1) a unit needs; COINr's default 0.05
 * @param forceInclude units kept whatever the rule says
 * @param forceExclude units removed whatever the rule says
 * @since 0.1.0
 */
public record Screening(Rule rule, double availabilityThreshold, double nonZeroThreshold,
    Set<String> forceInclude, Set<String> forceExclude) {

  /** What a unit is screened by. */
  public enum Rule {
    /** Data availability only. */
    BY_MISSING,
    /** Share of non-zero values only. */
    BY_ZEROS,
    /** Both tests; a unit must pass both. */
    BY_MISSING_AND_ZEROS
  }

  /** Validates and copies. */
  public Screening {
    Objects.requireNonNull(rule, "rule");
    if (!(availabilityThreshold >= 0 && availabilityThreshold <= 1)) {
      throw new IllegalArgumentException("availability threshold " + availabilityThreshold
          + " is invalid; expected a share between 0 and 1");
    }
    if (!(nonZeroThreshold >= 0 && nonZeroThreshold <= 1)) {
      throw new IllegalArgumentException("non-zero threshold " + nonZeroThreshold
          + " is invalid; expected a share between 0 and 1");
    }
    forceInclude = Set.copyOf(new TreeSet<>(forceInclude));
    forceExclude = Set.copyOf(new TreeSet<>(forceExclude));
    for (String u : forceInclude) {
      if (u.isBlank()) {
        throw new IllegalArgumentException("a unit forced in has an empty code; expected unit "
            + "codes");
      }
    }
    for (String u : forceExclude) {
      if (u.isBlank()) {
        throw new IllegalArgumentException("a unit forced out has an empty code; expected unit "
            + "codes");
      }
    }
    for (String u : forceInclude) {
      if (forceExclude.contains(u)) {
        throw new IllegalArgumentException("unit '" + u
            + "' is both forced in and forced out; expected at most one of them");
      }
    }
  }

  /**
   * Screens by data availability with COINr's default threshold of 2/3.
   *
   * @return the screening
   */
  public static Screening byMissing() {
    return byMissing(2.0 / 3.0);
  }

  /**
   * Screens by data availability.
   *
   * @param threshold share of present values a unit needs
   * @return the screening
   */
  public static Screening byMissing(double threshold) {
    return new Screening(Rule.BY_MISSING, threshold, 0.05, Set.of(), Set.of());
  }

  /**
   * Returns a copy that forces a unit in.
   *
   * @param unit the unit's code
   * @return the copy
   */
  public Screening forceInclude(String unit) {
    TreeSet<String> in = new TreeSet<>(forceInclude);
    in.add(unit);
    return new Screening(rule, availabilityThreshold, nonZeroThreshold, in, forceExclude);
  }

  /**
   * Returns a copy that forces a unit out.
   *
   * @param unit the unit's code
   * @return the copy
   */
  public Screening forceExclude(String unit) {
    TreeSet<String> out = new TreeSet<>(forceExclude);
    out.add(unit);
    return new Screening(rule, availabilityThreshold, nonZeroThreshold, forceInclude, out);
  }

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Screening that && Objects.equals(rule, that.rule)
        && Double.compare(availabilityThreshold, that.availabilityThreshold) == 0
        && Double.compare(nonZeroThreshold, that.nonZeroThreshold) == 0
        && Objects.equals(forceInclude, that.forceInclude)
        && Objects.equals(forceExclude, that.forceExclude);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(rule, availabilityThreshold, nonZeroThreshold, forceInclude,
        forceExclude);
  }

  @Override
  public String toString() {
    return RecordMethods.text("Screening", "rule", rule,
        "availabilityThreshold", availabilityThreshold, "nonZeroThreshold", nonZeroThreshold,
        "forceInclude", forceInclude, "forceExclude", forceExclude);
  }
}

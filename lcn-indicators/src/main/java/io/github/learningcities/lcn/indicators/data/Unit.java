package io.github.learningcities.lcn.indicators.data;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A unit of analysis (a city, a country): code, name, group memberships and denominators.
 *
 * @param code unique code, no spaces, e.g. {@code "ua-melitopol"} or {@code "AUT"}
 * @param name human-readable name (defaults to the code)
 * @param groups group variable to group value, e.g. {@code EurAsia_group -> Europe}
 * @param denominators denominator name to finite value, e.g. {@code Population -> 8735.453}
 * @since 0.1.0
 */
public record Unit(
    String code, String name, Map<String, String> groups, Map<String, Double> denominators) {

  /** Validates and copies. */
  public Unit {
    Objects.requireNonNull(code, "code");
    if (!isValidCode(code)) {
      throw new InvalidDatasetException("unit code \"" + code
          + "\" is invalid; expected a non-empty code without spaces");
    }
    name = name == null || name.isBlank() ? code : name;
    groups = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(groups, "groups")));
    TreeMap<String, Double> d = new TreeMap<>(Objects.requireNonNull(denominators, "denominators"));
    for (Map.Entry<String, Double> e : d.entrySet()) {
      if (e.getValue() == null || !Double.isFinite(e.getValue())) {
        throw new InvalidDatasetException("unit '" + code + "': denominator '" + e.getKey()
            + "' is " + e.getValue() + "; expected a finite number (omit it when unknown)");
      }
    }
    denominators = Collections.unmodifiableMap(d);
  }

  /**
   * Tells whether a text is a valid unit code: not empty and without the whitespace a regular
   * expression's {@code \s} names (space, tab, line feed, vertical tab, form feed, carriage
   * return), e.g. {@code "ua-melitopol"} but not {@code "ua melitopol"}. Readers of tables check
   * their codes with this before building units, so that their messages and the constructor's
   * agree.
   *
   * @param code the text
   * @return whether a unit may have that code
   * @since 0.1.0
   */
  public static boolean isValidCode(String code) {
    // a loop rather than a regular expression: it runs once per unit of every table read
    int n = code.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c == ' ' || c >= '\t' && c <= '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Creates a unit with no groups and no denominators.
   *
   * @param code the code
   * @param name the name
   * @return the unit
   */
  public static Unit of(String code, String name) {
    return new Unit(code, name, Map.of(), Map.of());
  }
}

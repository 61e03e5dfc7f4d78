package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.RecordMethods;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The denomination step (COINr's {@code Denominate}): x / (d / scale) for each indicator that
 * has a denominator, e.g. trade per GDP or flights per thousand inhabitants.
 *
 * @param denominators indicator code to the name of the unit denominator; when empty, each
 *     indicator node's own {@code denominator} is used
 * @param scaleFactors indicator code to scale factor (default 1; positive)
 * @since 0.1.0
 */
public record Denomination(Map<String, String> denominators, Map<String, Double> scaleFactors) {

  /** Validates and copies. */
  public Denomination {
    denominators = Map.copyOf(new TreeMap<>(Objects.requireNonNull(denominators)));
    scaleFactors = Map.copyOf(new TreeMap<>(Objects.requireNonNull(scaleFactors)));
    scaleFactors.forEach((code, f) -> {
      if (f == null || !Double.isFinite(f) || !(f > 0)) {
        throw new IllegalArgumentException("scale factor of '" + code + "' is " + f
            + "; expected a finite number > 0 (a negative factor inverts the indicator's "
            + "ranking)");
      }
    });
  }

  /**
   * Denominates every indicator by its node's denominator, scale factor 1.
   *
   * @return the denomination
   */
  public static Denomination fromFramework() {
    return new Denomination(Map.of(), Map.of());
  }

  /**
   * Returns the scale factor of an indicator.
   *
   * @param indicator the indicator's code
   * @return the factor, 1 by default
   */
  public double scaleFactor(String indicator) {
    return scaleFactors.getOrDefault(indicator, 1.0);
  }

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Denomination that
        && Objects.equals(denominators, that.denominators)
        && Objects.equals(scaleFactors, that.scaleFactors);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(denominators, scaleFactors);
  }

  @Override
  public String toString() {
    return RecordMethods.text("Denomination", "denominators", denominators,
        "scaleFactors", scaleFactors);
  }
}

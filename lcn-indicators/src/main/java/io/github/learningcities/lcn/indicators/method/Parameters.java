package io.github.learningcities.lcn.indicators.method;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Named parameters of a method (a normalisation, imputation, treatment or aggregation).
 *
 * <p>Values are numbers ({@code double}), texts or booleans, so that a specification that uses
 * them serializes and reads back unchanged. Keys are kept sorted for a stable output.
 *
 * @since 0.1.0
 */
public final class Parameters {
  private static final Parameters NONE = new Parameters(new TreeMap<>());

  private final Map<String, Object> values;

  private Parameters(TreeMap<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Returns the empty parameter set.
   *
   * @return no parameters
   */
  public static Parameters none() {
    return NONE;
  }

  /**
   * Creates parameters from a map of numbers, texts and booleans.
   *
   * @param values the values; numbers must be finite
   * @return the parameters
   * @throws IndicatorsException if a value is not a finite number, a text or a boolean
   */
  public static Parameters of(Map<String, ?> values) {
    TreeMap<String, Object> copy = new TreeMap<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      String k = e.getKey();
      copy.put(Objects.requireNonNull(k, "key"), check(k, e.getValue()));
    }
    return copy.isEmpty() ? NONE : new Parameters(copy);
  }

  /**
   * Returns a copy with one more (or a replaced) value.
   *
   * @param name the parameter name
   * @param value a finite number, a text or a boolean
   * @return the new parameters
   */
  public Parameters with(String name, Object value) {
    TreeMap<String, Object> copy = new TreeMap<>(values);
    copy.put(Objects.requireNonNull(name, "name"), check(name, value));
    return new Parameters(copy);
  }

  private static Object check(String name, Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IndicatorsException(
            "parameter '" + name + "' is " + d + "; expected a finite number");
      }
      // -0.0 and 0.0 mean the same parameter; keep one so that equal specifications are equal.
      return d == 0 ? 0.0 : d;
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    throw new IndicatorsException("parameter '" + name + "' has value " + value
        + " of type " + (value == null ? "null" : value.getClass().getSimpleName())
        + "; expected a finite number, a text or a boolean");
  }

  /**
   * Returns all values, sorted by name.
   *
   * @return an unmodifiable map of numbers ({@code Double}), texts and booleans
   */
  public Map<String, Object> asMap() {
    return values;
  }

  /**
   * Returns whether a parameter is present.
   *
   * @param name the parameter name
   * @return true if present
   */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /**
   * Returns a number parameter, or a default when absent.
   *
   * @param name the parameter name
   * @param defaultValue the value when absent
   * @return the number
   * @throws IndicatorsException if the parameter is present but not a number
   */
  public double number(String name, double defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Double d) {
      return d;
    }
    throw new IndicatorsException("parameter '" + name + "' is \"" + v + "\"; expected a number");
  }

  /**
   * Returns a required number parameter.
   *
   * @param name the parameter name
   * @param method the method that needs it, named in the error
   * @return the number
   * @throws IndicatorsException if absent or not a number
   */
  public double requireNumber(String name, String method) {
    if (!values.containsKey(name)) {
      throw new IndicatorsException(
          "method '" + method + "' needs the number parameter '" + name + "'");
    }
    return number(name, Double.NaN);
  }

  /**
   * Returns a text parameter.
   *
   * @param name the parameter name
   * @return the text, or empty when absent
   * @throws IndicatorsException if the parameter is present but not a text
   */
  public Optional<String> text(String name) {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s) {
      return Optional.of(s);
    }
    throw new IndicatorsException("parameter '" + name + "' is " + v + "; expected a text");
  }

  /**
   * Returns a boolean parameter, or a default when absent.
   *
   * @param name the parameter name
   * @param defaultValue the value when absent
   * @return the flag
   * @throws IndicatorsException if the parameter is present but not a boolean
   */
  public boolean flag(String name, boolean defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IndicatorsException("parameter '" + name + "' is " + v + "; expected true or false");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameters p && values.equals(p.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}

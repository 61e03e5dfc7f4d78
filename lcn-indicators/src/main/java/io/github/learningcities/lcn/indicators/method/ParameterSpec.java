package io.github.learningcities.lcn.indicators.method;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One declared parameter of a method: its name, type, whether it is required, its default,
 * the range of a number and the choices of a text. A {@link MethodSignature} is a list of
 * these; the engine refuses a parameter value outside its declaration, and a name that no
 * declaration has.
 *
 * <pre>{@code
 * ParameterSpec.number("sd", "standard deviation of the result").withDefault(1.0).above(0)
 * }</pre>
 *
 * @param name the parameter's name (case matters)
 * @param type its type
 * @param required whether a method call must give it
 * @param defaultValue the value used when it is absent (empty for a required parameter, or
 *     when the method derives it, e.g. a target from the indicator's node)
 * @param lowest the smallest valid number, if bounded below
 * @param lowestExcluded whether {@code lowest} itself is invalid
 * @param highest the largest valid number, if bounded above
 * @param highestExcluded whether {@code highest} itself is invalid
 * @param choices the valid texts of a text parameter (empty: any text)
 * @param description what the parameter means, for messages and documentation
 * @since 0.1.0
 */
public record ParameterSpec(String name, ParameterType type, boolean required,
    Optional<Object> defaultValue, OptionalDouble lowest, boolean lowestExcluded,
    OptionalDouble highest, boolean highestExcluded, List<String> choices, String description) {

  /** Validates and copies. */
  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IndicatorsException("a parameter's name is blank; expected a non-empty name");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(lowest, "lowest");
    Objects.requireNonNull(highest, "highest");
    choices = List.copyOf(choices);
    Objects.requireNonNull(description, "description");
    if (required && defaultValue.isPresent()) {
      throw new IndicatorsException("parameter '" + name + "' is required and has a default; "
          + "expected one of the two");
    }
    if ((lowest.isPresent() || highest.isPresent())
        && type != ParameterType.NUMBER && type != ParameterType.INTEGER) {
      throw new IndicatorsException("parameter '" + name + "' of type " + type
          + " has a range; expected a range for numbers only");
    }
    if (!choices.isEmpty() && type != ParameterType.TEXT) {
      throw new IndicatorsException("parameter '" + name + "' of type " + type
          + " has choices; expected choices for texts only");
    }
  }

  private static ParameterSpec of(String name, ParameterType type, String description) {
    return new ParameterSpec(name, type, false, Optional.empty(), OptionalDouble.empty(), false,
        OptionalDouble.empty(), false, List.of(), description);
  }

  /**
   * Declares an optional number parameter without range.
   *
   * @param name the name
   * @param description what it means
   * @return the declaration
   */
  public static ParameterSpec number(String name, String description) {
    return of(name, ParameterType.NUMBER, description);
  }

  /**
   * Declares an optional whole-number parameter without range.
   *
   * @param name the name
   * @param description what it means
   * @return the declaration
   */
  public static ParameterSpec integer(String name, String description) {
    return of(name, ParameterType.INTEGER, description);
  }

  /**
   * Declares an optional text parameter that takes any text.
   *
   * @param name the name
   * @param description what it means
   * @return the declaration
   */
  public static ParameterSpec text(String name, String description) {
    return of(name, ParameterType.TEXT, description);
  }

  /**
   * Declares an optional boolean parameter.
   *
   * @param name the name
   * @param description what it means
   * @return the declaration
   */
  public static ParameterSpec flag(String name, String description) {
    return of(name, ParameterType.FLAG, description);
  }

  /**
   * Returns a copy that a method call must give.
   *
   * @return the copy
   */
  public ParameterSpec asRequired() {
    return new ParameterSpec(name, type, true, Optional.empty(), lowest, lowestExcluded,
        highest, highestExcluded, choices, description);
  }

  /**
   * Returns a copy with a default value.
   *
   * @param value a number, text or boolean of this parameter's type
   * @return the copy
   */
  public ParameterSpec withDefault(Object value) {
    Object v = value instanceof Number n ? (Object) n.doubleValue() : value;
    ParameterSpec copy = new ParameterSpec(name, type, false, Optional.of(v), lowest,
        lowestExcluded, highest, highestExcluded, choices, description);
    String problem = copy.problem(v);
    if (problem != null) {
      throw new IndicatorsException("the default " + v + " of parameter '" + name
          + "' is invalid; expected " + problem);
    }
    return copy;
  }

  /**
   * Returns a copy whose numbers must be at least a bound.
   *
   * @param bound the smallest valid number
   * @return the copy
   */
  public ParameterSpec atLeast(double bound) {
    return new ParameterSpec(name, type, required, defaultValue, OptionalDouble.of(bound),
        false, highest, highestExcluded, choices, description);
  }

  /**
   * Returns a copy whose numbers must be greater than a bound.
   *
   * @param bound the largest invalid number below the range
   * @return the copy
   */
  public ParameterSpec above(double bound) {
    return new ParameterSpec(name, type, required, defaultValue, OptionalDouble.of(bound), true,
        highest, highestExcluded, choices, description);
  }

  /**
   * Returns a copy whose numbers must be at most a bound.
   *
   * @param bound the largest valid number
   * @return the copy
   */
  public ParameterSpec atMost(double bound) {
    return new ParameterSpec(name, type, required, defaultValue, lowest, lowestExcluded,
        OptionalDouble.of(bound), false, choices, description);
  }

  /**
   * Returns a copy whose texts must be one of some choices.
   *
   * @param valid the valid texts
   * @return the copy
   */
  public ParameterSpec oneOf(String... valid) {
    return new ParameterSpec(name, type, required, defaultValue, lowest, lowestExcluded,
        highest, highestExcluded, List.of(valid), description);
  }

  /**
   * Describes the valid values, e.g. "a number &gt; 0" or "one of positive, negative".
   *
   * @return the description
   */
  public String validValues() {
    if (!choices.isEmpty()) {
      return "one of " + String.join(", ", choices);
    }
    List<String> bounds = new ArrayList<>();
    if (lowest.isPresent()) {
      bounds.add((lowestExcluded ? "> " : ">= ") + format(lowest.getAsDouble()));
    }
    if (highest.isPresent()) {
      bounds.add((highestExcluded ? "< " : "<= ") + format(highest.getAsDouble()));
    }
    return type.description() + (bounds.isEmpty() ? "" : " " + String.join(" and ", bounds));
  }

  private static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /**
   * Checks one value against this declaration.
   *
   * @param value a value as {@link Parameters} holds it
   * @return null if valid, otherwise what would be valid (see {@link #validValues()})
   */
  public String problem(Object value) {
    if (!type.accepts(value)) {
      return validValues();
    }
    if (value instanceof Double d) {
      boolean low = lowest.isPresent()
          && (lowestExcluded ? !(d > lowest.getAsDouble()) : !(d >= lowest.getAsDouble()));
      boolean high = highest.isPresent()
          && (highestExcluded ? !(d < highest.getAsDouble()) : !(d <= highest.getAsDouble()));
      return low || high ? validValues() : null;
    }
    if (value instanceof String s && !choices.isEmpty() && !choices.contains(s)) {
      return validValues();
    }
    return null;
  }
}

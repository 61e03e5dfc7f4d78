package io.github.learningcities.lcn.indicators.method;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The parameters a method declares, and the rules their values must obey together (such as
 * {@code lower < upper}). {@link #check} refuses an unknown name (suggesting the closest
 * declared one), a value of the wrong type or outside its range, a missing required parameter
 * and a broken rule, with an {@link InvalidParameterException}.
 *
 * <pre>{@code
 * MethodSignature logMinMax = MethodSignature.of(
 *         ParameterSpec.number("lower", "lowest result").withDefault(0.0),
 *         ParameterSpec.number("upper", "highest result").withDefault(100.0))
 *     .withRule("lower < upper", "an inverted or empty range inverts or flattens the ranking",
 *         p -> p.number("lower", 0) < p.number("upper", 100));
 * MethodRegistry methods = MethodRegistry.standard()
 *     .withNormaliser("log-minmax", myNormaliser, logMinMax);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MethodSignature {
  private static final MethodSignature NONE = new MethodSignature(List.of(), List.of());

  /**
   * A rule over several parameters.
   *
   * @param rule the rule as written, e.g. {@code lower < upper}
   * @param reason why values that break it are refused
   * @param holds whether the rule holds; it sees the parameters with defaults filled in
   * @since 0.1.0
   */
  public record Rule(String rule, String reason, Predicate<Parameters> holds) {
    /** Validates. */
    public Rule {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(holds, "holds");
    }
  }

  private final Map<String, ParameterSpec> parameters;
  private final List<Rule> rules;

  private MethodSignature(List<ParameterSpec> parameters, List<Rule> rules) {
    Map<String, ParameterSpec> byName = new LinkedHashMap<>();
    for (ParameterSpec p : parameters) {
      if (byName.put(p.name(), p) != null) {
        throw new IndicatorsException("parameter '" + p.name()
            + "' is declared twice; expected each name once");
      }
    }
    this.parameters = java.util.Collections.unmodifiableMap(byName);
    this.rules = List.copyOf(rules);
  }

  /**
   * Returns the signature of a method without parameters.
   *
   * @return the signature
   */
  public static MethodSignature none() {
    return NONE;
  }

  /**
   * Declares a method's parameters.
   *
   * @param parameters the declarations, in the order messages list them
   * @return the signature
   */
  public static MethodSignature of(ParameterSpec... parameters) {
    return new MethodSignature(List.of(parameters), List.of());
  }

  /**
   * Returns a copy with one more rule over the parameters.
   *
   * @param rule the rule as written, e.g. {@code lower < upper}
   * @param reason why values that break it are refused
   * @param holds whether it holds, given the parameters with defaults filled in
   * @return the copy
   */
  public MethodSignature withRule(String rule, String reason, Predicate<Parameters> holds) {
    List<Rule> copy = new ArrayList<>(rules);
    copy.add(new Rule(rule, reason, holds));
    return new MethodSignature(List.copyOf(parameters.values()), copy);
  }

  /**
   * Returns the declared parameters.
   *
   * @return the declarations, in declaration order
   */
  public List<ParameterSpec> parameters() {
    return List.copyOf(parameters.values());
  }

  /**
   * Returns the rules over several parameters.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns one declared parameter.
   *
   * @param name its name
   * @return the declaration, or empty if the method has no such parameter
   */
  public Optional<ParameterSpec> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /**
   * Returns the parameters with the declared defaults filled in for the absent ones.
   *
   * @param given the parameters of a method call
   * @return the parameters the method sees
   */
  public Parameters withDefaults(Parameters given) {
    Parameters out = given;
    for (ParameterSpec p : parameters.values()) {
      if (!given.has(p.name()) && p.defaultValue().isPresent()) {
        out = out.with(p.name(), p.defaultValue().get());
      }
    }
    return out;
  }

  /**
   * Checks the parameters of one method call.
   *
   * @param step the pipeline step, for the message (e.g. "normalisation")
   * @param method the method's name
   * @param given the parameters
   * @throws InvalidParameterException if a name is unknown, a value is of the wrong type or out
   *     of range, a required parameter is missing or a rule is broken
   */
  public void check(String step, String method, Parameters given) {
    String where = step + " method '" + method + "'";
    for (Map.Entry<String, Object> e : given.asMap().entrySet()) {
      ParameterSpec spec = parameters.get(e.getKey());
      if (spec == null) {
        throw new InvalidParameterException(step, method, e.getKey(), where
            + ": parameter '" + e.getKey() + "' is unknown; " + validNames(e.getKey()));
      }
      String problem = spec.problem(e.getValue());
      if (problem != null) {
        Object v = e.getValue();
        throw new InvalidParameterException(step, method, e.getKey(), where + ": parameter '"
            + e.getKey() + "' is " + (v instanceof String ? "\"" + v + "\"" : v) + "; expected "
            + problem);
      }
    }
    for (ParameterSpec spec : parameters.values()) {
      if (spec.required() && !given.has(spec.name())) {
        throw new InvalidParameterException(step, method, spec.name(), where
            + " needs the parameter '" + spec.name() + "' (" + spec.description() + "): "
            + spec.validValues());
      }
    }
    Parameters full = withDefaults(given);
    for (Rule r : rules) {
      if (!r.holds().test(full)) {
        throw new InvalidParameterException(step, method, null, where + ": parameters "
            + full.asMap() + " break the rule " + r.rule() + " (" + r.reason() + "); expected "
            + r.rule());
      }
    }
  }

  private String validNames(String unknown) {
    if (parameters.isEmpty()) {
      return "the method takes no parameters";
    }
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String name : unknown.length() > 64 ? List.<String>of() : parameters.keySet()) {
      int d = distance(unknown.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (d < best) {
        best = d;
        closest = name;
      }
    }
    String hint = closest != null && best <= Math.max(2, closest.length() / 3)
        ? "did you mean '" + closest + "'? " : "";
    return hint + "expected one of " + String.join(", ", parameters.keySet());
  }

  /** Levenshtein distance; names are short, so the quadratic table is small. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  @Override
  public String toString() {
    return "MethodSignature" + parameters.keySet();
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.internal.text.FixedDecimal;
import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Readable names of methods and their parameters in a report's language: one table (the
 * {@code label.*} keys of the report catalogues) that every report uses, so that a method line
 * reads "min-max (lower bound 0, upper bound 100)" rather than the engine's
 * {@code minmax {lower=0.0, upper=100.0}}. A method or parameter without a label (one a user
 * registered) shows its own name.
 */
final class MethodLabels {
  private MethodLabels() {}

  /** The catalogue key of a method's label. */
  static String methodKey(MethodKind kind, String name) {
    return "label." + kind.step() + "." + name;
  }

  /** The catalogue key of a parameter's label. */
  static String parameterKey(String name) {
    return "label.parameter." + name;
  }

  /** A method with its parameters, e.g. {@code "min-max (lower bound 0, upper bound 100)"}. */
  static String describe(Messages m, MethodKind kind, String name, Parameters parameters) {
    String label = m.find(methodKey(kind, name)).orElse(name);
    Map<String, Object> values = parameters.asMap();
    if (values.isEmpty()) {
      return label;
    }
    List<String> parts = new ArrayList<>();
    values.forEach((p, v) -> parts.add(m.find(parameterKey(p)).orElse(p) + " " + value(m, v)));
    return label + " (" + String.join(", ", parts) + ")";
  }

  private static String value(Messages m, Object v) {
    if (v instanceof Boolean b) {
      return m.text(b ? "label.yes" : "label.no");
    }
    if (v instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? FixedDecimal.format(d, 0)
          : String.valueOf(d);
    }
    return String.valueOf(v);
  }
}

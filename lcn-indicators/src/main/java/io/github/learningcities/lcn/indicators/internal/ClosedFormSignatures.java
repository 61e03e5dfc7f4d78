package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.MethodSignature;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import java.util.List;

/**
 * The declared parameters of the closed-form aggregators of issue #14 (adjusted
 * Mazziotta-Pareto, Mean-Min, OWA, weighted median, Wroclaw, TOPSIS).
 */
final class ClosedFormSignatures {
  private ClosedFormSignatures() {}

  /** The methods' names, in the order the registry lists them. */
  static final List<String> NAMES = List.of("adjusted-mazziotta-pareto", "mean-min", "owa",
      "weighted-median", "wroclaw", "topsis");

  /**
   * The signature of one of the methods.
   *
   * @param name one of {@link #NAMES}
   * @return its signature
   */
  static MethodSignature of(String name) {
    return switch (name) {
      case "adjusted-mazziotta-pareto" -> MethodSignature.of(
          ParameterSpec.number("centre", "the reference value of every child (the goalposts "
              + "are reference -/+ half the child's range); default: the child's mean"),
          ParameterSpec.number("lower", "fixed lower goalpost of every child, e.g. kept over "
              + "the periods of a panel (needs upper)"),
          ParameterSpec.number("upper", "fixed upper goalpost of every child (needs lower)"),
          ParameterSpec.text("penalty", "positive: higher is better, the penalty is subtracted")
              .oneOf("positive", "negative").withDefault("positive"))
          .withRule("lower and upper given together", "one goalpost alone leaves the other "
              + "undefined", SignatureRule.GOALPOSTS_TOGETHER)
          .withRule("lower < upper", "an inverted or empty range inverts or flattens every "
              + "ranking", SignatureRule.FIXED_GOALPOSTS_ORDERED)
          .withRule("not centre together with lower and upper", "fixed goalposts already "
              + "define the reference (their midpoint)", SignatureRule.CENTRE_OR_GOALPOSTS);
      case "mean-min" -> MethodSignature.of(
          ParameterSpec.number("alpha", "the weight of the penalty towards the minimum, 0 (the "
              + "mean) to 1").asRequired().atLeast(0).atMost(1),
          ParameterSpec.number("beta", "how gradually the penalty grows, >= 0 (0: alpha = 1 "
              + "gives the minimum)").asRequired().atLeast(0));
      case "owa" -> MethodSignature.of(
          ParameterSpec.integer("j", "Compind's atleastjp: the mean of the j largest (or "
              + "smallest) values").atLeast(1),
          ParameterSpec.text("from", "whether j counts the largest (the default) or the "
              + "smallest values").oneOf("largest", "smallest"),
          ParameterSpec.text("positions", "positional weights, "
              + OrderedWeightedAverage.POSITIONS))
          .withRule("not both j and positions", "the positional weights come from one of them "
              + "(neither: equal positional weights, the mean)",
              SignatureRule.J_OR_POSITIONS)
          .withRule("positions is " + OrderedWeightedAverage.POSITIONS, "other texts define no "
              + "weights", SignatureRule.POSITIONS_PARSE)
          .withRule("from only with j", "without j there is nothing to count from",
              SignatureRule.FROM_WITH_J);
      case "weighted-median" -> MethodSignature.none();
      case "wroclaw" -> MethodSignature.none();
      case "topsis" -> MethodSignature.none();
      default -> throw new IllegalArgumentException("no closed-form aggregator '" + name + "'");
    };
  }
}

package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.MethodSignature;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import java.util.List;

/** The declared parameters of the Benefit-of-the-Doubt aggregators. */
final class BenefitOfTheDoubtParameters {
  private BenefitOfTheDoubtParameters() {}

  /** The methods' names, in the order the registry lists them. */
  static final List<String> NAMES = List.of("bod", "bod-directional", "bod-robust");

  /**
   * The signature of {@code bod}, {@code bod-directional} or {@code bod-robust}.
   *
   * @param name one of {@link #NAMES}
   * @return its signature
   */
  static MethodSignature of(String name) {
    return switch (name) {
      case "bod" -> MethodSignature.of(
          ParameterSpec.number("lowerShare", "the least share of each child in the unit's own "
              + "score (w_l x_l / score); 0 for none").withDefault(0.0).atLeast(0).atMost(1),
          ParameterSpec.number("upperShare", "the largest share of each child in the unit's own "
              + "score; 1 for none").withDefault(1.0).above(0).atMost(1))
          .withRule("lowerShare <= upperShare", "no weights give shares above the upper and "
              + "below the lower bound", SignatureRule.SHARES_ORDERED);
      case "bod-directional" -> MethodSignature.of(
          ParameterSpec.text("direction", "'ones', or one non-negative number per child in "
              + "child order, separated by semicolons, at least one positive")
              .withDefault("ones"));
      case "bod-robust" -> MethodSignature.of(
          ParameterSpec.integer("m", "units drawn per replication").withDefault(20.0)
              .atLeast(1).atMost(1_000_000),
          ParameterSpec.integer("b", "replications per unit").withDefault(200.0).atLeast(1)
              .atMost(1_000_000),
          ParameterSpec.integer("seed", "the seed of the draws").withDefault(0.0));
      default -> throw new IllegalArgumentException("no Benefit-of-the-Doubt method '" + name
          + "'");
    };
  }
}

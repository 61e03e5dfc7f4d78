package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.function.Predicate;

/**
 * The rules of the built-in methods' signatures: named objects rather than lambdas, so that
 * checking a pipeline's parameters links no call site on a short run.
 */
final class SignatureRule implements Predicate<Parameters> {
  /** lower &lt; upper, unless the parameters come from iMeta. */
  static final SignatureRule ORDERED = new SignatureRule(0);
  /** lower and upper given, unless the parameters come from iMeta. */
  static final SignatureRule GOALPOSTS_GIVEN = new SignatureRule(1);
  /** lambda given when the secondary transform is Box-Cox. */
  static final SignatureRule BOXCOX_LAMBDA = new SignatureRule(2);
  /** p != 0 (p = 0 is the geometric mean). */
  static final SignatureRule NONZERO_POWER = new SignatureRule(3);
  /** Fixed goalposts: lower and upper given together. */
  static final SignatureRule GOALPOSTS_TOGETHER = new SignatureRule(4);
  /** Fixed goalposts: lower &lt; upper when given. */
  static final SignatureRule FIXED_GOALPOSTS_ORDERED = new SignatureRule(5);
  /** Not centre together with fixed goalposts. */
  static final SignatureRule CENTRE_OR_GOALPOSTS = new SignatureRule(6);
  /** OWA: not both j and positions. */
  static final SignatureRule J_OR_POSITIONS = new SignatureRule(7);
  /** OWA: positions, when given, define weights. */
  static final SignatureRule POSITIONS_PARSE = new SignatureRule(8);
  /** OWA: from only with j. */
  static final SignatureRule FROM_WITH_J = new SignatureRule(9);
  /** Benefit of the Doubt: lowerShare &lt;= upperShare. */
  static final SignatureRule SHARES_ORDERED = new SignatureRule(10);

  private final int rule;

  private SignatureRule(int rule) {
    this.rule = rule;
  }

  @Override
  public boolean test(Parameters p) {
    return switch (rule) {
      case 0 -> p.flag(IMetaParameters.FLAG, false)
          || p.number("lower", Double.NaN) < p.number("upper", Double.NaN);
      case 1 -> p.flag(IMetaParameters.FLAG, false) || (p.has("lower") && p.has("upper"));
      case 2 -> !p.text("secondary").orElse("").equals("boxcox") || p.has("lambda");
      case 3 -> p.number("p", Double.NaN) != 0;
      case 4 -> p.has("lower") == p.has("upper");
      case 5 -> !p.has("lower")
          || p.number("lower", Double.NaN) < p.number("upper", Double.NaN);
      case 6 -> !(p.has("centre") && p.has("lower"));
      case 7 -> !(p.has("j") && p.has("positions"));
      case 8 -> !p.has("positions")
          || OrderedWeightedAverage.parse(p.text("positions").orElseThrow()) != null;
      case 9 -> !p.has("from") || p.has("j");
      default -> p.number("lowerShare", 0) <= p.number("upperShare", 1);
    };
  }
}

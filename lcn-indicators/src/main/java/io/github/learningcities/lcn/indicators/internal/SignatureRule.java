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
      default -> p.number("p", Double.NaN) != 0;
    };
  }
}

package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.validation.Violation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Bean Validation violations as the model's validator reports them.
 *
 * @since 0.1.0
 */
public final class ValidationArbitraries {

  private ValidationArbitraries() {}

  /**
   * Returns violations with a path, a message, a constraint name and at times the value.
   *
   * @return the violations
   */
  public static Arbitrary<Violation> violations() {
    return Combinators.combine(Arbitraries.of("contactEmail", "part1.contact.telephone"),
        Arbitraries.of("must be a well-formed email address", "must not be blank"),
        Arbitraries.of("Email", "NotBlank", "Pattern"),
        Arbitraries.of("not-an-email", " ").optional())
        .as((path, message, constraint, value) -> Violation.builder().path(path)
            .message(message).constraint(constraint).invalidValue(value).build());
  }
}

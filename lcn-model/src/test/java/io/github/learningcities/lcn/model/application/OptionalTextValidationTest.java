package io.github.learningcities.lcn.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.validation.ModelValidator;
import io.github.learningcities.lcn.model.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Regression: {@code Optional<@NotBlank String>} made every empty optional text a violation
 * ("must not be blank"), so an empty mayor or contact person, the default of every draft
 * application, never validated.
 */
class OptionalTextValidationTest {
  private final ModelValidator validator = ModelValidator.create();

  @Test
  void emptyOptionalTextsAreValid() {
    assertThat(validator.validate(Mayor.builder().build())).isEmpty();
    assertThat(validator.validate(ContactPerson.builder().build())).isEmpty();
  }

  @Test
  void blankOptionalTextsAreStillViolations() {
    assertThat(validator.validate(Mayor.builder().surname("  ").build()))
        .extracting(Violation::path).containsExactly("surname");
  }
}

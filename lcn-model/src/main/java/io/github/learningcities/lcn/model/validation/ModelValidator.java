package io.github.learningcities.lcn.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the declarative Bean Validation constraints of model values, such as the
 * {@code @Email} on {@code City.contactEmail()}, which are checked on demand rather than at
 * construction (construction-time invariants throw
 * {@link io.github.learningcities.lcn.model.InvalidModelException} instead).
 *
 * <p>{@link #create()} builds a Hibernate Validator (an optional dependency of lcn-model: add
 * {@code org.hibernate.validator:hibernate-validator} to use this class) configured as follows,
 * which users with their own validator should copy:
 * <ul>
 *   <li>{@link ParameterMessageInterpolator}, so no Jakarta Expression Language implementation
 *       is needed;</li>
 *   <li>{@link AccessorPropertySelectionStrategy} as getter property selection strategy, so
 *       that constraints on Immutables-style accessors without a {@code get} prefix are seen
 *       (a default validator silently ignores them).</li>
 * </ul>
 *
 * <pre>{@code
 * ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
 *     .messageInterpolator(new ParameterMessageInterpolator())
 *     .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
 *     .buildValidatorFactory();
 * }</pre>
 *
 * <p>Instances are thread-safe; create one and reuse it.
 *
 * @since 0.1.0
 */
public final class ModelValidator {
  private final Validator validator;

  private ModelValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * Returns a validator configured as described in the class documentation.
   *
   * @return the validator
   */
  public static ModelValidator create() {
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
        .buildValidatorFactory();
    return new ModelValidator(factory.getValidator());
  }

  /**
   * Wraps a validator the caller configured; it should use an
   * {@link AccessorPropertySelectionStrategy}, or constraints on accessors are not seen.
   *
   * @param validator the validator
   * @return the facade
   */
  public static ModelValidator using(Validator validator) {
    return new ModelValidator(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Validates an object and everything it cascades to.
   *
   * @param object the object to validate
   * @param <T> its type
   * @return the violations ordered by path, empty if the object is valid; immutable
   */
  public <T> List<Violation> validate(T object) {
    return validator.validate(Objects.requireNonNull(object, "object")).stream()
        .map(ModelValidator::toViolation)
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns whether an object has no violation.
   *
   * @param object the object to validate
   * @return {@code true} if {@link #validate(Object)} returns an empty list
   */
  public boolean isValid(Object object) {
    return validate(object).isEmpty();
  }

  private static Violation toViolation(ConstraintViolation<?> violation) {
    Object value = violation.getInvalidValue();
    return Violation.builder()
        .path(violation.getPropertyPath().toString())
        .message(violation.getMessage())
        .constraint(violation.getConstraintDescriptor().getAnnotation().annotationType()
            .getSimpleName())
        .invalidValue(value == null ? java.util.Optional.empty()
            : java.util.Optional.of(String.valueOf(value)))
        .build();
  }
}

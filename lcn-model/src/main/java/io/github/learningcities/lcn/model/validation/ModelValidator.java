package io.github.learningcities.lcn.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks the declarative Bean Validation constraints of model values, such as the
 * {@code @Email} on {@code City.contactEmail()}, which are checked on demand rather than at
 * construction (construction-time invariants throw
 * {@link io.github.learningcities.lcn.model.InvalidModelException} instead).
 *
 * <p>{@link #create()} builds a Hibernate Validator (an optional dependency of lcn-model: add
 * {@code org.hibernate.validator:hibernate-validator}, tested with {@value #TESTED_HIBERNATE_VALIDATOR},
 * to use it; on the module path also {@code requires org.hibernate.validator} or
 * {@code --add-modules org.hibernate.validator}) configured as follows, which users with their
 * own validator should copy:
 * <ul>
 *   <li>{@code org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator}, so no Jakarta Expression Language implementation
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

  /**
   * The Hibernate Validator versions this release is tested with; other 9.x versions are
   * expected to work.
   */
  public static final String TESTED_HIBERNATE_VALIDATOR = "9.1.6.Final";

  /** The Maven coordinates of Hibernate Validator, without the version. */
  static final String HIBERNATE_VALIDATOR = "org.hibernate.validator:hibernate-validator";

  private final Validator validator;

  private ModelValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * Returns a validator configured as described in the class documentation.
   *
   * @return the validator
   * @throws ValidatorUnavailableException if Hibernate Validator (or one of its own
   *     dependencies, jboss-logging and classmate) is not on the class path or module path; the
   *     message names the coordinates and the tested version to add
   */
  public static ModelValidator create() {
    try {
      return new ModelValidator(HibernateValidatorFactory.validator());
    } catch (LinkageError e) {
      throw new ValidatorUnavailableException("ModelValidator.create() needs Hibernate Validator,"
          + " an optional dependency of lcn-model, and cannot load " + missingClass(e)
          + ": add " + HIBERNATE_VALIDATOR + ":" + TESTED_HIBERNATE_VALIDATOR
          + " (tested; other 9.x versions are expected to work) with its dependencies"
          + " (org.jboss.logging:jboss-logging, com.fasterxml:classmate; Maven and Gradle add"
          + " them), on the module path also 'requires org.hibernate.validator' or"
          + " '--add-modules org.hibernate.validator'; or pass your own Bean Validation"
          + " validator to ModelValidator.using(...)", e);
    }
  }

  private static String missingClass(LinkageError e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.replace('/', '.');
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
        .sorted((a, b) -> {
          int byPath = a.path().compareTo(b.path());
          return byPath != 0 ? byPath : a.message().compareTo(b.message());
        })
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

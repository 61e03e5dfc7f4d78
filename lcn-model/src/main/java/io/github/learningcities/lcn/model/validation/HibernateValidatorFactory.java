package io.github.learningcities.lcn.model.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The only class that touches Hibernate Validator when a {@link ModelValidator} is created, so
 * that its absence surfaces as a {@link LinkageError} that {@link ModelValidator#create()} turns
 * into a {@link ValidatorUnavailableException}.
 */
final class HibernateValidatorFactory {
  private HibernateValidatorFactory() {}

  static Validator validator() {
    return Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
        .buildValidatorFactory()
        .getValidator();
  }
}

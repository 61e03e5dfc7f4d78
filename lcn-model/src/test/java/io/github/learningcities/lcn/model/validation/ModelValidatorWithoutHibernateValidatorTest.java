package io.github.learningcities.lcn.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Validation;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelValidator#create()} without Hibernate Validator: a class loader that holds the
 * model and its declared dependencies only, as a consumer who did not add the optional
 * dependency has.
 */
class ModelValidatorWithoutHibernateValidatorTest {

  @Test
  void createNamesTheDependencyToAddAndTheTestedVersion() throws Exception {
    // The boot loader as parent: the platform loader would find the model of the test run.
    URL[] withoutHibernate = {location(ModelValidator.class), location(Validation.class),
        location(JsonCreator.class)};
    try (URLClassLoader loader = new URLClassLoader(withoutHibernate,
        null)) {
      Class<?> validator = loader.loadClass(ModelValidator.class.getName());

      Throwable thrown = null;
      try {
        validator.getMethod("create").invoke(null);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }

      assertThat(thrown).isNotNull();
      assertThat(thrown.getClass().getName())
          .isEqualTo(ValidatorUnavailableException.class.getName());
      assertThat(thrown).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("org.hibernate.validator:hibernate-validator:"
              + ModelValidator.TESTED_HIBERNATE_VALIDATOR)
          .hasMessageContaining("cannot load org.hibernate.validator.")
          .hasMessageContaining("ModelValidator.using(");
    }
  }

  @Test
  void theTestedVersionIsTheOneTheTestsRunWith() {
    assertThat(location(HibernateValidator.class).getPath())
        .endsWith("hibernate-validator-" + ModelValidator.TESTED_HIBERNATE_VALIDATOR + ".jar");
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}

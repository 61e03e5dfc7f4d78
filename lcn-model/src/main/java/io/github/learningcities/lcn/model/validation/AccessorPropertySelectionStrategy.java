package io.github.learningcities.lcn.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * A Hibernate Validator getter strategy that treats Immutables-style accessors such as
 * {@code code()} or {@code contactEmail()} (no {@code get} prefix) as bean properties, so that
 * Bean Validation constraints placed on them are seen.
 *
 * <p>Any non-static method without parameters that returns a value is a property, named after
 * the method; a {@code getX()} or {@code isX()} method keeps its JavaBeans name {@code x}.
 * Methods of {@link Object} and the generated factories are excluded. Register it on your own
 * validator factory with
 * {@code Validation.byProvider(HibernateValidator.class).configure()
 * .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())}.
 *
 * @since 0.1.0
 */
public final class AccessorPropertySelectionStrategy implements GetterPropertySelectionStrategy {

  private static final Set<String> EXCLUDED = Set.of("toString", "hashCode", "getClass",
      "clone", "builder", "copyOf", "build", "wait", "notify", "notifyAll");

  /** Creates the strategy. */
  public AccessorPropertySelectionStrategy() {
    // stateless; a public constructor lets configuration files name the class
  }

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || EXCLUDED.contains(executable.getName())) {
      return Optional.empty();
    }
    String name = executable.getName();
    if (hasPrefix(name, "get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (hasPrefix(name, "is") && (executable.getReturnType() == boolean.class)) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = propertyName.substring(0, 1).toUpperCase(Locale.ROOT)
        + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized);
  }

  private static boolean hasPrefix(String name, String prefix) {
    return name.length() > prefix.length() && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static String decapitalize(String name) {
    return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}

package io.github.learningcities.lcn.model.contract;

import io.github.learningcities.lcn.model.city.City;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every value type of the model, found from the generated {@code Immutable*} classes. */
final class ModelTypes {
  private ModelTypes() {}

  /** The generated implementations, e.g. {@code ImmutableCity}, of every model value type. */
  static List<Class<?>> generated() {
    if (cache == null) {
      cache = find();
    }
    return cache;
  }

  private static List<Class<?>> cache;

  private static List<Class<?>> find() {
    try {
      Path classes = Path.of(City.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      try (Stream<Path> files = Files.walk(classes)) {
        List<Class<?>> types = files
            .filter(p -> p.getFileName().toString().matches("Immutable\\w+\\.class"))
            .map(p -> classes.relativize(p).toString().replace('\\', '/'))
            .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
            .map(ModelTypes::load)
            .sorted(Comparator.comparing(Class::getName))
            .collect(Collectors.toList());
        if (types.size() < 50) {
          throw new IllegalStateException("found only " + types.size() + " model types in "
              + classes);
        }
        return types;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The abstract value type a generated class implements, e.g. {@code City}. */
  static Class<?> valueType(Class<?> generated) {
    return generated.getSuperclass() == Object.class ? generated.getInterfaces()[0]
        : generated.getSuperclass();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}

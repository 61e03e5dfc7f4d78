package io.github.learningcities.lcn.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The public value types that a module of the SDK exports, found from its module descriptor,
 * so that a test over "every public type" takes in a new type by itself:
 *
 * <pre>{@code
 * for (Class<?> type : ExportedTypes.valueTypes(City.class)) {
 *   assertThat(LcnArbitraries.forType(type)).as(type.getName()).isPresent();
 * }
 * }</pre>
 *
 * <p>A value type is a public class (or record) of an exported package with a public instance
 * method. Left out, with the reason: the generated {@code ImmutableX} classes and their
 * builders (the abstract type {@code X} stands for them), other {@code Builder}s, exceptions,
 * enums, annotations, interfaces (extension points that users implement), classes with only
 * static members (utilities such as {@code Statistics}), and the {@link #SERVICES}, which hold
 * behaviour rather than data.
 *
 * @since 0.1.0
 */
public final class ExportedTypes {

  /** The SDK's classes that hold behaviour rather than data, by name. */
  public static final Set<String> SERVICES = Set.of(
      "io.github.learningcities.lcn.model.SlugIdentifier",
      "io.github.learningcities.lcn.model.builtin.UkrainianNetwork",
      "io.github.learningcities.lcn.model.validation.ModelValidator",
      "io.github.learningcities.lcn.model.validation.AccessorPropertySelectionStrategy",
      "io.github.learningcities.lcn.indicators.engine.Engine",
      "io.github.learningcities.lcn.indicators.method.MethodRegistry",
      // a method's declared parameters: checks (rules hold code), part of a registry
      "io.github.learningcities.lcn.indicators.method.MethodSignature",
      "io.github.learningcities.lcn.indicators.method.MethodSignature$Rule",
      "io.github.learningcities.lcn.indicators.method.ParameterSpec",
      "io.github.learningcities.lcn.serialization.LcnModule");

  private ExportedTypes() {}

  /**
   * Returns the public value types of the module that holds a class, in the order of its
   * class files.
   *
   * @param anchor any class of the module, e.g. {@code City.class} for lcn-model
   * @return the types
   * @throws IllegalArgumentException if the class does not come from a module with a
   *     descriptor (a directory or jar with {@code module-info.class})
   */
  public static List<Class<?>> valueTypes(Class<?> anchor) {
    try {
      return find(anchor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalArgumentException("cannot list the types of the module of "
          + anchor.getName() + ": " + e.getMessage(), e);
    }
  }

  private static List<Class<?>> find(Class<?> anchor) throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> entries = new ArrayList<>();
    ModuleDescriptor descriptor;
    if (Files.isDirectory(location)) {
      Path info = location.resolve("module-info.class");
      if (!Files.exists(info)) {
        throw new IllegalArgumentException(location + " has no module-info.class; expected "
            + "the classes of a named module");
      }
      try (InputStream in = Files.newInputStream(info);
          Stream<Path> files = Files.walk(location)) {
        descriptor = ModuleDescriptor.read(in);
        files.map(p -> location.relativize(p).toString().replace('\\', '/'))
            .forEach(entries::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        if (jar.getEntry("module-info.class") == null) {
          throw new IllegalArgumentException(location + " has no module-info.class; expected "
              + "the jar of a named module");
        }
        try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
          descriptor = ModuleDescriptor.read(in);
        }
        jar.stream().map(e -> e.getName()).forEach(entries::add);
      }
    }
    Set<String> exported = new TreeSet<>();
    // a qualified export (to a named friend module) is not public API
    descriptor.exports().stream().filter(e -> !e.isQualified())
        .forEach(e -> exported.add(e.source()));
    List<Class<?>> out = new ArrayList<>();
    for (String entry : entries) {
      if (!entry.endsWith(".class") || entry.endsWith("module-info.class")
          || entry.endsWith("package-info.class")) {
        continue;
      }
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      if (!exported.contains(name.substring(0, name.lastIndexOf('.')))
          || SERVICES.contains(name)) {
        continue;
      }
      Class<?> type = Class.forName(name, false, anchor.getClassLoader());
      if (isValueType(type)) {
        out.add(type);
      }
    }
    return out;
  }

  private static boolean isValueType(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.getSimpleName().startsWith("Immutable")) {
        return false;
      }
    }
    if (type.isAnonymousClass() || type.isSynthetic() || type.isInterface()
        || type.isAnnotation() || type.isEnum() || Throwable.class.isAssignableFrom(type)
        || type.getSimpleName().equals("Builder")) {
      return false;
    }
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
        return true;
      }
    }
    return type.isRecord();
  }
}

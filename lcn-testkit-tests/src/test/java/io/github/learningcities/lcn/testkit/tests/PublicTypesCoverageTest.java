package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.testkit.LcnArbitraries;
import java.io.IOException;
import java.io.InputStream;
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
import org.junit.jupiter.api.Test;

/**
 * Fails if a public type of lcn-model or lcn-indicators has no default arbitrary.
 *
 * <p>The types are the public classes of the packages that each module descriptor exports.
 * Skipped, with the reason: the generated {@code ImmutableX} classes and their builders (the
 * abstract type {@code X} is covered), other {@code Builder}s, exceptions, enums (jqwik
 * generates them already), annotations, interfaces (extension points that users implement),
 * classes with only static members (utilities such as {@code Statistics}), and the services
 * listed in {@link #SERVICES}, which hold behaviour rather than data.
 */
class PublicTypesCoverageTest {

  private static final Set<String> SERVICES = Set.of(
      "io.github.learningcities.lcn.model.SlugIdentifier",
      "io.github.learningcities.lcn.model.builtin.UkrainianNetwork",
      "io.github.learningcities.lcn.model.validation.ModelValidator",
      "io.github.learningcities.lcn.model.validation.AccessorPropertySelectionStrategy",
      "io.github.learningcities.lcn.indicators.engine.Engine",
      "io.github.learningcities.lcn.indicators.method.MethodRegistry");

  @Test
  void everyPublicTypeHasAnArbitrary() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(publicTypes(City.class));
    types.addAll(publicTypes(Engine.class));
    Set<String> missing = new TreeSet<>();
    for (Class<?> t : types) {
      if (LcnArbitraries.forType(t).isEmpty()) {
        missing.add(t.getName());
      }
    }
    assertThat(types).hasSizeGreaterThan(80);
    assertThat(missing).as("public types without an arbitrary").isEmpty();
  }

  static List<Class<?>> publicTypes(Class<?> anchor) throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> entries = new ArrayList<>();
    ModuleDescriptor descriptor;
    if (Files.isDirectory(location)) {
      try (InputStream in = Files.newInputStream(location.resolve("module-info.class"));
          Stream<Path> files = Files.walk(location)) {
        descriptor = ModuleDescriptor.read(in);
        files.map(p -> location.relativize(p).toString().replace('\\', '/'))
            .forEach(entries::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        try (InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
          descriptor = ModuleDescriptor.read(in);
        }
        jar.stream().map(e -> e.getName()).forEach(entries::add);
      }
    }
    Set<String> exported = new TreeSet<>();
    descriptor.exports().forEach(e -> exported.add(e.source()));
    List<Class<?>> out = new ArrayList<>();
    for (String entry : entries) {
      if (!entry.endsWith(".class") || entry.endsWith("module-info.class")
          || entry.endsWith("package-info.class")) {
        continue;
      }
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      String pkg = name.substring(0, name.lastIndexOf('.'));
      if (!exported.contains(pkg)) {
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
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
      if (t.getSimpleName().startsWith("Immutable")) {
        return false;
      }
    }
    if (type.isAnonymousClass() || type.isSynthetic() || type.isInterface()
        || type.isAnnotation() || type.isEnum() || Throwable.class.isAssignableFrom(type)
        || type.getSimpleName().equals("Builder") || SERVICES.contains(type.getName())) {
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

package com.example.cityportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published jars as a JPMS application sees them: each is an explicit module, everything it
 * needs at run time is an explicit module too (no name derived from a file name, no automatic
 * module at all), and every type its exported API returns, accepts, throws or extends belongs
 * to a module that a consumer requiring it reads ({@code requires transitive}).
 */
class PublishedModulesTest {
  static final List<String> PUBLISHED = List.of(
      "io.github.learningcities.lcn.model",
      "io.github.learningcities.lcn.indicators",
      "io.github.learningcities.lcn.serialization",
      "io.github.learningcities.lcn.excel",
      "io.github.learningcities.lcn.testkit",
      "io.github.learningcities.lcn.cli");

  @Test
  void everyPublishedModuleAndItsRuntimeDependenciesAreExplicitModules() {
    ModuleFinder jars = ModuleFinder.of(testRuntimeJars().toArray(Path[]::new));
    List<String> problems = new ArrayList<>();
    for (String name : PUBLISHED) {
      ModuleReference ref = jars.find(name).orElseThrow(() -> new AssertionError(
          "module " + name + " is in none of the test run's jars"));
      assertFalse(ref.descriptor().isAutomatic(), name + " at " + ref.location().orElseThrow()
          + " has no module-info; expected an explicit module");
      Configuration cf = Configuration.empty().resolve(jars, ModuleFinder.ofSystem(),
          Set.of(name));
      for (ResolvedModule m : cf.modules()) {
        ModuleDescriptor d = m.reference().descriptor();
        if (d.isAutomatic()) {
          problems.add(name + " needs " + d.name() + " (" + m.reference().location()
              .orElseThrow() + "), an automatic module; expected a jar with a module-info");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void exportedApiOnlyUsesModulesAConsumerReads() {
    ModuleFinder jars = ModuleFinder.of(testRuntimeJars().toArray(Path[]::new));
    Configuration cf = ModuleLayer.boot().configuration().resolve(jars, ModuleFinder.of(),
        new HashSet<>(PUBLISHED));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf,
        ClassLoader.getSystemClassLoader());
    Set<String> problems = new TreeSet<>();
    int checked = 0;
    for (String name : PUBLISHED) {
      Module module = layer.findModule(name).orElseThrow();
      ModuleDescriptor descriptor = module.getDescriptor();
      Set<String> readable = readByConsumer(layer, descriptor);
      for (String className : exportedClasses(layer, descriptor)) {
        Class<?> c;
        List<Type> signature = new ArrayList<>();
        try {
          c = Class.forName(className, false, module.getClassLoader());
          if (!isApi(c)) {
            continue;
          }
          signature.addAll(signatureTypes(c));
        } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
          String absent = absentClass(e);
          if (absent == null || !isOptional(layer, descriptor, absent)) {
            problems.add(name + ": " + className + " cannot be loaded (" + e + "); expected"
                + " its public signatures to name types of the modules it requires only");
          }
          continue;
        }
        checked++;
        for (Type t : signature) {
          for (Class<?> used : rawClasses(t)) {
            Module owner = used.getModule();
            if (owner == module) {
              continue;
            }
            String ownerName = owner.isNamed() ? owner.getName() : "the unnamed module";
            if (!readable.contains(ownerName)) {
              problems.add(name + ": " + c.getName() + " uses " + used.getName() + " of "
                  + ownerName + ", which a module requiring " + name + " does not read;"
                  + " expected `requires transitive " + ownerName + ";`");
            }
          }
        }
      }
    }
    assertTrue(checked > 100, "only " + checked + " public API types found");
    assertEquals(Set.of(), problems);
  }

  /** The modules a consumer that requires {@code m} reads: m and its transitive closure. */
  private static Set<String> readByConsumer(ModuleLayer layer, ModuleDescriptor m) {
    Set<String> out = new LinkedHashSet<>();
    out.add("java.base");
    Deque<ModuleDescriptor> todo = new ArrayDeque<>(List.of(m));
    while (!todo.isEmpty()) {
      ModuleDescriptor d = todo.pop();
      if (!out.add(d.name()) && d != m) {
        continue;
      }
      for (ModuleDescriptor.Requires r : d.requires()) {
        if (d == m && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
          out.add(r.name()); // optional API: a consumer that uses it requires the module
        }
        if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)) {
          layer.findModule(r.name()).map(Module::getDescriptor).ifPresent(todo::push);
        }
      }
    }
    return out;
  }

  private static boolean isApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return !c.isSynthetic() && !c.isAnonymousClass() && !c.isLocalClass();
  }

  private static List<String> exportedClasses(ModuleLayer layer, ModuleDescriptor d) {
    Set<String> packages = d.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    ResolvedModule resolved = layer.configuration().findModule(d.name()).orElseThrow();
    try (ModuleReader reader = resolved.reference().open()) {
      return reader.list().filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class"))
          .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
          .filter(n -> packages.contains(n.substring(0, n.lastIndexOf('.'))))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An API type of a module's optional part ({@code requires static}, such as lcn-model's
   * Bean Validation bridge to Hibernate Validator) cannot load when the consumer has not added
   * that optional module, which is the point of it being optional; a class absent for any other
   * reason is a problem. The absent class is optional if it belongs to no module this test run
   * has and the module declares an optional dependency.
   */
  private static boolean isOptional(ModuleLayer layer, ModuleDescriptor d, String absent) {
    boolean hasOptional = d.requires().stream()
        .anyMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
    String pkg = absent.substring(0, Math.max(0, absent.lastIndexOf('.')));
    boolean inSomeModule = Stream.concat(layer.modules().stream(),
            ModuleLayer.boot().modules().stream())
        .anyMatch(m -> m.getPackages().contains(pkg));
    return hasOptional && !inSomeModule;
  }

  private static String absentClass(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
        String m = t.getMessage();
        return m == null ? null : m.replace('/', '.');
      }
      if (t instanceof TypeNotPresentException tnp) {
        return tnp.typeName();
      }
    }
    return null;
  }

  private static List<Type> signatureTypes(Class<?> c) {
    List<Type> out = new ArrayList<>();
    if (c.getGenericSuperclass() != null) {
      out.add(c.getGenericSuperclass());
    }
    out.addAll(Arrays.asList(c.getGenericInterfaces()));
    for (Field f : c.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        out.add(f.getGenericType());
      }
    }
    List<Executable> members = new ArrayList<>();
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      members.add(k);
    }
    for (Method m : c.getDeclaredMethods()) {
      if (!m.isBridge()) {
        members.add(m);
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          out.add(m.getGenericReturnType());
        }
      }
    }
    for (Executable e : members) {
      if (visible(e.getModifiers()) && !e.isSynthetic()) {
        out.addAll(Arrays.asList(e.getGenericParameterTypes()));
        out.addAll(Arrays.asList(e.getGenericExceptionTypes()));
      }
    }
    return out;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static Set<Class<?>> rawClasses(Type t) {
    Set<Class<?>> out = new LinkedHashSet<>();
    Deque<Type> todo = new ArrayDeque<>(List.of(t));
    Set<Type> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Type x = todo.pop();
      if (!seen.add(x)) {
        continue;
      }
      if (x instanceof Class<?> k) {
        while (k.isArray()) {
          k = k.getComponentType();
        }
        if (!k.isPrimitive()) {
          out.add(k);
        }
      } else if (x instanceof ParameterizedType p) {
        todo.push(p.getRawType());
        todo.addAll(Arrays.asList(p.getActualTypeArguments()));
      } else if (x instanceof GenericArrayType a) {
        todo.push(a.getGenericComponentType());
      } else if (x instanceof WildcardType w) {
        todo.addAll(Arrays.asList(w.getUpperBounds()));
        todo.addAll(Arrays.asList(w.getLowerBounds()));
      } else if (x instanceof TypeVariable<?> v) {
        todo.addAll(Arrays.asList(v.getBounds()));
      }
    }
    return out;
  }

  /** Every jar of this test run: the module path, the class path and a manifest class path. */
  static List<Path> testRuntimeJars() {
    Set<Path> out = new LinkedHashSet<>();
    Stream.of("jdk.module.path", "java.class.path").map(System::getProperty)
        .filter(Objects::nonNull)
        .flatMap(p -> Arrays.stream(p.split(File.pathSeparator)))
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .forEach(p -> addJar(p, out));
    return List.copyOf(out);
  }

  private static void addJar(Path p, Set<Path> out) {
    if (!Files.isRegularFile(p) || !p.toString().endsWith(".jar")) {
      return;
    }
    try (JarFile jar = new JarFile(p.toFile())) {
      Manifest mf = jar.getManifest();
      String cp = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
      if (cp != null && p.getFileName().toString().startsWith("surefire")) {
        for (String entry : cp.trim().split("\\s+")) {
          addJar(Path.of(java.net.URI.create(entry).isAbsolute()
              ? java.net.URI.create(entry) : p.getParent().toUri().resolve(entry)), out);
        }
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!p.getFileName().toString().startsWith("surefire")) {
      out.add(p);
    }
  }
}

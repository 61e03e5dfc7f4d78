package io.github.learningcities.lcn.model.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one exception contract of every model type's builder: a missing required field, a
 * {@code null} value, element, key or map value, and a broken invariant all throw
 * {@link InvalidModelException} naming the type and the field, never Immutables'
 * {@code IllegalStateException} or a {@code NullPointerException}.
 */
class BuilderContractProperties {

  /** One single-argument builder (or generated {@code with}) method of one model type. */
  record Setter(Class<?> valueType, Method method) {

    @Override
    public String toString() {
      String on = method.getName().startsWith("with") ? "" : ".builder()";
      return valueType.getSimpleName() + on + "." + method.getName() + "("
          + method.getParameterTypes()[0].getSimpleName() + ")";
    }

    /** The field the method sets: {@code addAllHistory} sets {@code history}. */
    String field() {
      String name = method.getName();
      if (name.equals("from")) {
        return "instance";
      }
      for (String prefix : List.of("addAll", "add", "putAll", "put", "with")) {
        if (name.startsWith(prefix) && name.length() > prefix.length()
            && Character.isUpperCase(name.charAt(prefix.length()))) {
          String rest = name.substring(prefix.length());
          return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        }
      }
      return name;
    }
  }

  @Provide
  Arbitrary<Setter> setters() {
    List<Setter> setters = new ArrayList<>();
    for (Class<?> generated : ModelTypes.generated()) {
      Class<?> builder = builderType(generated);
      for (Method m : builder.getMethods()) {
        if (m.getDeclaringClass() == builder && !Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 1 && m.getReturnType() == builder
            && !m.getParameterTypes()[0].isPrimitive() && !isOptional(m)) {
          setters.add(new Setter(ModelTypes.valueType(generated), m));
        }
      }
    }
    return Arbitraries.of(setters);
  }

  /**
   * Every public method of a generated builder or immutable class that takes one whole
   * collection, map, map entry, array or {@code Optional}.
   */
  @Provide
  Arbitrary<Setter> containerSetters() {
    List<Setter> setters = new ArrayList<>();
    for (Class<?> generated : ModelTypes.generated()) {
      for (Class<?> owner : List.of(builderType(generated), generated)) {
        for (Method m : owner.getMethods()) {
          if (m.getDeclaringClass() == owner && !Modifier.isStatic(m.getModifiers())
              && m.getParameterCount() == 1 && m.getReturnType() == owner
              && isContainer(m.getParameterTypes()[0])) {
            setters.add(new Setter(ModelTypes.valueType(generated), m));
          }
        }
      }
    }
    assertThat(setters).as("container setters found").hasSizeGreaterThan(300);
    return Arbitraries.of(setters);
  }

  @Property
  void aNullCollectionMapEntryArrayOrOptionalIsAnInvalidModelExceptionNamingTypeAndField(
      @ForAll("containerSetters") Setter setter) throws Exception {
    Object target = setter.method().getDeclaringClass().getSimpleName().equals("Builder")
        ? newBuilder(setter.valueType()) : anyInstance(setter.method().getDeclaringClass());

    assertThatThrownBy(() -> invoke(setter.method(), target, null))
        .as(setter.toString())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.object()).startsWith(setter.valueType().getSimpleName());
          assertThat(e.field()).isEqualTo(setter.field());
          assertThat(e.getMessage()).contains("." + e.field() + ": null");
          assertThat(e.expected()).contains("never null");
        });
  }

  /**
   * An instance of a generated class made through its private field-by-field constructor with
   * every field null, zero or empty: enough for a {@code with} method, whose null check is its first
   * statement (valid instances of all 60-odd types would need each type's own test data).
   */
  private static Object anyInstance(Class<?> generated) throws Exception {
    List<java.lang.reflect.Constructor<?>> constructors =
        new ArrayList<>(Arrays.asList(generated.getDeclaredConstructors()));
    // The field-by-field constructor has the most parameters; a factory's (fewer) checks them.
    constructors.sort((a, b) -> b.getParameterCount() - a.getParameterCount());
    for (java.lang.reflect.Constructor<?> c : constructors) {
      Class<?>[] types = c.getParameterTypes();
      if (Arrays.stream(types).anyMatch(t -> t.getEnclosingClass() == generated)) {
        continue;   // the constructor from a builder or a shim
      }
      Object[] arguments = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        arguments[i] = emptyOf(types[i]);
      }
      c.setAccessible(true);
      try {
        return c.newInstance(arguments);
      } catch (InvocationTargetException checked) {
        // a constructor that checks its arguments: try the next
      }
    }
    throw new IllegalStateException(generated + " has no field-by-field constructor");
  }

  private static Object emptyOf(Class<?> type) {
    if (type.isPrimitive()) {
      return Array.get(Array.newInstance(type, 1), 0);
    }
    if (type.isAssignableFrom(List.class)) {
      return List.of();
    }
    if (type.isAssignableFrom(java.util.Set.class)) {
      return java.util.Set.of();
    }
    if (type.isAssignableFrom(Map.class)) {
      return Map.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    return null;
  }

  private static boolean isContainer(Class<?> p) {
    return p.isArray() || Iterable.class.isAssignableFrom(p) || Map.class.isAssignableFrom(p)
        || Map.Entry.class.isAssignableFrom(p) || p == Optional.class || p == OptionalInt.class
        || p == OptionalLong.class || p == OptionalDouble.class;
  }

  @Provide
  Arbitrary<Class<?>> types() {
    return Arbitraries.of(ModelTypes.generated());
  }

  @Property
  void aNullValueOrElementIsAnInvalidModelExceptionNamingTypeAndField(
      @ForAll("setters") Setter setter) throws Exception {
    Object builder = newBuilder(setter.valueType());
    Object argument = nullInside(setter.method().getParameterTypes()[0]);

    assertThatThrownBy(() -> invoke(setter.method(), builder, argument))
        .as(setter.toString())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.object()).isEqualTo(setter.valueType().getSimpleName());
          assertThat(e.field()).isEqualTo(setter.field());
          assertThat(e.getMessage()).startsWith(e.object() + "." + e.field() + ": null");
        });
  }

  @Property
  void anEmptyBuilderBuildsOrThrowsAnInvalidModelExceptionNamingTypeAndField(
      @ForAll("types") Class<?> generated) throws Throwable {
    Class<?> type = ModelTypes.valueType(generated);
    Object builder = newBuilder(type);
    Method build = builder.getClass().getMethod("build");
    List<String> required = requiredFields(generated);

    if (required.isEmpty()) {
      try {
        assertThat(invoke(build, builder, null)).isInstanceOf(type);
      } catch (InvalidModelException invariantBroken) {
        assertThat(invariantBroken.object()).startsWith(type.getSimpleName());
      }
    } else {
      assertThatThrownBy(() -> invoke(build, builder, null))
          .as(type.getSimpleName())
          .isInstanceOfSatisfying(InvalidModelException.class, e -> {
            assertThat(e.object()).isEqualTo(type.getSimpleName());
            assertThat(e.field()).isEqualTo(required.get(0));
            assertThat(e.expected()).endsWith("not set: " + String.join(", ", required));
          });
    }
  }

  /** The fields without which the generated builder refuses to build. */
  private static List<String> requiredFields(Class<?> generated) throws Exception {
    Class<?> builder = builderType(generated);
    List<String> required = new ArrayList<>();
    for (java.lang.reflect.Field f : builder.getDeclaredFields()) {
      if (f.getName().startsWith("INIT_BIT_")) {
        required.add(f.getName());
      }
    }
    if (required.isEmpty()) {
      return List.of();
    }
    // The generated builder lists missing fields in declaration order: read them from it.
    Object b = newBuilder(ModelTypes.valueType(generated));
    Method names = builder.getDeclaredMethod("missingRequiredAttributesNames");
    names.setAccessible(true);
    return Arrays.asList((String[]) names.invoke(b));
  }

  private static Class<?> builderType(Class<?> generated) {
    try {
      return generated.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(generated + " has no builder", e);
    }
  }

  /** The generated builder: result types without a public {@code builder()} have one too. */
  private static Object newBuilder(Class<?> type) throws Exception {
    return ModelTypes.generated().stream().filter(g -> ModelTypes.valueType(g) == type)
        .findFirst().orElseThrow().getMethod("builder").invoke(null);
  }

  private static boolean isOptional(Method m) {
    Class<?> p = m.getParameterTypes()[0];
    return p == Optional.class || p == OptionalInt.class || p == OptionalLong.class
        || p == OptionalDouble.class;
  }

  /**
   * A null value, or a collection, map entry or array holding one null element or key (a null
   * collection, map, entry, array or Optional itself: {@link
   * #aNullCollectionMapEntryArrayOrOptionalIsAnInvalidModelExceptionNamingTypeAndField}).
   */
  private static Object nullInside(Class<?> parameter) {
    if (parameter.isArray()) {
      return Array.newInstance(parameter.getComponentType(), 1);
    }
    if (Map.Entry.class.isAssignableFrom(parameter)) {
      return new AbstractMap.SimpleEntry<>(null, null);
    }
    if (Map.class.isAssignableFrom(parameter)) {
      return Collections.singletonMap(null, null);
    }
    if (Iterable.class.isAssignableFrom(parameter)) {
      return Collections.singletonList(null);
    }
    return null;
  }

  private static Object invoke(Method m, Object target, Object argument) throws Throwable {
    try {
      return m.getParameterCount() == 0 ? m.invoke(target) : m.invoke(target, argument);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

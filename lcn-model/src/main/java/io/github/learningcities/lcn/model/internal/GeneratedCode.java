package io.github.learningcities.lcn.model.internal;

import java.lang.StackWalker.StackFrame;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, for an exception thrown by Immutables' generated code, the value type and the field
 * concerned: the generated code passes only an attribute name (or none), so the type is read
 * from the generated class that raised the exception. Runs only when a value is rejected.
 *
 * @since 0.1.0
 */
final class GeneratedCode {
  private static final String PREFIX = "Immutable";
  private static final Pattern SETTER =
      Pattern.compile("(?:with|addAll|add|putAll|put|set)([A-Z]\\w*)");
  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private GeneratedCode() {}

  /** The generated frames nearest to the throw, outside of the exception classes. */
  private static Optional<StackFrame> generatedFrame(boolean withSetterName) {
    return WALKER.walk(frames -> frames
        .filter(f -> !Throwable.class.isAssignableFrom(f.getDeclaringClass())
            && f.getDeclaringClass() != GeneratedCode.class)
        .filter(f -> topLevel(f.getDeclaringClass()).getSimpleName().startsWith(PREFIX))
        .filter(f -> !withSetterName || SETTER.matcher(f.getMethodName()).matches())
        .findFirst());
  }

  /**
   * Returns the simple name of the value type whose generated code is running, e.g.
   * {@code City} for {@code ImmutableCity.Builder}.
   *
   * @return the type name, or {@code "value"} if no generated code is on the stack
   */
  static String valueType() {
    return generatedFrame(false)
        .map(f -> topLevel(f.getDeclaringClass()).getSimpleName().substring(PREFIX.length()))
        .orElse("value");
  }

  /**
   * Returns the field that the generated setter on the stack sets, e.g. {@code history} for
   * {@code withHistory} or {@code addAllHistory}.
   *
   * @return the field, if a generated setter is on the stack
   */
  static Optional<String> setterField() {
    return generatedFrame(true).map(f -> {
      Matcher m = SETTER.matcher(f.getMethodName());
      m.matches();
      String name = m.group(1);
      return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    });
  }

  private static Class<?> topLevel(Class<?> type) {
    Class<?> c = type;
    while (c.getEnclosingClass() != null) {
      c = c.getEnclosingClass();
    }
    return c;
  }
}

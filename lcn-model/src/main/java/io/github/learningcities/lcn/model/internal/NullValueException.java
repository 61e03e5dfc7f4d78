package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.InvalidModelException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link InvalidModelException} that generated builders, factories and {@code with}
 * methods throw for a {@code null} value, element, key or map value; the shared model style
 * makes Immutables' generated code throw it instead of a {@link NullPointerException}.
 *
 * @since 0.1.0
 */
public final class NullValueException extends InvalidModelException {
  private static final long serialVersionUID = 1L;

  /**
   * The generated code's messages: {@code "names"}, {@code "history element"}, ... In a class of
   * its own, compiled only when a message is read: every generated builder calls {@link
   * #requireContainer}, which needs no regular expression.
   */
  private static final class MessagePattern {
    static final Pattern MESSAGE =
        Pattern.compile("(?:(\\w+) )?(element|key|value for key: .*)|(\\w+)");
  }

  /**
   * Creates the exception from the message of the generated code.
   *
   * @param message the generated message, e.g. {@code "names"} or {@code "history element"}
   */
  public NullValueException(String message) {
    super(GeneratedCode.valueType(), field(message), null, expected(message));
  }

  private NullValueException(String field, String expected) {
    super(GeneratedCode.valueType(), field, null, expected);
  }

  /**
   * Refuses a {@code null} passed where a whole collection, map, map entry, array or
   * {@code Optional} is expected. Generated code calls it: lcn-model's build inserts the call at
   * the start of every such generated method, which Immutables' own null checks do not reach.
   *
   * @param container the argument
   * @param field the field the method sets
   * @throws NullValueException if {@code container} is {@code null}
   */
  public static void requireContainer(Object container, String field) {
    if (container == null) {
      throw new NullValueException(field, "a collection, map, array or Optional (never null; "
          + "pass an empty one or Optional.empty(), or leave the field unset)");
    }
  }

  private static String field(String message) {
    Matcher m = MessagePattern.MESSAGE.matcher(String.valueOf(message));
    if (!m.matches()) {
      return String.valueOf(message);
    }
    if (m.group(3) != null) {
      return m.group(3);
    }
    return m.group(1) != null ? m.group(1)
        : GeneratedCode.setterField().orElse(m.group(2));
  }

  private static String expected(String message) {
    Matcher m = MessagePattern.MESSAGE.matcher(String.valueOf(message));
    if (!m.matches() || m.group(3) != null) {
      return "a value (never null; leave an optional field unset instead)";
    }
    String part = m.group(2);
    if (part.startsWith("value for key: ")) {
      return "a non-null value for the key " + part.substring("value for key: ".length());
    }
    return "a non-null " + part + " in every position";
  }
}

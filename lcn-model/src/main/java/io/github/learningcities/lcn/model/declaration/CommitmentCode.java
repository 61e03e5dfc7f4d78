package io.github.learningcities.lcn.model.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRootName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.AsciiText;
import org.immutables.value.Value;

/**
 * The code of a commitment within its declaration, such as {@code "C1"} or {@code "A2.3"}:
 * one to four upper-case letters, a number, and optionally further {@code .number} parts; at
 * most 16 characters.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonRootName("CommitmentCode")
public abstract class CommitmentCode implements Comparable<CommitmentCode> {

  /**
   * Returns the code.
   *
   * @return the code, e.g. {@code "C1"}
   */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  /**
   * Checks the format.
   *
   * @throws InvalidModelException if the code does not match
   */
  @Value.Check
  protected void check() {
    if (value().length() > 16 || !isCode(value())) {
      throw new InvalidModelException("CommitmentCode", "value", value(),
          "1 to 4 upper-case letters and a number, optionally with .number parts, at most 16"
              + " characters, e.g. \"C1\" or \"A2.3\"");
    }
  }

  /** Whether the text matches {@code [A-Z]{1,4}[0-9]{1,3}(\.[0-9]{1,3})*}. */
  static boolean isCode(String s) {
    int letters = 0;
    while (letters < s.length() && AsciiText.isUpper(s.charAt(letters))) {
      letters++;
    }
    return letters >= 1 && letters <= 4
        && AsciiText.isDotted(s.substring(letters), true, 1, 3);
  }

  /**
   * Returns the code with the given value.
   *
   * @param value the code, e.g. {@code "C1"}
   * @return the code
   * @throws InvalidModelException if the value is not a valid code
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CommitmentCode of(String value) {
    return ImmutableCommitmentCode.of(value);
  }

  /**
   * Orders codes by their letters, then numerically by each number part (C2 before C10).
   *
   * @param other the other code
   * @return the comparison result
   */
  @Override
  public int compareTo(CommitmentCode other) {
    String[] a = split(value());
    String[] b = split(other.value());
    int c = a[0].compareTo(b[0]);
    for (int i = 1; c == 0 && i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? Integer.parseInt(a[i]) : -1;
      int y = i < b.length ? Integer.parseInt(b[i]) : -1;
      c = Integer.compare(x, y);
    }
    return c;
  }

  private static String[] split(String code) {
    int digits = 0;
    while (digits < code.length() && !Character.isDigit(code.charAt(digits))) {
      digits++;
    }
    String[] numbers = code.substring(digits).split("\\.");
    String[] parts = new String[numbers.length + 1];
    parts[0] = code.substring(0, digits);
    System.arraycopy(numbers, 0, parts, 1, numbers.length);
    return parts;
  }

  /**
   * Returns the code itself.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return value();
  }
}

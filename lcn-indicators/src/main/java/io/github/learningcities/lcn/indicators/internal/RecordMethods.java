package io.github.learningcities.lcn.indicators.internal;

import java.util.Objects;

/**
 * The {@code hashCode} and {@code toString} a record gets from the compiler, written out.
 *
 * <p>A record's generated {@code equals}, {@code hashCode} and {@code toString} are linked on
 * their first call by {@code java.lang.runtime.ObjectMethods}, which builds a tree of method
 * handles and spins classes for it at run time (about 16 per record and method): a few
 * milliseconds of a short command-line run, and classes no class-data sharing archive of Java
 * 17 holds. The records a run uses therefore spell the three methods out, with the same results
 * as the generated ones: the hash is {@code 31 * h + hash(component)} from {@code h = 0} over
 * the components in declaration order ({@link Objects#hashCode(Object)} of each, which for a
 * boxed {@code double} is {@link Double#hashCode(double)}), the text is {@code
 * Name[first=value, second=value]} ({@link String#valueOf(Object)} of each). Equality stays in
 * each record ({@code Objects.equals} per reference component, {@code Double.compare(a, b) ==
 * 0} per {@code double}), where the compiler checks the types.
 *
 * @since 0.1.0
 */
public final class RecordMethods {
  private RecordMethods() {}

  /**
   * The hash code a record with these component values has.
   *
   * @param components the component values in declaration order ({@code double}s boxed)
   * @return the hash code
   */
  public static int hash(Object... components) {
    int h = 0;
    for (Object c : components) {
      h = 31 * h + Objects.hashCode(c);
    }
    return h;
  }

  /**
   * The text a record's {@code toString} gives.
   *
   * @param type the record's simple name
   * @param namesAndValues each component's name followed by its value, in declaration order
   * @return {@code type[name=value, ...]}
   */
  public static String text(String type, Object... namesAndValues) {
    StringBuilder sb = new StringBuilder(type).append('[');
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(namesAndValues[i]).append('=').append(namesAndValues[i + 1]);
    }
    return sb.append(']').toString();
  }
}

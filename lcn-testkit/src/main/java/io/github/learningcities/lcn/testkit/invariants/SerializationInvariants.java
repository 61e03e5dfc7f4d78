package io.github.learningcities.lcn.testkit.invariants;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Contracts of a document format: writing a value and reading the text back gives an equal
 * value, and writing that value again gives the same text. The format comes in as a writer and
 * a reader function, so that the testkit does not bring lcn-serialization (and Jackson) onto
 * every consumer's test class path; with lcn-serialization, pass {@code LcnJson} or {@code
 * LcnXml}:
 *
 * <pre>{@code
 * LcnJson json = LcnJson.standard();
 *
 * @Property
 * void frameworksRoundTrip(@ForAll Framework framework) {
 *   SerializationInvariants.writeThenRead("JSON", framework, Framework.class,
 *       json::writeToString, json::read);
 * }
 * }</pre>
 *
 * <p>The document types that lcn-serialization writes are network documents, declarations,
 * frameworks, pipelines, datasets and results documents.
 *
 * @since 0.1.0
 */
public final class SerializationInvariants {

  private SerializationInvariants() {}

  /**
   * Checks that reading what was written gives an equal value, and that writing the value
   * read gives the same text.
   *
   * @param format the format's name, for messages, e.g. {@code "JSON"}
   * @param value the value to write
   * @param type the type to read back
   * @param writer writes a value as text, e.g. {@code LcnJson.standard()::writeToString}
   * @param reader reads text as a value of a type, e.g. {@code LcnJson.standard()::read}
   * @param <T> the type
   * @throws AssertionError if the value read differs from the value written, or the second
   *     text from the first; the message holds the text
   */
  public static <T> void writeThenRead(String format, T value, Class<T> type,
      Function<Object, String> writer, BiFunction<String, Class<T>, ? extends T> reader) {
    Objects.requireNonNull(value, "value");
    String text = writer.apply(value);
    T back = reader.apply(text, type);
    if (!value.equals(back)) {
      throw new AssertionError(format + ": a " + type.getSimpleName() + " read back differs "
          + "from the one written;\nwritten: " + value + "\nread:    " + back + "\ntext:\n"
          + text);
    }
    String again = writer.apply(back);
    if (!text.equals(again)) {
      throw new AssertionError(format + ": writing a " + type.getSimpleName() + " read back "
          + "gives another text;\nfirst:\n" + text + "\nsecond:\n" + again);
    }
  }
}

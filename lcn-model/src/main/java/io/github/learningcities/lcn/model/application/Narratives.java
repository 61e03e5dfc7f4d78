package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The two narratives of Part 1, each of at most {@value #MAX_WORDS} words: the city's
 * motivation and social context ({@link #vision()}), and how it implements or plans to implement
 * the learning-city concept, with links ({@link #implementation()}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"vision", "implementation"})
public abstract class Narratives {
  /** The most words a narrative may have. */
  public static final int MAX_WORDS = 200;

  private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s\\p{Z}]+");

  /**
   * Returns the motivation and social context.
   *
   * @return the narrative
   */
  @JsonProperty("vision")
  public abstract Optional<String> vision();

  /**
   * Returns how the city implements or plans to implement the concept.
   *
   * @return the narrative
   */
  @JsonProperty("implementation")
  public abstract Optional<String> implementation();

  /**
   * Counts the words of a text: runs of characters between white space (any Unicode space).
   *
   * @param text the text
   * @return the number of words, 0 for a blank text
   */
  public static int wordCount(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return 0;
    }
    String[] words = WORD_SEPARATOR.split(stripped);
    int n = 0;
    for (String w : words) {
      if (!w.isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableNarratives.Builder builder() {
    return ImmutableNarratives.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Narratives fromJackson(ImmutableNarratives value) {
    return value;
  }
}

package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import org.immutables.value.Value;

/**
 * A missing or invalid field of a GNLC application: its path and what is wrong, e.g.
 * {@code part1.narratives.vision: 230 words, at most 200 allowed}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"path", "message"})
public abstract class ApplicationIssue {

  /**
   * Returns the path of the field, e.g. {@code part1.contact.email}.
   *
   * @return the path
   */
  @Value.Parameter
  @JsonProperty("path")
  public abstract String path();

  /**
   * Returns what is wrong and what would be valid.
   *
   * @return the message
   */
  @Value.Parameter
  @JsonProperty("message")
  public abstract String message();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the path or the message is blank
   */
  @Value.Check
  protected void check() {
    if (path().isBlank()) {
      throw new InvalidModelException("ApplicationIssue", "path", path(), "a non-blank path");
    }
    if (message().isBlank()) {
      throw new InvalidModelException("ApplicationIssue[" + path() + "]", "message", message(),
          "a non-blank message");
    }
  }

  /**
   * Returns an issue.
   *
   * @param path the path of the field
   * @param message what is wrong
   * @return the issue
   */
  public static ApplicationIssue of(String path, String message) {
    return ImmutableApplicationIssue.of(path, message);
  }

  /**
   * Returns the path and the message, e.g.
   * {@code part1.narratives.vision: 230 words, at most 200 allowed}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return path() + ": " + message();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ApplicationIssue fromJackson(ImmutableApplicationIssue value) {
    return value;
  }
}

package io.github.learningcities.lcn.model.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One broken Bean Validation constraint: where (the property path from the validated object),
 * what (the interpolated message and the constraint's name) and the offending value.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"path", "message", "constraint", "invalidValue"})
public abstract class Violation {

  /**
   * Returns the property path from the validated object, e.g. {@code contactEmail}.
   *
   * @return the path
   */
  @JsonProperty("path")
  public abstract String path();

  /**
   * Returns the interpolated message, e.g. "must be a well-formed email address".
   *
   * @return the message
   */
  @JsonProperty("message")
  public abstract String message();

  /**
   * Returns the simple name of the constraint annotation, e.g. {@code Email}.
   *
   * @return the constraint
   */
  @JsonProperty("constraint")
  public abstract String constraint();

  /**
   * Returns the offending value as text.
   *
   * @return the value, or empty if it was null
   */
  @JsonProperty("invalidValue")
  public abstract Optional<String> invalidValue();

  /**
   * Returns "path: message (value)".
   *
   * @return a readable description
   */
  @Override
  public String toString() {
    return path() + ": " + message() + invalidValue().map(v -> " (" + v + ")").orElse("");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Violation fromJackson(ImmutableViolation value) {
    return value;
  }
}

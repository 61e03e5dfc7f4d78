package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measurement suggested for a {@link KeyFeature}: what to measure, whether it is a number or
 * a quality, its unit and its direction ({@code +1} when more is better, {@code -1} when less
 * is better).
 *
 * <p>Its code extends the feature's code, e.g. {@code 1.1.a.1} for feature {@code 1.1.a}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"code", "feature", "kind", "unit", "direction", "title", "confidence"})
public abstract class SuggestedMeasurement {

  /**
   * Returns the code, e.g. {@code "1.1.a.1"}.
   *
   * @return the code
   */
  @JsonProperty("code")
  public abstract String code();

  /**
   * Returns the code of the feature the measurement belongs to, e.g. {@code "1.1.a"}.
   *
   * @return the feature code
   */
  @JsonProperty("feature")
  public abstract String feature();

  /**
   * Returns whether the measurement is a number or a quality.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract MeasurementKind kind();

  /**
   * Returns the unit, e.g. {@code "%"} or {@code "per 10,000 inhabitants"}; qualitative
   * measurements usually have none.
   *
   * @return the unit
   */
  @JsonProperty("unit")
  public abstract Optional<String> unit();

  /**
   * Returns the direction: {@code +1} if a higher value is better, {@code -1} if lower is.
   *
   * @return {@code +1} or {@code -1}
   */
  @JsonProperty("direction")
  public abstract int direction();

  /**
   * Returns what is measured.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns how sure the SDK is of this suggestion.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if a code is blank, the code does not extend the feature
   *     code, the direction is not {@code +1} or {@code -1}, or the unit is blank
   */
  @Value.Check
  protected void check() {
    String object = "SuggestedMeasurement[" + code() + "]";
    Codes.requireChild(object, "code", code(), feature());
    if (direction() != 1 && direction() != -1) {
      throw new InvalidModelException(object, "direction", direction(),
          "+1 (higher is better) or -1 (lower is better)");
    }
    if (unit().isPresent() && unit().get().isBlank()) {
      throw new InvalidModelException(object, "unit", unit().get(), "a non-blank unit or none");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSuggestedMeasurement.Builder builder() {
    return ImmutableSuggestedMeasurement.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static SuggestedMeasurement fromJackson(ImmutableSuggestedMeasurement value) {
    return value;
  }
}

package io.github.learningcities.lcn.model.award;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A selection criterion of an award cycle, e.g. "Contributions to GNLC activities" (2024).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"number", "text", "confidence"})
public abstract class AwardCriterion {

  /**
   * Returns the 1-based number of the criterion in its cycle.
   *
   * @return the number
   */
  @JsonProperty("number")
  public abstract int number();

  /**
   * Returns the wording of the criterion.
   *
   * @return the text
   */
  @JsonProperty("text")
  public abstract LocalizedText text();

  /**
   * Returns how sure the SDK is of the criterion.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the number is not positive
   */
  @Value.Check
  protected void check() {
    Checks.atLeastOne(() -> "AwardCriterion[" + number() + "]", "number", number(), "number");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAwardCriterion.Builder builder() {
    return ImmutableAwardCriterion.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AwardCriterion fromJackson(ImmutableAwardCriterion value) {
    return value;
  }
}

package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * A challenge the city faces, rated on the application form's scale from {@value #MIN} (least
 * pressing) to {@value #MAX} (most pressing). A draft may hold an out-of-range rating; the
 * completeness check and Bean Validation report it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"challenge", "rating"})
public abstract class ChallengeRating {
  /** The lowest rating. */
  public static final int MIN = 1;

  /** The highest rating. */
  public static final int MAX = 5;

  /**
   * Returns the challenge, e.g. "Integration of internally displaced persons".
   *
   * @return the challenge
   */
  @Value.Parameter
  @NotBlank
  @JsonProperty("challenge")
  public abstract String challenge();

  /**
   * Returns the rating, from 1 to 5.
   *
   * @return the rating
   */
  @Value.Parameter
  @Min(MIN)
  @Max(MAX)
  @JsonProperty("rating")
  public abstract int rating();

  /**
   * Returns a rating.
   *
   * @param challenge the challenge
   * @param rating the rating, valid from 1 to 5
   * @return the rating
   */
  public static ChallengeRating of(String challenge, int rating) {
    return ImmutableChallengeRating.of(challenge, rating);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableChallengeRating.Builder builder() {
    return ImmutableChallengeRating.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ChallengeRating fromJackson(ImmutableChallengeRating value) {
    return value;
  }
}

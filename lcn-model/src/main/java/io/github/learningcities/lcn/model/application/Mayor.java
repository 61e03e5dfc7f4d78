package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import static io.github.learningcities.lcn.model.application.CompletenessRules.NOT_BLANK;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The mayor named in Part 1 of a GNLC application; in a draft any field may still be missing.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"salutation", "surname", "firstName", "officialTitle"})
public abstract class Mayor {

  /**
   * Returns the salutation.
   *
   * @return the salutation
   */
  @JsonProperty("salutation")
  public abstract Optional<Salutation> salutation();

  /**
   * Returns the surname.
   *
   * @return the surname
   */
  @JsonProperty("surname")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> surname();

  /**
   * Returns the first name.
   *
   * @return the first name
   */
  @JsonProperty("firstName")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> firstName();

  /**
   * Returns the exact official title, e.g. "Mayor of Melitopol".
   *
   * @return the title
   */
  @JsonProperty("officialTitle")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> officialTitle();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableMayor.Builder builder() {
    return ImmutableMayor.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Mayor fromJackson(ImmutableMayor value) {
    return value;
  }
}

package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import static io.github.learningcities.lcn.model.application.CompletenessRules.NOT_BLANK;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.place.CountryCode;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Part 2 of a GNLC application: the endorsement by the National Commission for UNESCO of the
 * city's country, signed and forwarded to the UNESCO Institute for Lifelong Learning.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"commission", "country", "signatoryName", "signatoryTitle",
    "endorsed", "signedOn"})
public abstract class NationalCommissionEndorsement {

  /**
   * Returns the name of the National Commission, e.g. "National Commission of Ukraine for
   * UNESCO".
   *
   * @return the name
   */
  @JsonProperty("commission")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> commission();

  /**
   * Returns the country of the National Commission.
   *
   * @return the country
   */
  @JsonProperty("country")
  public abstract Optional<CountryCode> country();

  /**
   * Returns the name of the person who signs for the Commission.
   *
   * @return the name
   */
  @JsonProperty("signatoryName")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> signatoryName();

  /**
   * Returns the title of the person who signs for the Commission.
   *
   * @return the title
   */
  @JsonProperty("signatoryTitle")
  public abstract Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> signatoryTitle();

  /**
   * Returns whether the Commission endorses the application.
   *
   * @return {@code true} if endorsed
   */
  @Value.Default
  @JsonProperty("endorsed")
  public boolean endorsed() {
    return false;
  }

  /**
   * Returns the date of the signature.
   *
   * @return the date
   */
  @JsonProperty("signedOn")
  public abstract Optional<LocalDate> signedOn();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableNationalCommissionEndorsement.Builder builder() {
    return ImmutableNationalCommissionEndorsement.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static NationalCommissionEndorsement fromJackson(ImmutableNationalCommissionEndorsement value) {
    return value;
  }
}

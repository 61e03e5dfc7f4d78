package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.place.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Part 1 of a GNLC application, filled in by the city: the city, its mayor, the contact person,
 * the pledge, the city profile, the two narratives, the challenges rated 1 to 5 and the city's
 * interests and expertise. Every part may still be incomplete in a draft.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"cityName", "country", "officialWebsite", "mayor", "contact", "pledge",
    "profile", "narratives", "challenges", "interests"})
public abstract class ApplicationPart1 {

  /**
   * Returns the name of the city in English.
   *
   * @return the name
   */
  @JsonProperty("cityName")
  public abstract Optional<@NotBlank String> cityName();

  /**
   * Returns the country.
   *
   * @return the country
   */
  @JsonProperty("country")
  public abstract Optional<CountryCode> country();

  /**
   * Returns the official website of the city.
   *
   * @return the website
   */
  @JsonProperty("officialWebsite")
  public abstract Optional<URI> officialWebsite();

  /**
   * Returns the mayor.
   *
   * @return the mayor, possibly with missing fields
   */
  @Value.Default
  @Valid
  @JsonProperty("mayor")
  public Mayor mayor() {
    return Mayor.builder().build();
  }

  /**
   * Returns the contact person for the GNLC.
   *
   * @return the contact person, possibly with missing fields
   */
  @Value.Default
  @Valid
  @JsonProperty("contact")
  public ContactPerson contact() {
    return ContactPerson.builder().build();
  }

  /**
   * Returns the mayor's pledge.
   *
   * @return the pledge, unsigned by default
   */
  @Value.Default
  @JsonProperty("pledge")
  public Pledge pledge() {
    return Pledge.builder().build();
  }

  /**
   * Returns the city profile.
   *
   * @return the profile, possibly with missing figures
   */
  @Value.Default
  @JsonProperty("profile")
  public CityProfile profile() {
    return CityProfile.builder().build();
  }

  /**
   * Returns the two narratives.
   *
   * @return the narratives, possibly missing
   */
  @Value.Default
  @JsonProperty("narratives")
  public Narratives narratives() {
    return Narratives.builder().build();
  }

  /**
   * Returns the challenges, each rated from 1 to 5.
   *
   * @return the ratings, possibly empty
   */
  @JsonProperty("challenges")
  public abstract List<@Valid ChallengeRating> challenges();

  /**
   * Returns the areas of interest and expertise the city declares.
   *
   * @return the areas, possibly empty
   */
  @JsonProperty("interests")
  public abstract List<String> interests();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableApplicationPart1.Builder builder() {
    return ImmutableApplicationPart1.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ApplicationPart1 fromJackson(ImmutableApplicationPart1 value) {
    return value;
  }
}

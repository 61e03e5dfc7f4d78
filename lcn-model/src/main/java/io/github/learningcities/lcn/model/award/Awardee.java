package io.github.learningcities.lcn.model.award;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A city that received the UNESCO Learning City Award in a cycle, e.g. Melitopol (2019).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"city", "name", "country", "confidence", "note"})
public abstract class Awardee {

  /**
   * Returns the city's identifier, e.g. {@code ua-melitopol}.
   *
   * @return the city
   */
  @JsonProperty("city")
  public abstract CityId city();

  /**
   * Returns the English name of the city.
   *
   * @return the name
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * Returns the city's country.
   *
   * @return the country
   */
  @JsonProperty("country")
  public abstract CountryCode country();

  /**
   * Returns how sure the SDK is of this award.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Returns a note, e.g. what the city was recognised for.
   *
   * @return the note
   */
  @JsonProperty("note")
  public abstract Optional<String> note();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the name is blank
   */
  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw new InvalidModelException("Awardee[" + city() + "]", "name", name(),
          "a non-blank city name");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAwardee.Builder builder() {
    return ImmutableAwardee.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Awardee fromJackson(ImmutableAwardee value) {
    return value;
  }
}

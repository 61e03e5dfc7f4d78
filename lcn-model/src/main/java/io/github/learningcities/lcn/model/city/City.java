package io.github.learningcities.lcn.model.city;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.GeoPoint;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import io.github.learningcities.lcn.model.text.UkrainianRomanization;
import jakarta.validation.constraints.Email;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A city (municipality or territorial community) of the learning-city world.
 *
 * <p>Invariants checked at construction: the subdivision, if any, belongs to the city's
 * country; the population and the area are in {@value DatedQuantity#INHABITANTS} and
 * {@value DatedQuantity#SQUARE_KILOMETRES}; the website is an http or https URI. The contact
 * e-mail is a declarative {@link Email} constraint checked on demand by a Bean Validation
 * validator (see {@code ModelValidator}), so that incomplete records can still be built.
 *
 * <pre>{@code
 * City melitopol = City.builder()
 *     .id(CityId.of("ua-melitopol"))
 *     .names(LocalizedText.of("uk", "Мелітополь", "en", "Melitopol"))
 *     .country(CountryCode.UKRAINE)
 *     .subdivision(SubdivisionCode.of("UA-23"))
 *     .build();
 * melitopol.romanizedName(); // "Melitopol"
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "names", "country", "subdivision", "population", "area", "location",
    "website", "contactEmail"})
public abstract class City {

  /**
   * Returns the identifier.
   *
   * @return the id, e.g. {@code ua-melitopol}
   */
  @JsonProperty("id")
  public abstract CityId id();

  /**
   * Returns the city's names by language.
   *
   * @return the names, at least one
   */
  @JsonProperty("names")
  public abstract LocalizedText names();

  /**
   * Returns the country.
   *
   * @return the country code
   */
  @JsonProperty("country")
  public abstract CountryCode country();

  /**
   * Returns the ISO 3166-2 subdivision (for Ukraine: the oblast) the city lies in.
   *
   * @return the subdivision, of the same country as the city
   */
  @JsonProperty("subdivision")
  public abstract Optional<SubdivisionCode> subdivision();

  /**
   * Returns the population with the year it refers to.
   *
   * @return the population in {@value DatedQuantity#INHABITANTS}
   */
  @JsonProperty("population")
  public abstract Optional<DatedQuantity> population();

  /**
   * Returns the area with the year it refers to.
   *
   * @return the area in {@value DatedQuantity#SQUARE_KILOMETRES}
   */
  @JsonProperty("area")
  public abstract Optional<DatedQuantity> area();

  /**
   * Returns the approximate location (for example the city centre).
   *
   * @return the location
   */
  @JsonProperty("location")
  public abstract Optional<GeoPoint> location();

  /**
   * Returns the official website.
   *
   * @return an http or https URI
   */
  @JsonProperty("website")
  public abstract Optional<URI> website();

  /**
   * Returns the e-mail address of the city's learning-city contact; its syntax is a declarative
   * constraint checked by a Bean Validation validator, not at construction.
   *
   * @return the address
   */
  @JsonProperty("contactEmail")
  public abstract Optional<@Email String> contactEmail();

  /**
   * Returns the name in English or, failing that, by the fallback chain of
   * {@link LocalizedText#in(String)}.
   *
   * @return the name
   */
  public String name() {
    return names().in(LocalizedText.ENGLISH);
  }

  /**
   * Returns the official romanization of the Ukrainian name, computed on demand with
   * {@link UkrainianRomanization} (an explicit {@code uk-Latn} name wins).
   *
   * @return the romanized name, or empty if the city has no Ukrainian name
   */
  public Optional<String> romanizedName() {
    return names().romanizedUkrainian();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the subdivision is of another country, a quantity has the
   *     wrong unit, the website is not http(s) or the contact e-mail is blank
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "City[" + id() + "]";
    // A subdivision code starts with its country's code ("UA-23"); comparing the prefix spares
    // building a CountryCode for every city read.
    if (subdivision().isPresent()
        && !subdivision().get().value().startsWith(country().value())) {
      throw new InvalidModelException(object.get(), "subdivision", subdivision().get(),
          "a subdivision of the city's country " + country() + ", e.g. \"" + country()
              + "-...\"");
    }
    if (population().isPresent()
        && !population().get().unit().equals(DatedQuantity.INHABITANTS)) {
      throw new InvalidModelException(object.get(), "population.unit", population().get().unit(),
          "\"" + DatedQuantity.INHABITANTS + "\"");
    }
    if (area().isPresent() && !area().get().unit().equals(DatedQuantity.SQUARE_KILOMETRES)) {
      throw new InvalidModelException(object.get(), "area.unit", area().get().unit(),
          "\"" + DatedQuantity.SQUARE_KILOMETRES + "\"");
    }
    Checks.webLink(object, "website", website());
    Checks.nonBlank(object, "contactEmail", contactEmail());
  }

  /**
   * Returns a city with only the mandatory attributes.
   *
   * @param id the identifier
   * @param names the names
   * @param country the country
   * @return the city
   */
  public static City of(CityId id, LocalizedText names, CountryCode country) {
    return builder().id(id).names(names).country(country).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableCity.Builder builder() {
    return ImmutableCity.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static City fromJackson(ImmutableCity value) {
    return value;
  }
}

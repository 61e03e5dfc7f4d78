package io.github.learningcities.lcn.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The city profile of Part 1, published on the GNLC website: each figure with the year its data
 * refers to. Units: population in {@value DatedQuantity#INHABITANTS}, area in
 * {@value DatedQuantity#SQUARE_KILOMETRES}, GDP per capita in {@value #USD}, average years of
 * schooling in {@value #YEARS}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"population", "area", "gdpPerCapitaCity", "gdpPerCapitaCountry",
    "averageYearsOfSchoolingMen", "averageYearsOfSchoolingWomen"})
public abstract class CityProfile {
  /** The unit of GDP per capita figures. */
  public static final String USD = "USD";

  /** The unit of average years of schooling. */
  public static final String YEARS = "years";

  /**
   * Returns the population.
   *
   * @return the population
   */
  @JsonProperty("population")
  public abstract Optional<DatedQuantity> population();

  /**
   * Returns the area.
   *
   * @return the area
   */
  @JsonProperty("area")
  public abstract Optional<DatedQuantity> area();

  /**
   * Returns the GDP per capita of the city.
   *
   * @return the city's GDP per capita
   */
  @JsonProperty("gdpPerCapitaCity")
  public abstract Optional<DatedQuantity> gdpPerCapitaCity();

  /**
   * Returns the GDP per capita of the country.
   *
   * @return the country's GDP per capita
   */
  @JsonProperty("gdpPerCapitaCountry")
  public abstract Optional<DatedQuantity> gdpPerCapitaCountry();

  /**
   * Returns the average years of schooling of men.
   *
   * @return the average years of schooling of men
   */
  @JsonProperty("averageYearsOfSchoolingMen")
  public abstract Optional<DatedQuantity> averageYearsOfSchoolingMen();

  /**
   * Returns the average years of schooling of women.
   *
   * @return the average years of schooling of women
   */
  @JsonProperty("averageYearsOfSchoolingWomen")
  public abstract Optional<DatedQuantity> averageYearsOfSchoolingWomen();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableCityProfile.Builder builder() {
    return ImmutableCityProfile.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static CityProfile fromJackson(ImmutableCityProfile value) {
    return value;
  }
}

package io.github.learningcities.lcn.model.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.people.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A city that signed a declaration, with the date and, where known, the person who signed.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"city", "date", "representative"})
public abstract class Signatory {

  /**
   * Returns the signatory city.
   *
   * @return the city's id
   */
  @Value.Parameter
  @JsonProperty("city")
  public abstract CityId city();

  /**
   * Returns the signing date.
   *
   * @return the date, not before the declaration's date
   */
  @Value.Parameter
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * Returns the person who signed for the city, where known.
   *
   * @return the representative
   */
  @JsonProperty("representative")
  public abstract Optional<PersonId> representative();

  /**
   * Returns a signatory without a named representative.
   *
   * @param city the city
   * @param date the signing date
   * @return the signatory
   */
  public static Signatory of(CityId city, LocalDate date) {
    return ImmutableSignatory.of(city, date);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableSignatory.Builder builder() {
    return ImmutableSignatory.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Signatory fromJackson(ImmutableSignatory value) {
    return value;
  }
}

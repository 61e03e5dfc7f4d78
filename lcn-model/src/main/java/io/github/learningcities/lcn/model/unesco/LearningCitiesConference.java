package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * An International Conference on Learning Cities (ICLC), e.g. ICLC1 in Beijing, 21-23 October
 * 2013, with the documents it adopted.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"number", "startDate", "endDate", "hostCity", "country", "theme",
    "confidence", "note", "outcomeDocuments"})
public abstract class LearningCitiesConference {

  /**
   * Returns the ordinal number of the conference (1 for Beijing 2013).
   *
   * @return the number
   */
  @JsonProperty("number")
  public abstract int number();

  /**
   * Returns the first day of the conference.
   *
   * @return the start date
   */
  @JsonProperty("startDate")
  public abstract LocalDate startDate();

  /**
   * Returns the last day of the conference.
   *
   * @return the end date
   */
  @JsonProperty("endDate")
  public abstract LocalDate endDate();

  /**
   * Returns the English name of the host city, e.g. {@code "Medellín"}.
   *
   * @return the host city
   */
  @JsonProperty("hostCity")
  public abstract String hostCity();

  /**
   * Returns the host country.
   *
   * @return the country
   */
  @JsonProperty("country")
  public abstract CountryCode country();

  /**
   * Returns the theme of the conference.
   *
   * @return the theme
   */
  @JsonProperty("theme")
  public abstract LocalizedText theme();

  /**
   * Returns how sure the SDK is of this record.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Returns a note, e.g. participation figures.
   *
   * @return the note
   */
  @JsonProperty("note")
  public abstract Optional<String> note();

  /**
   * Returns the documents adopted at the conference, in catalog order.
   *
   * @return the outcome documents, possibly empty
   */
  @JsonProperty("outcomeDocuments")
  public abstract List<OutcomeDocument> outcomeDocuments();

  /**
   * Returns the short code of the conference, e.g. {@code "ICLC1"}.
   *
   * @return the code
   */
  public String code() {
    return "ICLC" + number();
  }

  /**
   * Returns the year of the conference.
   *
   * @return the year
   */
  public Year year() {
    return Year.of(startDate().getYear());
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the number is not positive, the dates are out of order,
   *     the host city is blank, a document's year is not the conference's or a key repeats
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "LearningCitiesConference[ICLC" + number() + "]";
    Checks.atLeastOne(object, "number", number(), "number");
    if (endDate().isBefore(startDate())) {
      throw new InvalidModelException(object.get(), "endDate", endDate(),
          "a date on or after the start date " + startDate());
    }
    if (hostCity().isBlank()) {
      throw new InvalidModelException(object.get(), "hostCity", hostCity(),
          "a non-blank city name");
    }
    Set<String> keys = new HashSet<>();
    for (OutcomeDocument d : outcomeDocuments()) {
      if (!d.year().equals(year())) {
        throw new InvalidModelException(object.get(), "outcomeDocuments[" + d.key() + "].year",
            d.year(), "the year of the conference, " + year());
      }
      if (!keys.add(d.key())) {
        throw new InvalidModelException(object.get(), "outcomeDocuments", d.key(),
            "unique document keys");
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableLearningCitiesConference.Builder builder() {
    return ImmutableLearningCitiesConference.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static LearningCitiesConference fromJackson(ImmutableLearningCitiesConference value) {
    return value;
  }
}

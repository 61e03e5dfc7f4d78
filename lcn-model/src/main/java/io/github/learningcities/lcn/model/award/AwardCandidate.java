package io.github.learningcities.lcn.model.award;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The membership data of a city that the award's eligibility rules look at: its country, since
 * when it has been a GNLC member (empty if it is not a member) and the years it received the
 * award before.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"city", "country", "gnlcMemberSince", "previousAwards"})
public abstract class AwardCandidate {

  /**
   * Returns the city.
   *
   * @return the city identifier
   */
  @JsonProperty("city")
  public abstract CityId city();

  /**
   * Returns the city's country.
   *
   * @return the country
   */
  @JsonProperty("country")
  public abstract CountryCode country();

  /**
   * Returns the date the city was admitted to the GNLC, if it is a member.
   *
   * @return the admission date
   */
  @JsonProperty("gnlcMemberSince")
  public abstract Optional<LocalDate> gnlcMemberSince();

  /**
   * Returns the years in which the city received the award before.
   *
   * @return the years, possibly empty
   */
  @JsonProperty("previousAwards")
  public abstract List<Year> previousAwards();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if a previous award year repeats
   */
  @Value.Check
  protected void check() {
    Set<Year> seen = new HashSet<>();
    for (Year y : previousAwards()) {
      if (!seen.add(y)) {
        throw new InvalidModelException("AwardCandidate[" + city() + "]", "previousAwards", y,
            "each award year once");
      }
    }
  }

  /**
   * Returns a candidate that is a GNLC member since the given date and was never awarded.
   *
   * @param city the city
   * @param country its country
   * @param memberSince the date of its admission to the GNLC
   * @return the candidate
   */
  public static AwardCandidate member(CityId city, CountryCode country, LocalDate memberSince) {
    return builder().city(city).country(country).gnlcMemberSince(memberSince).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAwardCandidate.Builder builder() {
    return ImmutableAwardCandidate.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AwardCandidate fromJackson(ImmutableAwardCandidate value) {
    return value;
  }
}

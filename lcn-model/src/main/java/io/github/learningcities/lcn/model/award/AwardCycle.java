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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One cycle of the UNESCO Learning City Award: its year, the International Conference on
 * Learning Cities where it was conferred, the call date, the eligibility rules, the selection
 * criteria and the awarded cities.
 *
 * <p>The awardees of a cycle obey its own per-country limit.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"year", "conference", "callDate", "rules", "criteria", "awardees", "note"})
public abstract class AwardCycle {

  /**
   * Returns the year the award was conferred.
   *
   * @return the year
   */
  @JsonProperty("year")
  public abstract Year year();

  /**
   * Returns the number of the International Conference on Learning Cities where the award was
   * conferred, e.g. 4 for Medellín 2019.
   *
   * @return the conference number
   */
  @JsonProperty("conference")
  public abstract OptionalInt conference();

  /**
   * Returns the date of the call for applications, against which membership length is
   * measured.
   *
   * @return the call date
   */
  @JsonProperty("callDate")
  public abstract Optional<LocalDate> callDate();

  /**
   * Returns the eligibility rules of the cycle.
   *
   * @return the rules
   */
  @JsonProperty("rules")
  public abstract AwardRules rules();

  /**
   * Returns the selection criteria, numbered from 1 (empty where not recorded).
   *
   * @return the criteria
   */
  @JsonProperty("criteria")
  public abstract List<AwardCriterion> criteria();

  /**
   * Returns the awarded cities, in catalog order (empty for a cycle not yet decided).
   *
   * @return the awardees
   */
  @JsonProperty("awardees")
  public abstract List<Awardee> awardees();

  /**
   * Returns a note on the cycle.
   *
   * @return the note
   */
  @JsonProperty("note")
  public abstract Optional<String> note();

  /**
   * Returns whether the cycle awarded the city.
   *
   * @param city the city
   * @return {@code true} if the city is an awardee of this cycle
   */
  public boolean awarded(CityId city) {
    return awardees().stream().anyMatch(a -> a.city().equals(city));
  }

  /**
   * Checks a candidate city against this cycle's rules.
   *
   * @param candidate the city's membership data
   * @return the result, listing every failed rule with its reason
   */
  public AwardEligibility eligibility(AwardCandidate candidate) {
    return AwardEligibility.evaluate(candidate, this);
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the call date is after the cycle year, the criteria are
   *     not numbered 1, 2, 3 ..., an awardee repeats, or a country has more awardees than the
   *     rules allow
   */
  @Value.Check
  protected void check() {
    String object = "AwardCycle[" + year() + "]";
    if (callDate().isPresent() && callDate().get().getYear() > year().getValue()) {
      throw new InvalidModelException(object, "callDate", callDate().get(),
          "a date in or before " + year());
    }
    for (int i = 0; i < criteria().size(); i++) {
      if (criteria().get(i).number() != i + 1) {
        throw new InvalidModelException(object, "criteria[" + i + "].number",
            criteria().get(i).number(), "criteria numbered 1, 2, 3 ... in order, here " + (i + 1));
      }
    }
    Set<CityId> cities = new HashSet<>();
    Map<CountryCode, Integer> perCountry = new HashMap<>();
    for (Awardee a : awardees()) {
      if (!cities.add(a.city())) {
        throw new InvalidModelException(object, "awardees", a.city(), "each city once");
      }
      int n = perCountry.merge(a.country(), 1, Integer::sum);
      if (rules().maxAwardsPerCountry().isPresent()
          && n > rules().maxAwardsPerCountry().getAsInt()) {
        throw new InvalidModelException(object, "awardees", a.city(),
            "at most " + rules().maxAwardsPerCountry().getAsInt() + " awarded city per country;"
                + " " + a.country() + " has " + n);
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAwardCycle.Builder builder() {
    return ImmutableAwardCycle.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AwardCycle fromJackson(ImmutableAwardCycle value) {
    return value;
  }
}

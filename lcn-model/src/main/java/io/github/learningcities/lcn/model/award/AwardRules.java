package io.github.learningcities.lcn.model.award;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Confidence;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The eligibility rules of one award cycle; an absent limit means the rule does not apply.
 *
 * <p>The 2024 rules are: GNLC members only, members for more than 12 months at the call date,
 * no award within six years after a previous one, at most one awarded city per country.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"membersOnly", "minMembershipMonths", "cooldownYears",
    "maxAwardsPerCountry", "confidence"})
public abstract class AwardRules {

  /**
   * Returns whether only GNLC members may apply.
   *
   * @return {@code true} for members only
   */
  @JsonProperty("membersOnly")
  public abstract boolean membersOnly();

  /**
   * Returns the number of months of membership a city must exceed at the call date.
   *
   * @return the months, e.g. 12
   */
  @JsonProperty("minMembershipMonths")
  public abstract OptionalInt minMembershipMonths();

  /**
   * Returns the number of years after an award during which the city may not receive it again:
   * with 6, a city awarded in 2019 is barred up to and including 2025.
   *
   * @return the years, e.g. 6
   */
  @JsonProperty("cooldownYears")
  public abstract OptionalInt cooldownYears();

  /**
   * Returns the largest number of awarded cities from one country in a cycle.
   *
   * @return the limit, e.g. 1
   */
  @JsonProperty("maxAwardsPerCountry")
  public abstract OptionalInt maxAwardsPerCountry();

  /**
   * Returns how sure the SDK is that these rules applied to the cycle.
   *
   * @return the confidence
   */
  @JsonProperty("confidence")
  public abstract Confidence confidence();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if a limit is negative (or zero for the per-country limit),
   *     or a minimum membership is set without the members-only rule
   */
  @Value.Check
  protected void check() {
    String object = "AwardRules";
    if (minMembershipMonths().isPresent()) {
      if (minMembershipMonths().getAsInt() < 0) {
        throw new InvalidModelException(object, "minMembershipMonths",
            minMembershipMonths().getAsInt(), "a non-negative number of months");
      }
      if (!membersOnly()) {
        throw new InvalidModelException(object, "membersOnly", false,
            "true when a minimum membership length is set");
      }
    }
    if (cooldownYears().isPresent() && cooldownYears().getAsInt() < 0) {
      throw new InvalidModelException(object, "cooldownYears", cooldownYears().getAsInt(),
          "a non-negative number of years");
    }
    if (maxAwardsPerCountry().isPresent() && maxAwardsPerCountry().getAsInt() < 1) {
      throw new InvalidModelException(object, "maxAwardsPerCountry",
          maxAwardsPerCountry().getAsInt(), "at least 1");
    }
  }

  /**
   * Returns the rules of the 2024 call: members only, more than 12 months of membership, a
   * six-year cool-down and one city per country.
   *
   * @return the rules
   */
  public static AwardRules standard2024() {
    return builder().membersOnly(true).minMembershipMonths(12).cooldownYears(6)
        .maxAwardsPerCountry(1).confidence(Confidence.VERIFIED).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableAwardRules.Builder builder() {
    return ImmutableAwardRules.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AwardRules fromJackson(ImmutableAwardRules value) {
    return value;
  }
}

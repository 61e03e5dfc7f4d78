package io.github.learningcities.lcn.model.award;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.city.CityId;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of checking a candidate city against the eligibility rules of an award cycle:
 * every rule it fails, each with the reason. The city is eligible when nothing failed.
 *
 * <pre>{@code
 * AwardEligibility e = cycle.eligibility(
 *     AwardCandidate.member(CityId.of("ua-sumy"), CountryCode.UKRAINE, LocalDate.of(2024, 2, 14)));
 * if (!e.eligible()) {
 *   e.failures().forEach(f -> log.info("{}: {}", f.rule(), f.reason()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"city", "cycle", "failures"})
public abstract class AwardEligibility {

  /**
   * Returns the candidate city.
   *
   * @return the city
   */
  @JsonProperty("city")
  public abstract CityId city();

  /**
   * Returns the year of the cycle checked.
   *
   * @return the cycle year
   */
  @JsonProperty("cycle")
  public abstract Year cycle();

  /**
   * Returns every rule the candidate fails, in the order of {@link EligibilityRule}.
   *
   * @return the failures, empty if the candidate is eligible
   */
  @JsonProperty("failures")
  public abstract List<RuleFailure> failures();

  /**
   * Returns whether the candidate passes every rule.
   *
   * @return {@code true} if eligible
   */
  public boolean eligible() {
    return failures().isEmpty();
  }

  /**
   * Returns the rules the candidate fails.
   *
   * @return the failed rules, in order
   */
  public List<EligibilityRule> failedRules() {
    return failures().stream().map(RuleFailure::rule).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks a candidate against the rules of a cycle.
   *
   * @param candidate the city's membership data
   * @param cycle the award cycle
   * @return the result, listing every failed rule
   */
  public static AwardEligibility evaluate(AwardCandidate candidate, AwardCycle cycle) {
    AwardRules rules = cycle.rules();
    List<RuleFailure> failures = new ArrayList<>();
    int year = cycle.year().getValue();
    if (rules.membersOnly()) {
      if (candidate.gnlcMemberSince().isEmpty()) {
        failures.add(RuleFailure.of(EligibilityRule.GNLC_MEMBERSHIP,
            candidate.city() + " is not a member of the UNESCO Global Network of Learning"
                + " Cities; only members may apply"));
      } else if (cycle.callDate().isPresent()
          && candidate.gnlcMemberSince().get().isAfter(cycle.callDate().get())) {
        failures.add(RuleFailure.of(EligibilityRule.GNLC_MEMBERSHIP,
            candidate.city() + " joined the GNLC on " + candidate.gnlcMemberSince().get()
                + ", after the call date " + cycle.callDate().get()
                + "; only members at the call may apply"));
      }
    }
    if (rules.minMembershipMonths().isPresent()) {
      int months = rules.minMembershipMonths().getAsInt();
      if (cycle.callDate().isEmpty()) {
        failures.add(RuleFailure.of(EligibilityRule.MINIMUM_MEMBERSHIP,
            "the " + year + " cycle records no call date, so membership of more than " + months
                + " months at the call cannot be established"));
      } else if (candidate.gnlcMemberSince().isEmpty()) {
        failures.add(RuleFailure.of(EligibilityRule.MINIMUM_MEMBERSHIP,
            candidate.city() + " has no GNLC membership at the call date "
                + cycle.callDate().get() + "; more than " + months + " months required"));
      } else {
        LocalDate since = candidate.gnlcMemberSince().get();
        LocalDate call = cycle.callDate().get();
        if (!since.plusMonths(months).isBefore(call)) {
          failures.add(RuleFailure.of(EligibilityRule.MINIMUM_MEMBERSHIP,
              candidate.city() + " has been a member since " + since + ", "
                  + describe(since, call) + " at the call date " + call + "; more than "
                  + months + " months required"));
        }
      }
    }
    if (rules.cooldownYears().isPresent()) {
      int cooldown = rules.cooldownYears().getAsInt();
      for (Year previous : candidate.previousAwards()) {
        int gap = year - previous.getValue();
        if (gap >= 0 && gap <= cooldown) {
          failures.add(RuleFailure.of(EligibilityRule.COOLDOWN,
              candidate.city() + " received the award in " + previous + "; past awardees may"
                  + " not receive it again within " + cooldown + " years (eligible again from "
                  + (previous.getValue() + cooldown + 1) + ")"));
        }
      }
    }
    if (rules.maxAwardsPerCountry().isPresent()) {
      int max = rules.maxAwardsPerCountry().getAsInt();
      List<String> compatriots = cycle.awardees().stream()
          .filter(a -> a.country().equals(candidate.country()))
          .filter(a -> !a.city().equals(candidate.city()))
          .map(a -> a.city().value())
          .collect(Collectors.toList());
      if (compatriots.size() >= max) {
        failures.add(RuleFailure.of(EligibilityRule.ONE_PER_COUNTRY,
            "the " + year + " cycle already awards " + compatriots + " from "
                + candidate.country() + "; at most " + max + " per country"));
      }
    }
    return ImmutableAwardEligibility.builder()
        .city(candidate.city())
        .cycle(cycle.year())
        .addAllFailures(failures)
        .build();
  }

  private static String describe(LocalDate since, LocalDate call) {
    if (since.isAfter(call)) {
      return "not yet a member";
    }
    Period p = Period.between(since, call);
    long months = p.toTotalMonths();
    return months + (months == 1 ? " month" : " months")
        + (p.getDays() > 0 ? " and " + p.getDays() + (p.getDays() == 1 ? " day" : " days") : "");
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AwardEligibility fromJackson(ImmutableAwardEligibility value) {
    return value;
  }
}

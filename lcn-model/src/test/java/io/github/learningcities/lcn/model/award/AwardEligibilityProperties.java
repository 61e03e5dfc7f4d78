package io.github.learningcities.lcn.model.award;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.time.LocalDate;
import java.time.Year;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AwardEligibilityProperties {
  private static final LocalDate EPOCH = LocalDate.of(2010, 1, 1);

  private static AwardCycle cycle(int callOffsetDays) {
    LocalDate call = EPOCH.plusDays(callOffsetDays);
    return AwardCycle.builder().year(Year.of(call.getYear())).callDate(call)
        .rules(AwardRules.standard2024()).build();
  }

  private static boolean passesMinimumMembership(LocalDate since, AwardCycle cycle) {
    AwardEligibility e = cycle.eligibility(
        AwardCandidate.member(CityId.of("xx-city"), CountryCode.of("UA"), since));
    return !e.failedRules().contains(EligibilityRule.MINIMUM_MEMBERSHIP);
  }

  @Property
  void aLongerMembershipNeverFailsTheTwelveMonthRuleWhenAShorterOnePasses(
      @ForAll @IntRange(min = 0, max = 6000) int callOffset,
      @ForAll @IntRange(min = 0, max = 6000) int sinceOffset,
      @ForAll @IntRange(min = 0, max = 3000) int extraDays) {
    AwardCycle cycle = cycle(callOffset);
    LocalDate since = EPOCH.plusDays(sinceOffset);
    LocalDate earlier = since.minusDays(extraDays);
    if (passesMinimumMembership(since, cycle)) {
      assertThat(passesMinimumMembership(earlier, cycle)).isTrue();
    }
  }

  @Property
  void theTwelveMonthRuleMatchesACalendarCount(
      @ForAll @IntRange(min = 0, max = 6000) int callOffset,
      @ForAll @IntRange(min = 0, max = 6000) int sinceOffset) {
    AwardCycle cycle = cycle(callOffset);
    LocalDate call = cycle.callDate().orElseThrow();
    LocalDate since = EPOCH.plusDays(sinceOffset);
    LocalDate anniversary = since.plusYears(1);
    assertThat(passesMinimumMembership(since, cycle)).isEqualTo(anniversary.isBefore(call));
  }

  @Property
  void eligibilityIsTheAbsenceOfFailures(
      @ForAll @IntRange(min = 0, max = 6000) int callOffset,
      @ForAll @IntRange(min = 0, max = 6000) int sinceOffset,
      @ForAll @IntRange(min = 2000, max = 2040) int previousAward) {
    AwardCycle cycle = cycle(callOffset);
    AwardEligibility e = cycle.eligibility(AwardCandidate.builder().city(CityId.of("xx-city"))
        .country(CountryCode.of("UA")).gnlcMemberSince(EPOCH.plusDays(sinceOffset))
        .addPreviousAwards(Year.of(previousAward)).build());
    assertThat(e.eligible()).isEqualTo(e.failures().isEmpty());
    int gap = cycle.year().getValue() - previousAward;
    assertThat(e.failedRules().contains(EligibilityRule.COOLDOWN))
        .isEqualTo(gap >= 0 && gap <= 6);
  }
}

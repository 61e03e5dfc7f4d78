package io.github.learningcities.lcn.model.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LearningCityAwardTest {
  private static final CityId MELITOPOL = CityId.of("ua-melitopol");
  private static final CountryCode UA = CountryCode.of("UA");
  private final LearningCityAwardCatalog award = LearningCityAwardCatalog.builtIn();

  private static AwardCycle cycle(int year, LocalDate call) {
    return AwardCycle.builder().year(Year.of(year)).callDate(call)
        .rules(AwardRules.standard2024()).build();
  }

  @Test
  void builtInCatalogHasFiveCyclesWithTheirAwardees() {
    assertThat(award.id()).isEqualTo("unesco.learning-city-award");
    assertThat(award.cycles()).extracting(c -> c.year().getValue())
        .containsExactly(2015, 2017, 2019, 2021, 2024);
    assertThat(award.cycles()).extracting(c -> c.awardees().size())
        .containsExactly(12, 16, 10, 10, 10);
    assertThat(award.cycle(Year.of(2019)).orElseThrow().conference()).hasValue(4);
    assertThat(award.cycle(Year.of(2024)).orElseThrow().criteria()).hasSize(8);
    assertThat(award.cycle(Year.of(2021)).orElseThrow().criteria()).hasSize(7);
    assertThat(award.cycle(Year.of(2015)).orElseThrow().rules().membersOnly()).isFalse();
    assertThat(award.cycle(Year.of(2024)).orElseThrow().rules().confidence())
        .isEqualTo(Confidence.VERIFIED);
  }

  @Test
  void melitopolReceivedTheAwardIn2019() {
    assertThat(award.awardsOf(MELITOPOL)).containsExactly(Year.of(2019));
    Awardee melitopol = award.cycle(Year.of(2019)).orElseThrow().awardees().stream()
        .filter(a -> a.city().equals(MELITOPOL)).findFirst().orElseThrow();
    assertThat(melitopol.name()).isEqualTo("Melitopol");
    assertThat(melitopol.country()).isEqualTo(UA);
    assertThat(melitopol.confidence()).isEqualTo(Confidence.VERIFIED);
    assertThat(award.awardsOf(CityId.of("ie-cork"))).containsExactly(Year.of(2015), Year.of(2024));
  }

  @Test
  void everyCycleAwardsAtMostOneCityPerCountry() {
    for (AwardCycle c : award.cycles()) {
      assertThat(c.awardees().stream().map(Awardee::country).collect(Collectors.toList()))
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void aMemberOfMoreThanTwelveMonthsWithoutAwardsIsEligible() {
    AwardEligibility e = cycle(2027, LocalDate.of(2027, 3, 1)).eligibility(
        AwardCandidate.member(CityId.of("ua-sumy"), UA, LocalDate.of(2024, 2, 14)));
    assertThat(e.eligible()).isTrue();
    assertThat(e.failures()).isEmpty();
  }

  @Test
  void exactlyTwelveMonthsIsNotMoreThanTwelve() {
    AwardEligibility e = cycle(2027, LocalDate.of(2027, 3, 1)).eligibility(
        AwardCandidate.member(CityId.of("ua-kharkiv"), UA, LocalDate.of(2026, 3, 1)));
    assertThat(e.failedRules()).containsExactly(EligibilityRule.MINIMUM_MEMBERSHIP);
    assertThat(e.failures().get(0).reason()).isEqualTo("ua-kharkiv has been a member since"
        + " 2026-03-01, 12 months at the call date 2027-03-01; more than 12 months required");
  }

  @Test
  void aNonMemberFailsBothMembershipRules() {
    AwardEligibility e = cycle(2027, LocalDate.of(2027, 3, 1)).eligibility(
        AwardCandidate.builder().city(CityId.of("ua-odesa")).country(UA).build());
    assertThat(e.failedRules()).containsExactly(EligibilityRule.GNLC_MEMBERSHIP,
        EligibilityRule.MINIMUM_MEMBERSHIP);
  }

  @Test
  void everyFailedRuleIsListedWithItsReason() {
    AwardCycle decided = AwardCycle.builder().year(Year.of(2024))
        .callDate(LocalDate.of(2024, 5, 1)).rules(AwardRules.standard2024())
        .addAwardees(Awardee.builder().city(CityId.of("ua-lviv")).name("Lviv").country(UA)
            .confidence(Confidence.UNVERIFIED).build())
        .build();
    AwardCandidate candidate = AwardCandidate.builder().city(MELITOPOL).country(UA)
        .gnlcMemberSince(LocalDate.of(2023, 11, 1)).addPreviousAwards(Year.of(2019)).build();
    AwardEligibility e = decided.eligibility(candidate);
    assertThat(e.eligible()).isFalse();
    assertThat(e.failedRules()).containsExactly(EligibilityRule.MINIMUM_MEMBERSHIP,
        EligibilityRule.COOLDOWN, EligibilityRule.ONE_PER_COUNTRY);
    assertThat(e.failures().get(1).reason()).isEqualTo("ua-melitopol received the award in"
        + " 2019; past awardees may not receive it again within 6 years (eligible again from"
        + " 2026)");
    assertThat(e.failures().get(2).reason())
        .isEqualTo("the 2024 cycle already awards [ua-lviv] from UA; at most 1 per country");
  }

  @Test
  void theCatalogAddsRecordedAwardsToTheCandidate() {
    AwardCandidate melitopol = AwardCandidate.member(MELITOPOL, UA, LocalDate.of(2016, 6, 1));
    AwardCycle in2024 = ImmutableAwardCycle.copyOf(award.cycle(Year.of(2024)).orElseThrow())
        .withCallDate(LocalDate.of(2024, 5, 1));
    assertThat(award.eligibility(melitopol, in2024).failedRules())
        .containsExactly(EligibilityRule.COOLDOWN);
    assertThat(award.eligibility(melitopol, cycle(2027, LocalDate.of(2027, 3, 1))).eligible())
        .isTrue();
  }

  @Test
  void aCycleWithoutCallDateCannotEstablishMembershipLength() {
    AwardEligibility e = award.cycle(Year.of(2024)).orElseThrow().eligibility(
        AwardCandidate.member(CityId.of("ua-sumy"), UA, LocalDate.of(2019, 1, 1)));
    assertThat(e.failedRules()).containsExactly(EligibilityRule.MINIMUM_MEMBERSHIP);
    assertThat(e.failures().get(0).reason()).contains("records no call date");
  }

  @Test
  void aCycleRefusesTwoAwardeesFromOneCountryUnderTheOnePerCountryRule() {
    Awardee a = Awardee.builder().city(CityId.of("ua-lviv")).name("Lviv").country(UA)
        .confidence(Confidence.VERIFIED).build();
    Awardee b = Awardee.builder().city(CityId.of("ua-sumy")).name("Sumy").country(UA)
        .confidence(Confidence.VERIFIED).build();
    assertThatThrownBy(() -> AwardCycle.builder().year(Year.of(2027))
            .rules(AwardRules.standard2024()).addAwardees(a, b).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("AwardCycle[2027].awardees: ua-sumy is invalid; expected at most 1 awarded"
            + " city per country; UA has 2");
  }

  @Test
  void aMinimumMembershipRequiresTheMembersOnlyRule() {
    assertThatThrownBy(() -> AwardRules.builder().membersOnly(false).minMembershipMonths(12)
            .confidence(Confidence.UNVERIFIED).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("AwardRules.membersOnly");
  }
}

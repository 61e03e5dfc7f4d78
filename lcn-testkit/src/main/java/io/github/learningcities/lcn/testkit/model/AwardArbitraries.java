package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.award.AwardCandidate;
import io.github.learningcities.lcn.model.award.AwardCriterion;
import io.github.learningcities.lcn.model.award.AwardCycle;
import io.github.learningcities.lcn.model.award.AwardEligibility;
import io.github.learningcities.lcn.model.award.AwardRules;
import io.github.learningcities.lcn.model.award.Awardee;
import io.github.learningcities.lcn.model.award.EligibilityRule;
import io.github.learningcities.lcn.model.award.LearningCityAwardCatalog;
import io.github.learningcities.lcn.model.award.RuleFailure;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * UNESCO Learning City Award cycles, candidates, eligibility verdicts and whole catalogs: rules
 * that are consistent, criteria numbered in order, and awardees that respect the per-country
 * limit.
 *
 * @since 0.1.0
 */
public final class AwardArbitraries {

  private AwardArbitraries() {}

  /**
   * Returns award rules; a minimum membership length comes only with members-only rules.
   *
   * @return the rules
   */
  public static Arbitrary<AwardRules> awardRules() {
    return Combinators.combine(Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 24).optional(),
        Arbitraries.integers().between(0, 8).optional(),
        Arbitraries.integers().between(1, 3).optional(), CatalogArbitraries.confidences())
        .as((membersOnly, months, cooldown, perCountry, confidence) -> {
          return io.github.learningcities.lcn.model.award.ImmutableAwardRules.builder()
              .membersOnly(membersOnly || months.isPresent())
              .minMembershipMonths(toInt(months)).cooldownYears(toInt(cooldown))
              .maxAwardsPerCountry(toInt(perCountry)).confidence(confidence).build();
        });
  }

  /**
   * Returns award criteria numbered {@code number}.
   *
   * @param number the criterion's number
   * @return the criteria
   */
  public static Arbitrary<AwardCriterion> awardCriteria(int number) {
    return Combinators.combine(TextArbitraries.localizedTexts(),
        CatalogArbitraries.confidences()).as((text, confidence) -> AwardCriterion.builder()
        .number(number).text(text).confidence(confidence).build());
  }

  /**
   * Returns award criteria numbered 1.
   *
   * @return the criteria
   */
  public static Arbitrary<AwardCriterion> awardCriteria() {
    return awardCriteria(1);
  }

  /**
   * Returns awardees that are Ukrainian cities.
   *
   * @return the awardees
   */
  public static Arbitrary<Awardee> awardees() {
    return Combinators.combine(CityArbitraries.cities(), CatalogArbitraries.confidences(),
        TextArbitraries.englishPhrases().optional())
        .as(AwardArbitraries::awardee);
  }

  private static Awardee awardee(City city,
      io.github.learningcities.lcn.model.catalog.Confidence confidence, Optional<String> note) {
    return Awardee.builder().city(city.id()).name(city.name()).country(city.country())
        .confidence(confidence).note(note).build();
  }

  /**
   * Returns award cycles of the given year.
   *
   * @param year the year of the cycle
   * @return the cycles
   */
  public static Arbitrary<AwardCycle> awardCycles(int year) {
    return Combinators.combine(awardRules(), Arbitraries.integers().between(0, 4),
        CityArbitraries.distinctCities(0, 6), Arbitraries.integers().between(1, 300).optional(),
        Arbitraries.integers().between(3, 7).optional(), CatalogArbitraries.confidences())
        .as(List::<Object>of).flatMap(a -> {
          List<Arbitrary<AwardCriterion>> criteria = new ArrayList<>();
          for (int i = 1; i <= (Integer) a.get(1); i++) {
            criteria.add(awardCriteria(i));
          }
          return Combinators.combine(criteria).as(cs -> {
            AwardRules rules = (AwardRules) a.get(0);
            @SuppressWarnings("unchecked")
            List<City> cities = (List<City>) a.get(2);
            Map<CountryCode, Integer> perCountry = new HashMap<>();
            List<Awardee> awardees = new ArrayList<>();
            for (City c : cities) {
              int n = perCountry.merge(c.country(), 1, Integer::sum);
              if (rules.maxAwardsPerCountry().isEmpty()
                  || n <= rules.maxAwardsPerCountry().getAsInt()) {
                awardees.add(awardee(c, (io.github.learningcities.lcn.model.catalog.Confidence)
                    a.get(5), Optional.empty()));
              }
            }
            @SuppressWarnings("unchecked")
            Optional<Integer> callDay = (Optional<Integer>) a.get(3);
            @SuppressWarnings("unchecked")
            Optional<Integer> conference = (Optional<Integer>) a.get(4);
            return AwardCycle.builder().year(Year.of(year)).rules(rules)
                .callDate(callDay.map(d -> LocalDate.ofYearDay(year - 1, d)))
                .conference(toInt(conference)).addAllCriteria(cs).addAllAwardees(awardees).build();
          });
        });
  }

  /**
   * Returns award cycles of 2015 to 2026.
   *
   * @return the cycles
   */
  public static Arbitrary<AwardCycle> awardCycles() {
    return Arbitraries.integers().between(2015, 2026).flatMap(AwardArbitraries::awardCycles);
  }

  /**
   * Returns award candidates, members of the GNLC at times, with distinct previous award
   * years.
   *
   * @return the candidates
   */
  public static Arbitrary<AwardCandidate> awardCandidates() {
    return Combinators.combine(CityArbitraries.cityIds(), TimeArbitraries.dates().optional(),
        TimeArbitraries.years(2015, 2026).list().ofMaxSize(3).uniqueElements())
        .as((city, since, previous) -> AwardCandidate.builder().city(city)
            .country(CountryCode.UKRAINE).gnlcMemberSince(since).addAllPreviousAwards(previous)
            .build());
  }

  /**
   * Returns rule failures.
   *
   * @return the failures
   */
  public static Arbitrary<RuleFailure> ruleFailures() {
    return Combinators.combine(Arbitraries.of(EligibilityRule.class),
        TextArbitraries.englishPhrases()).as(RuleFailure::of);
  }

  /**
   * Returns eligibility verdicts, evaluated by the model for a random candidate and cycle.
   *
   * @return the verdicts
   */
  public static Arbitrary<AwardEligibility> awardEligibilities() {
    return Combinators.combine(awardCandidates(), awardCycles())
        .as(AwardEligibility::evaluate);
  }

  /**
   * Returns award catalogs of up to four cycles in increasing years.
   *
   * @return the catalogs
   */
  public static Arbitrary<LearningCityAwardCatalog> awardCatalogs() {
    return Combinators.combine(Arbitraries.integers().between(0, 4),
        CatalogArbitraries.provenances(), TextArbitraries.localizedTexts())
        .as(List::<Object>of).flatMap(a -> {
          List<Arbitrary<AwardCycle>> cycles = new ArrayList<>();
          for (int i = 0; i < (Integer) a.get(0); i++) {
            cycles.add(awardCycles(2015 + 2 * i));
          }
          return Combinators.combine(cycles).as(cs -> LearningCityAwardCatalog.builder()
              .id(LearningCityAwardCatalog.ID).edition("generated")
              .title((io.github.learningcities.lcn.model.text.LocalizedText) a.get(2))
              .provenance((io.github.learningcities.lcn.model.catalog.Provenance) a.get(1))
              .addAllCycles(cs).build());
        });
  }

  private static OptionalInt toInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}

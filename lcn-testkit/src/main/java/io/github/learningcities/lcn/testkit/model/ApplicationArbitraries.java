package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.application.ApplicationCompleteness;
import io.github.learningcities.lcn.model.application.ApplicationIssue;
import io.github.learningcities.lcn.model.application.ApplicationPart1;
import io.github.learningcities.lcn.model.application.ApplicationStatus;
import io.github.learningcities.lcn.model.application.ChallengeRating;
import io.github.learningcities.lcn.model.application.CityProfile;
import io.github.learningcities.lcn.model.application.CommunicationLanguage;
import io.github.learningcities.lcn.model.application.ContactPerson;
import io.github.learningcities.lcn.model.application.GnlcApplication;
import io.github.learningcities.lcn.model.application.Mayor;
import io.github.learningcities.lcn.model.application.Narratives;
import io.github.learningcities.lcn.model.application.NationalCommissionEndorsement;
import io.github.learningcities.lcn.model.application.Pledge;
import io.github.learningcities.lcn.model.application.Salutation;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Applications to the UNESCO Global Network of Learning Cities: drafts with any subset of the
 * form filled in, and submitted or endorsed applications that are complete as their status
 * requires, so that their construction check passes.
 *
 * @since 0.1.0
 */
public final class ApplicationArbitraries {

  private ApplicationArbitraries() {}

  /**
   * Returns completeness issues.
   *
   * @return the issues
   */
  public static Arbitrary<ApplicationIssue> applicationIssues() {
    return Combinators.combine(Arbitraries.of("part1.city.name", "part1.mayor.surname",
        "part2.commission"), TextArbitraries.englishPhrases())
        .as((path, message) -> ApplicationIssue.of(path, "missing; expected " + message));
  }

  /**
   * Returns completeness reports of up to three issues.
   *
   * @return the reports
   */
  public static Arbitrary<ApplicationCompleteness> completenesses() {
    return applicationIssues().list().ofMaxSize(3).map(ApplicationCompleteness::of);
  }

  /**
   * Returns challenge ratings from 1 to 5.
   *
   * @return the ratings
   */
  public static Arbitrary<ChallengeRating> challengeRatings() {
    return Combinators.combine(TextArbitraries.englishPhrases(),
        Arbitraries.integers().between(ChallengeRating.MIN, ChallengeRating.MAX))
        .as(ChallengeRating::of);
  }

  /**
   * Returns complete city profiles with plausible figures in the expected units.
   *
   * @return the profiles
   */
  public static Arbitrary<CityProfile> cityProfiles() {
    return Combinators.combine(PlaceArbitraries.populations(), PlaceArbitraries.areas(),
        Arbitraries.doubles().between(1000, 20000).ofScale(0),
        Arbitraries.doubles().between(1000, 20000).ofScale(0),
        Arbitraries.doubles().between(6, 16).ofScale(1),
        Arbitraries.doubles().between(6, 16).ofScale(1))
        .as((population, area, gdpCity, gdpCountry, men, women) -> CityProfile.builder()
            .population(population).area(area)
            .gdpPerCapitaCity(DatedQuantity.of(gdpCity, CityProfile.USD, population.year()))
            .gdpPerCapitaCountry(DatedQuantity.of(gdpCountry, CityProfile.USD, population.year()))
            .averageYearsOfSchoolingMen(DatedQuantity.of(men, CityProfile.YEARS,
                population.year()))
            .averageYearsOfSchoolingWomen(DatedQuantity.of(women, CityProfile.YEARS,
                population.year()))
            .build());
  }

  /**
   * Returns complete contact persons with a valid telephone number and e-mail.
   *
   * @return the contact persons
   */
  public static Arbitrary<ContactPerson> contactPersons() {
    return Combinators.combine(Arbitraries.of(Salutation.class), TextArbitraries.ukrainianWords(),
        TextArbitraries.ukrainianWords(), Arbitraries.integers().between(1_000_000, 9_999_999),
        Arbitraries.of(CommunicationLanguage.class), Arbitraries.of(false, true))
        .as((salutation, surname, first, phone, language, fax) -> ContactPerson.builder()
            .salutation(salutation).surname(surname).firstName(first)
            .officialTitle("Head of the education department").organisation("City council")
            .postalAddress("1 Freedom Square").postcode("72312")
            .telephone("+380 61 " + phone).fax(fax ? Optional.of("+380 61 " + phone)
                : Optional.empty())
            .email("learning.city@example.org").language(language).build());
  }

  /**
   * Returns complete mayors.
   *
   * @return the mayors
   */
  public static Arbitrary<Mayor> mayors() {
    return Combinators.combine(Arbitraries.of(Salutation.class), TextArbitraries.ukrainianWords(),
        TextArbitraries.ukrainianWords())
        .as((salutation, surname, first) -> Mayor.builder().salutation(salutation)
            .surname(surname).firstName(first).officialTitle("Mayor").build());
  }

  /**
   * Returns narratives of at most 200 words each.
   *
   * @return the narratives
   */
  public static Arbitrary<Narratives> narratives() {
    return Combinators.combine(TextArbitraries.englishPhrases(), TextArbitraries.englishPhrases())
        .as((vision, implementation) -> Narratives.builder().vision(vision)
            .implementation(implementation).build());
  }

  /**
   * Returns signed pledges, stamped and adopting the guiding documents.
   *
   * @return the pledges
   */
  public static Arbitrary<Pledge> pledges() {
    return TimeArbitraries.dates().map(Pledge::signedOn);
  }

  /**
   * Returns complete endorsements by the National Commission of the given country.
   *
   * @param country the country of the city
   * @return the endorsements
   */
  public static Arbitrary<NationalCommissionEndorsement> endorsements(CountryCode country) {
    return Combinators.combine(TextArbitraries.ukrainianWords(), TimeArbitraries.dates())
        .as((name, date) -> NationalCommissionEndorsement.builder()
            .commission("National Commission for UNESCO").country(country)
            .signatoryName(name).signatoryTitle("Secretary-General").endorsed(true)
            .signedOn(date).build());
  }

  /**
   * Returns complete endorsements by the National Commission of Ukraine.
   *
   * @return the endorsements
   */
  public static Arbitrary<NationalCommissionEndorsement> endorsements() {
    return endorsements(CountryCode.UKRAINE);
  }

  /**
   * Returns complete first parts of the form for Ukrainian cities.
   *
   * @return the parts
   */
  public static Arbitrary<ApplicationPart1> parts1() {
    return Combinators.combine(CityArbitraries.cities(), mayors(), contactPersons(), pledges(),
        cityProfiles(), narratives(), challengeRatings().list().ofMinSize(1).ofMaxSize(4),
        TextArbitraries.englishPhrases().list().ofMaxSize(3))
        .as((city, mayor, contact, pledge, profile, narratives, challenges, interests) ->
            part1(city, mayor, contact, pledge, profile, narratives, challenges, interests));
  }

  private static ApplicationPart1 part1(City city, Mayor mayor, ContactPerson contact,
      Pledge pledge, CityProfile profile, Narratives narratives,
      java.util.List<ChallengeRating> challenges, java.util.List<String> interests) {
    return ApplicationPart1.builder().cityName(city.name()).country(city.country())
        .officialWebsite(URI.create("https://" + city.id().value() + ".gov.ua"))
        .mayor(mayor).contact(contact).pledge(pledge).profile(profile).narratives(narratives)
        .addAllChallenges(challenges).addAllInterests(interests).build();
  }

  /**
   * Returns applications of every status: drafts (complete or not), submitted applications with
   * a complete first part, and endorsed applications that are complete.
   *
   * @return the applications
   */
  public static Arbitrary<GnlcApplication> applications() {
    return Combinators.combine(Arbitraries.of(ApplicationStatus.class), parts1(),
        endorsements(), Arbitraries.of(false, true), CityArbitraries.cityIds())
        .as((status, part1, part2, partial, city) -> {
          if (status == ApplicationStatus.DRAFT && partial) {
            return GnlcApplication.builder().city(city)
                .part1(ApplicationPart1.builder().cityName(part1.cityName())
                    .mayor(part1.mayor()).contact(part1.contact())
                    .pledge(Pledge.builder().signed(true).signedOn(LocalDate.of(2024, 1, 1))
                        .build()).build())
                .build();
          }
          return GnlcApplication.builder().city(city).status(status).part1(part1)
              .part2(status == ApplicationStatus.SUBMITTED && partial ? Optional.empty()
                  : Optional.of(part2))
              .build();
        });
  }
}

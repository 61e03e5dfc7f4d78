package io.github.learningcities.lcn.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.validation.ModelValidator;
import io.github.learningcities.lcn.model.validation.Violation;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GnlcApplicationTest {
  private static final CountryCode UA = CountryCode.of("UA");

  private static String words(int n) {
    return String.join(" ", Collections.nCopies(n, "learning"));
  }

  static ApplicationPart1 completePart1() {
    return ApplicationPart1.builder()
        .cityName("Melitopol")
        .country(UA)
        .officialWebsite(URI.create("https://mlt.gov.ua/"))
        .mayor(Mayor.builder().salutation(Salutation.MR).surname("Fedorov").firstName("Ivan")
            .officialTitle("Mayor of Melitopol").build())
        .contact(ContactPerson.builder().salutation(Salutation.MS).surname("Ivanova")
            .firstName("Natalia").officialTitle("Head of the Ukrainian Association of Learning"
                + " Cities").organisation("UALC").postalAddress("Melitopol")
            .postcode("72300").telephone("+380 619 44 00 00").email("contact@ualc.org.ua")
            .language(CommunicationLanguage.ENGLISH).build())
        .pledge(Pledge.signedOn(LocalDate.of(2016, 3, 1)))
        .profile(CityProfile.builder()
            .population(DatedQuantity.population(155_900, 2016))
            .area(DatedQuantity.areaInSquareKilometres(50, 2016))
            .gdpPerCapitaCity(DatedQuantity.of(2_500, CityProfile.USD, Year.of(2015)))
            .gdpPerCapitaCountry(DatedQuantity.of(2_100, CityProfile.USD, Year.of(2015)))
            .averageYearsOfSchoolingMen(DatedQuantity.of(11.3, CityProfile.YEARS, Year.of(2015)))
            .averageYearsOfSchoolingWomen(DatedQuantity.of(11.4, CityProfile.YEARS,
                Year.of(2015)))
            .build())
        .narratives(Narratives.builder().vision(words(200)).implementation(words(150)).build())
        .addChallenges(ChallengeRating.of("Retraining of internally displaced mining workers", 5),
            ChallengeRating.of("Adult education provision", 4))
        .addInterests("Adult education")
        .build();
  }

  static NationalCommissionEndorsement endorsement() {
    return NationalCommissionEndorsement.builder()
        .commission("National Commission of Ukraine for UNESCO").country(UA)
        .signatoryName("Secretary General").signatoryTitle("Secretary General")
        .endorsed(true).signedOn(LocalDate.of(2016, 3, 20)).build();
  }

  @Test
  void aCompleteEndorsedApplicationHasNoIssues() {
    GnlcApplication a = GnlcApplication.builder().city(CityId.of("ua-melitopol"))
        .status(ApplicationStatus.ENDORSED).part1(completePart1()).part2(endorsement()).build();
    assertThat(a.completeness().isComplete()).isTrue();
    assertThat(a.completeness().issues()).isEmpty();
  }

  @Test
  void anEmptyDraftListsEveryMissingField() {
    GnlcApplication draft = GnlcApplication.builder().build();
    assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
    List<String> paths = draft.completeness().paths();
    assertThat(paths).containsExactly(
        "part1.city.name", "part1.city.country", "part1.city.officialWebsite",
        "part1.mayor.salutation", "part1.mayor.surname", "part1.mayor.firstName",
        "part1.mayor.officialTitle",
        "part1.contact.salutation", "part1.contact.surname", "part1.contact.firstName",
        "part1.contact.officialTitle", "part1.contact.postalAddress", "part1.contact.postcode",
        "part1.contact.telephone", "part1.contact.email", "part1.contact.language",
        "part1.pledge.adoptsGuidingDocuments", "part1.pledge.signed",
        "part1.pledge.officialStamp",
        "part1.profile.population", "part1.profile.area", "part1.profile.gdpPerCapitaCity",
        "part1.profile.gdpPerCapitaCountry", "part1.profile.averageYearsOfSchoolingMen",
        "part1.profile.averageYearsOfSchoolingWomen",
        "part1.narratives.vision", "part1.narratives.implementation",
        "part1.challenges", "part2");
  }

  @Test
  void invalidValuesAreAllReportedWithTheirPaths() {
    ApplicationPart1 p = ImmutableApplicationPart1.copyOf(completePart1())
        .withNarratives(Narratives.builder().vision(words(230)).implementation(words(201))
            .build())
        .withContact(ImmutableContactPerson.copyOf(completePart1().contact())
            .withEmail("not-an-address").withTelephone("0619 44 00 00"))
        .withChallenges(ChallengeRating.of("Literacy", 7), ChallengeRating.of(" ", 0))
        .withPledge(Pledge.builder().adoptsGuidingDocuments(true).signed(true)
            .officialStamp(true).build());
    GnlcApplication draft = GnlcApplication.builder().part1(p).part2(endorsement()).build();
    assertThat(draft.completeness().issues()).extracting(ApplicationIssue::toString)
        .containsExactly(
            "part1.contact.telephone: \"0619 44 00 00\" has no country code or invalid"
                + " characters; expected e.g. +380 61 234 5678",
            "part1.contact.email: \"not-an-address\" is not an e-mail address;"
                + " expected e.g. name@city.example",
            "part1.pledge.signedOn: missing; expected the date of the mayor's signature",
            "part1.narratives.vision: 230 words, at most 200 allowed",
            "part1.narratives.implementation: 201 words, at most 200 allowed",
            "part1.challenges[0].rating: 7 is out of range; expected 1-5",
            "part1.challenges[1].challenge: blank; expected the challenge rated",
            "part1.challenges[1].rating: 0 is out of range; expected 1-5");
  }

  @Test
  void part2MustBeTheCitysNationalCommission() {
    GnlcApplication a = GnlcApplication.builder().part1(completePart1())
        .part2(ImmutableNationalCommissionEndorsement.copyOf(endorsement())
            .withCountry(CountryCode.of("PL")).withEndorsed(false))
        .build();
    assertThat(a.completeness().issues()).extracting(ApplicationIssue::toString)
        .containsExactly(
            "part2.country: PL differs from the city's country UA; expected the city's"
                + " National Commission",
            "part2.endorsed: not endorsed; expected the Commission's endorsement");
    assertThat(a.completeness().isPart1Complete()).isTrue();
  }

  @Test
  void aSubmittedApplicationNeedsACompletePart1ButNotYetPart2() {
    GnlcApplication submitted = GnlcApplication.builder().status(ApplicationStatus.SUBMITTED)
        .part1(completePart1()).build();
    assertThat(submitted.completeness().paths()).containsExactly("part2");
    assertThatThrownBy(() -> GnlcApplication.builder().status(ApplicationStatus.SUBMITTED)
            .part1(ImmutableApplicationPart1.copyOf(completePart1())
                .withNarratives(Narratives.builder().vision(words(230))
                    .implementation(words(10)).build()))
            .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("GnlcApplication[Melitopol].status: SUBMITTED is invalid; expected DRAFT"
            + " while these issues remain: part1.narratives.vision: 230 words, at most 200"
            + " allowed");
  }

  @Test
  void anEndorsedApplicationNeedsPart2() {
    assertThatThrownBy(() -> GnlcApplication.builder().status(ApplicationStatus.ENDORSED)
            .part1(completePart1()).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("part2: missing; expected the endorsement of the National"
            + " Commission for UNESCO");
  }

  @Test
  void wordsAreCountedAcrossAnyWhiteSpace() {
    assertThat(Narratives.wordCount("  Місто,\u00a0що\tнавчається\n ")).isEqualTo(3);
    assertThat(Narratives.wordCount(" ")).isZero();
    assertThat(Narratives.wordCount(words(200))).isEqualTo(200);
  }

  @Test
  void beanValidationReportsAnInvalidEmailAndAChallengeRatedSeven() {
    ApplicationPart1 p = ImmutableApplicationPart1.copyOf(completePart1())
        .withContact(ImmutableContactPerson.copyOf(completePart1().contact())
            .withEmail("not-an-address"))
        .withChallenges(ChallengeRating.of("Literacy", 7));
    GnlcApplication draft = GnlcApplication.builder().part1(p).build();
    List<Violation> violations = ModelValidator.create().validate(draft);
    assertThat(violations).extracting(Violation::path).containsExactlyInAnyOrder(
        "part1.contact.email", "part1.challenges[0].rating");
    assertThat(ModelValidator.create().validate(GnlcApplication.builder()
        .part1(completePart1()).part2(endorsement()).build())).isEmpty();
  }
}

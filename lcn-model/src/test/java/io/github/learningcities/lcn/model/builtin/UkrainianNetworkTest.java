package io.github.learningcities.lcn.model.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.TargetPeriod;
import io.github.learningcities.lcn.model.event.Event;
import io.github.learningcities.lcn.model.network.DatePrecision;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.MembershipStatus;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.NetworkScope;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.people.DelegatingBody;
import io.github.learningcities.lcn.model.people.OrganizationKind;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UkrainianNetworkTest {

  /** The seed's lines, from the unchanged copy in the test resources (see README.md there). */
  private static List<String> seed;

  private final UkrainianNetwork data = UkrainianNetwork.get();
  private final Declaration declaration = data.declaration();

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in = UkrainianNetworkTest.class.getResourceAsStream(
        "melitopol-forum-and-declaration-2017.uk.txt")) {
      seed = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }
  }

  private static String line(int number) {
    return seed.get(number - 1);
  }

  private static List<String> bullets(int from, int to) {
    List<String> result = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      assertThat(line(n)).startsWith(" • ");
      result.add(line(n).substring(3));
    }
    return result;
  }

  private static List<String> ukrainian(List<LocalizedText> texts) {
    return texts.stream().map(t -> t.find("uk").orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void has15UniqueSignatoriesInTheSeedsOrder() {
    List<String> expected = List.of("Бердичів", "Біла Церква", "Вінниця", "Генічеськ",
        "Запоріжжя", "Маріуполь", "Мелітополь", "Молочанськ", "Нікополь", "Нова Каховка",
        "Павлоград", "Сколе", "Суми", "Токмак", "Чернігів");
    assertThat(declaration.signatories()).hasSize(15);
    assertThat(declaration.signatoryCities()).doesNotHaveDuplicates();
    List<String> names = declaration.signatoryCities().stream()
        .map(id -> data.city(id).orElseThrow().names().in("uk")).collect(Collectors.toList());
    assertThat(names).containsExactlyElementsOf(expected);
    for (int i = 0; i < 15; i++) {
      assertThat(line(82 + 2 * i)).isEqualTo("Представник м. " + expected.get(i));
    }
    assertThat(declaration.signatories())
        .allSatisfy(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2017, 10, 27)));
    assertThat(line(112)).isEqualTo("27.10.2017");
    assertThat(declaration.signatoriesProvenance().orElseThrow().confidence())
        .isEqualTo(Confidence.UNVERIFIED);
  }

  @Test
  void romanizesTheSignatoriesNamesToTheirUsualEnglishNames() {
    assertThat(declaration.signatoryCities()).allSatisfy(id -> {
      City city = data.city(id).orElseThrow();
      assertThat(city.romanizedName()).contains(city.names().in("en"));
    });
  }

  @Test
  void keepsTheUkrainianTextOfTheDeclarationCharacterForCharacter() {
    assertThat(line(38)).contains(declaration.title().in("uk"));
    assertThat(declaration.introduction().orElseThrow().in("uk")).isEqualTo(line(36));
    assertThat(ukrainian(declaration.recognitions())).containsExactlyElementsOf(bullets(40, 46));
    assertThat(ukrainian(declaration.purposes())).containsExactlyElementsOf(bullets(50, 53));
    assertThat(declaration.commitments().stream().map(c -> c.text().in("uk")))
        .containsExactlyElementsOf(bullets(57, 63));
    assertThat(ukrainian(declaration.cooperationAreas()))
        .containsExactlyElementsOf(bullets(67, 72));
    assertThat(ukrainian(declaration.governance().orElseThrow().clauses()))
        .containsExactly(line(74), line(76));
    assertThat(declaration.closing().orElseThrow().in("uk")).isEqualTo(line(78));
  }

  @Test
  void marksTheEnglishTextAsAnUnofficialTranslation() {
    assertThat(declaration.provenance().orElseThrow().note().orElseThrow())
        .contains("unofficial translation");
    assertThat(declaration.title().in("en"))
        .isEqualTo("Declaration on the Establishment of the Ukrainian Network of Learning Cities");
    assertThat(declaration.recognitions()).allSatisfy(
        t -> assertThat(t.languageTags()).containsExactly("uk", "en"));
  }

  @Test
  void modelsTheCommitmentsAndGovernance() {
    assertThat(declaration.commitments()).hasSize(7);
    assertThat(line(59)).contains("на 2018-2021 рр");
    assertThat(declaration.commitment(CommitmentCode.of("C3")).orElseThrow().targetPeriod())
        .contains(TargetPeriod.of(2018, 2021));
    var governance = declaration.governance().orElseThrow();
    assertThat(line(76)).contains("Керуючий комітет", "не рідше, ніж раз на рік",
        "по одному представнику від органів місцевого самоврядування та громадськості");
    assertThat(governance.body().in("uk")).isEqualTo("Керуючий комітет");
    assertThat(governance.delegatingBodies())
        .containsExactlyInAnyOrder(DelegatingBody.LOCAL_GOVERNMENT, DelegatingBody.CIVIL_SOCIETY);
    assertThat(governance.minimumMeetingsPerYear()).isEqualTo(1);
    assertThat(governance.meetsInMemberCity()).isTrue();
    assertThat(governance.coordinator()).isEqualTo(UkrainianNetwork.UALC);
    assertThat(declaration.initiator()).isEqualTo(UkrainianNetwork.UALC);
    assertThat(declaration.supporters()).containsExactly(UkrainianNetwork.UIL);
    assertThat(declaration.place()).isEqualTo(CityId.of("ua-melitopol"));
    assertThat(declaration.date()).isEqualTo(LocalDate.of(2017, 10, 27));
  }

  @Test
  void shipsTheForumWithItsPlannedOutcomes() {
    Event forum = data.forum();
    assertThat(line(1)).isEqualTo("Форум «" + forum.title().in("uk") + "»");
    assertThat(forum.startDate()).isEqualTo(LocalDate.of(2017, 10, 27));
    assertThat(forum.place()).isEqualTo(CityId.of("ua-melitopol"));
    List<String> expected = new ArrayList<>(bullets(25, 29));
    expected.add(line(31));
    assertThat(ukrainian(forum.plannedOutcomes())).containsExactlyElementsOf(expected);
    assertThat(ukrainian(forum.description())).containsExactly(line(19), line(21), line(23));
  }

  @Test
  void shipsTheNationalNetworkWithItsFoundingMembers() {
    Network network = data.network();
    assertThat(network.scope()).isEqualTo(NetworkScope.NATIONAL);
    assertThat(network.country()).contains(CountryCode.UKRAINE);
    assertThat(network.founded()).isEqualTo(LocalDate.of(2017, 10, 27));
    assertThat(network.coordinator()).contains(UkrainianNetwork.UALC);
    assertThat(network.foundingDeclaration()).contains(UkrainianNetwork.DECLARATION);
    assertThat(network.membersOn(LocalDate.of(2017, 10, 27)))
        .containsExactlyElementsOf(declaration.signatoryCities());
    assertThat(network.memberships()).allSatisfy(m -> assertThat(
        m.provenance().orElseThrow().confidence()).isEqualTo(Confidence.UNVERIFIED));
  }

  @Test
  void shipsTheUkrainianGnlcMembersWithJoinDatesAndConfidence() {
    Network gnlc = data.globalNetworkInUkraine();
    assertThat(gnlc.scope()).isEqualTo(NetworkScope.GLOBAL);
    assertThat(gnlc.coordinator()).contains(UkrainianNetwork.UIL);
    Membership melitopol = gnlc.membership(CityId.of("ua-melitopol")).orElseThrow();
    assertThat(melitopol.admittedOn()).contains(LocalDate.of(2016, 6, 1));
    assertThat(melitopol.history().get(0).precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(melitopol.admission().orElseThrow().dateAsKnown()).isEqualTo("2016-06");
    assertThat(melitopol.provenance().orElseThrow().confidence()).isEqualTo(Confidence.VERIFIED);
    Membership sumy = gnlc.membership(CityId.of("ua-sumy")).orElseThrow();
    assertThat(sumy.statusOn(LocalDate.of(2020, 1, 1))).contains(MembershipStatus.APPLIED);
    assertThat(sumy.admittedOn()).contains(LocalDate.of(2024, 2, 14));
    assertThat(sumy.history().get(0).dateAsKnown()).isEqualTo("2019");
    assertThat(gnlc.membership(CityId.of("ua-poltava")).orElseThrow().provenance()
        .orElseThrow().confidence()).isEqualTo(Confidence.UNVERIFIED);
    assertThat(gnlc.membership(CityId.of("ua-vinnytsia")).orElseThrow().provenance()
        .orElseThrow().confidence()).isEqualTo(Confidence.PROBABLE);
    // the 9 members listed at the 2025 call, per the research
    assertThat(gnlc.membersOn(LocalDate.of(2025, 6, 15)).stream().map(CityId::value))
        .containsExactlyInAnyOrder("ua-melitopol", "ua-nikopol", "ua-novoiavorivsk", "ua-kyiv",
            "ua-poltava", "ua-netishyn", "ua-sumy", "ua-lviv", "ua-ternopil");
    assertThat(gnlc.membersOn(LocalDate.of(2026, 1, 1))).hasSize(11);
  }

  @Test
  void datesOnlyBoundedByTheSourcesAreYearsOnOrBeforeAndUnverified() {
    Network gnlc = data.globalNetworkInUkraine();
    for (String city : List.of("ua-novoiavorivsk", "ua-poltava", "ua-netishyn")) {
      Membership m = gnlc.membership(CityId.of(city)).orElseThrow();
      StatusChange admission = m.admission().orElseThrow();
      assertThat(admission.precision()).as(city).isEqualTo(DatePrecision.YEAR);
      assertThat(admission.onOrBefore()).as(city).isTrue();
      assertThat(admission.dateAsKnown()).as(city).isEqualTo("on or before 2025");
      assertThat(m.cohort()).as(city).isEmpty();
      assertThat(m.provenance().orElseThrow().confidence()).as(city)
          .isEqualTo(Confidence.UNVERIFIED);
    }
    assertThat(data.city(CityId.of("ua-novoiavorivsk")).orElseThrow().name())
        .isEqualTo("Novoiavorivsk");
    // Every other date of the data is exact to what its source gives, never padded to a day.
    assertThat(gnlc.memberships().stream().flatMap(m -> m.history().stream())
        .filter(c -> !c.onOrBefore()).map(StatusChange::dateAsKnown))
        .contains("2016-06", "2017-10", "2019", "2022-09-02", "2024-02-14", "2025-12-04");
  }

  @Test
  void shipsTheOrganizationsAndCitiesWithValidCodes() {
    Map<String, OrganizationKind> kinds = data.organizations().stream()
        .collect(Collectors.toMap(o -> o.id().value(), o -> o.kind()));
    assertThat(kinds).containsEntry("ualc", OrganizationKind.NGO)
        .containsEntry("uil", OrganizationKind.UNESCO_INSTITUTE)
        .containsEntry("ua-natcom-unesco", OrganizationKind.NATIONAL_COMMISSION);
    assertThat(data.organization(UkrainianNetwork.UALC).orElseThrow().city())
        .contains(CityId.of("ua-melitopol"));
    assertThat(data.city(CityId.of("ua-melitopol")).orElseThrow().subdivision())
        .contains(SubdivisionCode.of("UA-23"));
    assertThat(data.city(CityId.of("ua-skole")).orElseThrow().subdivision())
        .contains(SubdivisionCode.of("UA-46"));
    assertThat(data.cities()).hasSize(22).allSatisfy(
        c -> assertThat(c.country()).isEqualTo(CountryCode.UKRAINE));
  }
}

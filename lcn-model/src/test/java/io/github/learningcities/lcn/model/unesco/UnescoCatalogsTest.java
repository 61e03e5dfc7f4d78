package io.github.learningcities.lcn.model.unesco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.catalog.Catalog;
import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UnescoCatalogsTest {

  @Test
  void everyBuiltInCatalogLoadsWithProvenanceAndTitle() {
    List<Catalog> catalogs = List.of(KeyFeaturesCatalog.builtIn(), GuidelinesCatalog.builtIn(),
        RegionsCatalog.builtIn(), ConferencesCatalog.builtIn());
    assertThat(catalogs).extracting(Catalog::id).containsExactly("unesco.key-features",
        "unesco.guidelines", "unesco.regions", "unesco.conferences");
    assertThat(catalogs).allSatisfy(c -> {
      assertThat(c.edition()).isNotBlank();
      assertThat(c.title().find("en")).isPresent();
      assertThat(c.provenance().links()).isNotEmpty();
      assertThat(c.unofficialTranslations()).containsExactly("uk");
    });
  }

  @Test
  void guidelinesHaveSixAreasOfActionWithSubPoints() {
    GuidelinesCatalog g = GuidelinesCatalog.builtIn();
    assertThat(g.areas()).extracting(ActionArea::key).containsExactly("plan", "stakeholders",
        "celebrate", "accessibility", "monitoring-evaluation", "funding");
    assertThat(g.areas()).allSatisfy(a -> assertThat(a.points()).isNotEmpty());
    assertThat(g.area(6).orElseThrow().title().in("en")).isEqualTo("Ensure sustainable funding");
    assertThat(g.area("plan").orElseThrow().points().get(1).text().in("en"))
        .isEqualTo("Take stock of what is already being done across sectors and stakeholders");
    assertThat(g.area(4).orElseThrow().points()).allSatisfy(p ->
        assertThat(p.confidence()).isEqualTo(Confidence.UNVERIFIED));
    assertThat(g.area(7)).isEmpty();
  }

  @Test
  void regionsAreTheFiveUnescoRegionsAndAssignEachCountryOnce() {
    RegionsCatalog r = RegionsCatalog.builtIn();
    assertThat(r.regions()).extracting(x -> x.name().in("en")).containsExactly("Africa",
        "Arab States", "Asia and the Pacific", "Europe and North America",
        "Latin America and the Caribbean");
    assertThat(r.regionOf(CountryCode.of("UA")).orElseThrow().code())
        .isEqualTo("europe-north-america");
    assertThat(r.regionOf(CountryCode.of("EG")).orElseThrow().code()).isEqualTo("arab-states");
    assertThat(r.regionOf(CountryCode.of("KR")).orElseThrow().code()).isEqualTo("asia-pacific");
    assertThat(r.regionOf(CountryCode.of("CO")).orElseThrow().code())
        .isEqualTo("latin-america-caribbean");
    assertThat(r.regionOf(CountryCode.of("NG")).orElseThrow().code()).isEqualTo("africa");
    assertThat(r.regionOf(CountryCode.of("NZ"))).isEmpty();
    assertThat(r.regions()).allSatisfy(x -> {
      assertThat(x.confidence()).isEqualTo(Confidence.VERIFIED);
      assertThat(x.memberStatesConfidence()).isEqualTo(Confidence.UNVERIFIED);
    });
    List<CountryCode> all = r.regions().stream().flatMap(x -> x.memberStates().stream())
        .collect(Collectors.toList());
    assertThat(all).doesNotHaveDuplicates();
  }

  @Test
  void aCountryInTwoRegionsIsRefusedWithItsLine() {
    String text = "#format: lcn-catalog/1\n#catalog: unesco.regions\n#edition: x\n"
        + "#title.en: Regions\n#source: s\n#source.confidence: V\n"
        + "#columns.region: code\tconfidence\ten\n"
        + "#columns.member: region\tcountry\tconfidence\n"
        + "region\tafrica\tV\tAfrica\n"
        + "region\tarab-states\tV\tArab States\n"
        + "member\tafrica\tEG\tU\n"
        + "member\tarab-states\tEG\tU\n";
    assertThatThrownBy(() -> RegionsCatalog.read("regions-test.tsv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("regions-test.tsv:12: country \"EG\" already assigned on line 11;"
            + " expected each country in one region only");
  }

  @Test
  void conferencesRunFromBeijing2013ToJubail2024WithTheirOutcomeDocuments() {
    ConferencesCatalog c = ConferencesCatalog.builtIn();
    assertThat(c.conferences()).extracting(LearningCitiesConference::hostCity)
        .containsExactly("Beijing", "Mexico City", "Cork", "Medellín", "Yeonsu-gu (Incheon)",
            "Jubail Industrial City");
    LearningCitiesConference beijing = c.conference(1).orElseThrow();
    assertThat(beijing.code()).isEqualTo("ICLC1");
    assertThat(beijing.startDate()).isEqualTo(LocalDate.of(2013, 10, 21));
    assertThat(beijing.country()).isEqualTo(CountryCode.of("CN"));
    OutcomeDocument declaration = c.outcomeDocument("beijing-declaration").orElseThrow();
    assertThat(declaration.title().in("en"))
        .isEqualTo("Beijing Declaration on Building Learning Cities");
    assertThat(declaration.year()).isEqualTo(Year.of(2013));
    assertThat(declaration.commitments()).isEqualTo(OptionalInt.of(12));
    assertThat(c.outcomeDocument("mexico-city-statement").orElseThrow().commitments())
        .isEqualTo(OptionalInt.of(8));
    assertThat(c.outcomeDocument("cork-call-to-action").orElseThrow().commitmentUnit())
        .contains("strands");
    assertThat(c.outcomeDocument("medellin-manifesto").orElseThrow().commitments()).isEmpty();
    assertThat(c.conference(6).orElseThrow().outcomeDocuments()).isEmpty();
  }

  @Test
  void aConferenceEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> LearningCitiesConference.builder().number(9)
            .startDate(LocalDate.of(2027, 5, 3)).endDate(LocalDate.of(2027, 5, 1))
            .hostCity("Somewhere").country(CountryCode.of("UA"))
            .theme(LocalizedText.of("en", "Theme")).confidence(Confidence.UNVERIFIED).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("LearningCitiesConference[ICLC9].endDate: 2027-05-01 is invalid;"
            + " expected a date on or after the start date 2027-05-03");
  }

  @Test
  void aMeasurementOfAnotherFeatureIsRefused() {
    SuggestedMeasurement m = SuggestedMeasurement.builder().code("1.1.b.1").feature("1.1.b")
        .kind(MeasurementKind.QUANTITATIVE).unit("%").direction(1)
        .title(LocalizedText.of("en", "Rate")).confidence(Confidence.UNVERIFIED).build();
    assertThatThrownBy(() -> KeyFeature.builder().code("1.1.a").area("1.1")
            .title(LocalizedText.of("en", "Literacy")).confidence(Confidence.UNVERIFIED)
            .addMeasurements(m).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("KeyFeature[1.1.a].measurements[1.1.b.1].feature: \"1.1.b\" is invalid;"
            + " expected the code of this feature, \"1.1.a\"");
  }

  @Test
  void aFeatureCodeOutsideItsAreaIsRefused() {
    assertThatThrownBy(() -> KeyFeature.builder().code("2.1.a").area("1.1")
            .title(LocalizedText.of("en", "X")).confidence(Confidence.UNVERIFIED).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("KeyFeature[2.1.a].code")
        .hasMessageContaining("extending its parent's code \"1.1\"");
  }
}

package io.github.learningcities.lcn.model.unesco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.catalog.Confidence;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyFeaturesCatalogTest {
  private final KeyFeaturesCatalog kflc = KeyFeaturesCatalog.builtIn();

  @Test
  void builtInEditionHasThreeTiersTwelveAreasAndTheResearchsReconstructedFeatures() {
    assertThat(kflc.id()).isEqualTo("unesco.key-features");
    assertThat(kflc.edition()).isEqualTo("2015-reconstruction-2");
    assertThat(kflc.tiers()).extracting(Tier::code).containsExactly("1", "2", "3");
    assertThat(kflc.areas()).hasSize(12);
    // The 43 rows of the research's reconstruction (section 1.3), none merged to reach the
    // commonly cited, unverified total of 42.
    assertThat(kflc.features()).hasSize(43);
  }

  @Test
  void areasPerTierAndFeaturesPerAreaFollowTheResearch() {
    assertThat(kflc.tiers()).extracting(t -> t.areas().size()).containsExactly(3, 6, 3);
    Map<String, Integer> perArea = new LinkedHashMap<>();
    kflc.areas().forEach(a -> perArea.put(a.code(), a.features().size()));
    assertThat(perArea).containsExactly(
        Map.entry("1.1", 4), Map.entry("1.2", 4), Map.entry("1.3", 3),
        Map.entry("2.1", 4), Map.entry("2.2", 4), Map.entry("2.3", 3),
        Map.entry("2.4", 3), Map.entry("2.5", 4), Map.entry("2.6", 4),
        Map.entry("3.1", 3), Map.entry("3.2", 2), Map.entry("3.3", 5));
  }

  @Test
  void verifiedAreaTitlesAreTheUilShortTitles() {
    assertThat(kflc.area("2.2").orElseThrow().title().in("en"))
        .isEqualTo("Re-vitalised learning in families and communities");
    assertThat(kflc.area("3.3").orElseThrow().title().in("en"))
        .isEqualTo("Mobilisation and utilisation of resources");
    assertThat(kflc.tier("1").orElseThrow().title().in("en")).isEqualTo("Wider benefits");
    assertThat(kflc.areas()).allSatisfy(a -> assertThat(a.confidence())
        .isEqualTo(Confidence.VERIFIED));
  }

  @Test
  void codesAreUniqueAcrossTheCatalog() {
    List<String> codes = kflc.tiers().stream().map(Tier::code).collect(Collectors.toList());
    kflc.areas().forEach(a -> codes.add(a.code()));
    kflc.features().forEach(f -> codes.add(f.code()));
    kflc.measurements().forEach(m -> codes.add(m.code()));
    assertThat(codes).doesNotHaveDuplicates();
  }

  @Test
  void everyFeatureIsInAnAreaAndEveryAreaInATier() {
    for (KeyFeature f : kflc.features()) {
      Area area = kflc.area(f.area()).orElseThrow();
      assertThat(area.features()).contains(f);
      assertThat(kflc.tier(area.tier()).orElseThrow().areas()).contains(area);
    }
  }

  @Test
  void featureWordingIsMarkedAsAnUnverifiedReconstruction() {
    assertThat(kflc.features()).allSatisfy(f ->
        assertThat(f.confidence()).isEqualTo(Confidence.UNVERIFIED));
    assertThat(kflc.provenance().confidence()).isEqualTo(Confidence.UNVERIFIED);
    assertThat(kflc.provenance().note().orElseThrow()).contains("RECONSTRUCTION");
    assertThat(kflc.unofficialTranslations()).containsExactly("uk");
    assertThat(kflc.provenance().note().orElseThrow())
        .contains("per-area counts are verified nowhere");
    assertThat(kflc.features()).allSatisfy(f -> assertThat(f.note().orElse(""))
        .doesNotContainIgnoringCase("merged"));
    assertThat(kflc.feature("3.3.b").orElseThrow().title().in("en"))
        .startsWith("Effective use of all stakeholders' resources");
    assertThat(kflc.feature("3.3.e").orElseThrow().title().in("en"))
        .isEqualTo("Exchange of ideas and practice with other cities");
  }

  @Test
  void everyFeatureHasMeasurementsWithADirectionAndBothLanguages() {
    assertThat(kflc.features()).allSatisfy(f -> {
      assertThat(f.measurements()).isNotEmpty();
      assertThat(f.title().find("uk")).isPresent();
    });
    assertThat(kflc.measurements()).allSatisfy(m -> {
      assertThat(m.direction()).isIn(1, -1);
      assertThat(m.title().find("uk")).isPresent();
      if (m.kind() == MeasurementKind.QUANTITATIVE) {
        assertThat(m.unit()).isPresent();
      }
    });
    SuggestedMeasurement unemployment = kflc.measurement("1.2.b.1").orElseThrow();
    assertThat(unemployment.title().in("en")).isEqualTo("Unemployment rate");
    assertThat(unemployment.direction()).isEqualTo(-1);
    assertThat(unemployment.unit()).contains("%");
  }

  @Test
  void unknownCodesAreEmpty() {
    assertThat(kflc.feature("9.9.z")).isEmpty();
    assertThat(kflc.area("4.1")).isEmpty();
    assertThat(kflc.tier("4")).isEmpty();
    assertThat(kflc.measurement("1.1.a.9")).isEmpty();
  }

  @Test
  void aFeatureInAnUndeclaredAreaFailsWithTheResourceNameAndLine() throws Exception {
    String name = "io/github/learningcities/lcn/model/unesco/broken-key-features.tsv";
    try (InputStream in = getClass().getResourceAsStream("/" + name)) {
      assertThatThrownBy(() -> KeyFeaturesCatalog.read(name, in))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessageStartingWith(name + ":15: ")
          .hasMessageContaining("area \"9.9\"")
          .satisfies(e -> assertThat(((CatalogFormatException) e).line()).isEqualTo(15));
    }
  }

  @Test
  void aDuplicateCodeFailsAtTheSecondOccurrence() {
    String text = "#format: lcn-catalog/1\n#catalog: unesco.key-features\n#edition: x\n"
        + "#title.en: X\n#source: s\n#source.confidence: U\n"
        + "#columns.tier: code\tconfidence\ten\n"
        + "tier\t1\tV\tOne\n"
        + "tier\t1\tV\tOne again\n";
    assertThatThrownBy(() -> KeyFeaturesCatalog.read("dup.tsv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("dup.tsv:9: tier code \"1\" repeats line 8; expected unique codes");
  }

  @Test
  void anInvalidDirectionFailsWithItsLine() {
    String text = "#format: lcn-catalog/1\n#catalog: unesco.key-features\n#edition: x\n"
        + "#title.en: X\n#source: s\n#source.confidence: U\n"
        + "#columns.tier: code\tconfidence\ten\n"
        + "#columns.area: code\ttier\tconfidence\ten\n"
        + "#columns.feature: code\tarea\tconfidence\ten\n"
        + "#columns.measurement: code\tfeature\tkind\tunit\tdirection\tconfidence\ten\n"
        + "tier\t1\tV\tOne\n"
        + "area\t1.1\t1\tV\tArea\n"
        + "feature\t1.1.a\t1.1\tU\tFeature\n"
        + "measurement\t1.1.a.1\t1.1.a\tQUANTITATIVE\t%\t0\tU\tRate\n";
    assertThatThrownBy(() -> KeyFeaturesCatalog.read("dir.tsv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("dir.tsv:14: column \"direction\" is \"0\"; expected +1 or -1");
  }

  @Test
  void aCatalogOfAnotherIdIsRefused() {
    String text = "#format: lcn-catalog/1\n#catalog: unesco.regions\n";
    assertThatThrownBy(() -> KeyFeaturesCatalog.read("other.tsv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("other.tsv:2: header \"#catalog\" is \"unesco.regions\";"
            + " expected \"unesco.key-features\"");
  }
}

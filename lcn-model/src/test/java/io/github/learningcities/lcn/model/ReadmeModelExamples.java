package io.github.learningcities.lcn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.award.AwardCandidate;
import io.github.learningcities.lcn.model.award.AwardCycle;
import io.github.learningcities.lcn.model.award.AwardRules;
import io.github.learningcities.lcn.model.award.LearningCityAwardCatalog;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.network.DatePrecision;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.MembershipStatus;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.text.UkrainianRomanization;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The domain-model example of the README, run as a test (keep the two in step). */
class ReadmeModelExamples {

  @Test
  void modelExample() {
    UkrainianNetwork data = UkrainianNetwork.get();
    Declaration melitopol = data.declaration();
    assertThat(melitopol.date()).isEqualTo(LocalDate.of(2017, 10, 27));
    assertThat(melitopol.signatories()).hasSize(15);
    assertThat(data.city(CityId.of("ua-bila-tserkva")).orElseThrow().romanizedName())
        .contains("Bila Tserkva");
    assertThat(UkrainianRomanization.romanize("Згурівка")).isEqualTo("Zghurivka");

    KeyFeaturesCatalog kflc = KeyFeaturesCatalog.builtIn();
    KeyFeature feature = kflc.feature("2.1.a").orElseThrow();
    assertThat(feature.title().in("uk")).isNotBlank();

    AwardCycle next = AwardCycle.builder().year(Year.of(2027))
        .callDate(LocalDate.of(2027, 3, 1)).rules(AwardRules.standard2024()).build();
    assertThat(LearningCityAwardCatalog.builtIn().eligibility(AwardCandidate.member(
        CityId.of("ua-sumy"), CountryCode.UKRAINE, LocalDate.of(2024, 2, 14)), next)
        .failures()).isEmpty();
  }

  @Test
  void copyWithChangeExample() {
    City sumy = UkrainianNetwork.get().city(CityId.of("ua-sumy")).orElseThrow();
    City updated = City.builder().from(sumy)
        .population(DatedQuantity.population(250_000, 2022))
        .build();
    assertThat(updated.id()).isEqualTo(sumy.id());
    assertThat(updated.names()).isEqualTo(sumy.names());
    assertThat(updated.population()).contains(DatedQuantity.population(250_000, 2022));
    assertThat(sumy.population()).isEmpty();
    Membership kyiv = UkrainianNetwork.get().globalNetworkInUkraine()
        .membership(CityId.of("ua-kyiv")).orElseThrow()
        .withTransition(MembershipStatus.ACTIVE, LocalDate.of(2025, 1, 10));
    assertThat(kyiv.currentStatus()).isEqualTo(MembershipStatus.ACTIVE);
    assertThatThrownBy(() -> City.builder().from(sumy)
        .website(URI.create("ftp://sumy.ua")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("City[ua-sumy].website: ftp://sumy.ua is invalid; expected an"
            + " absolute http or https URI with a host");

    assertThatThrownBy(() -> City.builder().from(sumy).names(null).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("City.names: null is invalid");
    assertThatThrownBy(() -> City.builder().id(CityId.of("ua-sumy")).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("City.names: null is invalid; expected a value; required and not set:"
            + " names, country");
  }

  @Test
  void datePrecisionExample() {
    Network gnlc = UkrainianNetwork.get().globalNetworkInUkraine();
    StatusChange melitopol = gnlc.membership(CityId.of("ua-melitopol")).orElseThrow()
        .admission().orElseThrow();
    assertThat(melitopol.dateAsKnown()).isEqualTo("2016-06");
    assertThat(melitopol.precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(melitopol.date()).isEqualTo(LocalDate.of(2016, 6, 1));
    StatusChange poltava = gnlc.membership(CityId.of("ua-poltava")).orElseThrow()
        .admission().orElseThrow();
    assertThat(poltava.dateAsKnown()).isEqualTo("on or before 2025");
  }

  @Test
  void officialKeyFeaturesFileExample(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("kflc-official.tsv");
    try (InputStream builtIn = KeyFeaturesCatalog.class
        .getResourceAsStream(KeyFeaturesCatalog.BUILT_IN_RESOURCE)) {
      Files.write(file, new String(builtIn.readAllBytes(), StandardCharsets.UTF_8)
          .replace("#edition: 2015-reconstruction-2", "#edition: 2015-official")
          .getBytes(StandardCharsets.UTF_8));
    }

    KeyFeaturesCatalog official;
    try (InputStream in = Files.newInputStream(file)) {
      official = KeyFeaturesCatalog.read(file.toString(), in);
    }
    assertThat(official.edition()).isEqualTo("2015-official");
    assertThat(official.features()).hasSameSizeAs(KeyFeaturesCatalog.builtIn().features());
  }
}

package io.github.learningcities.lcn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.award.AwardCandidate;
import io.github.learningcities.lcn.model.award.AwardCycle;
import io.github.learningcities.lcn.model.award.AwardRules;
import io.github.learningcities.lcn.model.award.LearningCityAwardCatalog;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.UkrainianRomanization;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

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
}

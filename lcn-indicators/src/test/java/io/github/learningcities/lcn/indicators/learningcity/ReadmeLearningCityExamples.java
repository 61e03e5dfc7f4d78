package io.github.learningcities.lcn.indicators.learningcity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.CityId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The learning-city example of the README, run as a test (keep the two in step). */
class ReadmeLearningCityExamples {

  @Test
  void learningCityExample() {
    // README: learning-city example (begin)
    CityId kyiv = CityId.of("ua-kyiv");
    CityId sumy = CityId.of("ua-sumy");
    KflcResults kflc = KflcAssessment.builder()
        .city(kyiv, "Kyiv").city(sumy, "Sumy")
        .maturity(kyiv, "1.1.a", MaturityLevel.ESTABLISHED)
        .maturity(sumy, "1.1.a", MaturityLevel.INITIATED)
        .measure("1.1.a.1", MeasureScale.goalposts(80, 100))
        .value(kyiv, "1.1.a.1", 99.7)
        .value(sumy, "1.1.a.1", 91.0)
        .build().score();
    kflc.overall(kyiv);                      // OptionalDouble, 0..100
    kflc.uncertainty(200, 42L).units();      // score and rank intervals per city

    UkrainianNetwork ua = UkrainianNetwork.get();
    CommitmentProgress progress =
        CommitmentProgress.of(ua.declaration(), ua.network(), LocalDate.of(2019, 1, 1));
    progress.overall();                      // share of commitments achieved, 0..1
    progress.unrecorded();                   // city x commitment without any record
    // README: learning-city example (end)
    assertThat(kflc.overall(kyiv).getAsDouble()).isGreaterThan(kflc.overall(sumy).getAsDouble());
    assertThat(progress.overall()).isBetween(0.0, 1.0);
  }
}

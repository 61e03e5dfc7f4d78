package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.indicators.learningcity.GuidelinesReadiness;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.learningcity.MaturityLevel;
import io.github.learningcities.lcn.indicators.learningcity.MeasureScale;
import io.github.learningcities.lcn.indicators.learningcity.ReadinessResults;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.CityId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The learning-city assessments and their results as plain values of the SDK's mappers. */
class LearningCityValuesTest {
  private static final CityId KYIV = CityId.of("ua-kyiv");
  private static final CityId LVIV = CityId.of("ua-lviv");
  private static final ObjectMapper JSON = LcnJson.standard().mapper();
  private static final ObjectMapper XML = LcnXml.standard().mapper();

  static KflcAssessment assessment() {
    return KflcAssessment.builder()
        .city(KYIV, "Київ").city(LVIV, "Львів")
        .maturity(KYIV, "1.1.a", MaturityLevel.ESTABLISHED)
        .maturity(LVIV, "1.1.a", 1)
        .measure("1.1.a.1", MeasureScale.goalposts(80, 100))
        .value(KYIV, "1.1.a.1", 99.7)
        .build();
  }

  @Test
  void aKflcAssessmentIsWrittenAsEnteredAndReadBackEqual() {
    KflcAssessment a = assessment();
    String json = JSON.writeValueAsString(a);

    assertThat(json).contains("\"feature\" : \"1.1.a\"", "\"level\" : \"ESTABLISHED\"",
        "\"measure\" : \"1.1.a.1\"", "\"name\" : \"Київ\"");
    assertThat(JSON.readValue(json, KflcAssessment.class)).isEqualTo(a);
    String xml = XML.writeValueAsString(a);
    assertThat(xml).doesNotContain("<1.1");
    assertThat(XML.readValue(xml, KflcAssessment.class)).isEqualTo(a);
  }

  @Test
  void kflcResultsReadBackByScoringTheAssessmentAgain() {
    KflcResults r = assessment().score();
    for (ObjectMapper m : new ObjectMapper[] {JSON, XML}) {
      KflcResults back = m.readValue(m.writeValueAsString(r), KflcResults.class);
      assertThat(back).isEqualTo(r);
      assertThat(back.overall(KYIV)).isEqualTo(r.overall(KYIV));
    }
  }

  @Test
  void kflcResultsWhoseScoresAreNotThoseOfTheAssessmentAreRefused() {
    KflcResults r = assessment().score();
    KflcResults other = KflcAssessment.builder().city(KYIV, "Київ").city(LVIV, "Львів")
        .maturity(KYIV, "1.1.a", MaturityLevel.EMBEDDED).maturity(LVIV, "1.1.a", 1)
        .measure("1.1.a.1", MeasureScale.goalposts(80, 100)).value(KYIV, "1.1.a.1", 99.7)
        .build().score();
    String json = JSON.writeValueAsString(r);
    String otherResults = JSON.writeValueAsString(other.results());
    int at = json.indexOf("\"results\" : ");
    String mixed = json.substring(0, at) + "\"results\" : " + otherResults + "\n}";

    assertThatThrownBy(() -> JSON.readValue(mixed, KflcResults.class))
        .hasMessageContaining("not the scores of the KFLC assessment written");
  }

  @Test
  void anAssessmentBreakingTheBuildersRulesIsRefusedWithItsMessage() {
    String written = JSON.writeValueAsString(assessment());
    String rating = "\"feature\" : \"1.1.a\"";
    int last = written.lastIndexOf(rating);
    String json = written.substring(0, last) + "\"feature\" : \"9.9.z\""
        + written.substring(last + rating.length());

    assertThatThrownBy(() -> LcnJson.standard().mapper().readValue(json, KflcAssessment.class))
        .hasMessageContaining("key feature '9.9.z' is not in the catalog");
  }

  @Test
  void readinessAndItsResultsRoundTrip() {
    GuidelinesReadiness g = GuidelinesReadiness.builder().city(KYIV, "Київ")
        .rate(KYIV, 1, 1, MaturityLevel.PLANNED).met(KYIV, 5, 2, true).build();
    for (ObjectMapper m : new ObjectMapper[] {JSON, XML}) {
      assertThat(m.readValue(m.writeValueAsString(g), GuidelinesReadiness.class)).isEqualTo(g);
      ReadinessResults r = g.score();
      assertThat(m.readValue(m.writeValueAsString(r), ReadinessResults.class)).isEqualTo(r);
    }
  }

  @Test
  void commitmentProgressKeepsItsDate() {
    UkrainianNetwork ua = UkrainianNetwork.get();
    CommitmentProgress p = CommitmentProgress.of(ua.declaration(), ua.network(),
        LocalDate.of(2019, 1, 1));
    for (ObjectMapper m : new ObjectMapper[] {JSON, XML}) {
      CommitmentProgress back = m.readValue(m.writeValueAsString(p), CommitmentProgress.class);
      assertThat(back).isEqualTo(p);
      assertThat(back.asOf()).contains(LocalDate.of(2019, 1, 1));
      assertThat(back.overall()).isEqualTo(p.overall());
    }
  }
}

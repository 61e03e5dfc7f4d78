package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.IndicatorTreatment;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.TreatmentStage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: the treatment stages (skew and kurtosis after winsorising and after the transform)
 * and the points winsorised before a transform travel through JSON and XML, and diagnostics
 * written before stages were recorded still read.
 */
class TreatmentStagesJsonTest {
  private static final Diagnostics WITH_STAGES = new Diagnostics(List.of(),
      List.of(new Diagnostics.TreatedPoint("ua-kyiv", "Events", "winhi+log-ct", 900,
          6.8)),
      List.of(new IndicatorTreatment("Events", "coinr", 2.5, 4.0, 1, Optional.of("log-ct"),
          1.2, 2.0, true, List.of(
              new TreatmentStage(TreatmentStage.ORIGINAL, 0, 2.5, 4.0, false),
              new TreatmentStage(TreatmentStage.WINSORISED, 1, 2.1, Double.NaN, false),
              new TreatmentStage("log-ct", 0, 1.2, 2.0, true)))),
      List.of(), List.of());

  @Test
  void stagesRoundTripThroughJsonAndXml() throws Exception {
    String json = LcnJson.standard().mapper().writeValueAsString(WITH_STAGES);
    assertThat(json).contains("\"stages\"").contains("winhi+log-ct")
        .doesNotContain("NaN");
    Diagnostics back = LcnJson.standard().mapper().readValue(json, Diagnostics.class);
    assertThat(back).isEqualTo(WITH_STAGES);
    assertThat(back.treatedPoints().get(0).winsorised()).isTrue();
    String xml = LcnXml.standard().mapper().writeValueAsString(WITH_STAGES);
    assertThat(xml.replaceAll("\\s+", "")).contains("<stages><stage><stage>original</stage>");
    assertThat(LcnXml.standard().mapper().readValue(xml, Diagnostics.class))
        .isEqualTo(WITH_STAGES);
  }

  @Test
  void aTreatmentWithoutStagesStillReads() throws Exception {
    String old = "{\"treatments\":[{\"indicator\":\"Events\",\"method\":\"coinr\","
        + "\"skewBefore\":2.5,\"kurtosisBefore\":4.0,\"winsorised\":1,\"transform\":"
        + "\"log-ct\",\"skewAfter\":1.2,\"kurtosisAfter\":2.0,\"passes\":true}]}";
    Diagnostics d = LcnJson.standard().mapper().readValue(old, Diagnostics.class);
    assertThat(d.treatments().get(0).stages()).isEmpty();
    assertThat(d.treatments().get(0).winsorised()).isEqualTo(1);
  }
}

package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.io.StringReader;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;

/** Pipelines with data-driven weights in JSON and XML documents (issue 14). */
class DataWeightsDocumentTest {
  private static final Pipeline PIPELINE = Pipeline.coinrDefault().withWeighting(
      Weighting.fromFramework().withDataWeights(DataWeights.pca("ch", 2, 1))
          .withDataWeights(DataWeights.balance(Map.of("Conn", 2.0), 2, 3)));

  @Test
  void jsonRoundTripsAndMatchesTheSchema() {
    String text = LcnJson.standard().writeToString(PIPELINE);
    assertThat(text).contains("\"fromData\"").contains("\"target.Conn\" : 2.0");
    assertThat(GoldenDocumentTest.jsonSchemaErrors(DocumentKind.PIPELINE, text)).isEmpty();
    assertThat(LcnJson.standard().read(text, Pipeline.class)).isEqualTo(PIPELINE);
  }

  @Test
  void xmlRoundTripsAndMatchesTheXsd() throws Exception {
    String text = LcnXml.standard().writeToString(PIPELINE);
    assertThat(text).contains("<fromData>").contains("<dataWeights>")
        .contains("<level>2</level>");
    GoldenDocumentTest.xsdValidator(DocumentKind.PIPELINE).validate(
        new StreamSource(new StringReader(text)));
    assertThat(LcnXml.standard().read(text, Pipeline.class)).isEqualTo(PIPELINE);
  }

  @Test
  void aPipelineWithoutDataWeightsIsWrittenAsBefore() {
    String text = LcnJson.standard().writeToString(Pipeline.coinrDefault());
    assertThat(text).doesNotContain("fromData");
  }

  @Test
  void invalidDataWeightsAreRefusedBySchemaAndReader() {
    String text = LcnJson.standard().writeToString(PIPELINE).replace("\"pca\"", "\"bod\"");
    assertThat(GoldenDocumentTest.jsonSchemaErrors(DocumentKind.PIPELINE, text)).isNotEmpty();
    assertThatThrownBy(() -> LcnJson.standard().read(text, Pipeline.class))
        .hasMessageContaining("'bod'");
  }
}

package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Engine results written with their input dataset read back as equal results. */
class ResultsRebuildTest {

  @Test
  void resultsReadBackAsEqualResultsInBothFormats() throws IOException {
    Results results = Samples.results();
    for (DocumentFormat format : List.of(LcnJson.standard(), LcnXml.standard())) {
      String text = format.writeToString(results);
      Results back = format.read(text, Results.class);

      assertThat(back).isEqualTo(results);
      assertThat(back.after(Step.NORMALISATION)).isEqualTo(results.after(Step.NORMALISATION));
      assertThat(back.contributions("ua-kyiv")).isEqualTo(results.contributions("ua-kyiv"));
      assertThat(format.writeToString(back)).isEqualTo(text);
      assertThat(format.read(text, ResultsDocument.class).dataset())
          .contains(results.dataset());
    }
  }

  @Test
  void regeneratedResultsReadBackEqualToAFullRun() {
    Results base = Samples.results();
    Results regenerated = Engine.standard().regenerate(base,
        base.pipeline().withNormalisation(Normalisation.zScore(10, 2)));
    String text = LcnJson.standard().writeToString(regenerated);

    assertThat(LcnJson.standard().read(text, Results.class)).isEqualTo(regenerated);
  }

  @Test
  void resultsAreAlsoAPlainValueOfTheConfiguredMappers() {
    Results results = Samples.results();
    var json = LcnJson.standard().mapper();
    var xml = LcnXml.standard().mapper();

    assertThat(json.readValue(json.writeValueAsString(results), Results.class))
        .isEqualTo(results);
    assertThat(xml.readValue(xml.writeValueAsString(results), Results.class))
        .isEqualTo(results);
  }

  @Test
  void aScoreThatTheRunDoesNotReproduceIsRefusedWithItsUnitAndNode() {
    String text = LcnJson.standard().writeToString(Samples.results());
    ResultsDocument doc = LcnJson.standard().read(text, ResultsDocument.class);
    ResultsDocument.UnitResults first = doc.units().get(0);
    String node = first.scores().keySet().iterator().next();
    double score = first.scores().get(node);
    String tampered = text.replaceFirst("\"" + node + "\" : " + score,
        "\"" + node + "\" : " + (score + 1));
    assertThat(tampered).isNotEqualTo(text);

    assertThatThrownBy(() -> LcnJson.standard().read(tampered, Results.class))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("does not reproduce")
        .hasMessageContaining("unit '" + first.unit() + "', node '" + node + "'");
    assertThat(LcnJson.standard().read(tampered, ResultsDocument.class).units().get(0)
        .scores().get(node)).isEqualTo(score + 1);
  }

  @Test
  void aResultsDocumentWithoutItsDatasetCannotBecomeResults() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/golden/1.0/valid/results.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ResultsDocument doc = LcnJson.standard().read(text, ResultsDocument.class);
    assertThat(doc.dataset()).isEmpty();

    assertThatThrownBy(() -> LcnJson.standard().read(text, Results.class))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("holds no input dataset");
    assertThatThrownBy(() -> doc.toResults(Engine.standard()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aUnitMissingFromTheDatasetIsRefused() {
    Results results = Samples.results();
    ResultsDocument doc = ResultsDocument.of(results);
    var builder = io.github.learningcities.lcn.indicators.data.Dataset.builder()
        .unit(io.github.learningcities.lcn.indicators.data.Unit.of("ua-odesa", "Odesa"));
    results.dataset().indicators().forEach(i -> builder.value("ua-odesa", i, 1));
    var other = builder.build();

    assertThatThrownBy(() -> new ResultsDocument(doc.framework(), doc.pipeline(), doc.units(),
        doc.diagnostics(), java.util.Optional.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a unit of the dataset");
  }
}

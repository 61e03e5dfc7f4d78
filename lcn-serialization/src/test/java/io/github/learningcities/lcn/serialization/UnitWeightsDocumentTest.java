package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Results of an aggregation that chooses each unit's weights (Benefit of the Doubt) carry the
 * weights into results documents: written in JSON and XML as the schemas describe, read back
 * unchanged as documents and, rebuilt, as results equal to those written.
 */
class UnitWeightsDocumentTest {

  static Results run(Aggregation every) {
    Framework f = Framework.builder().node("Index", null).node("A", "Index").node("B", "Index")
        .node("a1", "A").node("a2", "A").node("b1", "B").node("b2", "B").build();
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("a1", new double[] {3, 1, 2, Double.NaN});
    cols.put("a2", new double[] {1, 3, 2, 1});
    cols.put("b1", new double[] {2, 2, 1, 4});
    cols.put("b2", new double[] {0.5, 1, 1, 2});
    Dataset d = Dataset.ofColumns(List.of(Unit.of("ua-kyiv", null), Unit.of("ua-lviv", null),
        Unit.of("ua-sumy", null), Unit.of("ua-melitopol", null)), cols);
    Pipeline p = Pipeline.coinrDefault().withNormalisation(null).withAggregation(every);
    return Engine.standard().run(f, d, p);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bod", "shares", "directional"})
  void unitWeightsGoIntoDocumentsAndComeBack(String method) throws Exception {
    Aggregation a = switch (method) {
      case "bod" -> Aggregation.bod();
      case "shares" -> Aggregation.bod(0.1, 1);
      default -> Aggregation.bodDirectional(1, 0.5);
    };
    Results results = run(a);
    ResultsDocument doc = ResultsDocument.of(results);
    ResultsDocument.UnitResults melitopol = doc.units().get(3);
    assertThat(melitopol.weights().keySet()).containsExactly("Index", "A", "B");
    assertThat(melitopol.weights().get("A")).containsOnlyKeys("a2");   // a1 is missing
    assertThat(melitopol.weights().get("B")).isEqualTo(results.unitWeights("ua-melitopol", "B"));

    String json = LcnJson.standard().writeToString(doc);
    assertThat(json).contains("\"weights\"");
    assertThat(GoldenDocumentTest.jsonSchemaErrors(DocumentKind.RESULTS, json)).isEmpty();
    String xml = LcnXml.standard().writeToString(doc);
    GoldenDocumentTest.xsdValidator(DocumentKind.RESULTS).validate(
        new StreamSource(new StringReader(xml)));

    assertThat(LcnJson.standard().read(json, ResultsDocument.class)).isEqualTo(doc);
    assertThat(LcnXml.standard().read(xml, ResultsDocument.class)).isEqualTo(doc);
    assertThat(LcnJson.standard().read(LcnJson.standard().writeToString(results),
        Results.class)).isEqualTo(results);
    assertThat(LcnXml.standard().read(LcnXml.standard().writeToString(results),
        Results.class)).isEqualTo(results);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nowhere", "a1"})
  void weightsOfANodeThatIsNoAggregateAreRefused(String node) {
    ResultsDocument doc = ResultsDocument.of(run(Aggregation.bod()));
    ResultsDocument.UnitResults u = doc.units().get(0);
    assertThatThrownBy(() -> new ResultsDocument(doc.framework(), doc.pipeline(), List.of(
        new ResultsDocument.UnitResults(u.unit(), u.scores(), u.ranks(),
            Map.of(node, Map.of("a1", 0.5)))), doc.diagnostics()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights for '" + node + "'")
        .hasMessageContaining("not an aggregate");
  }
}

package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #14: pipelines with the multivariate imputations (and replications of multiple
 * imputation) and the results they produce, with every imputed cell and the EM note, are
 * written in JSON and XML that validate against the shipped schemas and read back equal.
 */
class MultivariateImputationDocumentsTest {

  static List<Imputation> imputations() {
    return List.of(Imputation.expectationMaximisation(), Imputation.nearestNeighbours(2),
        Imputation.regression(), Imputation.multiple(Imputation.expectationMaximisation(), 2)
            .get(1),
        Imputation.of("em", Parameters.of(Map.of("maxIterations", 1, "tolerance", 1e-12))),
        Imputation.multiple(Imputation.regression(), 3).get(2));
  }

  private static Results run(Imputation imputation) {
    Framework f = Framework.builder().node("I", null).node("a", "I").node("b", "I")
        .node("c", "I").build();
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      units.add(Unit.of("u" + i, null));
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("a", new double[] {1, 2, 3, 4, Double.NaN, 6});
    cols.put("b", new double[] {2, 1, Double.NaN, 5, 4, 7});
    cols.put("c", new double[] {9, 7, 6, Double.NaN, Double.NaN, 1});
    return Engine.standard().run(f, Dataset.ofColumns(units, cols),
        Pipeline.coinrDefault().withTreatment(null).withImputation(imputation));
  }

  @ParameterizedTest
  @MethodSource("imputations")
  void pipelinesAndResultsConformAndRoundTrip(Imputation imputation) throws Exception {
    Results r = run(imputation);
    assertThat(r.diagnostics().imputedCells()).isNotEmpty();
    ResultsDocument doc = ResultsDocument.of(r);
    for (Object value : List.of(r.pipeline(), doc)) {
      DocumentKind kind = value instanceof Pipeline ? DocumentKind.PIPELINE
          : DocumentKind.RESULTS;
      String json = LcnJson.standard().writeToString(value);
      assertThat(GoldenDocumentTest.jsonSchemaErrors(kind, json)).as(json).isEmpty();
      String xml = LcnXml.standard().writeToString(value);
      GoldenDocumentTest.xsdValidator(kind).validate(new StreamSource(new StringReader(xml)));
      assertThat(LcnJson.standard().read(json, value.getClass())).isEqualTo(value);
      assertThat(LcnXml.standard().read(xml, value.getClass())).isEqualTo(value);
    }
  }

  @org.junit.jupiter.api.Test
  void aMultipleImputationFactorRoundTrips() {
    UncertaintySpec spec = UncertaintySpec.of(List.of(Factor.imputation("imputation",
        Imputation.multiple(Imputation.expectationMaximisation(), 4))), 16, 3L);
    for (tools.jackson.databind.ObjectMapper m : List.of(LcnJson.standard().mapper(),
        LcnXml.standard().mapper())) {
      assertThat(m.readValue(m.writeValueAsString(spec), UncertaintySpec.class))
          .isEqualTo(spec);
    }
  }
}

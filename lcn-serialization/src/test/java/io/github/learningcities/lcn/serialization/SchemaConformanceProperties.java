package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.model.declaration.Declaration;
import java.io.StringReader;
import javax.xml.transform.stream.StreamSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the writers write for generated values validates against the shipped JSON Schema
 * and XSD of its kind, so that the schemas describe the format and not only the golden files.
 */
class SchemaConformanceProperties {
  private final DocumentRoundTripProperties values = new DocumentRoundTripProperties();

  private static void assertConforms(DocumentKind kind, Object value) throws Exception {
    String json = LcnJson.standard().writeToString(value);
    assertThat(GoldenDocumentTest.jsonSchemaErrors(kind, json)).as(json).isEmpty();
    GoldenDocumentTest.xsdValidator(kind).validate(new StreamSource(new StringReader(
        LcnXml.standard().writeToString(value))));
  }

  @Provide
  Arbitrary<Framework> frameworks() {
    return values.frameworks();
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return values.pipelines();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return values.datasets();
  }

  @Provide
  Arbitrary<NetworkDocument> networks() {
    return values.networks();
  }

  @Provide
  Arbitrary<ResultsDocument> results() {
    return values.results();
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return values.declarations();
  }

  @Property(tries = 50)
  void declarationsConform(@ForAll("declarations") Declaration value) throws Exception {
    assertConforms(DocumentKind.DECLARATION, value);
  }

  @Property(tries = 50)
  void frameworksConform(@ForAll("frameworks") Framework value) throws Exception {
    assertConforms(DocumentKind.FRAMEWORK, value);
  }

  @Property(tries = 50)
  void pipelinesConform(@ForAll("pipelines") Pipeline value) throws Exception {
    assertConforms(DocumentKind.PIPELINE, value);
  }

  @Property(tries = 50)
  void datasetsConform(@ForAll("datasets") Dataset value) throws Exception {
    assertConforms(DocumentKind.DATASET, value);
  }

  @Property(tries = 50)
  void networkDocumentsConform(@ForAll("networks") NetworkDocument value) throws Exception {
    assertConforms(DocumentKind.NETWORK, value);
  }

  @Property(tries = 50)
  void resultsDocumentsConform(@ForAll("results") ResultsDocument value) throws Exception {
    assertConforms(DocumentKind.RESULTS, value);
  }
}

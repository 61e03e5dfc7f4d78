package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.testkit.FormatArbitraries;
import io.github.learningcities.lcn.testkit.model.CityArbitraries;
import io.github.learningcities.lcn.testkit.model.NetworkArbitraries;
import io.github.learningcities.lcn.testkit.model.PeopleArbitraries;
import java.io.StringReader;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the writers write for generated values validates against the shipped JSON Schema
 * and XSD of its kind, so that the schemas describe the format and not only the golden files.
 * The values come from lcn-testkit: {@link FormatArbitraries} (escaping texts, extreme
 * doubles, missing cells and scores, every pipeline option) and the testkit's default
 * arbitraries (engine-ready values, results of real engine runs). Each XML text also carries
 * every value its JSON text carries, and no element of it holds only elements of its own name
 * ({@link FormatContent}); audits with their uncertainty analyses are checked in {@link
 * FormatsCarryTheSameContentProperties}.
 */
class SchemaConformanceProperties {

  static void assertConforms(DocumentKind kind, Object value) throws Exception {
    String json = LcnJson.standard().writeToString(value);
    String xml = LcnXml.standard().writeToString(value);
    assertThat(GoldenDocumentTest.jsonSchemaErrors(kind, json)).as(json).isEmpty();
    GoldenDocumentTest.xsdValidator(kind).validate(new StreamSource(new StringReader(xml)));
    FormatContent.assertSameContent(json, xml);
  }

  @Provide
  Arbitrary<Framework> frameworks() {
    return FormatArbitraries.frameworks();
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return FormatArbitraries.pipelines();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return FormatArbitraries.datasets();
  }

  @Provide
  Arbitrary<NetworkDocument> networks() {
    return FormatArbitraries.networksWithCities()
        .map(n -> new NetworkDocument(n.network(), n.cities(), List.of()));
  }

  @Provide
  Arbitrary<ResultsDocument> results() {
    return FormatArbitraries.resultsParts().map(p -> new ResultsDocument(p.framework(),
        p.pipeline(), p.units().stream().map(u -> new ResultsDocument.UnitResults(u.unit(),
            u.scores(), u.ranks())).toList(), p.diagnostics()));
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return FormatArbitraries.declarations();
  }

  @Provide
  Arbitrary<NetworkDocument> testkitNetworks() {
    return Combinators.combine(NetworkArbitraries.networks(),
        CityArbitraries.distinctCities(0, 4),
        PeopleArbitraries.organizations().list().ofMaxSize(2).uniqueElements(Organization::id))
        .as(NetworkDocument::new);
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

  @Property(tries = 30)
  void testkitDeclarationsConform(@ForAll Declaration value) throws Exception {
    assertConforms(DocumentKind.DECLARATION, value);
  }

  @Property(tries = 30)
  void testkitFrameworksConform(@ForAll Framework value) throws Exception {
    assertConforms(DocumentKind.FRAMEWORK, value);
  }

  @Property(tries = 30)
  void testkitPipelinesConform(@ForAll Pipeline value) throws Exception {
    assertConforms(DocumentKind.PIPELINE, value);
  }

  @Property(tries = 30)
  void testkitDatasetsConform(@ForAll Dataset value) throws Exception {
    assertConforms(DocumentKind.DATASET, value);
  }

  @Property(tries = 30)
  void testkitPanelsConform(@ForAll Panel value) throws Exception {
    assertConforms(DocumentKind.PANEL, value);
  }

  @Property(tries = 30)
  void testkitNetworkDocumentsConform(@ForAll("testkitNetworks") NetworkDocument value)
      throws Exception {
    assertConforms(DocumentKind.NETWORK, value);
  }

  @Property(tries = 20)
  void resultsOfEngineRunsConform(@ForAll Results value) throws Exception {
    assertConforms(DocumentKind.RESULTS, ResultsDocument.of(value));
  }
}

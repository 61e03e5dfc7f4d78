package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.declaration.Declaration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentRoundTripTest {

  static List<Object> values() {
    return List.of(Samples.framework(), Samples.dataset(), Samples.panel(),
        Samples.pipeline(), Samples.network(), UkrainianNetwork.get().declaration(),
        ResultsDocument.of(Samples.results()), Samples.audit());
  }

  static Stream<Arguments> documents() {
    return Stream.of(LcnJson.standard(), LcnXml.standard())
        .flatMap(lcn -> values().stream().map(v -> Arguments.of(lcn, v)));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyKindRoundTripsThroughEveryInputType(Object lcn, Object value, @TempDir Path dir)
      throws Exception {
    DocumentReader reader = (DocumentReader) lcn;
    DocumentWriter writer = (DocumentWriter) lcn;
    Class<?> type = DocumentKind.forContentType(value instanceof ResultsDocument
        ? ResultsDocument.class : contentClass(value)).orElseThrow().contentType();
    String text = writer.writeToString(value);
    assertThat(reader.read(text, type)).isEqualTo(value);
    assertThat(reader.read(writer.writeToBytes(value), type)).isEqualTo(value);
    StringWriter sw = new StringWriter();
    writer.write(value, sw);
    assertThat(sw.toString()).isEqualTo(text);
    assertThat(reader.read(new StringReader(sw.toString()), type)).isEqualTo(value);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(value, out);
    assertThat(reader.read(new ByteArrayInputStream(out.toByteArray()), type)).isEqualTo(value);
    Path file = dir.resolve("doc");
    writer.write(value, file);
    assertThat(reader.read(file, type)).isEqualTo(value);
    assertThat(writer.writeToString(reader.read(text, type))).isEqualTo(text);
  }

  private static Class<?> contentClass(Object value) {
    for (DocumentKind k : DocumentKind.values()) {
      if (k.contentType().isInstance(value)) {
        return k.contentType();
      }
    }
    throw new AssertionError(value.getClass());
  }

  @Test
  void jsonCarriesKindVersionIsoDatesAndLanguageTaggedTexts() {
    String json = LcnJson.standard().writeToString(Samples.network());
    assertThat(json).startsWith("{\n  \"lcnDocument\" : \"network\",\n"
        + "  \"formatVersion\" : \"1.0\",\n  \"network\" : {");
    assertThat(json).contains("\"founded\" : \"2017-10-27\"")
        .contains("\"uk\" : \"Мелітополь\"")
        .doesNotContain("null")
        .doesNotContain("Immutable");
  }

  @Test
  void xmlHasARootElementPerKindAndNoGeneratedNames() {
    String xml = LcnXml.standard().writeToString(Samples.framework());
    assertThat(xml).contains("<frameworkDocument lcnDocument=\"framework\""
        + " formatVersion=\"1.0\">").contains("<nodes>").doesNotContain("Immutable")
        .doesNotContain("Data>");
    String network = LcnXml.standard().writeToString(Samples.network());
    assertThat(network).contains("<networkDocument").contains("<cities>")
        .doesNotContain("Immutable");
  }

  @Test
  void xmlNamesTheItemsOfAListByTheSingular() {
    assertThat(LcnXml.standard().writeToString(Samples.framework()))
        .contains("<nodes>\n      <node>\n        <code>Index</code>")
        .contains("<weightSets>\n      <weightSet name=\"policy\">");
    assertThat(LcnXml.standard().writeToString(Samples.network()))
        .contains("<cities>\n    <city>\n      <id>")
        .contains("<organizations>\n    <organization>\n      <id>")
        .contains("<memberships>\n      <membership>\n        <city>")
        .contains("<history>\n          <statusChange>\n            <status>");
    assertThat(LcnXml.standard().writeToString(Samples.dataset()))
        .contains("<indicators>\n      <indicator>Libraries</indicator>")
        .contains("<units>\n      <unit>\n        <code>ua-melitopol</code>");
    assertThat(LcnXml.standard().writeToString(Samples.pipeline()))
        .contains("<forceInclude>\n        <unit>ua-kyiv</unit>\n      </forceInclude>");
    assertThat(LcnXml.standard().writeToString(UkrainianNetwork.get().declaration()))
        .contains("<signatories>\n      <signatory>\n        <city>")
        .contains("<commitments>\n      <commitment>\n        <code>");
    assertThat(LcnXml.standard().writeToString(ResultsDocument.of(Samples.results())))
        .contains("<units>\n    <unit>\n      <unit>ua-melitopol</unit>")
        .contains("<imputedCells>\n      <imputedCell>\n        <unit>ua-kyiv</unit>");
  }

  /** Jackson's default, {@code <cities><cities>...</cities></cities>}, is nowhere. */
  @ParameterizedTest
  @MethodSource("values")
  void noXmlElementHoldsOnlyElementsOfItsOwnName(Object value) throws Exception {
    org.w3c.dom.Document dom = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance()
        .newDocumentBuilder().parse(new org.xml.sax.InputSource(
            new StringReader(LcnXml.standard().writeToString(value))));
    org.w3c.dom.NodeList all = dom.getElementsByTagName("*");
    List<String> doubled = new java.util.ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
      boolean children = false;
      boolean allNamedLikeIt = true;
      for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof org.w3c.dom.Element child) {
          children = true;
          allNamedLikeIt &= child.getTagName().equals(e.getTagName());
        }
      }
      if (children && allNamedLikeIt) {
        doubled.add(e.getTagName());
      }
    }
    assertThat(doubled).isEmpty();
  }

  @Test
  void mapKeysThatAreNotXmlNamesAreEscapedAndReadBack() throws Exception {
    Dataset dataset = Dataset.builder()
        .unit(new Unit("1-ua", "Перше", Map.of("1st group", "a", "", "b", "size:x", "c",
            "розмір", "великий"), Map.of("GDP per capita", 3.5, "tax_x", 1.0)))
        .value("1-ua", "Libraries", 12)
        .build();

    String xml = LcnXml.standard().writeToString(dataset);

    assertThat(xml).contains("<_x0031_st_x0020_group>a</_x0031_st_x0020_group>")
        .contains("<_x_>b</_x_>")
        .contains("<size_x003A_x>c</size_x003A_x>")
        .contains("<розмір>великий</розмір>")
        .contains("<GDP_x0020_per_x0020_capita>3.5</GDP_x0020_per_x0020_capita>")
        .contains("<tax_x005F_x>1.0</tax_x005F_x>");
    assertThat(LcnXml.standard().read(xml, Dataset.class)).isEqualTo(dataset);
    GoldenDocumentTest.xsdValidator(DocumentKind.DATASET).validate(
        new javax.xml.transform.stream.StreamSource(new StringReader(xml)));
  }

  @Test
  void datasetWritesMissingCellsAsAbsent() {
    String json = LcnJson.standard().writeToString(Samples.dataset());
    Dataset back = LcnJson.standard().read(json, Dataset.class);
    assertThat(back.isMissing("ua-kyiv", "Dropout")).isTrue();
    assertThat(json).doesNotContain("NaN").doesNotContain("null");
  }

  @Test
  void resultsAreWrittenAsAResultsDocument() {
    String json = LcnJson.standard().writeToString(Samples.results());
    ResultsDocument doc = LcnJson.standard().read(json, ResultsDocument.class);
    assertThat(doc).isEqualTo(ResultsDocument.of(Samples.results()));
    assertThat(doc.units()).hasSize(3);
    assertThat(doc.units().get(0).scores()).containsKey("Index");
  }

  @Test
  void theSameTypesWorkThroughTheModuleOnAPlainMapper() {
    tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper
        .builder().addModule(new LcnModule()).build();
    Framework f = Samples.framework();
    assertThat(plain.readValue(plain.writeValueAsString(f), Framework.class)).isEqualTo(f);
    Pipeline p = Samples.pipeline();
    assertThat(plain.readValue(plain.writeValueAsString(p), Pipeline.class)).isEqualTo(p);
    byte[] bytes = plain.writeValueAsString(Samples.dataset()).getBytes(StandardCharsets.UTF_8);
    assertThat(plain.readValue(bytes, Dataset.class)).isEqualTo(Samples.dataset());
    Declaration d = UkrainianNetwork.get().declaration();
    assertThat(plain.readValue(plain.writeValueAsString(d), Declaration.class)).isEqualTo(d);
  }

  @Test
  void writingToAFileReplacesIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("f.json");
    Files.writeString(file, "x".repeat(10_000));
    LcnJson.standard().write(Samples.framework(), file);
    assertThat(LcnJson.standard().read(file, Framework.class)).isEqualTo(Samples.framework());
  }
}

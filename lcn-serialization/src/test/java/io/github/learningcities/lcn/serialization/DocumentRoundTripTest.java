package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentRoundTripTest {

  static Stream<Arguments> documents() {
    List<Object> values = List.of(Samples.framework(), Samples.dataset(), Samples.pipeline(),
        Samples.network(), UkrainianNetwork.get().declaration(),
        ResultsDocument.of(Samples.results()));
    return Stream.of(LcnJson.standard(), LcnXml.standard())
        .flatMap(lcn -> values.stream().map(v -> Arguments.of(lcn, v)));
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

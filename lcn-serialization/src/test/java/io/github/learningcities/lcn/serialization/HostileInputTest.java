package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Broken and hostile documents are refused with a DocumentReadException naming the place. */
class HostileInputTest {
  private static final String HEAD = "{\"lcnDocument\":\"framework\",\"formatVersion\":\"1.0\",";

  private static DocumentReadException jsonError(String document) {
    return catchThrowableOfType(DocumentReadException.class,
        () -> LcnJson.standard().read(document, Framework.class));
  }

  @Test
  @Timeout(30)
  void nestingDepthOfOneHundredThousandIsRefused() {
    String deep = HEAD + "\"extra\":" + "[".repeat(100_000) + "]".repeat(100_000)
        + ",\"framework\":{\"nodes\":[{\"code\":\"A\"}]}}";
    assertThat(jsonError(deep)).isNotNull();
    LcnJson lenient = LcnJson.with(ReadOptions.defaults().withAllowUnknownProperties(true));
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> lenient.read(deep, Framework.class));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("line 1").containsIgnoringCase("depth");
  }

  @Test
  @Timeout(30)
  void aNumberOfTenMillionDigitsIsRefusedFast() {
    long start = System.nanoTime();
    String huge = HEAD + "\"framework\":{\"nodes\":[{\"code\":\"A\",\"weight\":"
        + "9".repeat(10_000_000) + "}]}}";
    DocumentReadException e = jsonError(huge);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).containsIgnoringCase("number");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void aStringOverTheConfiguredLimitIsRefused() {
    LcnJson strict = LcnJson.with(ReadOptions.defaults().withMaxStringLength(1_000));
    String doc = HEAD + "\"framework\":{\"nodes\":[{\"code\":\"A\",\"name\":\""
        + "я".repeat(5_000) + "\"}]}}";
    assertThatThrownBy(() -> strict.read(doc, Framework.class))
        .isInstanceOf(DocumentReadException.class).hasMessageContaining("line 1");
  }

  @Test
  void nanIsRefused() {
    DocumentReadException e = jsonError(HEAD
        + "\"framework\":{\"nodes\":[{\"code\":\"A\",\"weight\":NaN}]}}");
    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
  }

  @Test
  void anOverflowingNumberBreaksTheModelRule() {
    DocumentReadException e = jsonError(HEAD
        + "\"framework\":{\"nodes\":[{\"code\":\"A\",\"weight\":1e400}]}}");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("expected a finite number");
  }

  @Test
  void duplicateKeysAreRefused() {
    DocumentReadException e = jsonError(HEAD
        + "\"framework\":{\"nodes\":[{\"code\":\"A\",\"code\":\"B\"}]}}");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).containsIgnoringCase("duplicate").contains("code");
  }

  @Test
  void duplicateKeysInAMapOfTheModelAreRefused() {
    String network = LcnJson.standard().writeToString(Samples.network());
    int names = network.indexOf("\"names\" : {");
    assertThat(names).isPositive();
    int open = network.indexOf('{', names);
    String doc = network.substring(0, open + 1) + "\"en\" : \"Twice\", "
        + network.substring(open + 1);
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> LcnJson.standard().read(doc, NetworkDocument.class));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).containsIgnoringCase("duplicate").contains("\"en\"");
    assertThat(e.line()).isGreaterThan(1);
  }

  @Test
  void duplicateKeysAreRefusedInsideSkippedUnknownProperties() {
    String doc = HEAD + "\"framework\":{\"nodes\":[{\"code\":\"A\","
        + "\"colour\":{\"red\":1,\"green\":2,\"red\":3}}]}}";
    LcnJson lenient = LcnJson.with(ReadOptions.defaults().withAllowUnknownProperties(true));
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> lenient.read(doc, Framework.class));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).containsIgnoringCase("duplicate").contains("red");
    assertThat(lenient.read(doc.replace(",\"red\":3", ""), Framework.class).root().code())
        .isEqualTo("A");
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] doc = (HEAD + "\"framework\":{\"nodes\":[{\"code\":\"A\",\"name\":\"xx\"}]}}")
        .getBytes(StandardCharsets.UTF_8);
    int at = new String(doc, StandardCharsets.UTF_8).indexOf("xx");
    doc[at] = (byte) 0xC3;
    doc[at + 1] = (byte) 0x28;
    assertThatThrownBy(() -> LcnJson.standard().read(doc, Framework.class))
        .isInstanceOf(DocumentReadException.class).hasMessageContaining("UTF-8");
  }

  @Test
  void aTruncatedDocumentIsRefused() {
    String full = LcnJson.standard().writeToString(Samples.framework());
    DocumentReadException e = jsonError(full.substring(0, full.length() / 2));
    assertThat(e).isNotNull();
    assertThat(e.line()).isGreaterThan(1);
  }

  @Test
  void aWrongTypeIsRefusedWithItsJsonPointer() {
    DocumentReadException e = jsonError(HEAD
        + "\"framework\":{\"nodes\":[{\"code\":\"A\"},{\"code\":\"B\",\"parent\":\"A\","
        + "\"weight\":\"heavy\"}]}}");
    assertThat(e).isNotNull();
    assertThat(e.path()).contains("/framework/nodes/1/weight");
    assertThat(e.getMessage()).contains("/framework/nodes/1/weight").contains("heavy");
  }

  @Test
  void aFrameworkRuleBrokenInTheDocumentSurfacesTheModelMessage() {
    DocumentReadException e = jsonError(HEAD
        + "\"framework\":{\"nodes\":[{\"code\":\"A\"},{\"code\":\"B\",\"parent\":\"Z\"}]}}");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("parent 'Z' does not exist").contains("/framework");
  }

  @Test
  void aModelInvariantOfTheDomainSurfaces() {
    String network = LcnJson.standard().writeToString(Samples.network())
        .replace("\"https://", "\"ftp://");
    assertThatThrownBy(() -> LcnJson.standard().read(network, NetworkDocument.class))
        .isInstanceOf(DocumentReadException.class).hasMessageContaining("website");
  }

  @Test
  void unknownPropertiesAreRefusedUnlessAllowed() {
    String doc = HEAD + "\"framework\":{\"nodes\":[{\"code\":\"A\",\"colour\":\"red\"}]}}";
    DocumentReadException e = jsonError(doc);
    assertThat(e).isNotNull();
    assertThat(e.field()).contains("colour");
    assertThat(e.getMessage()).contains("unknown property 'colour'");
    Framework f = LcnJson.with(ReadOptions.defaults().withAllowUnknownProperties(true))
        .read(doc, Framework.class);
    assertThat(f.root().code()).isEqualTo("A");
  }

  @Test
  void anotherKindOrVersionIsRefused() {
    String pipeline = LcnJson.standard().writeToString(Samples.pipeline());
    assertThatThrownBy(() -> LcnJson.standard().read(pipeline, Framework.class))
        .isInstanceOf(DocumentReadException.class);
    String future = LcnJson.standard().writeToString(Samples.framework())
        .replace("\"1.0\"", "\"9.9\"");
    assertThatThrownBy(() -> LcnJson.standard().read(future, Framework.class))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("format version '9.9' is not supported");
  }

  @Test
  void trailingContentIsRefused() {
    String doc = LcnJson.standard().writeToString(Samples.framework()) + " {}";
    assertThatThrownBy(() -> LcnJson.standard().read(doc, Framework.class))
        .isInstanceOf(DocumentReadException.class);
  }

  @Test
  void xmlExternalEntitiesAreNeverResolved() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE f [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "\n<frameworkDocument lcnDocument=\"framework\" formatVersion=\"1.0\"><framework>"
        + "<nodes><node><code>&e;</code></node></nodes></framework></frameworkDocument>";
    assertThatThrownBy(() -> LcnXml.standard().read(xxe, Framework.class))
        .isInstanceOf(DocumentReadException.class).hasMessageNotContaining("root:");
  }

  @Test
  void xmlEntityExpansionIsRefused() {
    String lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE f [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;\">]>"
        + "\n<frameworkDocument lcnDocument=\"framework\" formatVersion=\"1.0\"><framework>"
        + "<nodes><node><code>&c;</code></node></nodes></framework></frameworkDocument>";
    assertThatThrownBy(() -> LcnXml.standard().read(lol, Framework.class))
        .isInstanceOf(DocumentReadException.class);
  }

  @Test
  @Timeout(30)
  void deepXmlIsRefused() {
    String deep = "<frameworkDocument lcnDocument=\"framework\" formatVersion=\"1.0\">"
        + "<framework>" + "<a>".repeat(100_000) + "</a>".repeat(100_000)
        + "</framework></frameworkDocument>";
    assertThatThrownBy(() -> LcnXml.standard().read(deep, Framework.class))
        .isInstanceOf(DocumentReadException.class);
  }

  @Test
  void xmlErrorsNameAnXpathLikePath() {
    String xml = LcnXml.standard().writeToString(Samples.framework())
        .replaceFirst("<weight>2.0</weight>", "<weight>heavy</weight>");
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> LcnXml.standard().read(xml, Framework.class));
    assertThat(e).isNotNull();
    assertThat(e.path()).hasValueSatisfying(p -> assertThat(p).startsWith("/frameworkDocument"));
    assertThat(e.line()).isGreaterThan(1);
  }

  private static String golden(String file) throws IOException {
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/golden/1.0/valid/"
        + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static DocumentReadException xmlError(String document, Class<?> type) {
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> LcnXml.standard().read(document, type));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Test
  void xmlPathsNameTheListItemsAsWritten() throws IOException {
    DocumentReadException weight = xmlError(golden("framework.xml")
        .replace("<weight>2.0</weight>", "<weight>heavy</weight>"), Framework.class);
    assertThat(weight.path()).hasValue("/frameworkDocument/framework/nodes/node[3]/weight");
    assertThat(weight.getMessage())
        .contains("line 23, column 22 (field 'weight') at /frameworkDocument/framework/nodes/"
            + "node[3]/weight: ");

    String network = golden("network.xml");
    assertThat(xmlError(network.replace("<id>ua-kyiv</id>", "<id>UA Kyiv</id>"),
        NetworkDocument.class).path()).hasValue("/networkDocument/cities/city[2]/id");
    assertThat(xmlError(network.replace("<date>2018-01-15</date>", "<date>someday</date>"),
        NetworkDocument.class).path()).hasValue(
            "/networkDocument/network/memberships/membership[2]/history/statusChange[2]/date");
  }

  @Test
  void xmlPathsNameEscapedMapKeysAsWritten() throws IOException {
    DocumentReadException e = xmlError(golden("dataset.xml")
        .replace("<Events>900.0</Events>", "<_x0031_st>many</_x0031_st>"), Dataset.class);

    assertThat(e.path()).hasValue("/datasetDocument/dataset/units/unit[2]/values/_x0031_st");
    assertThat(e.field()).hasValue("1st");
  }
}

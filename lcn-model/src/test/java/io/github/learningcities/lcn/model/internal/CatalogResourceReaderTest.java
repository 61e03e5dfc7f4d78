package io.github.learningcities.lcn.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.catalog.Confidence;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Year;
import org.junit.jupiter.api.Test;

class CatalogResourceReaderTest {
  private static final String HEAD = "#format: lcn-catalog/1\n#catalog: test\n"
      + "#columns.item: code\tname\tcount\n";

  private static CatalogFormatException failure(String text) {
    try {
      CatalogResourceReader.parse("test.tsv", text);
    } catch (CatalogFormatException e) {
      return e;
    }
    throw new AssertionError("expected a CatalogFormatException for:\n" + text);
  }

  @Test
  void readsHeadersRecordsEscapesAndOmittedTrailingFields() {
    CatalogDocument doc = CatalogResourceReader.parse("test.tsv", HEAD
        + "# a comment\n#\n\r\n"
        + "item\ta\tTab\\there\t3\r\n"
        + "item\tb\n");
    assertThat(doc.header("catalog")).contains("test");
    assertThat(doc.records("item")).hasSize(2);
    CatalogRecord a = doc.records("item").get(0);
    assertThat(a.line()).isEqualTo(7);
    assertThat(a.required("name")).isEqualTo("Tab\there");
    assertThat(a.integer("count")).isEqualTo(3);
    CatalogRecord b = doc.records("item").get(1);
    assertThat(b.optional("name")).isEmpty();
    assertThat(b.optionalInteger("count")).isEmpty();
  }

  @Test
  void buildsTheProvenanceFromTheSourceHeaders() {
    CatalogDocument doc = CatalogResourceReader.parse("test.tsv", "#format: lcn-catalog/1\n"
        + "#source: UIL 2015\n#source.year: 2015\n#source.confidence: [P]\n"
        + "#source.link: https://uil.unesco.org/\n#source.link: https://example.org/a\n"
        + "#source.note: paraphrase\n");
    assertThat(doc.provenance().source()).isEqualTo("UIL 2015");
    assertThat(doc.provenance().year()).contains(Year.of(2015));
    assertThat(doc.provenance().confidence()).isEqualTo(Confidence.PROBABLE);
    assertThat(doc.provenance().links()).hasSize(2);
    assertThat(doc.provenance().note()).contains("paraphrase");
  }

  @Test
  void refusesAMissingFormatHeader() {
    assertThat(failure("#catalog: test\n").getMessage())
        .isEqualTo("test.tsv:1: the first header must be \"#format: lcn-catalog/1\"");
    assertThat(failure("").line()).isZero();
  }

  @Test
  void refusesTooManyFields() {
    CatalogFormatException e = failure(HEAD + "item\ta\tb\t1\textra\n");
    assertThat(e.getMessage()).isEqualTo("test.tsv:4: item record has 4 fields after its kind;"
        + " expected at most 3 [code, name, count]");
    assertThat(e.resourceName()).isEqualTo("test.tsv");
    assertThat(e.line()).isEqualTo(4);
  }

  @Test
  void refusesAnUndeclaredKind() {
    assertThat(failure(HEAD + "thing\tx\n").getMessage())
        .startsWith("test.tsv:4: record of undeclared kind \"thing\"");
  }

  @Test
  void refusesAHeaderAfterTheFirstRecord() {
    assertThat(failure(HEAD + "item\ta\n#edition: 2\n").getMessage())
        .startsWith("test.tsv:5: header \"edition\" after the first record");
  }

  @Test
  void refusesAMalformedHeader() {
    assertThat(failure(HEAD + "#Bad Key: x\n").getMessage())
        .startsWith("test.tsv:4: malformed header or comment");
  }

  @Test
  void refusesRepeatedBlankOrMissingColumnNames() {
    String head = "#format: lcn-catalog/1\n";
    String rule = "test.tsv:2: columns of kind \"item\" must be distinct, non-empty names"
        + " separated by tabs";
    assertThat(failure(head + "#columns.item: code\tname\tcode\n").getMessage()).isEqualTo(rule);
    assertThat(failure(head + "#columns.item: code\tname\tname\n").getMessage()).isEqualTo(rule);
    assertThat(failure(head + "#columns.item: code\t\tname\n").getMessage()).isEqualTo(rule);
    assertThat(failure(head + "#columns.item: code\t \tname\n").getMessage()).isEqualTo(rule);
    assertThat(failure(head + "#columns.item:\n").getMessage()).isEqualTo(rule);
    CatalogDocument doc = CatalogResourceReader.parse("test.tsv",
        head + "#columns.item: code\tCode\tcode-2\nitem\ta\tb\tc\n");
    assertThat(doc.records("item").get(0).required("Code")).isEqualTo("b");
  }

  @Test
  void refusesAnInvalidEscape() {
    assertThat(failure(HEAD + "item\ta\\q\n").getMessage())
        .isEqualTo("test.tsv:4: column \"code\" has an invalid escape at character 2;"
            + " expected \\t, \\n or \\\\");
  }

  @Test
  void refusesARepeatedSingleHeader() {
    CatalogDocument doc = CatalogResourceReader.parse("test.tsv", HEAD + "#catalog: again\n");
    assertThatThrownBy(() -> doc.header("catalog"))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("test.tsv:4: header \"catalog\" repeated (first on line 2);"
            + " expected it at most once");
  }

  @Test
  void reportsFieldErrorsAtTheRecordLine() {
    CatalogDocument doc = CatalogResourceReader.parse("test.tsv", HEAD + "item\ta\tn\tmany\n");
    CatalogRecord r = doc.records().get(0);
    assertThatThrownBy(() -> r.integer("count"))
        .hasMessage("test.tsv:4: column \"count\" is \"many\"; expected an integer");
    assertThatThrownBy(() -> r.optional("colour"))
        .hasMessage("test.tsv:3: columns of kind \"item\" lack \"colour\";"
            + " declared: [code, name, count]");
  }

  @Test
  void refusesInvalidUtf8WithTheLine() {
    byte[] bytes = (HEAD + "item\tok\nitem\t").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    broken[bytes.length] = (byte) 0xC3;
    broken[bytes.length + 1] = (byte) 0x28;
    assertThatThrownBy(() -> CatalogResourceReader.read("bin.tsv",
            new ByteArrayInputStream(broken)))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("bin.tsv:5: is not valid UTF-8; expected UTF-8 text");
  }

  @Test
  void reportsAMissingResource() {
    assertThatThrownBy(() -> CatalogResourceReader.readResource(getClass(), "/no/such.tsv"))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage("no/such.tsv:0: resource not found on the class path");
  }

  /** A class to define again in a class loader of its own. */
  static final class Anchor {}

  @Test
  void readsThroughTheClassLookupWhereTheModuleFindsNothing() throws Exception {
    // A class loader that defines a class but finds no resource of its own: its module's
    // lookup comes back empty, and the class's lookup, through the parent, finds the file (one
    // outside any package, which no module encapsulates).
    byte[] bytes;
    try (InputStream in = Anchor.class.getResourceAsStream(
        "CatalogResourceReaderTest$Anchor.class")) {
      bytes = in.readAllBytes();
    }
    Class<?> anchor = new ClassLoader(getClass().getClassLoader()) {
      Class<?> define() {
        return defineClass(null, bytes, 0, bytes.length);
      }
    }.define();
    String path = "/catalog-reader-fallback.tsv";
    assertThat(anchor.getModule().getResourceAsStream(path.substring(1))).isNull();

    CatalogDocument doc = CatalogResourceReader.readResource(anchor, path);

    assertThat(doc.requireCatalog("test.fallback")).isEqualTo("test.fallback");
    assertThat(doc.records("item")).hasSize(1);
  }
}

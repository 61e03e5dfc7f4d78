package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.audit.Audit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #15: an audit is a document kind. It is written and read through the same calls as
 * every other kind, in both formats, with its envelope, and read back equal, its uncertainty
 * and sensitivity analysis included.
 */
class AuditDocumentTest {
  @TempDir
  Path dir;

  static Stream<Arguments> formats() {
    return Stream.of(Arguments.of(LcnJson.standard(), "audit.json"),
        Arguments.of(LcnXml.standard(), "audit.xml"));
  }

  @Test
  void anAuditIsTheContentOfTheAuditKind() {
    assertThat(DocumentKind.forContentType(Audit.class)).contains(DocumentKind.AUDIT);
    assertThat(DocumentKind.AUDIT.id()).isEqualTo("audit");
    assertThat(DocumentKind.AUDIT.xmlRootElement()).isEqualTo("auditDocument");
  }

  @ParameterizedTest
  @MethodSource("formats")
  void anAuditWithItsUncertaintyAnalysisIsWrittenToAFileAndReadBackEqual(DocumentFormat format,
      String name) throws Exception {
    Audit audit = Samples.auditWithUncertainty();
    assertThat(audit.uncertainty()).isPresent();
    assertThat(audit.uncertainty().orElseThrow().sensitivity()).isPresent();
    Path file = dir.resolve(name);

    format.write(audit, file);

    assertThat(format.read(file, Audit.class)).isEqualTo(audit);
  }

  @Test
  void theEnvelopeNamesTheKindAndTheFormatVersion() {
    String json = LcnJson.standard().writeToString(Samples.audit());
    String xml = LcnXml.standard().writeToString(Samples.audit());

    assertThat(json).startsWith("{\n  \"lcnDocument\" : \"audit\",\n  \"formatVersion\" : \""
        + DocumentKind.CURRENT_FORMAT_VERSION + "\",\n  \"audit\" : {");
    assertThat(xml).contains("<auditDocument lcnDocument=\"audit\" formatVersion=\""
        + DocumentKind.CURRENT_FORMAT_VERSION + "\">\n  <audit>");
  }

  @Test
  void anotherKindIsNotReadAsAnAudit() throws Exception {
    Path file = dir.resolve("framework.json");
    LcnJson.standard().write(Samples.framework(), file);

    assertThatThrownBy(() -> LcnJson.standard().read(file, Audit.class))
        .isInstanceOf(DocumentReadException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("audit");
    assertThat(Files.size(file)).isPositive();
  }
}

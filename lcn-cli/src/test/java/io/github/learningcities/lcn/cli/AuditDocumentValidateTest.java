package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditSpec;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15: an audit document is a document kind that {@code lcn validate} checks. */
class AuditDocumentValidateTest {
  private static Audit audit;

  @TempDir
  Path dir;

  @BeforeAll
  static void auditAsem() throws Exception {
    CoinrInput in = CoinrTables.read(Path.of(Run.data()), Path.of(Run.meta()));
    audit = Audit.of(Engine.standard(), Engine.standard().run(in.framework(), in.dataset(),
        in.pipeline()), AuditSpec.defaults().withBootstrap(0).withThreads(1));
    assertThat(audit.findings()).isNotEmpty();
  }

  /** Writes the audit as {@code audit.json} and {@code audit.xml}; returns both files. */
  private Path[] writeBoth() throws Exception {
    Path json = dir.resolve("audit.json");
    Path xml = dir.resolve("audit.xml");
    LcnJson.standard().write(audit, json);
    LcnXml.standard().write(audit, xml);
    return new Path[] {json, xml};
  }

  @Test
  void theKindOfAnAuditDocumentIsAuditInBothFormats() throws Exception {
    Path[] files = writeBoth();
    Path json = files[0];
    Path xml = files[1];

    assertThat(Documents.kindOf(json)).isEqualTo(DocumentKind.AUDIT);
    assertThat(Documents.kindOf(xml)).isEqualTo(DocumentKind.AUDIT);
    assertThat(Documents.read(xml)).isEqualTo(audit);
  }

  @Test
  void aWrittenAuditIsValidInBothFormats() throws Exception {
    Path[] files = writeBoth();

    Run r = Run.lcn("validate", files[0].toString(), files[1].toString());

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("valid: 2 document(s): audit, audit");
  }

  @Test
  void anUnknownSeverityIsASchemaViolationWithItsPointerAndAReaderProblem() throws Exception {
    Path json = dir.resolve("audit.json");
    String text = LcnJson.standard().writeToString(audit);
    String severity = "\"severity\" : \"" + audit.findings().get(0).severity() + "\"";
    assertThat(text).contains(severity);
    Files.writeString(json, text.replaceFirst(severity, "\"severity\" : \"SERIOUS\""), UTF_8);

    Run r = Run.lcn("validate", json.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out())
        .contains(json + ", JSON pointer /audit/findings/0/severity: ")
        .contains(json + ", line ").contains("SERIOUS")
        .contains("2 problems");
  }
}

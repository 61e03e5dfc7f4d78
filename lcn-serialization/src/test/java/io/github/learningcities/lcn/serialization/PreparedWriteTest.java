package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.audit.Audit;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #13: {@link DocumentFormat#prepare} builds a kind's serializers ahead of the first
 * write (the CLI does it on its second core while the audit is computed). Preparing must not
 * change a single byte of what is written, whether the document is written after the
 * preparation, while it runs on another thread, or by a format that was never prepared.
 */
class PreparedWriteTest {
  /** A format with its own mapper (non-default options), so no earlier test warmed it. */
  static Stream<Arguments> freshFormats() {
    ReadOptions own = ReadOptions.defaults().withMaxNestingDepth(900);
    return Stream.of(Arguments.of(LcnJson.with(own), LcnJson.with(own)),
        Arguments.of(LcnXml.with(own), LcnXml.with(own)));
  }

  @ParameterizedTest
  @MethodSource("freshFormats")
  void aPreparedFormatWritesTheSameBytesAsOneNeverPrepared(DocumentFormat prepared,
      DocumentFormat unprepared) {
    Audit audit = Samples.auditWithUncertainty();

    prepared.prepare(DocumentKind.AUDIT);

    assertThat(prepared.writeToString(audit)).isEqualTo(unprepared.writeToString(audit));
    assertThat(prepared.writeToBytes(Samples.audit()))
        .isEqualTo(unprepared.writeToBytes(Samples.audit()));
  }

  @ParameterizedTest
  @MethodSource("freshFormats")
  void aPreparationRunningBesideTheFirstWriteChangesNothingWritten(DocumentFormat prepared,
      DocumentFormat unprepared) {
    Audit audit = Samples.auditWithUncertainty();

    CompletableFuture<Void> ahead = CompletableFuture.runAsync(
        () -> prepared.prepare(DocumentKind.AUDIT));
    String written = prepared.writeToString(audit);
    ahead.join();

    assertThat(written).isEqualTo(unprepared.writeToString(audit));
  }

  @Test
  void everyKindCanBePreparedAndItsDocumentsStillReadBack() {
    LcnJson json = LcnJson.with(ReadOptions.defaults().withMaxNestingDepth(901));
    for (DocumentKind kind : DocumentKind.values()) {
      json.prepare(kind);
    }

    assertThat(json.read(json.writeToString(Samples.framework()),
        io.github.learningcities.lcn.indicators.framework.Framework.class))
        .isEqualTo(Samples.framework());
  }

  @Test
  void aMissingKindIsRefusedByName() {
    assertThatThrownBy(() -> LcnJson.standard().prepare(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
  }
}

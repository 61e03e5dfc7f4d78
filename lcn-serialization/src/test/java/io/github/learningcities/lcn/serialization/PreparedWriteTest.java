package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.serialization.internal.DocumentCodec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

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

  @ParameterizedTest
  @MethodSource("freshFormats")
  void everyKindCanBePreparedAndItsDocumentsStillReadBack(DocumentFormat prepared,
      DocumentFormat unprepared) {
    for (DocumentKind kind : DocumentKind.values()) {
      prepared.prepare(kind);
    }

    assertThat(prepared.read(prepared.writeToString(Samples.framework()), Framework.class))
        .isEqualTo(Samples.framework());
    assertThat(prepared.writeToString(ResultsDocument.of(Samples.results())))
        .isEqualTo(unprepared.writeToString(ResultsDocument.of(Samples.results())));
  }

  /**
   * The point of preparing: the first write of a prepared kind builds no serializer (counted
   * by a modifier that sees every bean, converter and container serializer the mapper builds).
   */
  @Test
  void aPreparedAuditIsWrittenWithoutBuildingAnySerializer() {
    List<String> built = new CopyOnWriteArrayList<>();
    SimpleModule counting = new SimpleModule("counting");
    counting.setSerializerModifier(new ValueSerializerModifier() {
      @Override
      public ValueSerializer<?> modifySerializer(SerializationConfig config,
          BeanDescription.Supplier bean, ValueSerializer<?> serializer) {
        built.add(bean.getType().toString());
        return serializer;
      }
    });
    DocumentCodec codec = new DocumentCodec(LcnJson.newMapper(ReadOptions.defaults())
        .rebuild().addModule(counting).build(), false);
    Audit audit = Samples.auditWithUncertainty();

    codec.prepare(DocumentKind.AUDIT);
    assertThat(built).as("serializers built by preparing").isNotEmpty();
    built.clear();
    String written = codec.writeToString(audit);

    assertThat(built).as("serializers built by the first write").isEmpty();
    assertThat(written).isEqualTo(LcnJson.standard().writeToString(audit));
  }

  @Test
  void aMissingKindIsRefusedByName() {
    assertThatThrownBy(() -> LcnJson.standard().prepare(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
  }
}

package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditSpec;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.serialization.ReadOptions;
import io.github.learningcities.lcn.serialization.internal.AuditDocumentWriter;
import io.github.learningcities.lcn.serialization.internal.DocumentCodec;
import io.github.learningcities.lcn.serialization.internal.PipelineJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdDelegatingSerializer;

/**
 * Writing the audit document of {@code lcn demo}: read from the file that {@code -p
 * document=.../audit.json} names (written by {@code lcn demo -o DIR}: 900 replications, each
 * listing its pipeline, 100 distinct pipelines among them, each pipeline a distinct instance
 * as the analysis makes them), or, by default, one of the same shape: a full audit of ASEM (51
 * units) whose uncertainty analysis has N = 300 Sobol samples of one factor, weight noise over
 * 100 weight sets of the 49 indicators' weights. One operation writes the whole document into
 * memory, as {@code lcn demo} and {@code lcn audit --json} do on their background thread.
 *
 * <ul>
 *   <li>{@code json}: {@link LcnJson}, which writes each distinct pipeline's text once per
 *       document and copies it for the repeats;
 *   <li>{@code jsonEachPipeline}: the same mapper with the pipeline's own serializer at every
 *       replication (the path before), the baseline in the same run; the set-up checks that
 *       both write the same bytes;
 *   <li>{@code streamed}: {@link AuditDocumentWriter}, the same bytes written straight to
 *       jackson-core's generator, as {@code lcn demo} and {@code lcn audit} write them (the
 *       set-up checks the bytes);
 *   <li>{@code xml}: {@link LcnXml}, for comparison (XML writes every pipeline).
 * </ul>
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AuditDocumentBenchmark {
  /** An audit document to write again, or empty for the ASEM audit. */
  @Param({""})
  public String document;

  private Audit audit;
  private DocumentCodec eachPipeline;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 24);

  /** Audits ASEM with the demo's kind of uncertainty analysis and checks the bytes. */
  @Setup
  public void prepare() throws IOException {
    if (document.isEmpty()) {
      Results nominal = UncertaintyBenchmark.asemNominal();
      audit = Audit.of(Engine.standard(), nominal, AuditSpec.defaults().withSeed(42L)
          .withUncertainty(UncertaintySpec.of(List.of(Factor.weightNoise("weights", 1, 0.25,
              100)), 300, 42L).withSensitivity()));
    } else {
      audit = LcnJson.standard().read(Files.readAllBytes(Path.of(document)), Audit.class);
    }
    SimpleModule plain = new SimpleModule("each-pipeline");
    plain.addSerializer(Pipeline.class, new StdDelegatingSerializer(new PipelineJson.ToData()));
    eachPipeline = new DocumentCodec(LcnJson.newMapper(ReadOptions.defaults()).rebuild()
        .addModule(plain).build(), false);
    byte[] sdk = json();
    byte[] before = jsonEachPipeline();
    if (!Arrays.equals(sdk, before) || !Arrays.equals(sdk, streamed())
        || !document.isEmpty() && !Arrays.equals(sdk, Files.readAllBytes(Path.of(document)))) {
      throw new IllegalStateException("the audit document differs from the one written with "
          + "the pipeline's own serializer at every replication, from the streamed one, or from"
          + " the one read");
    }
    List<Replication> reps = audit.uncertainty().orElseThrow().replications();
    System.out.printf(Locale.ROOT, "%naudit document: %,d bytes of JSON, %,d replications,"
        + " %d distinct pipelines%n", sdk.length, reps.size(),
        reps.stream().map(Replication::pipeline).distinct().count());
  }

  /**
   * The document as {@link LcnJson} writes it.
   *
   * @return the bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public byte[] json() throws IOException {
    buffer.reset();
    LcnJson.standard().write(audit, buffer);
    return buffer.toByteArray();
  }

  /**
   * The same bytes with the pipeline's own serializer at every replication.
   *
   * @return the bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public byte[] jsonEachPipeline() throws IOException {
    buffer.reset();
    eachPipeline.write(audit, buffer);
    return buffer.toByteArray();
  }

  /**
   * The same bytes streamed to jackson-core's generator, without databind.
   *
   * @return the bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public byte[] streamed() throws IOException {
    buffer.reset();
    AuditDocumentWriter.write(audit, buffer);
    return buffer.toByteArray();
  }

  /**
   * The document in XML.
   *
   * @return the bytes
   * @throws IOException never (memory)
   */
  @Benchmark
  public byte[] xml() throws IOException {
    buffer.reset();
    LcnXml.standard().write(audit, buffer);
    return buffer.toByteArray();
  }
}

package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.serialization.ReadOptions;
import io.github.learningcities.lcn.testkit.FormatArbitraries;
import io.github.learningcities.lcn.testkit.indicators.AuditArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdDelegatingSerializer;

/**
 * Documents whose pipelines repeat (equal values and identical instances, among distinct
 * ones, at one or several places) are the bytes the pipeline's own serializer writes, in JSON
 * and XML, through every target (string, bytes, stream, writer), with the document's indented
 * output, without indentation, with another pretty printer, and into a tree.
 */
class RepeatedValueWriterProperties {
  private static final ObjectMapper PLAIN_JSON_MAPPER = plain(LcnJson.newMapper(
      ReadOptions.defaults()).rebuild());
  private static final DocumentCodec PLAIN_JSON = new DocumentCodec(PLAIN_JSON_MAPPER, false);
  private static final ObjectMapper PLAIN_XML_MAPPER = plain(LcnXml.newMapper(
      ReadOptions.defaults()).rebuild());
  private static final DocumentCodec PLAIN_XML = new DocumentCodec(PLAIN_XML_MAPPER, true);

  /** The mapper with the pipeline's own serializer in place of the repeats' writer. */
  static <B extends tools.jackson.databind.cfg.MapperBuilder<?, B>> ObjectMapper plain(
      B builder) {
    SimpleModule module = new SimpleModule("plain-pipelines");
    module.addSerializer(Pipeline.class,
        new StdDelegatingSerializer(new PipelineJson.ToData()));
    return builder.addModule(module).build();
  }

  @Provide
  Arbitrary<List<Pipeline>> distinct() {
    Arbitrary<String> odd = Arbitraries.of("🙂", "a🙂b", "\u2028", "\u0001", "back\\slash",
        "\"q\"", "Київ", "");
    Arbitrary<Double> weight = Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, Double.MIN_VALUE,
        1e22, 0.1 + 0.2), FormatArbitraries.weights());
    Arbitrary<Pipeline> withOddCodes = Combinators.combine(FormatArbitraries.pipelines(),
        Arbitraries.maps(odd, weight).ofMaxSize(3)).as((p, extra) -> {
          Map<String, Double> manual = new LinkedHashMap<>(p.weighting().manual());
          manual.putAll(extra);
          Weighting w = p.weighting();
          return p.withWeighting(new Weighting(w.source(), w.set(), manual, w.fromData()));
        });
    return Arbitraries.oneOf(FormatArbitraries.pipelines(), withOddCodes).list()
        .ofMinSize(1).ofMaxSize(4);
  }

  /**
   * Replications that take the pipelines in the order of {@code picks}: each an identical
   * instance, or, where {@code copies} says so, an equal copy.
   */
  static List<Replication> replications(List<Pipeline> distinct, List<Integer> picks,
      List<Boolean> copies) {
    List<Replication> reps = new ArrayList<>();
    for (int i = 0; i < picks.size(); i++) {
      int k = picks.get(i) % distinct.size();
      Pipeline p = distinct.get(k);
      if (copies.get(i % copies.size())) {
        p = copy(p);
      }
      reps.add(new Replication(i, List.of((k % 8) / 8.0), Map.of("pipeline", "p" + k), p,
          i % 5 == 4 ? Optional.of("failed " + i) : Optional.empty()));
    }
    return reps;
  }

  /**
   * An equal pipeline, not the same instance, with its weighting and normalisation (the steps
   * hashed apart, see {@link PipelineJson#steps}) built anew.
   */
  static Pipeline copy(Pipeline p) {
    Weighting w = p.weighting();
    return new Pipeline(p.denomination(), p.screening(), p.imputation(), p.treatment(),
        p.normalisation().map(n -> new Normalisation(n.method(), n.parameters(),
            new LinkedHashMap<>(n.overrides()))), new Weighting(w.source(), w.set(),
            new LinkedHashMap<>(w.manual()), new ArrayList<>(w.fromData())), p.aggregation());
  }

  @Property(tries = 80)
  void uncertaintyDocumentsAreThePlainBytes(@ForAll("distinct") List<Pipeline> distinct,
      @ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.constraints.IntRange(min = 0,
          max = 7) Integer> picks,
      @ForAll @Size(min = 1, max = 4) List<Boolean> copies) throws Exception {
    UncertaintyResult result = new UncertaintyResult("I",
        replications(distinct, picks, copies), List.of(), Optional.empty());

    ObjectMapper json = LcnJson.standard().mapper();
    String plain = PLAIN_JSON_MAPPER.writeValueAsString(result);

    assertThat(json.writeValueAsString(result)).isEqualTo(plain);
    assertThat(json.writeValueAsBytes(result)).isEqualTo(
        PLAIN_JSON_MAPPER.writeValueAsBytes(result));
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    json.writeValue(stream, result);
    assertThat(stream.toByteArray()).isEqualTo(PLAIN_JSON_MAPPER.writeValueAsBytes(result));
    StringWriter writer = new StringWriter();
    json.writeValue(writer, result);
    assertThat(writer.toString()).isEqualTo(plain);
    assertThat(LcnXml.standard().mapper().writeValueAsString(result))
        .isEqualTo(PLAIN_XML_MAPPER.writeValueAsString(result));
  }

  @Property(tries = 15)
  void auditDocumentsAreThePlainBytes(@ForAll("audits") Audit base,
      @ForAll("distinct") List<Pipeline> distinct,
      @ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.constraints.IntRange(min = 0,
          max = 7) Integer> picks,
      @ForAll @Size(min = 1, max = 4) List<Boolean> copies) {
    Audit audit = Audit.ofSections(base.index(), base.units(), base.thresholds(),
        base.statistics(), base.availability(), base.indicatorCorrelations(),
        base.parentCorrelations(), base.reliability(), base.weights(), base.importance(),
        Optional.of(new UncertaintyResult("I", replications(distinct, picks, copies),
            List.of(), Optional.empty())), base.removals(), base.findings());

    assertThat(LcnJson.standard().writeToBytes(audit)).isEqualTo(PLAIN_JSON.writeToBytes(audit));
    assertThat(LcnJson.standard().writeToString(audit))
        .isEqualTo(PLAIN_JSON.writeToString(audit));
    assertThat(LcnXml.standard().writeToBytes(audit)).isEqualTo(PLAIN_XML.writeToBytes(audit));
  }

  @Provide
  Arbitrary<Audit> audits() {
    return AuditArbitraries.audits();
  }

  @Property(tries = 80)
  void pipelinesAtSeveralPlacesAreThePlainText(@ForAll("distinct") List<Pipeline> distinct,
      @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.constraints.IntRange(min = 0,
          max = 7) Integer> picks) {
    List<Object> value = new ArrayList<>();
    for (int i = 0; i < picks.size(); i++) {
      Pipeline p = distinct.get(picks.get(i) % distinct.size());
      Pipeline q = i % 2 == 0 ? p : copy(p);
      switch (i % 4) {
        case 0 -> value.add(q);
        case 1 -> value.add(Map.of("in an object", q));
        case 2 -> value.add(List.of(List.of(q, p), Map.of("deeper", List.of(q))));
        default -> value.add(Map.of("a", Map.of("b", q), "c", List.of(p)));
      }
    }
    List<Object> twice = List.of(value, value);
    ObjectMapper sdk = LcnJson.standard().mapper();
    ObjectWriter[] writers = writers(sdk);
    ObjectWriter[] plainWriters = writers(PLAIN_JSON_MAPPER);
    for (int w = 0; w < writers.length; w++) {
      assertThat(writers[w].writeValueAsString(twice))
          .isEqualTo(plainWriters[w].writeValueAsString(twice));
      assertThat(writers[w].writeValueAsBytes(twice))
          .isEqualTo(plainWriters[w].writeValueAsBytes(twice));
    }
    assertThat(sdk.valueToTree(twice).toString())
        .isEqualTo(PLAIN_JSON_MAPPER.valueToTree(twice).toString());
  }

  /** Indented as documents, not indented, and with another pretty printer. */
  private static ObjectWriter[] writers(ObjectMapper mapper) {
    return new ObjectWriter[] {mapper.writer(),
        mapper.writer().without(SerializationFeature.INDENT_OUTPUT),
        mapper.writer().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("\t", "\r\n"))
            .withArrayIndenter(new DefaultIndenter(" ", "\n")))};
  }
}

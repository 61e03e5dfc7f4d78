package io.github.learningcities.lcn.serialization.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import io.github.learningcities.lcn.testkit.indicators.DatasetArbitraries;
import io.github.learningcities.lcn.testkit.indicators.FrameworkArbitraries;
import io.github.learningcities.lcn.testkit.indicators.PipelineArbitraries;
import io.github.learningcities.lcn.testkit.indicators.ScoringCase;
import io.github.learningcities.lcn.testkit.indicators.ScoringCases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming results, framework, dataset and pipeline documents against the databind
 * mapping, their reference: the same bytes, through a stream and through a writer, for
 * documents of computed results (imputation,
 * treatment and screening diagnostics, per-unit weights of Benefit of the Doubt, shared nodes,
 * missing values) and for documents made of edge values (texts with quotes, backslashes,
 * control, line-separator and non-BMP characters; negative zero, huge and tiny doubles; empty
 * and absent maps and lists; undefined treatment statistics; no dataset).
 */
class JsonDocumentWriterProperties {

  private static final String[] TEXTS = {"a", "L1.1.a", "\"", "\\", "/", "a\"b\\c",
      "\u0000", "\u001f", "\n\r\t\b\f", "\u007f", "\u2028\u2029", "</script>", "Київ",
      "\uD83D\uDE00", "x\uD800\uDC00y", "é\u0301", "{\"k\" : [1]}"};

  private static final double[] DOUBLES = {-0.0, 0.0, 1.0, -1.5, 0.1, 1e-7, 1e7, 1e21,
      1e-300, 123456789.0, 0.30000000000000004, Double.MAX_VALUE, Double.MIN_VALUE,
      Double.MIN_NORMAL, -Double.MAX_VALUE, 2.2250738585072014E-308};

  @Property(tries = 60)
  void computedResultsAreWrittenWithTheMappersBytes(@ForAll("cases") ScoringCase c)
      throws IOException {
    Results r;
    try {
      r = c.run();
    } catch (IndicatorsException e) {
      Assume.that(false);
      return;
    }
    assertSameBytes(ResultsDocument.of(r));
    assertSameBytes(c.framework());
    assertSameBytes(c.dataset());
    assertSameBytes(c.pipeline());
  }

  @Provide
  Arbitrary<ScoringCase> cases() {
    return Arbitraries.oneOf(ScoringCases.cases(),
        ScoringCases.cases(FrameworkArbitraries.directedAcyclic(3, 3, 2), 2, 8,
            DatasetArbitraries.Missing.SCATTERED),
        FrameworkArbitraries.frameworks(2, 4).flatMap(fw -> DatasetArbitraries.datasets(fw)
            .flatMap(d -> FrameworkArbitraries.benefitOfTheDoubtAggregations().map(bod ->
                new ScoringCase(fw, d, Pipeline.coinrDefault().withAggregation(bod))))));
  }

  @Property(tries = 200)
  void edgeDocumentsAreWrittenWithTheMappersBytes(@ForAll long seed) throws IOException {
    ResultsDocument d = edgeDocument(new SplittableRandom(seed));
    assertSameBytes(d);
    assertSameBytes(d.framework());
    if (d.dataset().isPresent()) {
      assertSameBytes(d.dataset().get());
    }
  }

  private static void assertSameBytes(Object document) throws IOException {
    assertThat(JsonDocumentWriter.streams(document)).isTrue();
    ByteArrayOutputStream reference = new ByteArrayOutputStream();
    LcnJson.standard().write(document, reference);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    JsonDocumentWriter.write(document, streamed);
    assertThat(streamed.toString(UTF_8)).isEqualTo(reference.toString(UTF_8));
    assertThat(streamed.toByteArray()).isEqualTo(reference.toByteArray());
    StringWriter text = new StringWriter();
    JsonDocumentWriter.write(document, text);
    assertThat(text.toString()).isEqualTo(reference.toString(UTF_8));
  }

  private static ResultsDocument edgeDocument(SplittableRandom rnd) {
    Framework.Builder fw = Framework.builder();
    fw.node(new Node("Index", text(rnd), Optional.empty(), 1, Direction.POSITIVE, null,
        OptionalDouble.empty(), Optional.empty(), rnd.nextBoolean()
            ? Optional.of(new Aggregation("arithmetic", Parameters.none(), OptionalDouble.of(
                rnd.nextDouble()))) : Optional.empty()));
    List<String> indicators = List.of("I1", "I2", "I3");
    for (String code : indicators) {
      fw.node(new Node(code, rnd.nextBoolean() ? code : text(rnd), Optional.of("Index"),
          code.equals("I1") ? 1.0 : Math.abs(number(rnd)), rnd.nextBoolean() ? Direction.POSITIVE : Direction.NEGATIVE,
          rnd.nextBoolean() ? text(rnd) : null,
          rnd.nextBoolean() ? OptionalDouble.of(number(rnd)) : OptionalDouble.empty(),
          rnd.nextBoolean() ? Optional.of(text(rnd)) : Optional.empty(),
          rnd.nextBoolean() ? Optional.of(new Aggregation("generalised", Parameters.of(Map.of(
              "p", rnd.nextBoolean() ? 0.5 : -1.0)), rnd.nextBoolean()
                  ? OptionalDouble.of(rnd.nextDouble()) : OptionalDouble.empty()))
              : Optional.empty()));
    }
    for (int i = rnd.nextInt(3); i > 0; i--) {
      Map<String, Double> weights = new LinkedHashMap<>();
      // a positive weight for I1 in every set: a set of zero weights only is refused
      weights.put("I1", 1 + Math.abs(number(rnd)));
      for (String code : indicators.subList(1, indicators.size())) {
        if (rnd.nextBoolean()) {
          weights.put(code, Math.abs(number(rnd)));
        }
      }
      fw.weightSet("set" + i, weights);
    }
    Dataset.Builder data = Dataset.builder();
    indicators.forEach(data::indicator);
    List<String> unitCodes = new ArrayList<>();
    for (int u = rnd.nextInt(4); u >= 0; u--) {
      String code = "U" + u;
      unitCodes.add(code);
      Map<String, String> groups = new LinkedHashMap<>();
      Map<String, Double> denominators = new LinkedHashMap<>();
      for (int k = rnd.nextInt(3); k > 0; k--) {
        groups.put(text(rnd), text(rnd));
        denominators.put(text(rnd), number(rnd));
      }
      data.unit(new Unit(code, rnd.nextBoolean() ? text(rnd) : null, groups, denominators));
      for (String indicator : indicators) {
        if (rnd.nextInt(3) > 0) {
          data.value(code, indicator, number(rnd));
        }
      }
    }
    List<ResultsDocument.UnitResults> units = new ArrayList<>();
    for (String code : unitCodes) {
      Map<String, Double> scores = new LinkedHashMap<>();
      Map<String, Integer> ranks = new LinkedHashMap<>();
      for (String node : List.of("I1", "I2", "I3", "Index")) {
        if (rnd.nextInt(4) > 0) {
          scores.put(node, number(rnd));
          ranks.put(node, 1 + rnd.nextInt(5));
        }
      }
      Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
      if (rnd.nextBoolean()) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String indicator : indicators) {
          if (rnd.nextBoolean()) {
            w.put(indicator, number(rnd));
          }
        }
        weights.put("Index", w);
      }
      units.add(new ResultsDocument.UnitResults(code, scores, ranks, weights));
    }
    return new ResultsDocument(fw.build(), Pipeline.coinrDefault(), units, diagnostics(rnd),
        rnd.nextInt(4) > 0 ? Optional.of(data.build()) : Optional.empty());
  }

  private static Diagnostics diagnostics(SplittableRandom rnd) {
    List<Diagnostics.ImputedCell> imputed = new ArrayList<>();
    List<Diagnostics.TreatedPoint> treated = new ArrayList<>();
    List<Diagnostics.IndicatorTreatment> treatments = new ArrayList<>();
    List<Diagnostics.ScreenedUnit> screened = new ArrayList<>();
    List<Diagnostics.Note> notes = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      imputed.add(new Diagnostics.ImputedCell(text(rnd), text(rnd), number(rnd), text(rnd)));
      treated.add(new Diagnostics.TreatedPoint(text(rnd), text(rnd), text(rnd), number(rnd),
          number(rnd)));
      List<Diagnostics.TreatmentStage> stages = new ArrayList<>();
      for (int k = rnd.nextInt(3); k > 0; k--) {
        stages.add(new Diagnostics.TreatmentStage(text(rnd), rnd.nextInt(5), statistic(rnd),
            statistic(rnd), rnd.nextBoolean()));
      }
      treatments.add(new Diagnostics.IndicatorTreatment(text(rnd), text(rnd), statistic(rnd),
          statistic(rnd), rnd.nextInt(5), rnd.nextBoolean() ? Optional.of(text(rnd))
              : Optional.empty(), statistic(rnd), statistic(rnd), rnd.nextBoolean(), stages));
      screened.add(new Diagnostics.ScreenedUnit(text(rnd), text(rnd)));
      notes.add(new Diagnostics.Note(text(rnd), text(rnd), rnd.nextBoolean()
          ? Optional.of(text(rnd)) : Optional.empty(), text(rnd)));
    }
    return new Diagnostics(imputed, treated, treatments, screened, notes);
  }

  private static String text(SplittableRandom rnd) {
    return TEXTS[rnd.nextInt(TEXTS.length)];
  }

  private static double number(SplittableRandom rnd) {
    return DOUBLES[rnd.nextInt(DOUBLES.length)];
  }

  /** A treatment statistic: undefined (NaN) one time in three. */
  private static double statistic(SplittableRandom rnd) {
    return rnd.nextInt(3) == 0 ? Double.NaN : number(rnd);
  }

  @Property(tries = 50)
  void everyPipelineStepIsWrittenAsTheMapperWritesIt(
      @ForAll("pipelines") Pipeline pipeline) throws IOException {
    Framework fw = Framework.builder().node("Index", null).node("I1", "Index").build();
    assertSameBytes(new ResultsDocument(fw, pipeline, List.of(), new Diagnostics(List.of(),
        List.of(), List.of(), List.of(), List.of()), Optional.empty()));
    assertSameBytes(pipeline);
  }

  @Example
  void otherDocumentsAreRefusedWithTheWriterToUse() {
    assertThat(JsonDocumentWriter.streams("text")).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JsonDocumentWriter.write("text",
        new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LcnJson");
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return PipelineArbitraries.pipelines();
  }
}

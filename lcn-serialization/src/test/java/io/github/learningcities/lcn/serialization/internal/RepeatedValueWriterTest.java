package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdDelegatingSerializer;
import tools.jackson.databind.util.StdConverter;

/**
 * How often the pipeline's own serializer runs when a document repeats pipelines: until a
 * first repeat once for a value's first place, then once for each distinct value's text, in
 * each document; as ever once the budget of kept text is spent; and values that differ only in
 * the sign of a zero keep their own texts.
 */
class RepeatedValueWriterTest {
  private final AtomicInteger serialised = new AtomicInteger();

  /** The JSON mapper whose pipeline writer counts the runs of the pipeline's serializer. */
  private ObjectMapper counting(int budget) {
    StdConverter<Pipeline, PipelineJson.PipelineData> toData =
        new StdConverter<Pipeline, PipelineJson.PipelineData>() {
          @Override
          public PipelineJson.PipelineData convert(Pipeline p) {
            serialised.incrementAndGet();
            return new PipelineJson.ToData().convert(p);
          }
        };
    SimpleModule module = new SimpleModule("counting-pipelines");
    module.addSerializer(Pipeline.class, new RepeatedValueWriter<>(Pipeline.class,
        new StdDelegatingSerializer(toData), PipelineJson::steps, budget));
    return LcnJson.newMapper(ReadOptions.defaults()).rebuild().addModule(module).build();
  }

  private static Pipeline withWeight(double w) {
    Pipeline p = Pipeline.coinrDefault();
    return p.withWeighting(new Weighting("framework", Optional.empty(), Map.of("x", w)));
  }

  /** Replications taking the pipelines in turn, each time an equal copy. */
  private static UncertaintyResult cycling(int rounds, Pipeline... pipelines) {
    Pipeline[] copies = new Pipeline[rounds * pipelines.length];
    for (int i = 0; i < copies.length; i++) {
      copies[i] = RepeatedValueWriterProperties.copy(pipelines[i % pipelines.length]);
    }
    List<Integer> picks = new java.util.ArrayList<>();
    for (int i = 0; i < copies.length; i++) {
      picks.add(i);
    }
    return new UncertaintyResult("I", RepeatedValueWriterProperties.replications(
        List.of(copies), picks, List.of(false)), List.of(), Optional.empty());
  }

  @Test
  void eachDistinctPipelineIsSerialisedTwicePerDocument() {
    UncertaintyResult result = cycling(5, withWeight(1.0), withWeight(2.0));
    ObjectMapper mapper = counting(RepeatedValueWriter.BUDGET);

    assertThat(mapper.writeValueAsString(result)).isEqualTo(plain(result));
    assertThat(serialised).hasValue(4);
    assertThat(mapper.writeValueAsBytes(result))
        .isEqualTo(plain(result).getBytes(StandardCharsets.UTF_8));
    assertThat(serialised).as("the second document keeps its own texts").hasValue(8);
  }

  @Test
  void afterTheFirstRepeatEachNewPipelineIsSerialisedOnce() {
    UncertaintyResult result = new UncertaintyResult("I", RepeatedValueWriterProperties
        .replications(List.of(withWeight(1.0), withWeight(2.0), withWeight(3.0)),
            List.of(0, 0, 1, 1, 2, 2, 1), List.of(true)), List.of(), Optional.empty());

    String written = counting(RepeatedValueWriter.BUDGET).writeValueAsString(result);

    // 1 written, then kept at its repeat; 2 and 3 kept at once
    assertThat(serialised).hasValue(4);
    assertThat(written).isEqualTo(plain(result));
  }

  @Test
  void pipelinesAfterTheBudgetAreSerialisedAsEver() {
    UncertaintyResult result = cycling(4, withWeight(1.0), withWeight(2.0), withWeight(3.0));

    String written = counting(1).writeValueAsString(result);

    // 1, 2, 3 written; 1 kept (the budget is spent); 2, 3 written at every place; 1 repeated
    assertThat(serialised).hasValue(3 + 1 + 2 * 3);
    assertThat(written).isEqualTo(plain(result));
  }

  @Test
  void aNegativeZeroKeepsItsOwnText() {
    UncertaintyResult result = cycling(3, withWeight(0.0), withWeight(-0.0));

    String written = counting(RepeatedValueWriter.BUDGET).writeValueAsString(result);

    assertThat(serialised).hasValue(4);
    assertThat(written).contains("\"x\" : -0.0").contains("\"x\" : 0.0")
        .isEqualTo(plain(result));
  }

  /** The text of the pipeline's own serializer. */
  private static String plain(Object value) {
    return RepeatedValueWriterProperties.plain(LcnJson.newMapper(ReadOptions.defaults())
        .rebuild()).writeValueAsString(value);
  }
}

package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;

/**
 * Writes pipelines into a document's generator as {@link PipelineJson}'s wire records are
 * written by databind (steps in the pipeline's order, empty texts, parameters, maps and lists
 * left out, maps sorted by key), each distinct pipeline once: its text, recorded as the
 * generator wrote it, is copied raw for every equal pipeline after it. Every pipeline this
 * writer is given must sit at the same depth of the document (the pretty printer's
 * indentation is part of the text), as the replications' pipelines of an audit do.
 *
 * @since 0.1.0
 */
final class PipelineWriter {
  private final JsonGenerator g;
  private final Recorder recorder;
  private final Map<Pipeline, RepeatedValueWriter.Utf8Text> byValue = new HashMap<>();
  private final Map<Pipeline, RepeatedValueWriter.Utf8Text> byIdentity =
      new IdentityHashMap<>();
  /** Bytes of text still to be kept; pipelines after it are written in full. */
  private int budget;

  /**
   * Creates the writer.
   *
   * @param g the document's generator
   * @param recorder the stream the generator writes to
   * @param budget the bytes of text to keep for repeats (a document's share of memory)
   */
  PipelineWriter(JsonGenerator g, Recorder recorder, int budget) {
    this.g = g;
    this.recorder = recorder;
    this.budget = budget;
  }

  /**
   * Writes a pipeline as the value of the property just named.
   *
   * @param p the pipeline
   */
  void write(Pipeline p) {
    RepeatedValueWriter.Utf8Text text = byIdentity.get(p);
    if (text == null) {
      text = byValue.get(p);
      if (text != null) {
        byIdentity.put(p, text);
      }
    }
    if (text != null) {
      g.writeRawValue(text);
      return;
    }
    if (budget <= 0) {
      pipeline(p);
      return;
    }
    g.flush();
    recorder.record();
    pipeline(p);
    g.flush();
    byte[] written = recorder.stop();
    // what the generator wrote starts with the separator after the name, then the '{'
    int start = 0;
    while (written[start] != '{') {
      start++;
    }
    text = new RepeatedValueWriter.Utf8Text(Arrays.copyOfRange(written, start, written.length));
    budget -= written.length - start;
    byValue.put(p, text);
    byIdentity.put(p, text);
  }

  /** {@link PipelineJson.PipelineData}. */
  private void pipeline(Pipeline p) {
    g.writeStartObject();
    if (p.denomination().isPresent()) {
      g.writeName("denomination");
      denomination(p.denomination().get());
    }
    if (p.screening().isPresent()) {
      g.writeName("screening");
      screening(p.screening().get());
    }
    step("imputation", p.imputation().orElse(null));
    step("treatment", p.treatment().orElse(null));
    step("normalisation", p.normalisation().orElse(null));
    if (p.weighting() != null) {
      g.writeName("weighting");
      weighting(p.weighting());
    }
    if (p.aggregation() != null) {
      g.writeName("aggregation");
      aggregation(g, p.aggregation());
    }
    g.writeEndObject();
  }

  /** {@link PipelineJson.DenominationData}: both maps sorted, each left out when empty. */
  private void denomination(Denomination d) {
    g.writeStartObject();
    if (!d.denominators().isEmpty()) {
      g.writeName("denominators");
      AuditDocumentWriter.Wire.texts(g, new TreeMap<>(d.denominators()));
    }
    if (!d.scaleFactors().isEmpty()) {
      g.writeName("scaleFactors");
      AuditDocumentWriter.Wire.numbers(g, new TreeMap<>(d.scaleFactors()));
    }
    g.writeEndObject();
  }

  /** {@link PipelineJson.ScreeningData}: the forced codes sorted, left out when none. */
  private void screening(Screening s) {
    g.writeStartObject();
    AuditDocumentWriter.Wire.nonEmptyText(g, "rule", PipelineJson.ruleName(s.rule()));
    AuditDocumentWriter.Wire.number(g, "availabilityThreshold", s.availabilityThreshold());
    AuditDocumentWriter.Wire.number(g, "nonZeroThreshold", s.nonZeroThreshold());
    sortedTexts("forceInclude", s.forceInclude());
    sortedTexts("forceExclude", s.forceExclude());
    g.writeEndObject();
  }

  private void sortedTexts(String name, Collection<String> codes) {
    if (!codes.isEmpty()) {
      g.writeName(name);
      AuditDocumentWriter.Wire.texts(g, List.copyOf(new TreeSet<>(codes)));
    }
  }

  /** A method step as the named property, left out when absent. */
  private void step(String name, Object step) {
    if (step != null) {
      g.writeName(name);
      step(step);
    }
  }

  /** An imputation, treatment or normalisation step. */
  private void step(Object step) {
    if (step instanceof Imputation i) {
      step(i.method(), i.parameters(), i.overrides());
    } else if (step instanceof Treatment t) {
      step(t.method(), t.parameters(), t.overrides());
    } else {
      Normalisation n = (Normalisation) step;
      step(n.method(), n.parameters(), n.overrides());
    }
  }

  /** {@link PipelineJson.MethodStepData}: overrides sorted by code. */
  private void step(String method, Parameters parameters, Map<String, ?> overrides) {
    g.writeStartObject();
    AuditDocumentWriter.Wire.nonEmptyText(g, "method", method);
    parameters(parameters);
    if (!overrides.isEmpty()) {
      g.writeName("overrides");
      g.writeStartObject();
      for (Map.Entry<String, ?> e : new TreeMap<>(overrides).entrySet()) {
        g.writeName(e.getKey());
        step(e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** A step's parameters, left out when there are none. */
  private void parameters(Parameters parameters) {
    parameters(g, parameters);
  }

  private static void parameters(JsonGenerator g, Parameters parameters) {
    if (parameters != null && !parameters.asMap().isEmpty()) {
      g.writeName("parameters");
      AuditDocumentWriter.Wire.parameters(g, parameters);
    }
  }

  /** {@link PipelineJson.WeightingData}. */
  private void weighting(Weighting w) {
    g.writeStartObject();
    AuditDocumentWriter.Wire.nonEmptyText(g, "source", w.source());
    AuditDocumentWriter.Wire.nonEmptyText(g, "set", w.set().orElse(null));
    if (!w.manual().isEmpty()) {
      g.writeName("manual");
      AuditDocumentWriter.Wire.numbers(g, new TreeMap<>(w.manual()));
    }
    if (!w.fromData().isEmpty()) {
      g.writeName("fromData");
      g.writeStartArray();
      for (DataWeights d : w.fromData()) {
        g.writeStartObject();
        AuditDocumentWriter.Wire.nonEmptyText(g, "method", d.method());
        parameters(d.parameters());
        if (d.levels() != null && !d.levels().isEmpty()) {
          g.writeName("levels");
          AuditDocumentWriter.Wire.numbers(g, d.levels());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * {@link FrameworkJson.AggregationData}: a pipeline's aggregation and a framework node's
   * ({@link ResultsDocumentWriter}).
   */
  static void aggregation(JsonGenerator g, Aggregation a) {
    g.writeStartObject();
    AuditDocumentWriter.Wire.nonEmptyText(g, "method", a.method());
    parameters(g, a.parameters());
    AuditDocumentWriter.Wire.number(g, "availabilityThreshold", a.availabilityThreshold());
    g.writeEndObject();
  }

  /**
   * The document's target, which keeps a copy of what is written while asked to. Flushing
   * it does nothing (the generator flushes it to take a record); the caller flushes its own
   * stream once the document is written.
   */
  static final class Recorder extends OutputStream {
    private final OutputStream out;
    private ByteArrayOutputStream copy;

    /**
     * Creates the recorder.
     *
     * @param out the caller's stream
     */
    Recorder(OutputStream out) {
      this.out = out;
    }

    /** Starts keeping a copy. */
    void record() {
      copy = new ByteArrayOutputStream(8192);
    }

    /** Stops keeping the copy and returns it. */
    byte[] stop() {
      byte[] bytes = copy.toByteArray();
      copy = null;
      return bytes;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      if (copy != null) {
        copy.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      if (copy != null) {
        copy.write(b, off, len);
      }
    }

    @Override
    public void flush() {
      // the caller's stream is flushed once, after the document
    }
  }
}

package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a results, framework, dataset or pipeline document (JSON) straight to a jackson-core
 * generator, with the bytes that {@code LcnJson.standard().write(content, out)} writes through
 * databind: the default pretty printer's text, the property order and inclusion rules of the
 * wire records ({@link Envelopes}, {@link FrameworkJson}, {@link DatasetJson}, {@link
 * PipelineJson}, {@link DiagnosticsJson}: an absent optional, a null and, where a record says
 * {@code NON_EMPTY}, an empty text, list or map is left out), and each number, text and name
 * written by the generator call databind's serializers make. It needs no mapper, no serializer
 * and no reflection: {@code lcn score -o results.json} and {@code lcn convert --to json} build
 * none of them (they were two thirds of such a run). The databind mapping stays the reference:
 * properties check byte equality over computed and edge documents. Other documents (network,
 * declaration, panel, audit: {@link AuditDocumentWriter}) are not written here ({@link
 * #streams}).
 *
 * @since 0.1.0
 */
public final class JsonDocumentWriter {
  private final JsonGenerator g;

  private JsonDocumentWriter(JsonGenerator g) {
    this.g = g;
  }

  /**
   * Whether this writer writes a content: a {@link ResultsDocument}, {@link Framework}, {@link
   * Dataset} or {@link Pipeline}.
   *
   * @param content the content of a document
   * @return true if {@link #write(Object, OutputStream)} takes it
   * @since 0.1.0
   */
  public static boolean streams(Object content) {
    return content instanceof ResultsDocument || content instanceof Framework
        || content instanceof Dataset || content instanceof Pipeline;
  }

  /**
   * Writes a document as UTF-8 to the caller's stream, which is flushed but not closed.
   *
   * @param content the content, one that {@link #streams} takes
   * @param out the stream
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if this writer does not write the content
   * @since 0.1.0
   */
  public static void write(Object content, OutputStream out) throws IOException {
    requireStreamed(content);
    write(content, AuditDocumentWriter.FACTORY.createGenerator(
        new AuditDocumentWriter.Indented(), out), out);
  }

  /**
   * Writes a document to the caller's writer, which is flushed but not closed.
   *
   * @param content the content, one that {@link #streams} takes
   * @param out the writer
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if this writer does not write the content
   * @since 0.1.0
   */
  public static void write(Object content, Writer out) throws IOException {
    requireStreamed(content);
    write(content, AuditDocumentWriter.FACTORY.createGenerator(
        new AuditDocumentWriter.Indented(), out), out);
  }

  /** Writes the document with a generator on the caller's target, then flushes the target. */
  private static void write(Object content, JsonGenerator generator, Flushable out)
      throws IOException {
    try (JsonGenerator g = generator) {
      new JsonDocumentWriter(g).document(content);
      g.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private static void requireStreamed(Object content) {
    if (!streams(content)) {
      throw new IllegalArgumentException("a " + (content == null ? "null"
          : content.getClass().getSimpleName()) + " is not written by the streaming writer; "
          + "expected a ResultsDocument, Framework, Dataset or Pipeline (write others with "
          + "LcnJson)");
    }
  }

  /** The envelope of a document and its content. */
  private void document(Object content) {
    if (content instanceof ResultsDocument d) {
      results(d);
      return;
    }
    g.writeStartObject();
    g.writeName("lcnDocument");
    if (content instanceof Framework f) {
      g.writeString(DocumentKind.FRAMEWORK.id());
      formatVersion();
      g.writeName("framework");
      framework(f);
    } else if (content instanceof Dataset d) {
      g.writeString(DocumentKind.DATASET.id());
      formatVersion();
      g.writeName("dataset");
      dataset(d);
    } else {
      g.writeString(DocumentKind.PIPELINE.id());
      formatVersion();
      g.writeName("pipeline");
      new PipelineWriter(g, null, 0).write((Pipeline) content);
    }
    g.writeEndObject();
  }

  private void formatVersion() {
    g.writeName("formatVersion");
    g.writeString(DocumentKind.CURRENT_FORMAT_VERSION);
  }

  /** {@link Envelopes.ResultsEnvelope}: every property but an absent dataset, no units. */
  private void results(ResultsDocument d) {
    g.writeStartObject();
    g.writeName("lcnDocument");
    g.writeString(DocumentKind.RESULTS.id());
    formatVersion();
    g.writeName("framework");
    framework(d.framework());
    g.writeName("pipeline");
    new PipelineWriter(g, null, 0).write(d.pipeline());
    if (d.dataset().isPresent()) {
      g.writeName("dataset");
      dataset(d.dataset().get());
    }
    list("units", d.units());
    g.writeName("diagnostics");
    diagnostics(d.diagnostics());
    g.writeEndObject();
  }

  /** {@link FrameworkJson.FrameworkData}. */
  private void framework(Framework f) {
    g.writeStartObject();
    list("nodes", f.nodes());
    if (!f.weightSets().isEmpty()) {
      g.writeName("weightSets");
      g.writeStartArray();
      for (Map.Entry<String, Map<String, Double>> e : f.weightSets().entrySet()) {
        g.writeStartObject();
        AuditDocumentWriter.Wire.text(g, "name", e.getKey());
        if (e.getValue() != null) {
          g.writeName("weights");
          AuditDocumentWriter.Wire.numbers(g, e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** {@link FrameworkJson.NodeData}, from {@link FrameworkJson#toData}. */
  private void node(Node n) {
    g.writeStartObject();
    AuditDocumentWriter.Wire.nonEmptyText(g, "code", n.code());
    AuditDocumentWriter.Wire.nonEmptyText(g, "name",
        n.name().equals(n.code()) ? null : n.name());
    AuditDocumentWriter.Wire.nonEmptyText(g, "parent", n.parent().orElse(null));
    AuditDocumentWriter.Wire.number(g, "weight", n.weight());
    AuditDocumentWriter.Wire.nonEmptyText(g, "direction",
        n.direction().name().toLowerCase(Locale.ROOT));
    AuditDocumentWriter.Wire.nonEmptyText(g, "unit", n.unit());
    AuditDocumentWriter.Wire.number(g, "target", n.target());
    AuditDocumentWriter.Wire.nonEmptyText(g, "denominator", n.denominator().orElse(null));
    if (n.aggregation().isPresent()) {
      g.writeName("aggregation");
      PipelineWriter.aggregation(g, n.aggregation().get());
    }
    if (!n.additionalParents().isEmpty()) {
      g.writeName("additionalParents");
      AuditDocumentWriter.Wire.numbers(g, n.additionalParents());
    }
    g.writeEndObject();
  }

  /** {@link DatasetJson.DatasetData}: each unit's present values only, in indicator order. */
  private void dataset(Dataset d) {
    g.writeStartObject();
    List<String> indicators = d.indicators();
    if (!indicators.isEmpty()) {
      g.writeName("indicators");
      AuditDocumentWriter.Wire.texts(g, indicators);
    }
    List<Unit> units = d.units();
    if (!units.isEmpty()) {
      List<double[]> columns = DatasetJson.columns(d, indicators);
      g.writeName("units");
      g.writeStartArray();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        g.writeStartObject();
        AuditDocumentWriter.Wire.nonEmptyText(g, "code", u.code());
        AuditDocumentWriter.Wire.nonEmptyText(g, "name", DatasetJson.writtenName(u));
        if (!u.groups().isEmpty()) {
          g.writeName("groups");
          AuditDocumentWriter.Wire.texts(g, u.groups());
        }
        if (!u.denominators().isEmpty()) {
          g.writeName("denominators");
          AuditDocumentWriter.Wire.numbers(g, u.denominators());
        }
        values(indicators, columns, i);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** A unit's present values as a map, left out when it has none. */
  private void values(List<String> indicators, List<double[]> columns, int row) {
    boolean open = false;
    for (int j = 0; j < columns.size(); j++) {
      double v = columns.get(j)[row];
      if (!Double.isNaN(v)) {
        if (!open) {
          g.writeName("values");
          g.writeStartObject();
          open = true;
        }
        g.writeName(indicators.get(j));
        g.writeNumber(v);
      }
    }
    if (open) {
      g.writeEndObject();
    }
  }

  /**
   * {@link Envelopes.UnitResultsData}: scores and ranks even when empty, the weights left out
   * when there are none.
   */
  private void unitResults(ResultsDocument.UnitResults u) {
    g.writeStartObject();
    AuditDocumentWriter.Wire.nonEmptyText(g, "unit", u.unit());
    g.writeName("scores");
    AuditDocumentWriter.Wire.numbers(g, u.scores());
    g.writeName("ranks");
    AuditDocumentWriter.Wire.numbers(g, u.ranks());
    if (!u.weights().isEmpty()) {
      g.writeName("weights");
      g.writeStartObject();
      for (Map.Entry<String, Map<String, Double>> e : u.weights().entrySet()) {
        g.writeName(e.getKey());
        AuditDocumentWriter.Wire.numbers(g, e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** {@link DiagnosticsJson.DiagnosticsData}: each list left out when empty. */
  private void diagnostics(Diagnostics d) {
    g.writeStartObject();
    list("imputedCells", d.imputedCells());
    list("treatedPoints", d.treatedPoints());
    list("treatments", d.treatments());
    list("screenedUnits", d.screenedUnits());
    list("notes", d.notes());
    g.writeEndObject();
  }

  /** A list of a {@code NON_EMPTY} record, left out when empty. */
  private void list(String name, List<?> items) {
    if (!items.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (Object item : items) {
        item(item);
      }
      g.writeEndArray();
    }
  }

  /** One item of a list, by its type (no lambdas: each call site linked costs a start-up). */
  private void item(Object item) {
    if (item instanceof Node n) {
      node(n);
    } else if (item instanceof ResultsDocument.UnitResults u) {
      unitResults(u);
    } else if (item instanceof Diagnostics.ImputedCell c) {
      g.writeStartObject();
      AuditDocumentWriter.Wire.text(g, "unit", c.unit());
      AuditDocumentWriter.Wire.text(g, "indicator", c.indicator());
      AuditDocumentWriter.Wire.number(g, "value", c.value());
      AuditDocumentWriter.Wire.text(g, "method", c.method());
      g.writeEndObject();
    } else if (item instanceof Diagnostics.TreatedPoint p) {
      g.writeStartObject();
      AuditDocumentWriter.Wire.text(g, "unit", p.unit());
      AuditDocumentWriter.Wire.text(g, "indicator", p.indicator());
      AuditDocumentWriter.Wire.text(g, "treatment", p.treatment());
      AuditDocumentWriter.Wire.number(g, "before", p.before());
      AuditDocumentWriter.Wire.number(g, "after", p.after());
      g.writeEndObject();
    } else if (item instanceof Diagnostics.IndicatorTreatment t) {
      treatment(t);
    } else if (item instanceof Diagnostics.TreatmentStage t) {
      g.writeStartObject();
      AuditDocumentWriter.Wire.text(g, "stage", t.stage());
      AuditDocumentWriter.Wire.integer(g, "winsorised", t.winsorised());
      AuditDocumentWriter.Wire.defined(g, "skew", t.skew());
      AuditDocumentWriter.Wire.defined(g, "kurtosis", t.kurtosis());
      AuditDocumentWriter.Wire.flag(g, "passes", t.passes());
      g.writeEndObject();
    } else if (item instanceof Diagnostics.ScreenedUnit u) {
      g.writeStartObject();
      AuditDocumentWriter.Wire.text(g, "unit", u.unit());
      AuditDocumentWriter.Wire.text(g, "reason", u.reason());
      g.writeEndObject();
    } else {
      Diagnostics.Note n = (Diagnostics.Note) item;
      g.writeStartObject();
      AuditDocumentWriter.Wire.text(g, "code", n.code());
      AuditDocumentWriter.Wire.text(g, "place", n.place());
      AuditDocumentWriter.Wire.text(g, "unit", n.unit());
      AuditDocumentWriter.Wire.text(g, "message", n.message());
      g.writeEndObject();
    }
  }

  /** {@link DiagnosticsJson.TreatmentData}: an undefined statistic (NaN) left out. */
  private void treatment(Diagnostics.IndicatorTreatment t) {
    g.writeStartObject();
    AuditDocumentWriter.Wire.text(g, "indicator", t.indicator());
    AuditDocumentWriter.Wire.text(g, "method", t.method());
    AuditDocumentWriter.Wire.defined(g, "skewBefore", t.skewBefore());
    AuditDocumentWriter.Wire.defined(g, "kurtosisBefore", t.kurtosisBefore());
    AuditDocumentWriter.Wire.integer(g, "winsorised", t.winsorised());
    AuditDocumentWriter.Wire.text(g, "transform", t.transform());
    AuditDocumentWriter.Wire.defined(g, "skewAfter", t.skewAfter());
    AuditDocumentWriter.Wire.defined(g, "kurtosisAfter", t.kurtosisAfter());
    AuditDocumentWriter.Wire.flag(g, "passes", t.passes());
    list("stages", t.stages());
    g.writeEndObject();
  }
}

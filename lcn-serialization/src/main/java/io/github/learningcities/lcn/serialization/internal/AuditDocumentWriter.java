package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditThresholds;
import io.github.learningcities.lcn.indicators.audit.Finding;
import io.github.learningcities.lcn.indicators.audit.Importance;
import io.github.learningcities.lcn.indicators.audit.Reliability;
import io.github.learningcities.lcn.indicators.audit.WeightShare;
import io.github.learningcities.lcn.indicators.engine.Comparison;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.serialization.DocumentKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;

/**
 * Writes an audit document (JSON, {@code "lcnDocument" : "audit"}) straight to a jackson-core
 * generator, with the bytes that {@code LcnJson.standard().write(audit, out)} writes through
 * databind: the default pretty printer's text ({@link Indentation}), the property order of the
 * wire records ({@link AuditJson}, {@link AnalysisJson}, {@link UncertaintyJson}), their
 * inclusion rules (an absent optional, an undefined statistic or a left-out empty list is not
 * written), and each number, text and name written by the same generator call that databind's
 * serializers make. It needs
 * no mapper, no serializer and no reflection, so a command that writes only this document
 * builds none of them. The databind mapping stays the reference: properties check byte
 * equality over random audits.
 *
 * <p>The replications' pipelines are written by {@link PipelineWriter}; a pipeline equal to one
 * already written is copied from its text (all of them sit at the same depth of the document),
 * as {@link RepeatedValueWriter} does for databind.
 *
 * @since 0.1.0
 */
public final class AuditDocumentWriter {
  /** The factory of the generators: jackson-core's defaults, as the mapper's writer has. */
  static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator g;
  private final PipelineWriter pipelines;

  private AuditDocumentWriter(JsonGenerator g, PipelineWriter.Recorder recorder, int budget) {
    this.g = g;
    this.pipelines = new PipelineWriter(g, recorder, budget);
  }

  /**
   * Writes an audit document as UTF-8 to the caller's stream, which is flushed but not closed.
   *
   * @param audit the audit
   * @param out the stream
   * @throws IOException if writing fails
   * @since 0.1.0
   */
  public static void write(Audit audit, OutputStream out) throws IOException {
    write(audit, out, RepeatedValueWriter.BUDGET);
  }

  /** Writes the document, keeping up to {@code budget} bytes of pipeline text for repeats. */
  static void write(Audit audit, OutputStream out, int budget) throws IOException {
    PipelineWriter.Recorder recorder = new PipelineWriter.Recorder(out);
    try (JsonGenerator g = FACTORY.createGenerator(new Indented(), recorder)) {
      new AuditDocumentWriter(g, recorder, budget).document(audit);
      g.flush();
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  /**
   * The write context of a mapper with {@code INDENT_OUTPUT} that leaves the target open: a
   * fresh pretty printer for each document.
   */
  static final class Indented extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new Indentation();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }

    @Override
    public int getStreamWriteFeatures(int defaults) {
      return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
    }
  }

  /**
   * The text of jackson-core's {@code DefaultPrettyPrinter} with its default separators: an
   * object's entries each on a line indented by two spaces per open object, {@code " : "}
   * between a name and its value, an array's values on the same line after a space, {@code
   * "{ }"} and {@code "[ ]"} when empty. Its own class because the default printer's
   * constructor joins its separators with an invokedynamic string concatenation, the only one
   * on the demo's path, whose first link costs about 11 ms of the document's thread.
   */
  static final class Indentation implements PrettyPrinter {
    /** The open objects (arrays indent by a space, not by level). */
    private int nesting;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      g.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
      g.writeRaw('{');
      nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
      DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, nesting);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
      g.writeRaw(" : ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
      g.writeRaw(',');
      DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, nesting);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
      nesting--;
      if (entries > 0) {
        DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, nesting);
      } else {
        g.writeRaw(' ');
      }
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
      g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      g.writeRaw(' ');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(',');
      g.writeRaw(' ');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
      g.writeRaw(' ');
      g.writeRaw(']');
    }
  }

  private void document(Audit a) {
    g.writeStartObject();
    g.writeName("lcnDocument");
    g.writeString(DocumentKind.AUDIT.id());
    g.writeName("formatVersion");
    g.writeString(DocumentKind.CURRENT_FORMAT_VERSION);
    g.writeName("audit");
    g.writeStartObject();
    Wire.text(g, "index", a.index());
    g.writeName("units");
    g.writeNumber(a.units());
    if (a.thresholds() != null) {
      g.writeName("thresholds");
      thresholds(a.thresholds());
    }
    list("statistics", a.statistics());
    if (a.availability() != null) {
      g.writeName("availability");
      availability(a.availability());
    }
    if (a.indicatorCorrelations() != null) {
      g.writeName("indicatorCorrelations");
      matrix(a.indicatorCorrelations());
    }
    list("parentCorrelations", a.parentCorrelations());
    list("reliability", a.reliability());
    list("weights", a.weights());
    list("importance", a.importance());
    if (a.uncertainty() != null && a.uncertainty().isPresent()) {
      g.writeName("uncertainty");
      uncertainty(a.uncertainty().get());
    }
    list("removals", a.removals());
    list("findings", a.findings());
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A list of a section's items, left out when absent (an empty one is written). */
  private void list(String name, List<?> items) {
    if (items != null) {
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
    if (item instanceof IndicatorStatistics s) {
      statistics(s);
    } else if (item instanceof Correlation c) {
      correlation(c);
    } else if (item instanceof Reliability r) {
      reliability(r);
    } else if (item instanceof WeightShare w) {
      weightShare(w);
    } else if (item instanceof Importance i) {
      importance(i);
    } else if (item instanceof RemovalImpact r) {
      removal(r);
    } else if (item instanceof Replication r) {
      replication(r);
    } else if (item instanceof UnitUncertainty u) {
      unitUncertainty(u);
    } else {
      finding((Finding) item);
    }
  }

  private void thresholds(AuditThresholds t) {
    g.writeStartObject();
    IndicatorStatistics.Thresholds s = t.statistics();
    if (s != null) {
      g.writeName("statistics");
      g.writeStartObject();
      Wire.number(g, "skew", s.skew());
      Wire.number(g, "kurtosis", s.kurtosis());
      Wire.number(g, "availability", s.availability());
      Wire.number(g, "nonZero", s.nonZero());
      Wire.number(g, "unique", s.unique());
      g.writeEndObject();
    }
    Wire.number(g, "unitAvailability", t.unitAvailability());
    Wire.number(g, "weakParentCorrelation", t.weakParentCorrelation());
    Wire.number(g, "collinearWarning", t.collinearWarning());
    Wire.number(g, "collinearCritical", t.collinearCritical());
    Wire.number(g, "negativePair", t.negativePair());
    Wire.number(g, "alpha", t.alpha());
    Wire.number(g, "firstComponentShare", t.firstComponentShare());
    Wire.number(g, "weightRatio", t.weightRatio());
    Wire.number(g, "importanceRatio", t.importanceRatio());
    Wire.number(g, "rankIntervalWidth", t.rankIntervalWidth());
    Wire.number(g, "dominantFactor", t.dominantFactor());
    Wire.number(g, "removalShift", t.removalShift());
    g.writeEndObject();
  }

  private void statistics(IndicatorStatistics s) {
    g.writeStartObject();
    Wire.text(g, "code", s.code());
    Wire.integer(g, "units", s.units());
    Wire.number(g, "min", s.min());
    Wire.number(g, "max", s.max());
    Wire.number(g, "mean", s.mean());
    Wire.number(g, "median", s.median());
    Wire.number(g, "sd", s.sd());
    Wire.number(g, "skew", s.skew());
    Wire.number(g, "kurtosis", s.kurtosis());
    Wire.integer(g, "available", s.available());
    Wire.integer(g, "nonZero", s.nonZero());
    Wire.integer(g, "unique", s.unique());
    Wire.integer(g, "same", s.same());
    Wire.number(g, "availableFraction", s.availableFraction());
    Wire.number(g, "nonZeroFraction", s.nonZeroFraction());
    Wire.number(g, "uniqueFraction", s.uniqueFraction());
    Wire.number(g, "sameFraction", s.sameFraction());
    Wire.flag(g, "lowAvailability", s.lowAvailability());
    Wire.flag(g, "lowNonZero", s.lowNonZero());
    Wire.flag(g, "lowUnique", s.lowUnique());
    Wire.flag(g, "outliers", s.outliers());
    g.writeEndObject();
  }

  /** {@link AnalysisJson.DataAvailabilityData}: the units, left out when there are none. */
  private void availability(DataAvailability a) {
    g.writeStartObject();
    List<DataAvailability.UnitAvailability> units = a.units();
    if (!units.isEmpty()) {
      g.writeName("units");
      g.writeStartArray();
      for (DataAvailability.UnitAvailability u : units) {
        g.writeStartObject();
        Wire.text(g, "unit", u.unit());
        Wire.integer(g, "indicators", u.indicators());
        Wire.integer(g, "missing", u.missing());
        Wire.integer(g, "zeros", u.zeros());
        Wire.number(g, "available", u.available());
        Wire.number(g, "nonZero", u.nonZero());
        Map<String, Double> groups = a.groups(u.unit());
        if (groups != null && !groups.isEmpty()) {
          g.writeName("groups");
          Wire.numbers(g, groups);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** {@link AnalysisJson.CorrelationMatrixData}: each row's cells in column order. */
  private void matrix(CorrelationMatrix m) {
    g.writeStartObject();
    Wire.text(g, "method", m.method() == null ? null : m.method().name());
    List<String> columns = m.columns();
    if (!columns.isEmpty()) {
      g.writeName("columns");
      Wire.texts(g, columns);
    }
    List<String> rows = m.rows();
    if (!rows.isEmpty()) {
      g.writeName("rows");
      g.writeStartArray();
      List<Correlation> cells = m.cells();
      int c = columns.size();
      for (int i = 0; i < rows.size(); i++) {
        g.writeStartObject();
        Wire.nonEmptyText(g, "code", rows.get(i));
        if (c > 0) {
          g.writeName("cells");
          g.writeStartArray();
          for (int k = i * c; k < (i + 1) * c; k++) {
            Correlation x = cells.get(k);
            g.writeStartObject();
            Wire.integer(g, "observations", x.observations());
            Wire.number(g, "coefficient", x.coefficient());
            Wire.number(g, "pValue", x.pValue());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void correlation(Correlation c) {
    g.writeStartObject();
    Wire.text(g, "first", c.first());
    Wire.text(g, "second", c.second());
    Wire.text(g, "method", c.method() == null ? null : c.method().name());
    Wire.integer(g, "observations", c.observations());
    Wire.number(g, "coefficient", c.coefficient());
    Wire.number(g, "pValue", c.pValue());
    g.writeEndObject();
  }

  private void reliability(Reliability r) {
    g.writeStartObject();
    Wire.text(g, "aggregate", r.aggregate());
    Wire.integer(g, "level", r.level());
    if (r.items() != null) {
      g.writeName("items");
      Wire.texts(g, r.items());
    }
    Wire.number(g, "alpha", r.alpha());
    if (r.variances() != null) {
      g.writeName("variances");
      Wire.numbers(g, r.variances());
    }
    Wire.integer(g, "unitsUsed", r.unitsUsed());
    Wire.text(g, "failure", r.failure());
    g.writeEndObject();
  }

  private void weightShare(WeightShare w) {
    g.writeStartObject();
    Wire.text(g, "node", w.node());
    Wire.integer(g, "level", w.level());
    Wire.number(g, "nominal", w.nominal());
    Wire.number(g, "effective", w.effective());
    g.writeEndObject();
  }

  private void importance(Importance i) {
    g.writeStartObject();
    Wire.text(g, "indicator", i.indicator());
    Wire.integer(g, "pairs", i.pairs());
    Wire.number(g, "weightShare", i.weightShare());
    Wire.number(g, "ratio", i.ratio());
    Wire.number(g, "low", i.low());
    Wire.number(g, "high", i.high());
    Wire.number(g, "share", i.share());
    g.writeEndObject();
  }

  /** {@link UncertaintyJson.ResultData}: empty lists and an absent sensitivity left out. */
  private void uncertainty(UncertaintyResult u) {
    g.writeStartObject();
    Wire.text(g, "node", u.node());
    if (!u.replications().isEmpty()) {
      list("replications", u.replications());
    }
    if (!u.units().isEmpty()) {
      list("units", u.units());
    }
    if (u.sensitivity().isPresent()) {
      g.writeName("sensitivity");
      sensitivity(u.sensitivity().get());
    }
    g.writeEndObject();
  }

  /** {@link UncertaintyJson.ReplicationData}. */
  private void replication(Replication r) {
    g.writeStartObject();
    Wire.integer(g, "index", r.index());
    if (!r.sample().isEmpty()) {
      g.writeName("sample");
      Wire.numbers(g, r.sample());
    }
    if (!r.choices().isEmpty()) {
      g.writeName("choices");
      g.writeStartArray();
      for (Map.Entry<String, String> c : r.choices().entrySet()) {
        g.writeStartObject();
        Wire.text(g, "factor", c.getKey());
        Wire.text(g, "choice", c.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (r.pipeline() != null) {
      g.writeName("pipeline");
      pipelines.write(r.pipeline());
    }
    Wire.text(g, "failure", r.failure());
    g.writeEndObject();
  }

  /** {@link UncertaintyJson.UnitUncertaintyData}: undefined statistics left out. */
  private void unitUncertainty(UnitUncertainty u) {
    g.writeStartObject();
    Wire.text(g, "unit", u.unit());
    Wire.number(g, "nominalScore", u.nominalScore());
    Wire.integer(g, "nominalRank", u.nominalRank());
    Wire.defined(g, "meanRank", u.meanRank());
    Wire.defined(g, "medianRank", u.medianRank());
    Wire.defined(g, "rankQ05", u.rankQ05());
    Wire.defined(g, "rankQ95", u.rankQ95());
    Wire.defined(g, "meanScore", u.meanScore());
    Wire.defined(g, "medianScore", u.medianScore());
    Wire.defined(g, "scoreQ05", u.scoreQ05());
    Wire.defined(g, "scoreQ95", u.scoreQ95());
    g.writeEndObject();
  }

  /** {@link UncertaintyJson.SensitivityData}: empty lists left out. */
  private void sensitivity(Sensitivity s) {
    g.writeStartObject();
    if (!s.meanAbsoluteRankChange().isEmpty()) {
      g.writeName("meanAbsoluteRankChange");
      sobol(s.meanAbsoluteRankChange());
    }
    Map<Integer, List<SobolIndices>> convergence = s.convergence();
    if (!convergence.isEmpty()) {
      g.writeName("convergence");
      g.writeStartArray();
      for (Map.Entry<Integer, List<SobolIndices>> c : convergence.entrySet()) {
        g.writeStartObject();
        Wire.integer(g, "samples", c.getKey());
        indices(c.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    Wire.integer(g, "failedSamples", s.failedSamples());
    Map<String, List<SobolIndices>> perUnit = s.perUnit();
    if (!perUnit.isEmpty()) {
      g.writeName("perUnit");
      g.writeStartArray();
      for (Map.Entry<String, List<SobolIndices>> u : perUnit.entrySet()) {
        g.writeStartObject();
        Wire.text(g, "unit", u.getKey());
        indices(u.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The {@code indices} of a convergence point or a unit, left out when empty or absent. */
  private void indices(List<SobolIndices> indices) {
    if (indices != null && !indices.isEmpty()) {
      g.writeName("indices");
      sobol(indices);
    }
  }

  /** {@link UncertaintyJson.SobolIndicesData}: undefined indices left out. */
  private void sobol(List<SobolIndices> list) {
    g.writeStartArray();
    for (SobolIndices s : list) {
      g.writeStartObject();
      Wire.text(g, "factor", s.factor());
      Wire.defined(g, "first", s.first());
      Wire.defined(g, "firstLow", s.firstLow());
      Wire.defined(g, "firstHigh", s.firstHigh());
      Wire.defined(g, "total", s.total());
      Wire.defined(g, "totalLow", s.totalLow());
      Wire.defined(g, "totalHigh", s.totalHigh());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void removal(RemovalImpact r) {
    g.writeStartObject();
    Wire.text(g, "element", r.element());
    Wire.text(g, "target", r.target());
    Wire.number(g, "meanAbsoluteRankChange", r.meanAbsoluteRankChange());
    if (r.comparison() != null && r.comparison().isPresent()) {
      Comparison c = r.comparison().get();
      g.writeName("comparison");
      g.writeStartObject();
      Wire.text(g, "node", c.node());
      g.writeName("changes");
      g.writeStartArray();
      for (Comparison.UnitChange x : c.changes()) {
        g.writeStartObject();
        Wire.text(g, "unit", x.unit());
        Wire.number(g, "scoreBefore", x.scoreBefore());
        Wire.number(g, "scoreAfter", x.scoreAfter());
        Wire.integer(g, "rankBefore", x.rankBefore());
        Wire.integer(g, "rankAfter", x.rankAfter());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    Wire.text(g, "failure", r.failure());
    g.writeEndObject();
  }

  private void finding(Finding f) {
    g.writeStartObject();
    Wire.text(g, "severity", f.severity() == null ? null : f.severity().name());
    Wire.text(g, "kind", f.kind() == null ? null : f.kind().name());
    Wire.text(g, "place", f.place());
    Wire.number(g, "value", f.value());
    Wire.number(g, "threshold", f.threshold());
    Wire.text(g, "reason", f.reason());
    g.writeEndObject();
  }

  /**
   * The properties as databind writes them: a present value with the generator call its
   * serializer makes, an absent one (null, empty optional, or NaN where the wire record has
   * {@code null} for an undefined statistic) left out.
   */
  static final class Wire {
    private Wire() {}

    static void text(JsonGenerator g, String name, String value) {
      if (value != null) {
        g.writeName(name);
        g.writeString(value);
      }
    }

    static void text(JsonGenerator g, String name, Optional<String> value) {
      if (value != null && value.isPresent()) {
        text(g, name, value.get());
      }
    }

    /** A text of a record whose inclusion is {@code NON_EMPTY}: an empty one is left out. */
    static void nonEmptyText(JsonGenerator g, String name, String value) {
      if (value != null && !value.isEmpty()) {
        text(g, name, value);
      }
    }

    static void integer(JsonGenerator g, String name, int value) {
      g.writeName(name);
      g.writeNumber(value);
    }

    static void integer(JsonGenerator g, String name, OptionalInt value) {
      if (value != null && value.isPresent()) {
        integer(g, name, value.getAsInt());
      }
    }

    static void number(JsonGenerator g, String name, double value) {
      g.writeName(name);
      g.writeNumber(value);
    }

    static void number(JsonGenerator g, String name, OptionalDouble value) {
      if (value != null && value.isPresent()) {
        number(g, name, value.getAsDouble());
      }
    }

    /** A statistic that the wire record holds as {@code null} when undefined (NaN). */
    static void defined(JsonGenerator g, String name, double value) {
      if (!Double.isNaN(value)) {
        number(g, name, value);
      }
    }

    static void flag(JsonGenerator g, String name, boolean value) {
      g.writeName(name);
      g.writeBoolean(value);
    }

    static void texts(JsonGenerator g, List<String> values) {
      g.writeStartArray();
      for (String v : values) {
        if (v == null) {
          g.writeNull();
        } else {
          g.writeString(v);
        }
      }
      g.writeEndArray();
    }

    /** A map of texts in its own order, as databind writes a map (a null value as null). */
    static void texts(JsonGenerator g, Map<String, String> values) {
      g.writeStartObject();
      for (Map.Entry<String, String> e : values.entrySet()) {
        g.writeName(e.getKey());
        if (e.getValue() == null) {
          g.writeNull();
        } else {
          g.writeString(e.getValue());
        }
      }
      g.writeEndObject();
    }

    static void numbers(JsonGenerator g, List<? extends Number> values) {
      g.writeStartArray();
      for (Number v : values) {
        number(g, v);
      }
      g.writeEndArray();
    }

    /** A map of numbers in its own order, as databind writes a map (entries as they come). */
    static void numbers(JsonGenerator g, Map<String, ? extends Number> values) {
      g.writeStartObject();
      for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
        g.writeName(e.getKey());
        number(g, e.getValue());
      }
      g.writeEndObject();
    }

    /**
     * Parameters: each number, boolean or text in name order (the one routine of {@link
     * ParametersJson.Writer} and of this writer).
     */
    static void parameters(JsonGenerator g, Parameters value) {
      g.writeStartObject(value);
      for (Map.Entry<String, Object> e : value.asMap().entrySet()) {
        g.writeName(e.getKey());
        Object v = e.getValue();
        if (v instanceof Double d) {
          g.writeNumber(d);
        } else if (v instanceof Boolean b) {
          g.writeBoolean(b);
        } else {
          g.writeString(String.valueOf(v));
        }
      }
      g.writeEndObject();
    }

    /** A boxed number as databind's number serializers write it. */
    private static void number(JsonGenerator g, Number v) {
      if (v == null) {
        g.writeNull();
      } else if (v instanceof Integer i) {
        g.writeNumber(i.intValue());
      } else {
        g.writeNumber(v.doubleValue());
      }
    }
  }
}

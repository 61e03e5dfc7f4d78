package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.NetworkDocument;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The document envelopes: one record per {@link DocumentKind}, each starting with the kind and
 * the format version (XML attributes on the root element).
 *
 * @since 0.1.0
 */
public final class Envelopes {
  private Envelopes() {}

  /**
   * What every envelope has.
   *
   * @since 0.1.0
   */
  public interface Envelope {
    /**
     * Returns the kind's name.
     *
     * @return e.g. {@code "network"}
     */
    String lcnDocument();

    /**
     * Returns the format version.
     *
     * @return e.g. {@code "1.0"}
     */
    String formatVersion();

    /**
     * Returns the content.
     *
     * @return the content value
     */
    @JsonIgnore
    Object content();
  }

  /**
   * A network document.
   *
   * @param lcnDocument the kind
   * @param formatVersion the version
   * @param network the network
   * @param cities the cities
   * @param organizations the organizations
   * @since 0.1.0
   */
  @JacksonXmlRootElement(localName = "networkDocument")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "network", "cities", "organizations"})
  public record NetworkEnvelope(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String lcnDocument,
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true)
      String formatVersion,
      @JsonProperty(required = true) Network network,
      List<City> cities,
      List<Organization> organizations)
      implements Envelope {
    @Override
    public Object content() {
      return new NetworkDocument(network, FrameworkJson.nonNull(cities),
          FrameworkJson.nonNull(organizations));
    }
  }

  /**
   * A declaration document.
   *
   * @param lcnDocument the kind
   * @param formatVersion the version
   * @param declaration the declaration
   * @since 0.1.0
   */
  @JacksonXmlRootElement(localName = "declarationDocument")
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "declaration"})
  public record DeclarationEnvelope(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String lcnDocument,
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true)
      String formatVersion,
      @JsonProperty(required = true) Declaration declaration) implements Envelope {
    @Override
    public Object content() {
      return declaration;
    }
  }

  /**
   * A framework document.
   *
   * @param lcnDocument the kind
   * @param formatVersion the version
   * @param framework the framework
   * @since 0.1.0
   */
  @JacksonXmlRootElement(localName = "frameworkDocument")
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "framework"})
  public record FrameworkEnvelope(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String lcnDocument,
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true)
      String formatVersion,
      @JsonProperty(required = true) Framework framework) implements Envelope {
    @Override
    public Object content() {
      return framework;
    }
  }

  /**
   * A pipeline document.
   *
   * @param lcnDocument the kind
   * @param formatVersion the version
   * @param pipeline the pipeline
   * @since 0.1.0
   */
  @JacksonXmlRootElement(localName = "pipelineDocument")
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "pipeline"})
  public record PipelineEnvelope(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String lcnDocument,
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true)
      String formatVersion,
      @JsonProperty(required = true) Pipeline pipeline) implements Envelope {
    @Override
    public Object content() {
      return pipeline;
    }
  }

  /**
   * A dataset document.
   *
   * @param lcnDocument the kind
   * @param formatVersion the version
   * @param dataset the dataset
   * @since 0.1.0
   */
  @JacksonXmlRootElement(localName = "datasetDocument")
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "dataset"})
  public record DatasetEnvelope(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String lcnDocument,
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true)
      String formatVersion,
      @JsonProperty(required = true) Dataset dataset) implements Envelope {
    @Override
    public Object content() {
      return dataset;
    }
  }

  /**
   * A panel document.
   *
   * @param lcnDocument the kind
   * @param formatVersion the version
   * @param panel the panel
   * @since 0.1.0
   */
  @JacksonXmlRootElement(localName = "panelDocument")
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "panel"})
  public record PanelEnvelope(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String lcnDocument,
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true)
      String formatVersion,
      @JsonProperty(required = true) Panel panel) implements Envelope {
    @Override
    public Object content() {
      return panel;
    }
  }

  /**
   * An audit document.
   *
   * @param lcnDocument the kind
   * @param formatVersion the version
   * @param audit the audit
   * @since 0.1.0
   */
  @JacksonXmlRootElement(localName = "auditDocument")
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "audit"})
  public record AuditEnvelope(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String lcnDocument,
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true)
      String formatVersion,
      @JsonProperty(required = true) Audit audit) implements Envelope {
    @Override
    public Object content() {
      return audit;
    }
  }

  /**
   * A results document.
   *
   * @param lcnDocument the kind
   * @param formatVersion the version
   * @param framework the framework that was run
   * @param pipeline the pipeline that was run
   * @param dataset the input dataset, if written
   * @param units each unit's scores and ranks
   * @param diagnostics the diagnostics
   * @since 0.1.0
   */
  @JacksonXmlRootElement(localName = "resultsDocument")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "framework", "pipeline", "dataset",
      "units", "diagnostics"})
  public record ResultsEnvelope(
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true) String lcnDocument,
      @JsonProperty(required = true) @JacksonXmlProperty(isAttribute = true)
      String formatVersion,
      @JsonProperty(required = true) Framework framework,
      @JsonProperty(required = true) Pipeline pipeline,
      Dataset dataset,
      List<UnitResultsData> units,
      Diagnostics diagnostics) implements Envelope {
    @Override
    public Object content() {
      return new ResultsDocument(framework, pipeline,
          FrameworkJson.nonNull(units).stream().map(u -> new ResultsDocument.UnitResults(
              u.unit(), u.scores() == null ? Map.of() : u.scores(),
              u.ranks() == null ? Map.of() : u.ranks(),
              u.weights() == null ? Map.of() : u.weights())).toList(),
          diagnostics == null ? new Diagnostics(List.of(), List.of(), List.of(), List.of(),
              List.of()) : diagnostics, Optional.ofNullable(dataset));
    }
  }

  /**
   * One unit's results on the wire. Its scores and ranks are written even when empty (a unit
   * without any score), so that in XML the unit's item never holds its {@code <unit>} alone,
   * the shape of a list of units.
   *
   * @param unit the unit's code
   * @param scores score by node code
   * @param ranks rank by node code
   * @param weights by aggregate code, the unit's weight of each child (aggregation methods
   *     that choose weights per unit)
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"unit", "scores", "ranks", "weights"})
  public record UnitResultsData(@JsonProperty(required = true) String unit,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> scores,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Integer> ranks,
      Map<String, Map<String, Double>> weights) {}

  /**
   * Returns the envelope class of a kind.
   *
   * @param kind the kind
   * @return the record class bound by Jackson
   */
  public static Class<? extends Envelope> type(DocumentKind kind) {
    return switch (kind) {
      case NETWORK -> NetworkEnvelope.class;
      case DECLARATION -> DeclarationEnvelope.class;
      case FRAMEWORK -> FrameworkEnvelope.class;
      case PIPELINE -> PipelineEnvelope.class;
      case DATASET -> DatasetEnvelope.class;
      case PANEL -> PanelEnvelope.class;
      case RESULTS -> ResultsEnvelope.class;
      case AUDIT -> AuditEnvelope.class;
    };
  }

  /**
   * Wraps content in the envelope of its kind, with the current format version.
   *
   * @param kind the kind
   * @param content the content, of the kind's content type
   * @return the envelope
   */
  public static Envelope wrap(DocumentKind kind, Object content) {
    String k = kind.id();
    String v = DocumentKind.CURRENT_FORMAT_VERSION;
    return switch (kind) {
      case NETWORK -> {
        NetworkDocument d = (NetworkDocument) content;
        yield new NetworkEnvelope(k, v, d.network(), d.cities(), d.organizations());
      }
      case DECLARATION -> new DeclarationEnvelope(k, v, (Declaration) content);
      case FRAMEWORK -> new FrameworkEnvelope(k, v, (Framework) content);
      case PIPELINE -> new PipelineEnvelope(k, v, (Pipeline) content);
      case DATASET -> new DatasetEnvelope(k, v, (Dataset) content);
      case PANEL -> new PanelEnvelope(k, v, (Panel) content);
      case AUDIT -> new AuditEnvelope(k, v, (Audit) content);
      case RESULTS -> {
        ResultsDocument d = (ResultsDocument) content;
        yield new ResultsEnvelope(k, v, d.framework(), d.pipeline(), d.dataset().orElse(null),
            d.units().stream().map(u -> new UnitResultsData(u.unit(), u.scores(), u.ranks(),
                u.weights())).toList(), d.diagnostics());
      }
    };
  }
}

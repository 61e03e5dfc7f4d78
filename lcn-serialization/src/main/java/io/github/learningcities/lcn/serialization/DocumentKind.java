package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.model.declaration.Declaration;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of LCN document. Every document names its kind and format version: in JSON as the
 * first two properties, {@code {"lcnDocument": "network", "formatVersion": "1.0", ...}}; in XML
 * as the root element {@code <networkDocument lcnDocument="network" formatVersion="1.0">}.
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** A network with its cities and organizations ({@link NetworkDocument}). */
  NETWORK("network", NetworkDocument.class),
  /** A declaration ({@link Declaration}). */
  DECLARATION("declaration", Declaration.class),
  /** A composite-indicator framework ({@link Framework}). */
  FRAMEWORK("framework", Framework.class),
  /** A pipeline specification ({@link Pipeline}). */
  PIPELINE("pipeline", Pipeline.class),
  /** A dataset of units by indicators ({@link Dataset}). */
  DATASET("dataset", Dataset.class),
  /**
   * A panel: datasets of the same indicators at several time points ({@link Panel}), such as
   * the yearly monitoring data of a network's cities.
   */
  PANEL("panel", Panel.class),
  /** The results of a run ({@link ResultsDocument}). */
  RESULTS("results", ResultsDocument.class),
  /**
   * A statistical audit of a composite indicator ({@link Audit}): its sections and findings.
   *
   * @since 0.1.0
   */
  AUDIT("audit", Audit.class);

  /** The format version this release writes. */
  public static final String CURRENT_FORMAT_VERSION = "1.0";

  /**
   * The format versions this release reads: every version ever released, oldest first. A
   * golden document of every kind in every version listed here is kept in the tests and must
   * keep reading.
   */
  private static final List<String> READABLE_FORMAT_VERSIONS = List.of("1.0");

  private final String id;
  private final Class<?> contentType;

  DocumentKind(String id, Class<?> contentType) {
    this.id = id;
    this.contentType = contentType;
  }

  /**
   * Returns the kind's name as written in the {@code lcnDocument} property.
   *
   * @return the name, e.g. {@code "network"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the XML root element name.
   *
   * @return e.g. {@code "networkDocument"}
   */
  public String xmlRootElement() {
    return id + "Document";
  }

  /**
   * Returns the Java type a reader returns for this kind.
   *
   * @return the content type
   */
  public Class<?> contentType() {
    return contentType;
  }

  /**
   * Returns the format versions this release reads, oldest first; the last is {@link
   * #CURRENT_FORMAT_VERSION}.
   *
   * @return the versions
   */
  public static List<String> readableFormatVersions() {
    return READABLE_FORMAT_VERSIONS;
  }

  /**
   * Returns the kind whose content type is the given type.
   *
   * @param type a content type such as {@code Framework.class}
   * @return the kind, or empty if no document kind holds that type
   */
  public static Optional<DocumentKind> forContentType(Class<?> type) {
    for (DocumentKind k : values()) {
      if (k.contentType.equals(type)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}

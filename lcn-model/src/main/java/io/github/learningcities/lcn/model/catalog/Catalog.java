package io.github.learningcities.lcn.model.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.Set;

/**
 * A versioned reference catalog: a named body of reference data (for example the UNESCO Key
 * Features of Learning Cities) in one edition, with the provenance of that edition.
 *
 * <p>The built-in catalogs ship as UTF-8 data resources in the format described in the
 * {@linkplain io.github.learningcities.lcn.model.catalog package documentation}; a new edition
 * (say, the official wording replacing a paraphrase) is a new resource with a new
 * {@link #edition()}, read by the same code. Two catalogs with the same {@link #id()} and
 * {@link #edition()} are expected to hold the same data.
 *
 * @since 0.1.0
 */
public interface Catalog {

  /**
   * Returns the stable identifier of the catalog, independent of its edition, e.g.
   * {@code "unesco.key-features"}.
   *
   * @return the identifier
   */
  @JsonProperty("id")
  String id();

  /**
   * Returns the edition of this catalog's data, e.g. {@code "2015-r1"}.
   *
   * @return the edition
   */
  @JsonProperty("edition")
  String edition();

  /**
   * Returns where the data of this edition comes from and how sure the SDK is of it.
   *
   * @return the provenance
   */
  @JsonProperty("provenance")
  Provenance provenance();

  /**
   * Returns the human-readable title of the catalog.
   *
   * @return the title, at least in English
   */
  @JsonProperty("title")
  LocalizedText title();

  /**
   * Returns the language tags whose wording in this catalog is an unofficial translation
   * (made by the SDK's maintainers rather than published by the source), e.g. {@code "uk"}.
   *
   * @return the language tags, possibly empty
   */
  @JsonProperty("unofficialTranslations")
  Set<String> unofficialTranslations();
}

package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A catalog data resource read by {@link CatalogResourceReader}: its headers and its records in
 * file order.
 *
 * <p>The provenance headers are {@code #source}, {@code #source.edition},
 * {@code #source.date} (ISO date), {@code #source.year}, {@code #source.confidence}
 * ({@code VERIFIED}, {@code PROBABLE}, {@code UNVERIFIED} or their tags),
 * {@code #source.link} (repeatable) and {@code #source.note}; every catalog also declares
 * {@code #catalog} (its identifier) and {@code #edition}.
 *
 * @since 0.1.0
 */
public final class CatalogDocument {

  /** One header line. */
  record Header(String key, String value, int line) {}

  private final String resourceName;
  private final Map<String, List<Header>> headers;
  private final List<CatalogRecord> records;

  CatalogDocument(String resourceName, Map<String, List<Header>> headers,
      List<CatalogRecord> records) {
    this.resourceName = resourceName;
    Map<String, List<Header>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<Header>> e : headers.entrySet()) {
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    this.headers = copy;
    this.records = List.copyOf(records);
  }

  /**
   * Returns the name of the resource, used in every error message.
   *
   * @return the resource name
   */
  public String resourceName() {
    return resourceName;
  }

  /**
   * Returns the value of a header that may appear at most once.
   *
   * @param key the header key
   * @return the value, or empty if the header is absent or its value empty
   * @throws CatalogFormatException if the header appears more than once
   */
  public Optional<String> header(String key) {
    List<Header> found = headers.getOrDefault(key, List.of());
    if (found.size() > 1) {
      throw new CatalogFormatException(resourceName, found.get(1).line(),
          "header \"" + key + "\" repeated (first on line " + found.get(0).line()
              + "); expected it at most once");
    }
    return found.isEmpty() || found.get(0).value().isEmpty() ? Optional.empty()
        : Optional.of(found.get(0).value());
  }

  /**
   * Returns the value of a header that must appear exactly once with a value.
   *
   * @param key the header key
   * @return the value
   * @throws CatalogFormatException if the header is missing, empty or repeated
   */
  public String requiredHeader(String key) {
    Optional<String> value = header(key);
    if (value.isEmpty()) {
      throw new CatalogFormatException(resourceName,
          headers.containsKey(key) ? headers.get(key).get(0).line() : 0,
          "header \"#" + key + ": ...\" is missing or empty; expected a value");
    }
    return value.get();
  }

  /**
   * Returns the values of a repeatable header in file order.
   *
   * @param key the header key
   * @return the non-empty values, possibly none
   */
  public List<String> headers(String key) {
    List<String> values = new ArrayList<>();
    for (Header h : headers.getOrDefault(key, List.of())) {
      if (!h.value().isEmpty()) {
        values.add(h.value());
      }
    }
    return List.copyOf(values);
  }

  /**
   * Checks that the {@code #catalog} header names the expected catalog.
   *
   * @param expectedId the catalog identifier the caller reads
   * @return the identifier
   * @throws CatalogFormatException if the header is missing or names another catalog
   */
  public String requireCatalog(String expectedId) {
    String id = requiredHeader("catalog");
    if (!id.equals(expectedId)) {
      throw new CatalogFormatException(resourceName, headers.get("catalog").get(0).line(),
          "header \"#catalog\" is \"" + id + "\"; expected \"" + expectedId + "\"");
    }
    return id;
  }

  /**
   * Checks that every record is of one of the given kinds.
   *
   * @param kinds the kinds the caller understands
   * @throws CatalogFormatException at the first record of another kind
   */
  public void requireKinds(String... kinds) {
    Set<String> allowed = new TreeSet<>(Arrays.asList(kinds));
    for (CatalogRecord r : records) {
      if (!allowed.contains(r.kind())) {
        throw r.error("record of kind \"" + r.kind() + "\" is not part of this catalog;"
            + " expected one of " + allowed);
      }
    }
  }

  /**
   * Returns every record in file order.
   *
   * @return the records
   */
  public List<CatalogRecord> records() {
    return records;
  }

  /**
   * Returns the records of one kind in file order.
   *
   * @param kind the record kind
   * @return the records of that kind, possibly none
   */
  public List<CatalogRecord> records(String kind) {
    List<CatalogRecord> ofKind = new ArrayList<>();
    for (CatalogRecord r : records) {
      if (r.kind().equals(kind)) {
        ofKind.add(r);
      }
    }
    return List.copyOf(ofKind);
  }

  /**
   * Builds the provenance described by the {@code #source...} headers.
   *
   * @return the provenance
   * @throws CatalogFormatException if a provenance header is missing or invalid
   */
  public Provenance provenance() {
    String confidenceText = requiredHeader("source.confidence");
    // Plain conditionals rather than Optional's lambdas: each lambda's first link costs a short
    // run (which reads the built-in catalogs first) a fraction of a millisecond.
    Optional<Confidence> confidence = Confidence.parse(confidenceText);
    if (confidence.isEmpty()) {
      throw headerError("source.confidence", "\"" + confidenceText + "\" is not a confidence "
          + "level; expected VERIFIED, PROBABLE, UNVERIFIED or [V], [P], [U]");
    }
    var builder = Provenance.builder().source(requiredHeader("source"))
        .confidence(confidence.get()).edition(header("source.edition"))
        .note(header("source.note"));
    Optional<String> date = header("source.date");
    if (date.isPresent()) {
      try {
        builder.date(AsciiText.isoDate(date.get()));
      } catch (DateTimeParseException e) {
        throw headerError("source.date", "\"" + date.get()
            + "\" is not an ISO date; expected yyyy-mm-dd");
      }
    }
    Optional<String> year = header("source.year");
    if (year.isPresent()) {
      try {
        builder.year(Year.of(Integer.parseInt(year.get())));
      } catch (NumberFormatException e) {
        throw headerError("source.year", "\"" + year.get()
            + "\" is not a year; expected e.g. 2015");
      }
    }
    List<Header> links = headers.getOrDefault("source.link", List.of());
    for (Header link : links) {
      try {
        builder.addLinks(new URI(link.value()));
      } catch (URISyntaxException e) {
        throw new CatalogFormatException(resourceName, link.line(),
            "header \"source.link\" is not a URI: " + e.getMessage());
      }
    }
    try {
      return builder.build();
    } catch (InvalidModelException e) {
      throw new CatalogFormatException(resourceName, 0,
          "the source headers describe an invalid provenance: " + e.getMessage(), e);
    }
  }

  /**
   * Builds the catalog title from the {@code #title.TAG} headers, one per language.
   *
   * @return the title
   * @throws CatalogFormatException if there is no {@code #title.en} header or a tag is invalid
   */
  public LocalizedText title() {
    requiredHeader("title.en");
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, List<Header>> e : headers.entrySet()) {
      if (e.getKey().startsWith("title.")) {
        texts.put(e.getKey().substring("title.".length()), header(e.getKey()).orElse(""));
      }
    }
    try {
      return LocalizedText.of(texts);
    } catch (InvalidModelException e) {
      throw new CatalogFormatException(resourceName, headers.get("title.en").get(0).line(),
          "the title headers are invalid: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the language tags declared unofficial by {@code #translation.TAG: unofficial}
   * headers.
   *
   * @return the tags, in file order
   * @throws CatalogFormatException if a translation header has another value
   */
  public Set<String> unofficialTranslations() {
    Set<String> tags = new LinkedHashSet<>();
    for (Map.Entry<String, List<Header>> e : headers.entrySet()) {
      if (e.getKey().startsWith("translation.")) {
        String value = header(e.getKey()).orElse("");
        if (!value.equals("unofficial") && !value.equals("official")) {
          throw headerError(e.getKey(), "\"" + value + "\" is not a translation status;"
              + " expected \"official\" or \"unofficial\"");
        }
        if (value.equals("unofficial")) {
          tags.add(e.getKey().substring("translation.".length()));
        }
      }
    }
    return java.util.Collections.unmodifiableSet(tags);
  }

  private CatalogFormatException headerError(String key, String rule) {
    return new CatalogFormatException(resourceName, headers.get(key).get(0).line(),
        "header \"" + key + "\": " + rule);
  }
}

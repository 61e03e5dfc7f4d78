package io.github.learningcities.lcn.model.internal;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Helpers shared by the readers of the built-in catalogs: unique keys, parent references,
 * bilingual texts, directions, and catalog-wide invariants reported against the resource.
 *
 * @since 0.1.0
 */
public final class CatalogSupport {
  private CatalogSupport() {}

  /**
   * Checks a catalog's identifier and edition.
   *
   * @param object the catalog description for messages
   * @param id the identifier
   * @param edition the edition
   */
  public static void requireHeader(String object, String id, String edition) {
    if (id.isBlank()) {
      throw new InvalidModelException(object, "id", id, "a non-blank catalog identifier");
    }
    if (edition.isBlank()) {
      throw new InvalidModelException(object, "edition", edition, "a non-blank edition");
    }
  }

  /** Indexes records by a key column, failing at the first repeated key. */
  public static Map<String, CatalogRecord> unique(List<CatalogRecord> records, String column) {
    Map<String, CatalogRecord> map = new LinkedHashMap<>();
    for (CatalogRecord r : records) {
      String key = r.required(column);
      CatalogRecord first = map.putIfAbsent(key, r);
      if (first != null) {
        throw r.error(r.kind() + " " + column + " \"" + key + "\" repeats line " + first.line()
            + "; expected unique " + column + "s");
      }
    }
    return map;
  }

  /** Checks that every record's parent column names a declared parent. */
  public static void requireParents(Collection<CatalogRecord> records, String column,
      Set<String> parents) {
    for (CatalogRecord r : records) {
      String parent = r.required(column);
      if (!parents.contains(parent)) {
        throw r.error(r.kind() + " refers to " + column + " \"" + parent + "\", which is not"
            + " declared; expected one of " + parents);
      }
    }
  }

  /** Reads the English text of column {@code en} and the optional Ukrainian of {@code uk}. */
  public static LocalizedText text(CatalogRecord r) {
    return text(r, "en", "uk");
  }

  public static LocalizedText text(CatalogRecord r, String englishColumn,
      String ukrainianColumn) {
    LocalizedText text = LocalizedText.of(LocalizedText.ENGLISH, r.required(englishColumn));
    if (r.hasColumn(ukrainianColumn) && r.optional(ukrainianColumn).isPresent()) {
      text = text.with(LocalizedText.UKRAINIAN, r.optional(ukrainianColumn).get());
    }
    return text;
  }

  /**
   * Reads the Ukrainian text of column {@code uk} and the English of {@code en}, both required,
   * Ukrainian first.
   *
   * @param r the record
   * @return the text in Ukrainian and English
   */
  public static LocalizedText ukrainianAndEnglish(CatalogRecord r) {
    return r.create(r.kind() + " text",
        () -> LocalizedText.ukrainianAndEnglish(r.required("uk"), r.required("en")));
  }

  public static int direction(CatalogRecord r, String column) {
    String v = r.required(column).strip();
    if (v.equals("+1") || v.equals("1")) {
      return 1;
    }
    if (v.equals("-1")) {
      return -1;
    }
    throw r.error("column \"" + column + "\" is \"" + v + "\"; expected +1 or -1");
  }

  /** Builds the catalog, reporting a broken catalog-wide invariant against the resource. */
  public static <T> T build(CatalogDocument doc, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidModelException e) {
      throw new CatalogFormatException(doc.resourceName(), 0,
          "the catalog is invalid: " + e.getMessage(), e);
    }
  }
}

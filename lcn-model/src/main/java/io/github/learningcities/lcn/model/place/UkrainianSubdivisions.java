package io.github.learningcities.lcn.model.place;

import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.internal.CatalogDocument;
import io.github.learningcities.lcn.model.internal.CatalogRecord;
import io.github.learningcities.lcn.model.internal.CatalogResourceReader;
import io.github.learningcities.lcn.model.internal.CatalogSupport;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The ISO 3166-2:UA list shipped in {@code iso-3166-2-ua.tsv}, read once. */
final class UkrainianSubdivisions {
  static final UkrainianSubdivisions INSTANCE = new UkrainianSubdivisions();

  private static final String RESOURCE =
      "/io/github/learningcities/lcn/model/place/iso-3166-2-ua.tsv";

  private final Map<String, LocalizedText> names;
  private final Provenance provenance;

  private UkrainianSubdivisions() {
    CatalogDocument doc = CatalogResourceReader.readResource(UkrainianSubdivisions.class,
        RESOURCE);
    doc.requireCatalog("place.iso-3166-2-ua");
    doc.requireKinds("subdivision");
    Map<String, LocalizedText> byCode = new LinkedHashMap<>();
    CatalogSupport.unique(doc.records("subdivision"), "code")
        .forEach((code, r) -> byCode.put(code, CatalogSupport.ukrainianAndEnglish(r)));
    this.names = Collections.unmodifiableMap(byCode);
    this.provenance = doc.provenance();
  }

  boolean contains(String code) {
    return names.containsKey(code);
  }

  Set<String> codes() {
    return new TreeSet<>(names.keySet());
  }

  Optional<LocalizedText> name(String code) {
    return Optional.ofNullable(names.get(code));
  }

  Set<SubdivisionCode> all() {
    Set<SubdivisionCode> all = new TreeSet<>();
    for (String code : names.keySet()) {
      all.add(SubdivisionCode.of(code));
    }
    return Collections.unmodifiableSet(all);
  }

  Provenance provenance() {
    return provenance;
  }
}

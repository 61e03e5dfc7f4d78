package io.github.learningcities.lcn.model.place;

import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.internal.TabularResource;
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

  private final Map<String, LocalizedText> names;
  private final Provenance provenance;

  private UkrainianSubdivisions() {
    TabularResource table = TabularResource.load(UkrainianSubdivisions.class,
        "iso-3166-2-ua.tsv");
    Map<String, LocalizedText> byCode = new LinkedHashMap<>();
    for (Map<String, String> row : table.rows()) {
      byCode.put(row.get("code"), LocalizedText.ukrainianAndEnglish(row.get("uk"),
          row.get("en")));
    }
    this.names = Collections.unmodifiableMap(byCode);
    this.provenance = table.provenance();
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

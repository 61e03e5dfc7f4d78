package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.catalog.Provenance;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Provenance records of reference data: a citation, an edition, a date or year that agree,
 * a confidence and links.
 *
 * @since 0.1.0
 */
public final class CatalogArbitraries {

  private CatalogArbitraries() {}

  /**
   * Returns confidences, shrinking towards {@link Confidence#VERIFIED}.
   *
   * @return the confidences
   */
  public static Arbitrary<Confidence> confidences() {
    return Arbitraries.of(Confidence.class);
  }

  /**
   * Returns provenance records whose year, when present, is the year of their date.
   *
   * @return the provenance records
   */
  public static Arbitrary<Provenance> provenances() {
    return Combinators.combine(
        TextArbitraries.englishPhrases().map(s -> s + " (report)"),
        Arbitraries.integers().between(1, 5).optional(),
        TimeArbitraries.dates().optional(),
        Arbitraries.of(false, true),
        confidences(),
        Arbitraries.of("https://uil.unesco.org/lifelong-learning/learning-cities",
            "https://ualc.org.ua").map(URI::create).list().ofMaxSize(2).uniqueElements(),
        TextArbitraries.englishPhrases().optional())
        .as((source, edition, date, withYear, confidence, links, note) -> Provenance.builder()
            .source(source)
            .edition(edition.map(e -> "edition " + e))
            .date(date)
            .year(withYear ? Optional.of(java.time.Year.of(
                date.map(LocalDate::getYear).orElse(2017))) : Optional.empty())
            .confidence(confidence)
            .addAllLinks(links)
            .note(note)
            .build());
  }
}

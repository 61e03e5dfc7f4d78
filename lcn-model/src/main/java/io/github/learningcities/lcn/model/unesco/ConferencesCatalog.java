package io.github.learningcities.lcn.model.unesco;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Catalog;
import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.internal.CatalogDocument;
import io.github.learningcities.lcn.model.internal.CatalogRecord;
import io.github.learningcities.lcn.model.internal.CatalogResourceReader;
import io.github.learningcities.lcn.model.internal.CatalogSupport;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The International Conferences on Learning Cities (ICLC1 Beijing 2013 onwards) and their
 * outcome documents as a versioned catalog.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "edition", "title", "provenance", "unofficialTranslations",
    "conferences"})
public abstract class ConferencesCatalog implements Catalog {

  /** The identifier of this catalog in every edition. */
  public static final String ID = "unesco.conferences";

  /** The class-path resource of the built-in edition. */
  public static final String BUILT_IN_RESOURCE =
      "/io/github/learningcities/lcn/model/unesco/conferences.tsv";

  /**
   * Returns the conferences, in order of their numbers.
   *
   * @return the conferences
   */
  @JsonProperty("conferences")
  public abstract List<LearningCitiesConference> conferences();

  /**
   * Returns the conference with the given number.
   *
   * @param number the ordinal number, 1 for Beijing 2013
   * @return the conference, or empty if there is none
   */
  public Optional<LearningCitiesConference> conference(int number) {
    return conferences().stream().filter(c -> c.number() == number).findFirst();
  }

  /**
   * Returns the outcome document with the given key, whatever its conference.
   *
   * @param key the document key, e.g. {@code "mexico-city-statement"}
   * @return the document, or empty if there is none
   */
  public Optional<OutcomeDocument> outcomeDocument(String key) {
    return conferences().stream().flatMap(c -> c.outcomeDocuments().stream())
        .filter(d -> d.key().equals(key)).findFirst();
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the identifier or edition is blank, the conferences are
   *     not in increasing order of number and date, or a document key repeats
   */
  @Value.Check
  protected void check() {
    String object = "ConferencesCatalog[" + id() + "@" + edition() + "]";
    CatalogSupport.requireHeader(object, id(), edition());
    Set<String> keys = new HashSet<>();
    LearningCitiesConference previous = null;
    for (LearningCitiesConference c : conferences()) {
      if (previous != null && (c.number() <= previous.number()
          || !c.startDate().isAfter(previous.endDate()))) {
        throw new InvalidModelException(object, "conferences", c.code(),
            "conferences in increasing order of number and date, after " + previous.code());
      }
      for (OutcomeDocument d : c.outcomeDocuments()) {
        if (!keys.add(d.key())) {
          throw new InvalidModelException(object, "outcomeDocuments", d.key(),
              "document keys unique across conferences");
        }
      }
      previous = c;
    }
  }

  /**
   * Returns the built-in edition, read once from {@value #BUILT_IN_RESOURCE}.
   *
   * @return the catalog
   */
  public static ConferencesCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * Reads an edition of the catalog from a stream in the catalog text format.
   *
   * @param resourceName the name used in error messages
   * @param in the UTF-8 text; read to its end, not closed
   * @return the catalog
   * @throws CatalogFormatException if the text breaks a rule of the format or of this catalog
   */
  public static ConferencesCatalog read(String resourceName, InputStream in) {
    return from(CatalogResourceReader.read(resourceName, in));
  }

  static ConferencesCatalog from(CatalogDocument doc) {
    doc.requireCatalog(ID);
    doc.requireKinds("conference", "document");
    Map<String, CatalogRecord> confs = CatalogSupport.unique(doc.records("conference"), "number");
    CatalogSupport.unique(doc.records("document"), "key");
    CatalogSupport.requireParents(doc.records("document"), "conference", confs.keySet());
    Map<String, List<OutcomeDocument>> documents = new LinkedHashMap<>();
    for (CatalogRecord r : doc.records("document")) {
      String number = r.required("conference");
      Year year = Year.of(confs.get(number).date("start").getYear());
      OutcomeDocument d = r.create("document " + r.required("key"), () ->
          OutcomeDocument.builder()
              .key(r.required("key"))
              .title(CatalogSupport.text(r))
              .year(year)
              .commitments(r.optionalInteger("commitments").map(java.util.OptionalInt::of)
                  .orElse(java.util.OptionalInt.empty()))
              .commitmentUnit(r.optional("commitment-unit"))
              .confidence(r.confidence("confidence"))
              .build());
      documents.computeIfAbsent(number, k -> new ArrayList<>()).add(d);
    }
    ImmutableConferencesCatalog.Builder builder = builder()
        .id(ID)
        .edition(doc.requiredHeader("edition"))
        .title(doc.title())
        .provenance(doc.provenance())
        .addAllUnofficialTranslations(doc.unofficialTranslations());
    for (CatalogRecord r : confs.values()) {
      LocalDate start = r.date("start");
      LearningCitiesConference c = r.create("conference " + r.required("number"), () ->
          LearningCitiesConference.builder()
              .number(r.integer("number"))
              .startDate(start)
              .endDate(r.date("end"))
              .hostCity(r.required("city"))
              .country(CountryCode.of(r.required("country")))
              .theme(CatalogSupport.text(r, "theme-en", "theme-uk"))
              .confidence(r.confidence("confidence"))
              .note(r.optional("note"))
              .addAllOutcomeDocuments(documents.getOrDefault(r.required("number"), List.of()))
              .build());
      builder.addConferences(c);
    }
    return CatalogSupport.build(doc, builder::build);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableConferencesCatalog.Builder builder() {
    return ImmutableConferencesCatalog.builder();
  }

  private static final class BuiltIn {
    static final ConferencesCatalog INSTANCE =
        from(CatalogResourceReader.readResource(ConferencesCatalog.class, BUILT_IN_RESOURCE));
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ConferencesCatalog fromJackson(ImmutableConferencesCatalog value) {
    return value;
  }
}

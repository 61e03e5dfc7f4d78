package io.github.learningcities.lcn.model.award;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Catalog;
import io.github.learningcities.lcn.model.catalog.CatalogFormatException;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.internal.CatalogDocument;
import io.github.learningcities.lcn.model.internal.CatalogRecord;
import io.github.learningcities.lcn.model.internal.CatalogResourceReader;
import io.github.learningcities.lcn.model.internal.CatalogSupport;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.io.InputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The UNESCO Learning City Award as a versioned catalog: every cycle since 2015 with its rules,
 * criteria and awardees (Melitopol, Ukraine, among the 2019 awardees).
 *
 * <pre>{@code
 * LearningCityAwardCatalog award = LearningCityAwardCatalog.builtIn();
 * award.awardsOf(CityId.of("ua-melitopol"));   // [2019]
 * AwardCycle next = AwardCycle.builder().year(Year.of(2027))
 *     .callDate(LocalDate.of(2027, 3, 1)).rules(AwardRules.standard2024()).build();
 * award.eligibility(AwardCandidate.member(CityId.of("ua-melitopol"), CountryCode.UKRAINE,
 *     LocalDate.of(2016, 6, 1)), next);         // eligible: cool-down over after 2025
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "edition", "title", "provenance", "unofficialTranslations", "cycles"})
public abstract class LearningCityAwardCatalog implements Catalog {

  /** The identifier of this catalog in every edition. */
  public static final String ID = "unesco.learning-city-award";

  /** The class-path resource of the built-in edition. */
  public static final String BUILT_IN_RESOURCE =
      "/io/github/learningcities/lcn/model/unesco/learning-city-award.tsv";

  /**
   * Returns the cycles, in increasing order of year.
   *
   * @return the cycles
   */
  @JsonProperty("cycles")
  public abstract List<AwardCycle> cycles();

  /**
   * Returns the cycle of the given year.
   *
   * @param year the year the award was conferred
   * @return the cycle, or empty if there is none
   */
  public Optional<AwardCycle> cycle(Year year) {
    return cycles().stream().filter(c -> c.year().equals(year)).findFirst();
  }

  /**
   * Returns the years in which a city received the award.
   *
   * @param city the city
   * @return the years, in increasing order, possibly empty
   */
  public List<Year> awardsOf(CityId city) {
    return cycles().stream().filter(c -> c.awarded(city)).map(AwardCycle::year)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks a candidate against a cycle, adding to the candidate's previous awards those this
   * catalog records for the city in earlier cycles.
   *
   * @param candidate the city's membership data
   * @param cycle the cycle, from this catalog or a future one
   * @return the result, listing every failed rule with its reason
   */
  public AwardEligibility eligibility(AwardCandidate candidate, AwardCycle cycle) {
    Set<Year> previous = new LinkedHashSet<>(candidate.previousAwards());
    awardsOf(candidate.city()).stream().filter(y -> y.isBefore(cycle.year()))
        .forEach(previous::add);
    AwardCandidate merged = ImmutableAwardCandidate.copyOf(candidate)
        .withPreviousAwards(previous);
    return AwardEligibility.evaluate(merged, cycle);
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the identifier or edition is blank or the cycles are not
   *     in strictly increasing order of year
   */
  @Value.Check
  protected void check() {
    String object = "LearningCityAwardCatalog[" + id() + "@" + edition() + "]";
    CatalogSupport.requireHeader(object, id(), edition());
    for (int i = 1; i < cycles().size(); i++) {
      if (!cycles().get(i).year().isAfter(cycles().get(i - 1).year())) {
        throw new InvalidModelException(object, "cycles[" + i + "].year",
            cycles().get(i).year(), "a year after " + cycles().get(i - 1).year());
      }
    }
  }

  /**
   * Returns the built-in edition, read once from {@value #BUILT_IN_RESOURCE}.
   *
   * @return the catalog
   */
  public static LearningCityAwardCatalog builtIn() {
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
  public static LearningCityAwardCatalog read(String resourceName, InputStream in) {
    return from(CatalogResourceReader.read(resourceName, in));
  }

  static LearningCityAwardCatalog from(CatalogDocument doc) {
    doc.requireCatalog(ID);
    doc.requireKinds("cycle", "criterion", "awardee");
    Map<String, CatalogRecord> cycles = CatalogSupport.unique(doc.records("cycle"), "year");
    CatalogSupport.requireParents(doc.records("criterion"), "cycle", cycles.keySet());
    CatalogSupport.requireParents(doc.records("awardee"), "cycle", cycles.keySet());
    Map<String, List<AwardCriterion>> criteria = new LinkedHashMap<>();
    for (CatalogRecord r : doc.records("criterion")) {
      AwardCriterion c = r.create("criterion " + r.required("number"), () ->
          AwardCriterion.builder()
              .number(r.integer("number"))
              .text(CatalogSupport.text(r))
              .confidence(r.confidence("confidence"))
              .build());
      criteria.computeIfAbsent(r.required("cycle"), k -> new ArrayList<>()).add(c);
    }
    Map<String, List<Awardee>> awardees = new LinkedHashMap<>();
    for (CatalogRecord r : doc.records("awardee")) {
      Awardee a = r.create("awardee " + r.required("city"), () -> Awardee.builder()
          .city(CityId.of(r.required("city")))
          .name(r.required("name"))
          .country(CountryCode.of(r.required("country")))
          .confidence(r.confidence("confidence"))
          .note(r.optional("note"))
          .build());
      awardees.computeIfAbsent(r.required("cycle"), k -> new ArrayList<>()).add(a);
    }
    ImmutableLearningCityAwardCatalog.Builder builder = builder()
        .id(ID)
        .edition(doc.requiredHeader("edition"))
        .title(doc.title())
        .provenance(doc.provenance())
        .addAllUnofficialTranslations(doc.unofficialTranslations());
    for (CatalogRecord r : cycles.values()) {
      String key = r.required("year");
      String membersOnly = r.required("members-only");
      if (!membersOnly.equals("yes") && !membersOnly.equals("no")) {
        throw r.error("column \"members-only\" is \"" + membersOnly + "\"; expected yes or no");
      }
      AwardCycle cycle = r.create("cycle " + key, () -> {
        ImmutableAwardRules.Builder rules = AwardRules.builder()
            .membersOnly(membersOnly.equals("yes"))
            .confidence(r.confidence("rules-confidence"));
        r.optionalInteger("min-membership-months").ifPresent(rules::minMembershipMonths);
        r.optionalInteger("cooldown-years").ifPresent(rules::cooldownYears);
        r.optionalInteger("max-per-country").ifPresent(rules::maxAwardsPerCountry);
        ImmutableAwardCycle.Builder b = AwardCycle.builder()
            .year(r.year("year"))
            .rules(rules.build())
            .addAllCriteria(criteria.getOrDefault(key, List.of()))
            .addAllAwardees(awardees.getOrDefault(key, List.of()))
            .note(r.optional("note"));
        r.optionalInteger("conference").ifPresent(b::conference);
        r.optionalDate("call-date").ifPresent(b::callDate);
        return b.build();
      });
      builder.addCycles(cycle);
    }
    return CatalogSupport.build(doc, builder::build);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableLearningCityAwardCatalog.Builder builder() {
    return ImmutableLearningCityAwardCatalog.builder();
  }

  private static final class BuiltIn {
    static final LearningCityAwardCatalog INSTANCE = from(
        CatalogResourceReader.readResource(LearningCityAwardCatalog.class, BUILT_IN_RESOURCE));
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static LearningCityAwardCatalog fromJackson(ImmutableLearningCityAwardCatalog value) {
    return value;
  }
}

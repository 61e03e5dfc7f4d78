package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import io.github.learningcities.lcn.model.unesco.ActionArea;
import io.github.learningcities.lcn.model.unesco.ActionPoint;
import io.github.learningcities.lcn.model.unesco.Area;
import io.github.learningcities.lcn.model.unesco.ConferencesCatalog;
import io.github.learningcities.lcn.model.unesco.GuidelinesCatalog;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.LearningCitiesConference;
import io.github.learningcities.lcn.model.unesco.MeasurementKind;
import io.github.learningcities.lcn.model.unesco.OutcomeDocument;
import io.github.learningcities.lcn.model.unesco.RegionsCatalog;
import io.github.learningcities.lcn.model.unesco.SuggestedMeasurement;
import io.github.learningcities.lcn.model.unesco.Tier;
import io.github.learningcities.lcn.model.unesco.UnescoRegion;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * UNESCO reference data: Key Features of Learning Cities (tiers, areas, features and
 * measurements with codes that extend their parent's), the Guidelines' areas of action,
 * learning-cities conferences with their outcome documents, regions, and whole catalogs.
 *
 * @since 0.1.0
 */
public final class UnescoArbitraries {

  private UnescoArbitraries() {}

  private static Arbitrary<LocalizedText> titles() {
    return TextArbitraries.localizedTexts();
  }

  /**
   * Returns suggested measurements of the given key feature, coded {@code <feature>.<n>}.
   *
   * @param feature the feature code
   * @param number the measurement's number within the feature
   * @return the measurements
   */
  public static Arbitrary<SuggestedMeasurement> suggestedMeasurements(String feature,
      int number) {
    return Combinators.combine(Arbitraries.of(MeasurementKind.class),
        Arbitraries.of("%", "persons").optional(), Arbitraries.of(1, -1), titles(),
        CatalogArbitraries.confidences())
        .as((kind, unit, direction, title, confidence) -> SuggestedMeasurement.builder()
            .code(feature + "." + number).feature(feature).kind(kind).unit(unit)
            .direction(direction).title(title).confidence(confidence).build());
  }

  /**
   * Returns suggested measurements of feature {@code 1.1.a}.
   *
   * @return the measurements
   */
  public static Arbitrary<SuggestedMeasurement> suggestedMeasurements() {
    return suggestedMeasurements("1.1.a", 1);
  }

  /**
   * Returns key features of the given area, coded {@code <area>.<letter>}.
   *
   * @param area the area code
   * @param index the feature's position in the area, from 0
   * @return the features
   */
  public static Arbitrary<KeyFeature> keyFeatures(String area, int index) {
    String code = area + "." + (char) ('a' + index);
    return Combinators.combine(titles(), CatalogArbitraries.confidences(),
        TextArbitraries.englishPhrases().optional(), Arbitraries.integers().between(0, 3))
        .as((title, confidence, note, n) -> new Object[] {title, confidence, note, n})
        .flatMap(a -> {
          List<Arbitrary<SuggestedMeasurement>> ms = new ArrayList<>();
          for (int i = 1; i <= (Integer) a[3]; i++) {
            ms.add(suggestedMeasurements(code, i));
          }
          return Combinators.combine(ms).as(list -> KeyFeature.builder().code(code).area(area)
              .title((LocalizedText) a[0])
              .confidence((io.github.learningcities.lcn.model.catalog.Confidence) a[1])
              .note(castOptional(a[2])).addAllMeasurements(list).build());
        });
  }

  /**
   * Returns key features of area {@code 1.1}.
   *
   * @return the features
   */
  public static Arbitrary<KeyFeature> keyFeatures() {
    return keyFeatures("1.1", 0);
  }

  /**
   * Returns areas of the given tier with one to three key features.
   *
   * @param tier the tier code
   * @param number the area's number within the tier
   * @return the areas
   */
  public static Arbitrary<Area> areas(String tier, int number) {
    String code = tier + "." + number;
    return Combinators.combine(titles(), CatalogArbitraries.confidences(),
        Arbitraries.integers().between(1, 3)).as(List::<Object>of).flatMap(a -> {
          List<Arbitrary<KeyFeature>> fs = new ArrayList<>();
          for (int i = 0; i < (Integer) a.get(2); i++) {
            fs.add(keyFeatures(code, i));
          }
          return Combinators.combine(fs).as(list -> Area.builder().code(code).tier(tier)
              .title((LocalizedText) a.get(0))
              .confidence((io.github.learningcities.lcn.model.catalog.Confidence) a.get(1))
              .addAllFeatures(list).build());
        });
  }

  /**
   * Returns areas of tier {@code 1}.
   *
   * @return the areas
   */
  public static Arbitrary<Area> areas() {
    return areas("1", 1);
  }

  /**
   * Returns tiers with one to three areas.
   *
   * @param code the tier code
   * @return the tiers
   */
  public static Arbitrary<Tier> tiers(String code) {
    return Combinators.combine(titles(), CatalogArbitraries.confidences(),
        Arbitraries.integers().between(1, 3)).as(List::<Object>of).flatMap(a -> {
          List<Arbitrary<Area>> as = new ArrayList<>();
          for (int i = 1; i <= (Integer) a.get(2); i++) {
            as.add(areas(code, i));
          }
          return Combinators.combine(as).as(list -> Tier.builder().code(code)
              .title((LocalizedText) a.get(0))
              .confidence((io.github.learningcities.lcn.model.catalog.Confidence) a.get(1))
              .addAllAreas(list).build());
        });
  }

  /**
   * Returns tiers coded {@code 1}.
   *
   * @return the tiers
   */
  public static Arbitrary<Tier> tiers() {
    return tiers("1");
  }

  /**
   * Returns Key Features catalogs of one to three tiers.
   *
   * @return the catalogs
   */
  public static Arbitrary<KeyFeaturesCatalog> keyFeaturesCatalogs() {
    return Combinators.combine(Arbitraries.integers().between(1, 3),
        CatalogArbitraries.provenances(), titles()).as(List::<Object>of).flatMap(a -> {
          List<Arbitrary<Tier>> ts = new ArrayList<>();
          for (int i = 1; i <= (Integer) a.get(0); i++) {
            ts.add(tiers(Integer.toString(i)));
          }
          return Combinators.combine(ts).as(list -> KeyFeaturesCatalog.builder()
              .id(KeyFeaturesCatalog.ID).edition("generated").title((LocalizedText) a.get(2))
              .provenance((Provenance) a.get(1)).addAllTiers(list).build());
        });
  }

  /**
   * Returns action points numbered {@code number}.
   *
   * @param number the number, at least 1
   * @return the points
   */
  public static Arbitrary<ActionPoint> actionPoints(int number) {
    return Combinators.combine(titles(), CatalogArbitraries.confidences())
        .as((text, confidence) -> ActionPoint.builder().number(number).text(text)
            .confidence(confidence).build());
  }

  /**
   * Returns action points numbered 1.
   *
   * @return the points
   */
  public static Arbitrary<ActionPoint> actionPoints() {
    return actionPoints(1);
  }

  /**
   * Returns areas of action with points numbered 1, 2, 3 and so on.
   *
   * @param number the area's number
   * @return the areas
   */
  public static Arbitrary<ActionArea> actionAreas(int number) {
    return Combinators.combine(titles(), CatalogArbitraries.confidences(),
        Arbitraries.integers().between(1, 4)).as(List::<Object>of).flatMap(a -> {
          List<Arbitrary<ActionPoint>> ps = new ArrayList<>();
          for (int i = 1; i <= (Integer) a.get(2); i++) {
            ps.add(actionPoints(i));
          }
          return Combinators.combine(ps).as(list -> ActionArea.builder().number(number)
              .key("area-" + number).title((LocalizedText) a.get(0))
              .confidence((io.github.learningcities.lcn.model.catalog.Confidence) a.get(1))
              .addAllPoints(list).build());
        });
  }

  /**
   * Returns areas of action numbered 1.
   *
   * @return the areas
   */
  public static Arbitrary<ActionArea> actionAreas() {
    return actionAreas(1);
  }

  /**
   * Returns Guidelines catalogs of one to six areas of action.
   *
   * @return the catalogs
   */
  public static Arbitrary<GuidelinesCatalog> guidelinesCatalogs() {
    return Combinators.combine(Arbitraries.integers().between(1, 6),
        CatalogArbitraries.provenances(), titles()).as(List::<Object>of).flatMap(a -> {
          List<Arbitrary<ActionArea>> as = new ArrayList<>();
          for (int i = 1; i <= (Integer) a.get(0); i++) {
            as.add(actionAreas(i));
          }
          return Combinators.combine(as).as(list -> GuidelinesCatalog.builder()
              .id(GuidelinesCatalog.ID).edition("generated").title((LocalizedText) a.get(2))
              .provenance((Provenance) a.get(1)).addAllAreas(list).build());
        });
  }

  /**
   * Returns outcome documents of the given year.
   *
   * @param year the year of the conference
   * @param key the document key, a lowercase slug
   * @return the documents
   */
  public static Arbitrary<OutcomeDocument> outcomeDocuments(Year year, String key) {
    return Combinators.combine(titles(), Arbitraries.integers().between(1, 20).optional(),
        CatalogArbitraries.confidences())
        .as((title, commitments, confidence) -> OutcomeDocument.builder().key(key)
            .title(title).year(year)
            .commitments(commitments.map(OptionalInt::of).orElse(OptionalInt.empty()))
            .commitmentUnit(commitments.map(c -> "commitments"))
            .confidence(confidence).build());
  }

  /**
   * Returns outcome documents of 2017.
   *
   * @return the documents
   */
  public static Arbitrary<OutcomeDocument> outcomeDocuments() {
    return outcomeDocuments(Year.of(2017), "cork-call");
  }

  /**
   * Returns the {@code number}-th conference, held in the given year.
   *
   * @param number the conference number
   * @param year the year
   * @return the conferences
   */
  public static Arbitrary<LearningCitiesConference> conferences(int number, int year) {
    return Combinators.combine(Arbitraries.integers().between(1, 300),
        Arbitraries.integers().between(0, 3), CityArbitraries.cities(),
        PlaceArbitraries.countryCodes(), titles(), CatalogArbitraries.confidences(),
        Arbitraries.integers().between(0, 2))
        .as(List::<Object>of).flatMap(a -> {
          LocalDate start = LocalDate.ofYearDay(year, (Integer) a.get(0));
          List<Arbitrary<OutcomeDocument>> docs = new ArrayList<>();
          for (int i = 0; i < (Integer) a.get(6); i++) {
            docs.add(outcomeDocuments(Year.of(year), "iclc" + number + "-document-" + (i + 1)));
          }
          return Combinators.combine(docs).as(list -> LearningCitiesConference.builder()
              .number(number).startDate(start).endDate(start.plusDays((Integer) a.get(1)))
              .hostCity(((io.github.learningcities.lcn.model.city.City) a.get(2)).name())
              .country((CountryCode) a.get(3)).theme((LocalizedText) a.get(4))
              .confidence((io.github.learningcities.lcn.model.catalog.Confidence) a.get(5))
              .addAllOutcomeDocuments(list).build());
        });
  }

  /**
   * Returns first conferences, held in 2013.
   *
   * @return the conferences
   */
  public static Arbitrary<LearningCitiesConference> conferences() {
    return conferences(1, 2013);
  }

  /**
   * Returns catalogs of one to five conferences, one every two years from 2013.
   *
   * @return the catalogs
   */
  public static Arbitrary<ConferencesCatalog> conferencesCatalogs() {
    return Combinators.combine(Arbitraries.integers().between(1, 5),
        CatalogArbitraries.provenances(), titles()).as(List::<Object>of).flatMap(a -> {
          List<Arbitrary<LearningCitiesConference>> cs = new ArrayList<>();
          for (int i = 1; i <= (Integer) a.get(0); i++) {
            cs.add(conferences(i, 2011 + 2 * i));
          }
          return Combinators.combine(cs).as(list -> ConferencesCatalog.builder()
              .id(ConferencesCatalog.ID).edition("generated").title((LocalizedText) a.get(2))
              .provenance((Provenance) a.get(1)).addAllConferences(list).build());
        });
  }

  /**
   * Returns UNESCO regions with distinct member states.
   *
   * @return the regions
   */
  public static Arbitrary<UnescoRegion> unescoRegions() {
    return Combinators.combine(Arbitraries.of("europe-north-america", "africa", "arab-states",
            "asia-pacific", "latin-america-caribbean"), titles(),
        CatalogArbitraries.confidences(),
        PlaceArbitraries.countryCodes().list().ofMaxSize(6).uniqueElements(),
        CatalogArbitraries.confidences())
        .as((code, name, confidence, members, membersConfidence) -> UnescoRegion.builder()
            .code(code).name(name).confidence(confidence).addAllMemberStates(members)
            .memberStatesConfidence(membersConfidence).build());
  }

  /**
   * Returns regions catalogs in which every country is in one region only.
   *
   * @return the catalogs
   */
  public static Arbitrary<RegionsCatalog> regionsCatalogs() {
    return Combinators.combine(
        PlaceArbitraries.countryCodes().list().ofMaxSize(12).uniqueElements(),
        Arbitraries.integers().between(1, 4), CatalogArbitraries.provenances(), titles())
        .as((countries, n, provenance, title) -> {
          List<UnescoRegion> regions = new ArrayList<>();
          for (int r = 0; r < n; r++) {
            List<CountryCode> members = new ArrayList<>();
            for (int i = r; i < countries.size(); i += n) {
              members.add(countries.get(i));
            }
            regions.add(UnescoRegion.builder().code("region-" + (r + 1))
                .name(LocalizedText.of(LocalizedText.ENGLISH, "Region " + (r + 1)))
                .confidence(io.github.learningcities.lcn.model.catalog.Confidence.PROBABLE)
                .addAllMemberStates(members)
                .memberStatesConfidence(
                    io.github.learningcities.lcn.model.catalog.Confidence.PROBABLE)
                .build());
          }
          return RegionsCatalog.builder().id(RegionsCatalog.ID)
              .edition("generated-" + n).title(title).provenance(provenance)
              .addAllRegions(regions).addUnofficialTranslations(Locale.ENGLISH.toLanguageTag())
              .build();
        });
  }

  @SuppressWarnings("unchecked")
  private static java.util.Optional<String> castOptional(Object o) {
    return (java.util.Optional<String>) o;
  }
}

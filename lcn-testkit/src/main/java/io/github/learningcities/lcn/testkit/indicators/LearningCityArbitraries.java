package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.indicators.learningcity.GuidelinesReadiness;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.learningcity.MaturityLevel;
import io.github.learningcities.lcn.indicators.learningcity.MeasureScale;
import io.github.learningcities.lcn.indicators.learningcity.ReadinessResults;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.ImmutableCommitment;
import io.github.learningcities.lcn.model.declaration.ImmutableDeclaration;
import io.github.learningcities.lcn.model.declaration.ProgressRecord;
import io.github.learningcities.lcn.model.declaration.ProgressStatus;
import io.github.learningcities.lcn.model.declaration.Signatory;
import io.github.learningcities.lcn.model.unesco.ActionArea;
import io.github.learningcities.lcn.model.unesco.GuidelinesCatalog;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.MeasurementKind;
import io.github.learningcities.lcn.model.unesco.SuggestedMeasurement;
import io.github.learningcities.lcn.testkit.model.CityArbitraries;
import io.github.learningcities.lcn.testkit.model.DeclarationArbitraries;
import io.github.learningcities.lcn.testkit.model.TextArbitraries;
import io.github.learningcities.lcn.testkit.model.TimeArbitraries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Learning-city scoring inputs and their results: KFLC self-assessments built from the
 * built-in Key Features catalog, readiness against the six areas of action of the built-in
 * Guidelines catalog, and progress on a generated declaration's commitments by its signatory
 * cities. Every generated assessment builds and scores; they shrink towards one city rating
 * one key feature, goalposts near 0 and no measure.
 *
 * @since 0.1.0
 */
public final class LearningCityArbitraries {

  private LearningCityArbitraries() {}

  /**
   * Returns maturity levels, shrinking towards {@link MaturityLevel#NOT_STARTED}.
   *
   * @return the levels
   */
  public static Arbitrary<MaturityLevel> maturityLevels() {
    return Arbitraries.of(MaturityLevel.class);
  }

  /**
   * Returns scales that fit a measure of the given direction: goalposts, or a target on the
   * better side of the worst value (for a higher-is-better measure at times {@link
   * MeasureScale#target(double)}, the share of a positive target).
   *
   * @param direction +1 (higher is better) or -1 (lower is better)
   * @return the scales, from -100 to 2000 in the measure's unit, at least 1 wide
   */
  public static Arbitrary<MeasureScale> measureScales(int direction) {
    Arbitrary<Double> lower = Arbitraries.doubles().between(-100, 1000).ofScale(1);
    Arbitrary<Double> width = Arbitraries.doubles().between(1, 1000).ofScale(1);
    Arbitrary<MeasureScale> goalposts = Combinators.combine(lower, width)
        .as((l, w) -> MeasureScale.goalposts(l, l + w));
    if (direction > 0) {
      return Arbitraries.oneOf(goalposts,
          width.map(MeasureScale::target),
          Combinators.combine(lower, width).as((l, w) -> MeasureScale.target(l + w, l)));
    }
    return Arbitraries.oneOf(goalposts,
        Combinators.combine(lower, width).as((l, w) -> MeasureScale.target(l, l + w)));
  }

  /**
   * Returns scales for measures of either direction.
   *
   * @return the scales
   */
  public static Arbitrary<MeasureScale> measureScales() {
    return Arbitraries.of(1, -1).flatMap(LearningCityArbitraries::measureScales);
  }

  /**
   * Returns KFLC self-assessments against the built-in catalog: up to {@code maxCities}
   * distinct Ukrainian cities, up to {@code maxFeatures} key features rated with a maturity
   * level by some of the cities, and up to {@code maxMeasures} quantitative measures with a
   * scale that fits their direction and values for some cities (a quarter of the scale's width
   * beyond the goalposts at most). The first city always rates the first chosen feature, so
   * that the assessment has data.
   *
   * @param maxCities the largest number of cities, at least 1
   * @param maxFeatures the largest number of rated key features, at least 1
   * @param maxMeasures the largest number of measures with values
   * @return the assessments
   */
  public static Arbitrary<KflcAssessment> kflcAssessments(int maxCities, int maxFeatures,
      int maxMeasures) {
    KeyFeaturesCatalog catalog = KeyFeaturesCatalog.builtIn();
    List<KeyFeature> features = catalog.features();
    List<SuggestedMeasurement> quantitative = catalog.measurements().stream()
        .filter(m -> m.kind() == MeasurementKind.QUANTITATIVE).toList();
    Arbitrary<Set<SuggestedMeasurement>> measures = quantitative.isEmpty() || maxMeasures < 1
        ? Arbitraries.just(Set.of())
        : Arbitraries.of(quantitative).set().ofMaxSize(Math.min(maxMeasures,
            quantitative.size()));
    return Combinators.combine(CityArbitraries.distinctCities(1, maxCities),
        Arbitraries.of(features).set().ofMinSize(1).ofMaxSize(Math.min(maxFeatures,
            features.size())), measures)
        .as(Tuple::of)
        .flatMap(t -> {
          List<City> cities = t.get1();
          List<KeyFeature> rated = features.stream().filter(t.get2()::contains).toList();
          List<SuggestedMeasurement> measured = quantitative.stream()
              .filter(t.get3()::contains).toList();
          Arbitrary<List<Optional<MaturityLevel>>> levels = Combinators.combine(
              maturityLevels(), maturityLevels().optional(0.7).list()
                  .ofSize(cities.size() * rated.size() - 1))
              .as((first, rest) -> {
                List<Optional<MaturityLevel>> all = new ArrayList<>();
                all.add(Optional.of(first));
                all.addAll(rest);
                return all;
              });
          List<Arbitrary<MeasureData>> data = new ArrayList<>();
          for (SuggestedMeasurement m : measured) {
            data.add(measureScales(m.direction()).flatMap(s -> {
              double slack = (s.upper() - s.lower()) / 4;
              // Bounds on the values' scale of two decimals, as jqwik requires.
              double from = Math.floor((s.lower() - slack) * 100) / 100;
              double to = Math.ceil((s.upper() + slack) * 100) / 100;
              return Arbitraries.doubles().between(from, to)
                  .ofScale(2).optional(0.8).list().ofSize(cities.size())
                  .map(vs -> new MeasureData(m.code(), s, vs));
            }));
          }
          return Combinators.combine(levels, all(data)).as((ls, ds) -> {
            KflcAssessment.Builder b = KflcAssessment.builder(catalog);
            for (City c : cities) {
              b.city(c.id(), c.names().first());
            }
            int k = 0;
            for (City c : cities) {
              for (KeyFeature f : rated) {
                Optional<MaturityLevel> level = ls.get(k++);
                if (level.isPresent()) {
                  b.maturity(c.id(), f.code(), level.get());
                }
              }
            }
            for (MeasureData d : ds) {
              b.measure(d.code(), d.scale());
              for (int i = 0; i < cities.size(); i++) {
                Optional<Double> v = d.values().get(i);
                if (v.isPresent()) {
                  b.value(cities.get(i).id(), d.code(), v.get());
                }
              }
            }
            return b.build();
          });
        });
  }

  /**
   * Returns KFLC self-assessments of up to 6 cities, 8 key features and 4 measures.
   *
   * @return the assessments
   */
  public static Arbitrary<KflcAssessment> kflcAssessments() {
    return kflcAssessments(6, 8, 4);
  }

  /**
   * Returns the results of scoring generated self-assessments with the nominal pipeline.
   *
   * @return the results
   */
  public static Arbitrary<KflcResults> kflcResults() {
    return kflcAssessments().map(KflcAssessment::score);
  }

  /**
   * Returns readiness assessments against the built-in Guidelines catalog: up to {@code
   * maxCities} distinct cities that each rate some of the action points (with a maturity level;
   * a met point is rated embedded, a point not met not started). The first city always rates
   * the first point.
   *
   * @param maxCities the largest number of cities, at least 1
   * @return the assessments
   */
  public static Arbitrary<GuidelinesReadiness> guidelinesReadiness(int maxCities) {
    GuidelinesCatalog catalog = GuidelinesCatalog.builtIn();
    List<int[]> points = new ArrayList<>();
    for (ActionArea a : catalog.areas()) {
      for (int p = 1; p <= a.points().size(); p++) {
        points.add(new int[] {a.number(), p});
      }
    }
    return CityArbitraries.distinctCities(1, maxCities).flatMap(cities -> Combinators.combine(
        maturityLevels(), maturityLevels().optional(0.6).list()
            .ofSize(cities.size() * points.size() - 1))
        .as((first, rest) -> {
          GuidelinesReadiness.Builder b = GuidelinesReadiness.builder(catalog);
          for (City c : cities) {
            b.city(c.id(), c.names().first());
          }
          b.rate(cities.get(0).id(), points.get(0)[0], points.get(0)[1], first);
          int k = 0;
          for (int ci = 0; ci < cities.size(); ci++) {
            for (int pi = 0; pi < points.size(); pi++) {
              if (ci == 0 && pi == 0) {
                continue;
              }
              Optional<MaturityLevel> level = rest.get(k++);
              if (level.isPresent()) {
                b.rate(cities.get(ci).id(), points.get(pi)[0], points.get(pi)[1], level.get());
              }
            }
          }
          return b.build();
        }));
  }

  /**
   * Returns readiness assessments of up to 6 cities.
   *
   * @return the assessments
   */
  public static Arbitrary<GuidelinesReadiness> guidelinesReadiness() {
    return guidelinesReadiness(6);
  }

  /**
   * Returns the results of scoring generated readiness assessments.
   *
   * @return the results
   */
  public static Arbitrary<ReadinessResults> readinessResults() {
    return guidelinesReadiness().map(GuidelinesReadiness::score);
  }

  /**
   * Returns declarations with 1 to {@code maxSignatories} signatory cities and 1 to {@code
   * maxCommitments} commitments whose progress records (in date order, on or after the
   * declaration's date) are each by a signatory city or, at times, by the network as a whole.
   *
   * @param maxSignatories the largest number of signatories, at least 1
   * @param maxCommitments the largest number of commitments, at least 1
   * @return the declarations
   */
  public static Arbitrary<Declaration> declarationsWithProgress(int maxSignatories,
      int maxCommitments) {
    return DeclarationArbitraries.declarations(maxSignatories, maxCommitments)
        .filter(d -> !d.commitments().isEmpty() && !d.signatories().isEmpty())
        .flatMap(d -> {
          List<CityId> signatories = d.signatories().stream().map(Signatory::city).toList();
          List<Arbitrary<Commitment>> commitments = new ArrayList<>();
          for (Commitment c : d.commitments()) {
            commitments.add(progressRecords(d, signatories).list().ofMaxSize(6).map(rs -> {
              List<ProgressRecord> sorted = new ArrayList<>(rs);
              sorted.sort(Comparator.comparing(ProgressRecord::date));
              return ImmutableCommitment.copyOf(c).withProgress(sorted);
            }));
          }
          return all(commitments).map(cs -> (Declaration) ImmutableDeclaration.copyOf(d)
              .withCommitments(cs));
        });
  }

  private static Arbitrary<ProgressRecord> progressRecords(Declaration d, List<CityId> cities) {
    return Combinators.combine(TimeArbitraries.gaps(3650), Arbitraries.of(ProgressStatus.class),
        Arbitraries.of(cities).optional(0.9), TextArbitraries.localizedTexts())
        .as((gap, status, city, text) -> ProgressRecord.builder().date(d.date().plusDays(gap))
            .status(status).city(city).description(text).build());
  }

  /**
   * Returns the progress of a generated declaration's signatory cities (see {@link
   * #declarationsWithProgress(int, int)}) on all its records; at times other member cities
   * without any record join them.
   *
   * @return the progress
   */
  public static Arbitrary<CommitmentProgress> commitmentProgress() {
    return Combinators.combine(declarationsWithProgress(8, 5),
        CityArbitraries.cityIds().list().ofMaxSize(2))
        .as((d, others) -> {
          Set<CityId> members = new LinkedHashSet<>();
          d.signatories().forEach(s -> members.add(s.city()));
          members.addAll(others);
          return CommitmentProgress.of(d, members);
        });
  }

  private static <T> Arbitrary<List<T>> all(List<Arbitrary<T>> parts) {
    return parts.isEmpty() ? Arbitraries.just(List.of())
        : Combinators.combine(parts).as(List::copyOf);
  }

  /** One measure's scale and each city's optional value. */
  private record MeasureData(String code, MeasureScale scale, List<Optional<Double>> values) {}
}

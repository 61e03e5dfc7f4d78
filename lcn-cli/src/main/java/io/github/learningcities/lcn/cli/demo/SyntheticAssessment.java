package io.github.learningcities.lcn.cli.demo;

import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.MeasureScale;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.ImmutableCommitment;
import io.github.learningcities.lcn.model.declaration.ImmutableDeclaration;
import io.github.learningcities.lcn.model.declaration.ProgressRecord;
import io.github.learningcities.lcn.model.declaration.ProgressStatus;
import io.github.learningcities.lcn.model.declaration.Signatory;
import io.github.learningcities.lcn.model.text.LocalizedText;
import io.github.learningcities.lcn.model.unesco.Area;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.MeasurementKind;
import io.github.learningcities.lcn.model.unesco.SuggestedMeasurement;
import io.github.learningcities.lcn.model.unesco.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An illustrative, SYNTHETIC Key Features of Learning Cities self-assessment of the Melitopol
 * Declaration's signatory cities, and synthetic progress records on the declaration's
 * commitments. Nothing here was measured: the numbers are drawn from a seeded generator so that
 * the demo shows every part of the SDK on the built-in network and declaration. The same seed
 * gives the same data on every machine ({@link SplittableRandom} is specified exactly).
 *
 * <p>Each city draws an overall propensity, each of its areas a deviation from it, and each key
 * feature a maturity level from the two plus noise; about one feature in twenty-five is left
 * unrated (missing, not zero). Measures in percent get values from the same propensities on
 * goalposts 0 and 100, with about one value in twelve missing.
 *
 * @since 0.1.0
 */
public final class SyntheticAssessment {

  /** The label that marks every synthetic value, file and report. */
  public static final String LABEL = "SYNTHETIC";

  /**
   * The mark of synthetic data in a report's language, for titles and captions.
   *
   * @param language {@code "uk"} or {@code "en"}
   * @return {@value #LABEL} in English, its Ukrainian equivalent otherwise
   */
  public static String label(String language) {
    return language.equals("uk") ? "СИНТЕТИЧНІ ДАНІ" : LABEL;
  }

  /** The default seed: the date of the Melitopol Declaration, 27 October 2017. */
  public static final long DEFAULT_SEED = 20171027L;

  /** The date the synthetic commitment progress is assessed on. */
  public static final LocalDate PROGRESS_DATE = LocalDate.of(2019, 10, 27);

  private final UkrainianNetwork data;
  private final long seed;
  private final Map<CityId, Double> propensity = new LinkedHashMap<>();
  private final List<CityId> cities;

  private SyntheticAssessment(UkrainianNetwork data, long seed) {
    this.data = data;
    this.seed = seed;
    this.cities = data.declaration().signatories().stream().map(Signatory::city).distinct()
        .toList();
    SplittableRandom random = new SplittableRandom(seed);
    for (CityId city : cities) {
      propensity.put(city, 0.15 + 0.7 * random.nextDouble());
    }
  }

  /**
   * Returns the generator for a seed.
   *
   * @param data the built-in Ukrainian network data
   * @param seed the seed
   * @return the generator
   */
  public static SyntheticAssessment of(UkrainianNetwork data, long seed) {
    return new SyntheticAssessment(data, seed);
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the signatory cities, in the declaration's order.
   *
   * @return the cities
   */
  public List<CityId> cities() {
    return cities;
  }

  /**
   * Returns a city's name in a language, or its identifier when the city is not in the
   * built-in data.
   *
   * @param city the city
   * @param language {@code "uk"} or {@code "en"}
   * @return the name
   */
  public String cityName(CityId city, String language) {
    return data.city(city).map(c -> c.names().in(language)).orElse(city.value());
  }

  /**
   * Generates the self-assessment.
   *
   * @param catalog the key features catalog
   * @param language the language of the city names
   * @return the synthetic assessment
   */
  public KflcAssessment assessment(KeyFeaturesCatalog catalog, String language) {
    KflcAssessment.Builder b = KflcAssessment.builder(catalog);
    for (CityId city : cities()) {
      b.city(city, cityName(city, language));
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x4B464C43L);
    for (Tier tier : catalog.tiers()) {
      for (Area area : tier.areas()) {
        for (KeyFeature f : area.features()) {
          for (SuggestedMeasurement m : f.measurements()) {
            if (isPercent(m)) {
              b.measure(m.code(), MeasureScale.goalposts(0, 100));
            }
          }
        }
      }
    }
    for (CityId city : cities) {
      double p = propensity.get(city);
      for (Tier tier : catalog.tiers()) {
        for (Area area : tier.areas()) {
          double areaEffect = 0.12 * random.nextGaussian();
          for (KeyFeature f : area.features()) {
            double level = 4 * (p + areaEffect + 0.12 * random.nextGaussian());
            if (random.nextInt(25) != 0) {
              b.maturity(city, f.code(), (int) Math.max(0, Math.min(4, Math.round(level))));
            }
            for (SuggestedMeasurement m : f.measurements()) {
              if (!isPercent(m)) {
                continue;
              }
              double good = 100 * (p + areaEffect + 0.1 * random.nextGaussian());
              good = Math.max(0, Math.min(100, good));
              double value = m.direction() < 0 ? 100 - good : good;
              if (random.nextInt(12) != 0) {
                b.value(city, m.code(), Math.round(value * 10) / 10.0);
              }
            }
          }
        }
      }
    }
    return b.build();
  }

  /**
   * Whether a measurement gets synthetic values: a quantitative one in percent. Tested on the
   * measurement itself rather than by looking it up (with deep equality) in a list of the ones
   * found so far, as every city visits every measurement.
   */
  private static boolean isPercent(SuggestedMeasurement m) {
    return m.kind() == MeasurementKind.QUANTITATIVE && m.unit().orElse("").equals("%");
  }

  /**
   * Returns the declaration with synthetic progress records: for each signatory city and each
   * commitment, one record dated between the declaration and {@link #PROGRESS_DATE}, its
   * description marked {@value #LABEL}; about one pair in ten has no record.
   *
   * @return the declaration with synthetic progress
   */
  public Declaration declarationWithProgress() {
    Declaration d = data.declaration();
    SplittableRandom random = new SplittableRandom(seed ^ 0x50524F47L);
    List<Commitment> commitments = new ArrayList<>();
    for (Commitment c : d.commitments()) {
      List<ProgressRecord> records = new ArrayList<>(c.progress());
      for (CityId city : cities()) {
        double p = propensity.get(city);
        double u = p + 0.25 * random.nextGaussian();
        boolean recorded = random.nextInt(10) != 0;
        if (!recorded) {
          continue;
        }
        ProgressStatus status = u < 0.2 ? ProgressStatus.NOT_STARTED
            : u < 0.4 ? ProgressStatus.IN_PROGRESS
            : u < 0.7 ? ProgressStatus.PARTIALLY_ACHIEVED
            : ProgressStatus.ACHIEVED;
        if (random.nextInt(40) == 0) {
          status = ProgressStatus.ABANDONED;
        }
        LocalDate date = d.date().plusDays(30 + random.nextInt(690));
        records.add(ProgressRecord.builder()
            .date(date)
            .status(status)
            .city(city)
            .description(LocalizedText.ukrainianAndEnglish(
                "СИНТЕТИЧНІ дані (SYNTHETIC), лише для демонстрації",
                "SYNTHETIC record for the demonstration only"))
            .build());
      }
      records.sort((a, b) -> a.date().compareTo(b.date()));
      commitments.add(ImmutableCommitment.copyOf(c).withProgress(records));
    }
    return ImmutableDeclaration.copyOf(d).withCommitments(commitments);
  }
}

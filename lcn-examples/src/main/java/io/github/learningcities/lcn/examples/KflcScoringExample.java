package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.learningcity.MaturityLevel;
import io.github.learningcities.lcn.indicators.learningcity.MeasureScale;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.model.unesco.Tier;

/**
 * Scores three cities of a network with the UNESCO Key Features of Learning Cities: a
 * self-assessment of maturity levels (0 not started to 4 embedded) on a few features and one
 * quantitative measure with goalposts, scored per tier and overall, with rank intervals from
 * an uncertainty analysis. The values are illustrative, not measurements.
 */
public final class KflcScoringExample {
  private KflcScoringExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    KeyFeaturesCatalog kflc = KeyFeaturesCatalog.builtIn();
    CityId melitopol = CityId.of("ua-melitopol");
    CityId nikopol = CityId.of("ua-nikopol");
    CityId sumy = CityId.of("ua-sumy");
    KflcResults results = KflcAssessment.builder(kflc)
        .city(melitopol, "Melitopol").city(nikopol, "Nikopol").city(sumy, "Sumy")
        .maturity(melitopol, "1.1.a", MaturityLevel.EMBEDDED)
        .maturity(nikopol, "1.1.a", MaturityLevel.ESTABLISHED)
        .maturity(sumy, "1.1.a", MaturityLevel.INITIATED)
        .maturity(melitopol, "2.1.a", MaturityLevel.ESTABLISHED)
        .maturity(nikopol, "2.1.a", MaturityLevel.PLANNED)
        .maturity(sumy, "2.1.a", MaturityLevel.EMBEDDED)
        .maturity(melitopol, "3.1.a", MaturityLevel.INITIATED)
        .maturity(nikopol, "3.1.a", MaturityLevel.INITIATED)
        .maturity(sumy, "3.1.a", MaturityLevel.ESTABLISHED)
        .measure("1.1.a.1", MeasureScale.goalposts(80, 100))
        .value(melitopol, "1.1.a.1", 97.5).value(nikopol, "1.1.a.1", 92.0)
        .value(sumy, "1.1.a.1", 99.1)
        .build().score();

    for (CityId city : results.assessment().cities()) {
      StringBuilder line = new StringBuilder(city.value()).append(": overall ")
          .append(format(results.overall(city).orElseThrow()))
          .append(", rank ").append(results.rank(city).orElseThrow());
      for (Tier tier : kflc.tiers()) {
        results.tier(city, tier.code()).ifPresent(s ->
            line.append(", tier ").append(tier.code()).append(' ').append(format(s)));
      }
      System.out.println(line);
    }
    System.out.println("rank intervals (200 samples, seed 7):");
    for (UnitUncertainty u : results.uncertainty(200, 7L).units()) {
      System.out.printf("  %s median %.1f [%.1f, %.1f]%n", u.unit(), u.medianRank(),
          u.rankQ05(), u.rankQ95());
    }
  }

  private static String format(double score) {
    return String.format(java.util.Locale.ROOT, "%.1f", score);
  }
}

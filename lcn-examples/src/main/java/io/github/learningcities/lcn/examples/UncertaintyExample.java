package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * An uncertainty and sensitivity analysis of COINr's ASEM index, as the JRC audits composite
 * indicators: normalisation (min-max or z-score), aggregation (arithmetic or geometric) and
 * noisy indicator weights, 256 Sobol points, seed 42; prints the rank interval of the ten
 * best-ranked countries and the Sobol indices of the factors.
 */
public final class UncertaintyExample {
  private UncertaintyExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   * @throws IOException if the bundled tables cannot be read
   */
  public static void main(String[] args) throws IOException {
    CoinrInput in = CoinrAsemExample.asem();
    Results nominal = Engine.standard().run(in.framework(), in.dataset(),
        in.pipeline().withNormalisation(Normalisation.minMax(1, 100)));
    UncertaintySpec spec = UncertaintySpec.of(List.of(
            Factor.normalisation("normalisation",
                List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
            Factor.aggregation("aggregation",
                List.of(Aggregation.arithmetic(), Aggregation.geometric())),
            Factor.weightNoise("indicator weights", 1, 0.25, 100)),
        256, 42L).withSensitivity();
    UncertaintyResult result = UncertaintyAnalysis.run(Engine.standard(), nominal, spec);
    System.out.println("unit nominal median [5%, 95%]");
    result.units().stream()
        .sorted(Comparator.comparingInt(u -> u.nominalRank().orElse(Integer.MAX_VALUE)))
        .limit(10)
        .forEach(UncertaintyExample::print);
    for (SobolIndices s : result.sensitivity().orElseThrow().meanAbsoluteRankChange()) {
      System.out.printf("%s: first-order %.3f [%.3f, %.3f], total %.3f%n", s.factor(),
          s.first(), s.firstLow(), s.firstHigh(), s.total());
    }
    System.out.println(result.failures().size() + " failed replications of "
        + result.replications().size());
  }

  private static void print(UnitUncertainty u) {
    System.out.printf("%s %d %.1f [%.1f, %.1f]%n", u.unit(), u.nominalRank().orElseThrow(),
        u.medianRank(), u.rankQ05(), u.rankQ95());
  }
}

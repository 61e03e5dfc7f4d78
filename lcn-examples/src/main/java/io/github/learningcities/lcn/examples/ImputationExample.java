package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imputation of COINr's ASEM data (which has missing cells) by column mean,
 * expectation-maximisation, 5 nearest neighbours and regression: prints how many cells each
 * method filled and the index's rank of the countries with imputed cells under each; then
 * multiple imputation (20 replications of stochastic EM) as an uncertainty factor, 200 Sobol
 * points, seed 11, and the five countries whose rank rests most on their missing data.
 *
 * @since 0.1.0
 */
public final class ImputationExample {
  private ImputationExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   * @throws IOException if the bundled tables cannot be read
   */
  public static void main(String[] args) throws IOException {
    CoinrInput in = CoinrAsemExample.asem();
    Pipeline base = in.pipeline().withNormalisation(Normalisation.minMax(1, 100));
    String index = in.framework().root().code();
    List<Imputation> methods = List.of(Imputation.mean(), Imputation.expectationMaximisation(),
        Imputation.nearestNeighbours(5), Imputation.regression());
    Results nominal = null;
    for (Imputation m : methods) {
      Results r = Engine.standard().run(in.framework(), in.dataset(), base.withImputation(m));
      Set<String> units = new HashSet<>();
      r.diagnostics().imputedCells().forEach(c -> units.add(c.unit()));
      System.out.printf("%s: %d cells imputed in %d units%n", m.method(),
          r.diagnostics().imputedCells().size(), units.size());
      if (m.method().equals("em")) {
        nominal = r;
      }
    }
    UncertaintySpec spec = UncertaintySpec.of(List.of(Factor.imputation("imputation",
        Imputation.multiple(Imputation.expectationMaximisation(), 20))), 200, 11L);
    UncertaintyResult result = UncertaintyAnalysis.run(Engine.standard(), nominal, spec);
    System.out.println("multiple imputation: unit nominal [5%, 95%] of " + index);
    result.units().stream()
        .sorted(Comparator.comparingDouble((UnitUncertainty u) -> u.rankQ95() - u.rankQ05())
            .reversed().thenComparing(UnitUncertainty::unit))
        .limit(5)
        .forEach(u -> System.out.printf("%s %d [%.0f, %.0f]%n", u.unit(),
            u.nominalRank().orElseThrow(), u.rankQ05(), u.rankQ95()));
    System.out.println(result.failures().size() + " failed replications of "
        + result.replications().size());
  }
}

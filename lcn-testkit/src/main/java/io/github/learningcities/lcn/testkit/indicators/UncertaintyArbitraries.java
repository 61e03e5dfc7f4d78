package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Uncertainty specifications (factors over imputation, normalisation, aggregation and
 * weighting, with weight noise) whose alternatives all run on the cases of
 * {@link ScoringCases#cases()}, and the results of running them.
 *
 * @since 0.1.0
 */
public final class UncertaintyArbitraries {

  private UncertaintyArbitraries() {}

  /**
   * Returns single factors of every kind.
   *
   * @return the factors
   */
  public static Arbitrary<Factor> factors() {
    return Arbitraries.of(
        Factor.imputation("imputation", List.of(Imputation.none(), Imputation.mean())),
        Factor.normalisation("normalisation", List.of(Normalisation.minMax(1, 100),
            Normalisation.rank())),
        Factor.aggregation("aggregation", List.of(Aggregation.arithmetic(),
            Aggregation.geometric())),
        Factor.weighting("weighting", List.of(Weighting.fromFramework(), Weighting.equal())),
        Factor.weightNoise("weights", 1, 0.25, 4));
  }

  /**
   * Returns specifications of one to five distinctly named factors, 2 to 16 samples, any seed
   * and either sampling, on one thread.
   *
   * @return the specifications
   */
  public static Arbitrary<UncertaintySpec> specs() {
    return Combinators.combine(factors().list().ofMinSize(1).ofMaxSize(5)
            .uniqueElements(Factor::name), Arbitraries.integers().between(2, 16),
        Arbitraries.longs(), Arbitraries.of(UncertaintySpec.Sampling.class),
        Arbitraries.of(false, true), Arbitraries.integers().between(0, 50))
        .as((factors, samples, seed, sampling, sensitivity, bootstrap) -> {
          List<Factor> fs = new ArrayList<>(factors);
          UncertaintySpec spec = new UncertaintySpec(fs, samples, seed, sampling, sensitivity,
              Optional.empty(), 1, bootstrap, 0.9);
          return spec;
        });
  }

  /**
   * Returns the results of small uncertainty analyses of generated cases.
   *
   * @return the results
   */
  public static Arbitrary<UncertaintyResult> results() {
    return Combinators.combine(ScoringCases.cases(), specs())
        .as((c, spec) -> UncertaintyAnalysis.run(Engine.standard(), c.run(), spec));
  }
}

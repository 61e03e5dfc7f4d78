package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Uncertainty specifications (factors of every kind: alternatives of imputation (among them
 * the replications of multiple imputation), normalisation,
 * aggregation and weighting, values of a parameter as texts, numbers or flags, ranges, and
 * weight noise), and the results of running those that fit the nominal pipeline of the cases
 * of {@link ScoringCases#cases()}.
 *
 * @since 0.1.0
 */
public final class UncertaintyArbitraries {

  private UncertaintyArbitraries() {}

  private static final List<Factor> FACTORS = List.of(
      Factor.imputation("imputation", List.of(Imputation.none(), Imputation.mean())),
      Factor.imputation("multiple imputation",
          Imputation.multiple(Imputation.regression(), 3)),
      Factor.normalisation("normalisation", List.of(Normalisation.minMax(1, 100),
          Normalisation.rank())),
      Factor.aggregation("aggregation", List.of(Aggregation.arithmetic(),
          Aggregation.geometric())),
      Factor.weighting("weighting", List.of(Weighting.fromFramework(), Weighting.equal())),
      Factor.weightNoise("weights", 1, 0.25, 4),
      Factor.values("group", Step.IMPUTATION, "group",
          List.of(DatasetArbitraries.SIZE_GROUP, DatasetArbitraries.REGION_GROUP)),
      Factor.values("power", Step.AGGREGATION, "p", List.of(0.5, 2.0)),
      Factor.values("cap", Step.NORMALISATION, "cap", List.of(false, true)),
      Factor.range("upper", Step.NORMALISATION, "upper", 50, 100, false),
      Factor.range("winmax", Step.TREATMENT, "winmax", 1, 5, true));

  /**
   * Returns single factors of every kind: alternatives of imputation, normalisation,
   * aggregation and weighting; values of a parameter (texts, numbers, flags); a range of
   * numbers and one of whole numbers; weight noise at the indicators' level.
   *
   * @return the factors
   */
  public static Arbitrary<Factor> factors() {
    return Arbitraries.of(FACTORS);
  }

  /**
   * Returns specifications of one to five distinctly named factors of every kind, 2 to 16
   * samples, any seed, either sampling, with or without sensitivity, the root or another node,
   * any thread count and 0 to 50 bootstrap resamples. They are values, not necessarily
   * runnable on a given nominal pipeline: see {@link #specs(Pipeline)}.
   *
   * @return the specifications
   */
  public static Arbitrary<UncertaintySpec> specs() {
    return Combinators.combine(specs(factors()),
        Arbitraries.of(Optional.<String>empty(), Optional.of("P1")),
        Arbitraries.integers().between(0, 4),
        Arbitraries.of(0.5, 0.8, 0.9, 0.95))
        .as((spec, node, threads, confidence) -> new UncertaintySpec(spec.factors(),
            spec.samples(), spec.seed(), spec.sampling(), spec.sensitivity(), node, threads,
            spec.bootstrap(), confidence));
  }

  /**
   * Returns specifications of the root that fit a nominal pipeline (a factor that varies a
   * parameter only when the nominal step has it), with 2 to 16 samples, any seed, either
   * sampling, with or without sensitivity, 0 to 50 bootstrap resamples and one thread.
   *
   * @param nominal the nominal pipeline
   * @return the specifications
   */
  public static Arbitrary<UncertaintySpec> specs(Pipeline nominal) {
    return specs(Arbitraries.of(FACTORS.stream().filter(f -> fits(f, nominal)).toList()));
  }

  private static Arbitrary<UncertaintySpec> specs(Arbitrary<Factor> factors) {
    return Combinators.combine(factors.list().ofMinSize(1).ofMaxSize(5)
            .uniqueElements(Factor::name).filter(UncertaintyArbitraries::compatible),
        Arbitraries.integers().between(2, 16),
        Arbitraries.longs(), Arbitraries.of(UncertaintySpec.Sampling.class),
        Arbitraries.of(false, true), Arbitraries.integers().between(0, 50))
        .as((fs, samples, seed, sampling, sensitivity, bootstrap) -> new UncertaintySpec(fs,
            samples, seed, sampling, sensitivity, Optional.empty(), 1, bootstrap, 0.9));
  }

  /**
   * Returns the results of small uncertainty analyses of generated cases, with Sobol indices
   * about half of the time.
   *
   * @return the results
   */
  public static Arbitrary<UncertaintyResult> results() {
    return ScoringCases.cases().flatMap(c -> {
      Results nominal = c.run();
      return specs(c.pipeline())
          .map(spec -> UncertaintyAnalysis.run(Engine.standard(), nominal, spec));
    });
  }

  /**
   * Returns the Sobol indices of small sensitivity analyses of generated cases.
   *
   * @return the sensitivities
   */
  public static Arbitrary<Sensitivity> sensitivities() {
    return ScoringCases.cases().flatMap(c -> {
      Results nominal = c.run();
      return specs(c.pipeline()).map(spec -> UncertaintyAnalysis.run(Engine.standard(),
          nominal, spec.withSensitivity()).sensitivity().orElseThrow());
    });
  }

  /**
   * Whether no factor varies a parameter of a step whose method another factor replaces (the
   * analysis refuses that: the alternatives need not take the parameter, rank takes no upper).
   */
  private static boolean compatible(List<Factor> factors) {
    for (Factor f : factors) {
      if (f.kind() == Factor.Kind.VALUES || f.kind() == Factor.Kind.RANGE) {
        for (Factor g : factors) {
          if (g.kind() == Factor.Kind.ALTERNATIVES && g.step() == f.step()
              && !(g.alternatives().get(0) instanceof Weighting)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Whether the analysis accepts the factor on the nominal pipeline. */
  private static boolean fits(Factor f, Pipeline nominal) {
    if (f.kind() != Factor.Kind.VALUES && f.kind() != Factor.Kind.RANGE) {
      return true;
    }
    Optional<Parameters> p = switch (f.step()) {
      case IMPUTATION -> nominal.imputation().map(Imputation::parameters);
      case TREATMENT -> nominal.treatment().map(Treatment::parameters);
      case NORMALISATION -> nominal.normalisation().map(Normalisation::parameters);
      case AGGREGATION -> Optional.of(nominal.aggregation().parameters());
      default -> Optional.empty();
    };
    return p.isPresent() && p.get().has(f.parameter().orElseThrow());
  }
}

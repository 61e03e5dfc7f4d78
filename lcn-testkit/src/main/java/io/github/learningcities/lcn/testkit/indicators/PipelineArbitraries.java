package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Pipeline specifications and their steps. {@link #pipelines(Framework)} only combines steps
 * that the standard engine runs on any dataset of {@link DatasetArbitraries} for that
 * framework: normalisations to a positive range (so that geometric and harmonic means are
 * defined), screening that keeps every unit, imputation by the groups the datasets carry.
 *
 * @since 0.1.0
 */
public final class PipelineArbitraries {

  private PipelineArbitraries() {}

  /**
   * Returns method parameters of numbers, texts and flags.
   *
   * @return the parameters
   */
  public static Arbitrary<Parameters> parameters() {
    return Arbitraries.maps(Arbitraries.of("lower", "upper", "p", "cap", "group"),
        Arbitraries.oneOf(Arbitraries.doubles().between(-10, 100).ofScale(1).map(d -> d),
            Arbitraries.of(true, false).map(b -> b), Arbitraries.of("size", "region")
                .map(s -> s)).map(o -> (Object) o))
        .ofMaxSize(3).map(Parameters::of);
  }

  /**
   * Returns denominations dividing the framework's indicators by the units' population.
   *
   * @return the denominations
   */
  public static Arbitrary<Denomination> denominations() {
    return Arbitraries.of(Denomination.fromFramework(),
        new Denomination(Map.of("i1", DatasetArbitraries.POPULATION), Map.of("i1", 1000.0)));
  }

  /**
   * Returns screenings that keep every unit (an availability threshold of 0).
   *
   * @return the screenings
   */
  public static Arbitrary<Screening> screenings() {
    return Arbitraries.of(Screening.Rule.class).map(rule -> new Screening(rule, 0, 0, Set.of(),
        Set.of()));
  }

  /**
   * Returns imputations that every generated dataset supports.
   *
   * @return the imputations
   */
  public static Arbitrary<Imputation> imputations() {
    return Arbitraries.of(Imputation.none(), Imputation.mean(), Imputation.median(),
        Imputation.groupMean(DatasetArbitraries.SIZE_GROUP),
        Imputation.groupMedian(DatasetArbitraries.REGION_GROUP));
  }

  /**
   * Returns the multivariate imputations (expectation-maximisation, k nearest neighbours with
   * k from 1 to 5, regression, and replications of multiple imputation). They are not among
   * {@link #imputations()}: a unit's imputed cells follow its other indicators, so raising one
   * indicator may lower an imputed one, and the monotonicity invariant does not hold for them.
   *
   * @return the imputations
   * @since 0.1.0
   */
  public static Arbitrary<Imputation> multivariateImputations() {
    Arbitrary<Imputation> knn = Arbitraries.integers().between(1, 5)
        .map(Imputation::nearestNeighbours);
    Arbitrary<Imputation> draws = Arbitraries.integers().between(1, 20).flatMap(d ->
        Arbitraries.of(Imputation.expectationMaximisation(), Imputation.regression())
            .map(i -> Imputation.multiple(i, d + 1).get(d)));
    return Arbitraries.oneOf(Arbitraries.of(Imputation.expectationMaximisation(),
        Imputation.regression()), knn, draws);
  }

  /**
   * Returns outlier treatments.
   *
   * @return the treatments
   */
  public static Arbitrary<Treatment> treatments() {
    return Arbitraries.of(Treatment.none(), Treatment.coinrDefault());
  }

  /**
   * Returns normalisations to a positive range.
   *
   * @return the normalisations
   */
  public static Arbitrary<Normalisation> positiveNormalisations() {
    return Arbitraries.of(Normalisation.minMax(1, 100), Normalisation.minMax(10, 20),
        Normalisation.rank());
  }

  /**
   * Returns weightings from the framework or equal.
   *
   * @return the weightings
   */
  public static Arbitrary<Weighting> weightings() {
    return Arbitraries.of(Weighting.fromFramework(), Weighting.equal());
  }

  /**
   * Returns data-driven weight specifications for framework level 1 (indicators): Handbook PCA
   * weights with each of Compind's variants, balanced (equal or unequal targets) and infomax
   * optimised weights (a small evaluation budget keeps properties fast).
   *
   * @return the specifications
   * @since 0.1.0
   */
  public static Arbitrary<DataWeights> dataWeights() {
    Arbitrary<DataWeights> pca = Arbitraries.of("kaiser", "one", "all", "ch")
        .map(v -> DataWeights.pca(v, 1, 1));
    Arbitrary<DataWeights> optimised = Arbitraries.of(DataWeights.balance(Map.of(), 1),
        DataWeights.infomax(1)).map(d -> d.withParameters(d.parameters()
            .with("evaluations", 400.0)));
    return Arbitraries.oneOf(pca, optimised);
  }

  /**
   * Returns weightings from the framework or equal with weights computed from the data at
   * level 1 ({@link #dataWeights()}).
   *
   * @return the weightings
   * @since 0.1.0
   */
  public static Arbitrary<Weighting> dataWeightings() {
    return Combinators.combine(weightings(), dataWeights()).as(Weighting::withDataWeights);
  }

  /**
   * Returns the default aggregation methods: means that keep positive inputs positive.
   *
   * @return the aggregations
   */
  public static Arbitrary<Aggregation> aggregations() {
    return FrameworkArbitraries.meanAggregations();
  }

  /**
   * Returns pipelines that the standard engine runs on the framework with any dataset of
   * {@link DatasetArbitraries#datasets(Framework)}.
   *
   * @param framework the framework the pipeline is for
   * @return the pipelines, shrinking towards min-max to [1, 100] and arithmetic means
   */
  public static Arbitrary<Pipeline> pipelines(Framework framework) {
    return pipelines();
  }

  /**
   * Returns pipelines that the standard engine runs on any generated framework and dataset.
   *
   * @return the pipelines
   */
  public static Arbitrary<Pipeline> pipelines() {
    return Combinators.combine(screenings().optional(), imputations().optional(),
        treatments().optional(), positiveNormalisations(), weightings(), aggregations())
        .as((screening, imputation, treatment, normalisation, weighting, aggregation) ->
            new Pipeline(Optional.empty(), screening, imputation, treatment,
                Optional.of(normalisation), weighting, aggregation));
  }
}

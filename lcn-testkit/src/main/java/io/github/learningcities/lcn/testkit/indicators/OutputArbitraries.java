package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.analysis.CronbachAlpha;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.analysis.PrincipalComponents;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.engine.Comparison;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.StrengthsAndWeaknesses;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.trend.Progress;
import io.github.learningcities.lcn.indicators.trend.Trend;
import io.github.learningcities.lcn.indicators.trend.TrendMetric;
import io.github.learningcities.lcn.indicators.trend.Trends;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * What the engine and its analyses produce, generated the only way that keeps them valid: by
 * running the engine and the analyses on generated cases.
 *
 * @since 0.1.0
 */
public final class OutputArbitraries {

  private OutputArbitraries() {}

  /**
   * Returns the results of running generated cases.
   *
   * @return the results
   */
  public static Arbitrary<Results> results() {
    return ScoringCases.cases().map(ScoringCase::run);
  }

  /**
   * Returns the diagnostics of generated runs.
   *
   * @return the diagnostics
   */
  public static Arbitrary<Diagnostics> diagnostics() {
    return results().map(Results::diagnostics);
  }

  /**
   * Returns comparisons of a run with a run normalised by rank instead.
   *
   * @return the comparisons
   */
  public static Arbitrary<Comparison> comparisons() {
    return results().map(r -> r.compareTo(Engine.standard().regenerate(r,
        r.pipeline().withNormalisation(Normalisation.rank())), FrameworkArbitraries.ROOT));
  }

  /**
   * Returns strengths and weaknesses of the first unit of generated runs.
   *
   * @return the strengths and weaknesses
   */
  public static Arbitrary<StrengthsAndWeaknesses> strengthsAndWeaknesses() {
    return results().map(r -> r.strengthsAndWeaknesses(r.units().get(0).code(), 3));
  }

  /**
   * Returns Pearson or Spearman correlations of two indicator columns.
   *
   * @return the correlations
   */
  public static Arbitrary<Correlation> correlations() {
    return Combinators.combine(DatasetArbitraries.values().list().ofMinSize(3).ofMaxSize(12),
        Arbitraries.of(CorrelationMethod.class)).as((x, method) -> {
          double[] a = x.stream().mapToDouble(Double::doubleValue).toArray();
          double[] b = new double[a.length];
          for (int i = 0; i < a.length; i++) {
            b[i] = a[(i + 1) % a.length];
          }
          return Correlation.of("x", a, "y", b, method);
        });
  }

  /**
   * Returns correlation matrices of the indicators of generated datasets.
   *
   * @return the matrices
   */
  public static Arbitrary<CorrelationMatrix> correlationMatrices() {
    return Combinators.combine(DatasetArbitraries.datasets(), Arbitraries.of(
        CorrelationMethod.class)).as((d, m) -> CorrelationMatrix.of(d, d.indicators(), m));
  }

  /**
   * Returns Cronbach's alpha of the indicators of generated datasets.
   *
   * @return the alphas
   */
  public static Arbitrary<CronbachAlpha> cronbachAlphas() {
    return DatasetArbitraries.datasets().map(d -> CronbachAlpha.of(d, d.indicators()));
  }

  /**
   * Returns data availability reports of generated cases.
   *
   * @return the reports
   */
  public static Arbitrary<DataAvailability> dataAvailabilities() {
    return ScoringCases.cases().map(c -> DataAvailability.of(c.framework(), c.dataset()));
  }

  /**
   * Returns per-unit availability records of generated cases.
   *
   * @return the records
   */
  public static Arbitrary<DataAvailability.UnitAvailability> unitAvailabilities() {
    return dataAvailabilities().map(a -> a.units().get(0));
  }

  /**
   * Returns effective weights of generated frameworks.
   *
   * @return the weights
   */
  public static Arbitrary<EffectiveWeights> effectiveWeights() {
    return FrameworkArbitraries.frameworks().map(EffectiveWeights::of);
  }

  /**
   * Returns the effective weight of one node (root, aggregate or indicator) of generated
   * frameworks.
   *
   * @return the node weights
   */
  public static Arbitrary<EffectiveWeights.NodeWeight> nodeWeights() {
    return effectiveWeights().flatMap(w -> Arbitraries.of(w.nodes()));
  }

  /**
   * Returns statistics of the indicators of generated datasets.
   *
   * @return the statistics
   */
  public static Arbitrary<IndicatorStatistics> indicatorStatistics() {
    return DatasetArbitraries.datasets().map(d -> IndicatorStatistics.of(d).get(0));
  }

  /**
   * Returns statistics thresholds.
   *
   * @return the thresholds
   */
  public static Arbitrary<IndicatorStatistics.Thresholds> thresholds() {
    return Arbitraries.just(IndicatorStatistics.Thresholds.coinrDefault());
  }

  /**
   * Returns principal components of complete datasets with at least two indicators, none of
   * them constant.
   *
   * @return the components
   */
  public static Arbitrary<PrincipalComponents> principalComponents() {
    return FrameworkArbitraries.flat(3).flatMap(fw -> DatasetArbitraries.datasets(fw, 5, 12,
        DatasetArbitraries.Missing.NONE))
        // PCA scales each column to unit variance, which a constant column does not have.
        .filter(d -> d.indicators().stream().allMatch(i -> java.util.Arrays.stream(d.column(i))
            .distinct().count() > 1))
        .map(d -> PrincipalComponents.of(d, d.indicators()));
  }

  /**
   * Returns the impact of removing each indicator of generated runs.
   *
   * @return the impacts
   */
  public static Arbitrary<RemovalImpact> removalImpacts() {
    return ScoringCases.cases(FrameworkArbitraries.flat(3), 2, 10,
        DatasetArbitraries.Missing.NONE).map(c -> RemovalImpact.ofChildren(Engine.standard(),
        c.run(), FrameworkArbitraries.ROOT).get(0));
  }

  /**
   * Returns trends of the indicators of generated panels.
   *
   * @return the trends
   */
  public static Arbitrary<Trend> trends() {
    return Combinators.combine(DatasetArbitraries.panels(), Arbitraries.of(TrendMetric.class))
        .as((p, m) -> Trends.of(p, m).get(0));
  }

  /**
   * Returns progress since the first year of generated panels.
   *
   * @return the progress records
   */
  public static Arbitrary<Progress> progress() {
    return FrameworkArbitraries.frameworks().flatMap(fw -> DatasetArbitraries.panels(fw)
        .map(p -> Trends.progress(p, fw, p.byTime().firstKey()).get(0)));
  }

  /**
   * Returns panels with their gaps filled over time.
   *
   * @return the imputed panels
   */
  public static Arbitrary<Panel.Imputed> imputedPanels() {
    return Combinators.combine(DatasetArbitraries.panels(),
        Arbitraries.of(Panel.TimeImputation.LATEST, Panel.TimeImputation.CONSTANT,
            Panel.TimeImputation.LINEAR_CONSTANT)).as((p, m) -> p.imputeOverTime(m, 0));
  }

  /**
   * Returns cells filled by imputation over time; panels without a gap give none, so this
   * filters on panels with at least one.
   *
   * @return the cells
   */
  public static Arbitrary<Panel.ImputedCell> imputedPanelCells() {
    return imputedPanels().filter(i -> !i.cells().isEmpty()).map(i -> i.cells().get(0));
  }
}

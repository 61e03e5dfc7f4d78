package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.testkit.indicators.DatasetArbitraries.Missing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Complete engine inputs ({@link ScoringCase}) that the standard engine runs, and edge cases on
 * purpose: constant indicators, all-missing units and indicators, ties, extreme magnitudes, one
 * unit, one indicator, deep and flat trees; and one kind that the engine must refuse (zeros and
 * negatives under a geometric mean).
 *
 * @since 0.1.0
 */
public final class ScoringCases {

  private ScoringCases() {}

  /**
   * Returns cases of the given shape that the standard engine runs.
   *
   * @param frameworks the frameworks
   * @param minUnits the least number of units
   * @param maxUnits the largest number of units
   * @param missing where values are missing
   * @return the cases
   */
  public static Arbitrary<ScoringCase> cases(Arbitrary<Framework> frameworks, int minUnits,
      int maxUnits, Missing missing) {
    return frameworks.flatMap(fw -> Combinators.combine(
        DatasetArbitraries.datasets(fw, minUnits, maxUnits, missing),
        PipelineArbitraries.pipelines(fw)).as((d, p) -> new ScoringCase(fw, d, p)));
  }

  /**
   * Returns cases of two to four levels, 2 to 12 units and scattered missing values.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> cases() {
    return cases(FrameworkArbitraries.frameworks(), 2, 12, Missing.SCATTERED);
  }

  /**
   * Returns cases whose pipeline aggregates every node with the arithmetic mean, for
   * properties that hold for that mean only.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> arithmeticCases() {
    return cases().map(c -> {
      Framework fw = Framework.of(c.framework().nodes().stream()
          .map(n -> n.aggregation().isPresent() ? n.withAggregation(Aggregation.arithmetic()) : n)
          .toList());
      return new ScoringCase(fw, c.dataset(), c.pipeline()
          .withAggregation(Aggregation.arithmetic()));
    });
  }

  /**
   * Returns cases whose first indicator has the same value for every unit.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> constantIndicator() {
    return Combinators.combine(cases(FrameworkArbitraries.frameworks(), 2, 8, Missing.NONE),
        DatasetArbitraries.values()).as((c, v) -> {
          Map<String, double[]> cols = columns(c.dataset());
          java.util.Arrays.fill(cols.values().iterator().next(), v);
          return c.withDataset(Dataset.ofColumns(c.dataset().units(), cols));
        });
  }

  /**
   * Returns cases whose first unit misses every indicator.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> allMissingUnit() {
    return cases(FrameworkArbitraries.frameworks(), 2, 8, Missing.ALL_MISSING_UNIT);
  }

  /**
   * Returns cases whose first indicator is missing for every unit.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> allMissingIndicator() {
    return cases(FrameworkArbitraries.frameworks(), 2, 8, Missing.ALL_MISSING_INDICATOR);
  }

  /**
   * Returns cases whose values are 1, 2 or 3 only, so that ties are everywhere.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> ties() {
    return cases(FrameworkArbitraries.frameworks(), 2, 10, Missing.NONE).flatMap(c ->
        Arbitraries.of(1.0, 2.0, 3.0).list().ofSize(c.dataset().unitCount()
            * c.dataset().indicators().size()).map(vs -> c.withDataset(fill(c.dataset(), vs))));
  }

  /**
   * Returns cases with values from -1e12 to 1e12 including tiny ones (1e-9).
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> extremeMagnitudes() {
    return cases(FrameworkArbitraries.frameworks(), 2, 10, Missing.NONE).flatMap(c ->
        Arbitraries.of(-1e12, -1e9, -1e-9, 0.0, 1e-9, 1.0, 1e9, 1e12).list()
            .ofSize(c.dataset().unitCount() * c.dataset().indicators().size())
            .map(vs -> c.withDataset(fill(c.dataset(), vs))));
  }

  /**
   * Returns cases with exactly one unit.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> oneUnit() {
    return cases(FrameworkArbitraries.frameworks(), 1, 1, Missing.NONE);
  }

  /**
   * Returns cases with exactly one indicator.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> oneIndicator() {
    return cases(FrameworkArbitraries.flat(1), 2, 10, Missing.SCATTERED);
  }

  /**
   * Returns cases on a chain of six levels.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> deepTree() {
    return cases(FrameworkArbitraries.deep(6), 2, 10, Missing.SCATTERED);
  }

  /**
   * Returns cases on twelve indicators directly under the index.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> flatTree() {
    return cases(FrameworkArbitraries.flat(12), 2, 10, Missing.SCATTERED);
  }

  /**
   * Returns every kind of edge case above that the engine runs.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> edgeCases() {
    return Arbitraries.oneOf(List.of(constantIndicator(), allMissingUnit(),
        allMissingIndicator(), ties(), extremeMagnitudes(), oneUnit(), oneIndicator(),
        deepTree(), flatTree()));
  }

  /**
   * Returns cases the engine must refuse: raw data with a zero or a negative value, no
   * normalisation, and a geometric mean, which is undefined there.
   *
   * @return the cases
   */
  public static Arbitrary<ScoringCase> nonPositiveUnderGeometricMean() {
    return Combinators.combine(cases(FrameworkArbitraries.flat(3), 2, 8, Missing.NONE),
        Arbitraries.of(0.0, -1.0, -250.5)).as((c, bad) -> {
          Map<String, double[]> cols = columns(c.dataset());
          for (double[] col : cols.values()) {
            for (int i = 0; i < col.length; i++) {
              col[i] = Math.abs(col[i]) + 1;
            }
          }
          cols.values().iterator().next()[0] = bad;
          Framework fw = Framework.of(c.framework().nodes().stream()
              .map(n -> n.aggregation().isPresent() ? n.withAggregation(Aggregation.geometric())
                  : n).toList());
          Pipeline p = new Pipeline(java.util.Optional.empty(), java.util.Optional.empty(),
              java.util.Optional.empty(), java.util.Optional.empty(),
              java.util.Optional.empty(), c.pipeline().weighting(), Aggregation.geometric());
          return new ScoringCase(fw, Dataset.ofColumns(c.dataset().units(), cols), p);
        });
  }

  private static Map<String, double[]> columns(Dataset d) {
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String ind : d.indicators()) {
      cols.put(ind, d.column(ind));
    }
    return cols;
  }

  private static Dataset fill(Dataset d, List<Double> values) {
    Map<String, double[]> cols = columns(d);
    int k = 0;
    for (double[] col : cols.values()) {
      for (int i = 0; i < col.length; i++) {
        col[i] = values.get(k++);
      }
    }
    return Dataset.ofColumns(d.units(), cols);
  }
}

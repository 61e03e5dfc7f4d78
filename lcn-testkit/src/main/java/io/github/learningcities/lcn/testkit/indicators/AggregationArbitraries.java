package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.ahp.AhpWeights;
import io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons;
import io.github.learningcities.lcn.indicators.ahp.PriorityMethod;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the closed-form aggregations (adjusted Mazziotta-Pareto, Mean-Min, OWA,
 * weighted median, Wroclaw, TOPSIS) with valid parameters, and for the Analytic Hierarchy
 * Process's pairwise comparisons and weights.
 *
 * <pre>{@code
 * @Property
 * void myInvariant(@ForAll("methods") Aggregation a) { ... }
 *
 * @Provide
 * Arbitrary<Aggregation> methods() {
 *   return AggregationArbitraries.closedForm();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AggregationArbitraries {
  private AggregationArbitraries() {}

  /**
   * Returns closed-form aggregations that run on any node and any finite data: the adjusted
   * Mazziotta-Pareto index with goalposts from the data, Mean-Min with alpha in [0, 1] and
   * beta in [0, 10], OWA of the largest or smallest value (j = 1 fits every node), the
   * weighted median, Wroclaw and TOPSIS.
   *
   * @return the aggregations
   */
  public static Arbitrary<Aggregation> closedForm() {
    return Arbitraries.oneOf(
        Arbitraries.of(Aggregation.of("adjusted-mazziotta-pareto", Parameters.none()),
            Aggregation.owaAtLeast(1, true), Aggregation.owaAtLeast(1, false),
            Aggregation.weightedMedian(), Aggregation.wroclaw(), Aggregation.topsis()),
        Combinators.combine(Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 10)).as(Aggregation::meanMin));
  }

  /**
   * Returns closed-form aggregations with every kind of parameter they declare, for documents
   * (some fit only nodes with a given number of children, or data within the goalposts):
   * {@link #closedForm()}, the adjusted Mazziotta-Pareto index with a centre or fixed
   * goalposts and either penalty, OWA with j from 1 to 5 or with 2 to 6 positional weights.
   *
   * @return the aggregations
   */
  public static Arbitrary<Aggregation> withAllParameters() {
    Arbitrary<String> penalty = Arbitraries.of("positive", "negative");
    return Arbitraries.oneOf(closedForm(),
        Combinators.combine(Arbitraries.doubles().between(-100, 100), penalty).as((r, p) ->
            Aggregation.of("adjusted-mazziotta-pareto", Parameters.of(Map.of("centre", r,
                "penalty", p)))),
        Combinators.combine(Arbitraries.doubles().between(-100, 100),
            Arbitraries.doubles().between(0.5, 100)).as((lo, span) ->
            Aggregation.adjustedMazziottaPareto(lo, lo + span)),
        Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.of(true, false))
            .as(Aggregation::owaAtLeast),
        Arbitraries.doubles().between(0, 1).array(double[].class).ofMinSize(2).ofMaxSize(6)
            .filter(w -> java.util.Arrays.stream(w).sum() > 0)
            .map(Aggregation::owa));
  }

  /**
   * Returns pairwise-comparison matrices of 1 to 10 elements with judgements on Saaty's scale
   * (1/9 to 9), consistent or not.
   *
   * @return the comparisons
   */
  public static Arbitrary<PairwiseComparisons> pairwiseComparisons() {
    Arbitrary<Double> saaty = Arbitraries.of(1.0 / 9, 1.0 / 7, 1.0 / 5, 1.0 / 3, 0.5, 1.0,
        2.0, 3.0, 5.0, 7.0, 9.0);
    return Arbitraries.integers().between(1, 10).flatMap(n -> saaty.array(double[].class)
        .ofSize(n * (n - 1) / 2).map(upper -> {
          java.util.List<String> codes = new java.util.ArrayList<>();
          for (int i = 0; i < n; i++) {
            codes.add("c" + (i + 1));
          }
          return PairwiseComparisons.fromUpperTriangle("P", codes, upper);
        }));
  }

  /**
   * Returns AHP weights of {@link #pairwiseComparisons()} by either method, whatever their
   * consistency ratio.
   *
   * @return the weights
   */
  public static Arbitrary<AhpWeights> ahpWeights() {
    return Combinators.combine(pairwiseComparisons(), Arbitraries.of(PriorityMethod.class))
        .as(PairwiseComparisons::evaluate);
  }
}

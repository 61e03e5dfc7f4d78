package io.github.learningcities.lcn.indicators.method;

import java.util.List;

/**
 * Combines the children of one aggregate into its score, for all units at once (so that
 * methods that compare units, such as Copeland, fit).
 *
 * <p>{@code children[k][row]} is child k's score of unit {@code row}, NaN when missing; weights
 * are the children's weights, normalised to sum to 1. The engine has already dealt with the
 * availability threshold and with units whose present weights sum to zero (their output is
 * overwritten with missing), so an aggregator only has to skip missing children with their
 * weights. For a method that works unit by unit, implement {@link RowAggregator} and wrap it
 * with {@link #rowWise(RowAggregator)}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Aggregator {

  /**
   * Aggregates.
   *
   * @param children child scores by child then unit, NaN for missing (do not modify)
   * @param weights the children's weights, summing to 1
   * @param out where to write one score per unit
   * @param parameters the method's parameters
   * @param context the aggregate and its children, for error messages
   */
  void aggregate(double[][] children, double[] weights, double[] out, Parameters parameters,
      Context context);

  /**
   * Adapts a row function: it receives the present values of one unit and their weights
   * (re-normalised to sum to 1).
   *
   * @param row the row function
   * @return the aggregator
   */
  static Aggregator rowWise(RowAggregator row) {
    return new RowWiseAggregator(row);
  }

  /**
   * Aggregates one unit's present children.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  interface RowAggregator {
    /**
     * Aggregates.
     *
     * @param values the present values in positions 0..n-1
     * @param weights their weights (summing to 1) in positions 0..n-1
     * @param n how many values are present (at least 1)
     * @param parameters the method's parameters
     * @return the score
     */
    double aggregate(double[] values, double[] weights, int n, Parameters parameters);
  }

  /**
   * What an aggregator may know, for its error messages.
   *
   * @since 0.1.0
   */
  interface Context {
    /**
     * Returns the aggregate's code.
     *
     * @return the code
     */
    String node();

    /**
     * Returns the children's codes, in the order of {@code children}.
     *
     * @return the codes
     */
    List<String> childCodes();

    /**
     * Returns the units' codes, in row order.
     *
     * @return the codes
     */
    List<String> unitCodes();

    /**
     * Reports the weights the method gave each unit, for methods that choose them per unit
     * (Benefit of the Doubt gives each unit its own optimal weights). They become part of the
     * results ({@code Results.unitWeights}) and of results documents. What a weight means is
     * the method's to document; for a linear method it is the factor of the child's score in
     * the unit's score. Call it at most once per aggregation; the engine keeps the array.
     *
     * @param weights by child (in {@link #childCodes()} order) then unit (in {@link
     *     #unitCodes()} order); NaN where a unit has no weight for a child (e.g. a missing
     *     child)
     * @since 0.1.0
     */
    default void reportUnitWeights(double[][] weights) {}
  }
}

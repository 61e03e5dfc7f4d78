package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;

/**
 * A built-in aggregator that also reports, per unit, how many children were missing and the
 * weight of the present ones, which it learns anyway while it aggregates. The engine applies
 * the availability threshold and the zero-weight rule from these instead of going over every
 * child column again.
 *
 * @since 0.1.0
 */
public interface PresenceAggregator extends Aggregator {

  /**
   * Aggregates as {@link Aggregator#aggregate} does and reports presence.
   *
   * @param children child scores by child then unit, NaN for missing (not modified)
   * @param weights the children's weights, summing to 1
   * @param out where to write one score per unit (NaN where every child is missing)
   * @param missing zeroed on entry; receives per unit the number of missing children
   * @param presentWeight receives, for every unit with a missing child, the sum of the present
   *     children's weights (other entries are scratch: the present weights of a unit without
   *     missing children sum to 1)
   * @param parameters the method's parameters
   * @param context the aggregate and its children, for error messages
   */
  void aggregate(double[][] children, double[] weights, double[] out, int[] missing,
      double[] presentWeight, Parameters parameters, Context context);

  @Override
  default void aggregate(double[][] children, double[] weights, double[] out,
      Parameters parameters, Context context) {
    aggregate(children, weights, out, new int[out.length], new double[out.length], parameters,
        context);
  }
}

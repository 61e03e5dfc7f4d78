package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.Aggregator;
import io.github.learningcities.lcn.indicators.method.Parameters;

/**
 * A built-in aggregator that also reports which units need the engine's checks (a missing
 * child, or a score that is not finite) and, for those, how many children were missing and the
 * weight of the present ones, which it learns anyway while it aggregates. The engine applies
 * the availability threshold, the zero-weight rule and the finiteness check to the flagged
 * units only, instead of going over every unit (and every child column) again.
 *
 * @since 0.1.0
 */
public interface PresenceAggregator extends Aggregator {

  /**
   * Aggregates as {@link Aggregator#aggregate} does and reports the units to check.
   *
   * @param children child scores by child then unit, NaN for missing (not modified)
   * @param weights the children's weights, summing to 1
   * @param out where to write one score per unit (NaN where every child is missing)
   * @param flagged receives, in ascending order, the positions of the units with a missing
   *     child or a score that is not finite; every other unit has all its children and a
   *     finite score
   * @param missing receives, for every flagged unit, its number of missing children (other
   *     entries are scratch)
   * @param presentWeight receives, for every flagged unit with a missing child, the sum of the
   *     present children's weights (other entries are scratch: the present weights of a unit
   *     without missing children sum to 1)
   * @param parameters the method's parameters
   * @param context the aggregate and its children, for error messages
   * @return the number of flagged units (the first entries of {@code flagged})
   */
  int aggregate(double[][] children, double[] weights, double[] out, int[] flagged,
      int[] missing, double[] presentWeight, Parameters parameters, Context context);

  /**
   * As {@link #aggregate(double[][], double[], double[], int[], int[], double[], Parameters,
   * Context)}, with some children's normalised values unwritten: where {@code unwritten[c]} is
   * not null, {@code children[c]} is a scratch column that the method may write and child c's
   * values are {@code unwritten[c]}'s. After the call the scratch columns hold the values at
   * least at the flagged units (the only ones the engine reads again). This default writes
   * every unwritten column into its scratch column, then aggregates.
   *
   * @param children child scores by child then unit, or scratch columns
   * @param unwritten per child its unwritten column, or null for a written child
   * @param weights the children's weights, summing to 1
   * @param out where to write one score per unit
   * @param flagged receives the positions of the units to check, as above
   * @param missing receives the flagged units' numbers of missing children, as above
   * @param presentWeight receives the flagged units' present weights, as above
   * @param parameters the method's parameters
   * @param context the aggregate and its children, for error messages
   * @return the number of flagged units
   * @since 0.1.0
   */
  default int aggregate(double[][] children, AffineColumn[] unwritten, double[] weights,
      double[] out, int[] flagged, int[] missing, double[] presentWeight, Parameters parameters,
      Context context) {
    for (int c = 0; c < children.length; c++) {
      if (unwritten[c] != null) {
        unwritten[c].writeTo(children[c]);
      }
    }
    return aggregate(children, weights, out, flagged, missing, presentWeight, parameters,
        context);
  }

  @Override
  default void aggregate(double[][] children, double[] weights, double[] out,
      Parameters parameters, Context context) {
    aggregate(children, weights, out, new int[out.length], new int[out.length],
        new double[out.length], parameters, context);
  }
}

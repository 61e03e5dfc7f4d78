package io.github.learningcities.lcn.indicators.method;

import java.util.Optional;

/**
 * Fills missing cells of one indicator column.
 *
 * <p>Returns the column with (some) NaN cells replaced by finite values. Present values must be
 * returned unchanged: the engine checks this and reports an imputer that alters data as an
 * error. Cells left NaN stay missing.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Imputer {

  /**
   * Imputes a column.
   *
   * @param values the column, NaN for missing (do not modify)
   * @param parameters the method's parameters
   * @param context the indicator and the units' groups
   * @return the imputed column, same length
   */
  double[] impute(double[] values, Parameters parameters, Context context);

  /**
   * What an imputer may know.
   *
   * @since 0.1.0
   */
  interface Context {
    /**
     * Returns the indicator's code.
     *
     * @return the code
     */
    String indicator();

    /**
     * Returns the group of a unit.
     *
     * @param row the unit's row
     * @param groupVariable the group variable
     * @return the group, or empty if the unit has none
     */
    Optional<String> group(int row, String groupVariable);

    /**
     * Returns every unit's group as an index into {@link #groupNames(String)}, -1 for a unit
     * without that group; computed once per run, so imputers can group in one pass.
     *
     * @param groupVariable the group variable
     * @return group indices by row (do not modify)
     */
    int[] groupIndices(String groupVariable);

    /**
     * Returns the distinct groups of a group variable, sorted.
     *
     * @param groupVariable the group variable
     * @return the groups
     */
    java.util.List<String> groupNames(String groupVariable);
  }
}

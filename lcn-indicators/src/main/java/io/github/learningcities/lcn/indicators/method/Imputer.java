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

    /**
     * Returns the codes of every indicator the run imputes, in the order of {@link #columns()}.
     *
     * @return the indicator codes
     * @since 0.1.0
     */
    java.util.List<String> indicators();

    /**
     * Returns every indicator's column as it entered the imputation step (before any column was
     * imputed), so that a multivariate method can predict one indicator from the others.
     *
     * @return the columns, indexed as {@link #indicators()}, each by row (do not modify)
     * @since 0.1.0
     */
    double[][] columns();

    /**
     * Returns the code of the unit in a row (for deterministic tie-breaking and per-unit random
     * streams that do not depend on the order of the rows).
     *
     * @param row the row
     * @return the unit's code
     * @since 0.1.0
     */
    String unit(int row);

    /**
     * Returns a value computed once per run and shared by every column the run imputes: a
     * multivariate method fits its model on the first call and reads each column from it.
     *
     * @param key what the value is (include the method's name and parameters)
     * @param compute computes the value on the first call with this key
     * @param <T> the value's type
     * @return the value
     * @since 0.1.0
     */
    <T> T perRun(String key, java.util.function.Supplier<T> compute);

    /**
     * Adds a note to the run's diagnostics (e.g. an iteration that reached its cap).
     *
     * @param code a short machine-readable code
     * @param unit the unit concerned, if one
     * @param message the explanation
     * @since 0.1.0
     */
    void note(String code, Optional<String> unit, String message);
  }
}

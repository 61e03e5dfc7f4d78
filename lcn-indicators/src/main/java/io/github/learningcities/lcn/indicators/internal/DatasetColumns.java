package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import java.util.List;
import java.util.Map;

/**
 * The engine's read-only access to a dataset's own column arrays, without the copy that
 * {@link Dataset#column} makes for callers outside the SDK. Only code that never writes to the
 * arrays and never hands them to user code may use it (the engine copies instead when a
 * pipeline names a user-registered method).
 *
 * @since 0.1.0
 */
public final class DatasetColumns {
  private static volatile Access access;

  private DatasetColumns() {}

  /** Implemented by {@link Dataset}, which registers itself when its class is initialised. */
  public interface Access {
    /**
     * Returns a dataset's own column array.
     *
     * @param dataset the dataset
     * @param indicator the indicator's code
     * @return the array itself (never modify it)
     */
    double[] column(Dataset dataset, String indicator);

    /**
     * Makes a dataset that keeps the given arrays as its own, checked as {@link
     * Dataset#ofColumns} checks them.
     *
     * @param units the units, in row order
     * @param columns indicator code to column, each array handed over (never used again)
     * @return the dataset
     */
    Dataset adopt(List<Unit> units, Map<String, double[]> columns);
  }

  /**
   * Registers the access; called once by {@link Dataset}.
   *
   * @param dataset the access
   */
  public static void register(Access dataset) {
    access = dataset;
  }

  /**
   * Returns a dataset's own column array (a dataset exists, so its class has registered).
   *
   * @param dataset the dataset
   * @param indicator the indicator's code
   * @return the array itself (never modify it)
   * @throws io.github.learningcities.lcn.indicators.data.InvalidDatasetException if the
   *     indicator is unknown
   */
  public static double[] shared(Dataset dataset, String indicator) {
    return access.column(dataset, indicator);
  }

  /**
   * Makes a dataset as {@link Dataset#ofColumns} does, without copying the columns: for a
   * reader that built the arrays itself and hands them over (the dataset owns them from then
   * on; the caller never reads or writes them again).
   *
   * @param units the units, in row order
   * @param columns indicator code to column (one value per unit, in unit order)
   * @return the dataset
   * @throws io.github.learningcities.lcn.indicators.data.InvalidDatasetException as {@link
   *     Dataset#ofColumns} does
   */
  public static Dataset adopt(List<Unit> units, Map<String, double[]> columns) {
    Access a = access;
    if (a == null) {
      // Dataset registers when its class is initialised; no dataset may exist yet.
      Dataset.builder();
      a = access;
    }
    return a.adopt(units, columns);
  }
}

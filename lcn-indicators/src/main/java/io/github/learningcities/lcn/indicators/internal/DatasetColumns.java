package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.data.Dataset;

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
  @FunctionalInterface
  public interface Access {
    /**
     * Returns a dataset's own column array.
     *
     * @param dataset the dataset
     * @param indicator the indicator's code
     * @return the array itself (never modify it)
     */
    double[] column(Dataset dataset, String indicator);
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
}

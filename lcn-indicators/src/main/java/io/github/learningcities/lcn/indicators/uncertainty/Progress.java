package io.github.learningcities.lcn.indicators.uncertainty;

/**
 * Receives progress of a long analysis and can cancel it.
 *
 * @since 0.1.0
 */
public interface Progress {
  /** Ignores progress and never cancels. */
  Progress NONE = new Progress() {
    @Override
    public void onProgress(int done, int total) {
      // nothing to report to
    }
  };

  /**
   * Called from worker threads as replications complete (not necessarily in order).
   *
   * @param done replications completed so far
   * @param total replications in all
   */
  void onProgress(int done, int total);

  /**
   * Polled between replications; returning true stops the analysis with a
   * {@link java.util.concurrent.CancellationException}.
   *
   * @return whether to cancel
   */
  default boolean isCancelled() {
    return false;
  }
}

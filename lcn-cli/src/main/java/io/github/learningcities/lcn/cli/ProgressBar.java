package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.uncertainty.Progress;
import java.io.PrintWriter;

/**
 * A text progress bar on standard error, redrawn in place; silent unless standard error is a
 * terminal ({@link System#console()} is not null) and {@code --quiet} was not given, so that
 * logs and pipes never see it.
 */
final class ProgressBar implements Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final boolean enabled;
  private int shownPercent = -1;

  ProgressBar(PrintWriter err, String label, boolean enabled) {
    this.err = err;
    this.label = label;
    this.enabled = enabled;
  }

  static ProgressBar onTerminal(PrintWriter err, String label, boolean quiet) {
    return new ProgressBar(err, label, !quiet && System.console() != null);
  }

  @Override
  public synchronized void onProgress(int done, int total) {
    if (!enabled || total <= 0) {
      return;
    }
    int percent = (int) (100L * done / total);
    if (percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    int filled = WIDTH * percent / 100;
    err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
        + percent + "% (" + done + "/" + total + ")");
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}

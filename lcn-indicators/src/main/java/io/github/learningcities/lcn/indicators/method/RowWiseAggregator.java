package io.github.learningcities.lcn.indicators.method;

/**
 * The aggregator {@link Aggregator#rowWise} makes: each unit's present children, with their
 * weights re-normalised, handed to a row function. A named class rather than a lambda, so that
 * a run of a row-wise method links no call site.
 */
final class RowWiseAggregator implements Aggregator {
  private final RowAggregator row;

  RowWiseAggregator(RowAggregator row) {
    this.row = row;
  }

  @Override
  public void aggregate(double[][] children, double[] weights, double[] out,
      Parameters parameters, Context context) {
    int k = children.length;
    double[] v = new double[k];
    double[] w = new double[k];
    for (int u = 0; u < out.length; u++) {
      int n = 0;
      double sum = 0;
      for (int c = 0; c < k; c++) {
        double x = children[c][u];
        if (!Double.isNaN(x)) {
          v[n] = x;
          w[n] = weights[c];
          sum += weights[c];
          n++;
        }
      }
      if (n == 0 || sum <= 0) {
        out[u] = Double.NaN;
        continue;
      }
      for (int i = 0; i < n; i++) {
        w[i] /= sum;
      }
      out[u] = row.aggregate(v, w, n, parameters);
    }
  }
}

package io.github.learningcities.lcn.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compind 3.4's {@code ci_factor} (psych::principal + varimax) on the ASEM-derived inputs I1 and
 * I3, to 1e-9 relative: psych's loadings and eigenvalues, Compind's component weights and
 * composite scores (resources under {@code compind-asem/}, see its README).
 */
class FactorWeightsConformanceTest {
  private static final double REL = 1e-9;

  @ParameterizedTest
  @CsvSource({"I1,one,ONE,0", "I1,all,ALL,0", "I1,ch3,CH,3", "I3,one,ONE,0", "I3,all,ALL,0",
      "I3,ch3,CH,3"})
  void reproducesCompind(String input, String suffix, String variant, int dim)
      throws IOException {
    Table in = Table.read("/compind-asem/inputs/" + input + ".csv");
    String call = "/compind-asem/calls/" + input + "_factor_" + suffix + "/";
    List<String> items = in.header.subList(1, in.header.size());
    double[][] cols = new double[items.size()][];
    for (int j = 0; j < items.size(); j++) {
      cols[j] = in.column(j + 1);
    }
    FactorAnalysis fw = FactorAnalysis.of(items, cols, FactorWeights.Variant.of(variant), dim);

    Table eig = Table.read(call + "aux_psych_eigenvalues.csv");
    assertClose(fw.eigenvalues(), eig.column(1), "eigenvalues");
    Table loadings = Table.read(call + "aux_psych_loadings.csv");
    double[][] l = fw.loadings();
    assertThat(fw.factors()).isEqualTo(loadings.header.size() - 1);
    for (int c = 0; c < fw.factors(); c++) {
      double[] mine = new double[items.size()];
      for (int j = 0; j < mine.length; j++) {
        mine[j] = l[j][c];
      }
      assertClose(mine, loadings.column(c + 1), "loadings of factor " + (c + 1));
    }
    Table component = Table.read(call + "component_weights.csv");
    assertClose(fw.componentWeights(), component.column(1), "component weights");
    Table scores = Table.read(call + "scores.csv");
    assertThat(fw.rows()).hasSize(scores.rows.size());
    assertClose(fw.compindScores(), scores.column(1), "scores");
  }

  /**
   * Compind's "ONE" composite is linear in the standardised indicators; on I1 two of its
   * implied coefficients are negative (a better Environ or SusEcFin value lowers the score),
   * while the SDK's Handbook weights are all positive.
   */
  @org.junit.jupiter.api.Test
  void compindsCompositePenalisesSomeIndicatorsTheHandbookWeightsDoNot() throws IOException {
    Table in = Table.read("/compind-asem/inputs/I1.csv");
    List<String> items = in.header.subList(1, in.header.size());
    int k = items.size();
    double[][] cols = new double[k][];
    for (int j = 0; j < k; j++) {
      cols[j] = in.column(j + 1);
    }
    double[] scores = Table.read("/compind-asem/calls/I1_factor_one/scores.csv").column(1);
    int n = scores.length;
    double[][] z = new double[k][n];
    for (int j = 0; j < k; j++) {
      double m = Arrays.stream(cols[j]).average().orElseThrow();
      double ss = 0;
      for (double x : cols[j]) {
        ss += (x - m) * (x - m);
      }
      double sd = Math.sqrt(ss / (n - 1));
      for (int i = 0; i < n; i++) {
        z[j][i] = (cols[j][i] - m) / sd;
      }
    }
    // least squares of Compind's scores on z: exact, since the scores are linear in z
    double[][] a = new double[k][k + 1];
    for (int p = 0; p < k; p++) {
      for (int q = 0; q < k; q++) {
        for (int i = 0; i < n; i++) {
          a[p][q] += z[p][i] * z[q][i];
        }
      }
      for (int i = 0; i < n; i++) {
        a[p][k] += z[p][i] * scores[i];
      }
    }
    for (int p = 0; p < k; p++) {
      for (int r = p + 1; r < k; r++) {
        double f = a[r][p] / a[p][p];
        for (int c = p; c <= k; c++) {
          a[r][c] -= f * a[p][c];
        }
      }
    }
    double[] coef = new double[k];
    for (int p = k - 1; p >= 0; p--) {
      double s = a[p][k];
      for (int q = p + 1; q < k; q++) {
        s -= a[p][q] * coef[q];
      }
      coef[p] = s / a[p][p];
    }
    assertThat(coef[items.indexOf("Environ")]).isNegative();
    assertThat(coef[items.indexOf("SusEcFin")]).isNegative();
    assertThat(FactorWeights.weights(items, cols, FactorWeights.Variant.ONE, 0).values())
        .allSatisfy(w -> assertThat(w).isPositive());
  }

  private static void assertClose(double[] actual, double[] expected, String what) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      double tol = REL * Math.max(Math.abs(expected[i]), 1e-300);
      // loadings that are zero in theory come out as rounding noise: compare those absolutely
      tol = Math.max(tol, 1e-12);
      assertThat(actual[i]).as(what + " [" + i + "]").isCloseTo(expected[i],
          org.assertj.core.data.Offset.offset(tol));
    }
  }

  /** A CSV file of the conformance folder: header row, numbers after the first column. */
  static final class Table {
    final List<String> header;
    final List<String[]> rows;

    private Table(List<String> header, List<String[]> rows) {
      this.header = header;
      this.rows = rows;
    }

    static Table read(String resource) throws IOException {
      try (InputStream s = FactorWeightsConformanceTest.class.getResourceAsStream(resource)) {
        if (s == null) {
          throw new IOException("missing test resource " + resource);
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
        List<String> header = Arrays.asList(r.readLine().split(",", -1));
        List<String[]> rows = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isEmpty()) {
            rows.add(line.split(",", -1));
          }
        }
        return new Table(header, rows);
      }
    }

    double[] column(int c) {
      double[] out = new double[rows.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = Double.parseDouble(rows.get(i)[c]);
      }
      return out;
    }
  }
}

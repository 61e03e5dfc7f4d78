package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #14: the closed-form aggregators against Compind 3.4 on the ASEM-derived inputs
 * (test resources {@code compind-asem/}, see its README), through the engine: a flat framework
 * of the 8 pillars under one index, equal weights, no normalisation unless said. Where Compind
 * is wrong the test checks the SDK's definition and ties it to Compind's numbers through the
 * defect (documented in the README's "Where the SDK differs from Compind").
 */
class CompindAggregatorConformanceTest {
  private static final double REL = 1e-9;
  private static final String[] PILLARS = {"Physical", "ConEcFin", "Political", "Instit", "P2P",
      "Environ", "Social", "SusEcFin"};

  /** A table read from the copy: row codes, then values by row and column. */
  record Table(List<String> codes, double[][] rows) {
    double[] column(int j) {
      double[] c = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        c[i] = rows[i][j];
      }
      return c;
    }
  }

  static Table read(String path) throws IOException {
    try (InputStream in = CompindAggregatorConformanceTest.class.getResourceAsStream(
        "/compind-asem/" + path)) {
      assertThat(in).as(path).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      List<String> codes = new ArrayList<>();
      List<double[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        codes.add(f[0]);
        double[] row = new double[f.length - 1];
        for (int j = 1; j < f.length; j++) {
          row[j - 1] = Double.parseDouble(f[j]);
        }
        rows.add(row);
      }
      return new Table(codes, rows.toArray(new double[0][]));
    }
  }

  static Framework pillars() {
    Framework.Builder b = Framework.builder().node("Index", null);
    for (String p : PILLARS) {
      b.node(p, "Index");
    }
    return b.build();
  }

  static Dataset dataset(Table t) {
    List<Unit> units = new ArrayList<>();
    for (String c : t.codes()) {
      units.add(Unit.of(c, null));
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (int j = 0; j < PILLARS.length; j++) {
      cols.put(PILLARS[j], t.column(j));
    }
    return Dataset.ofColumns(units, cols);
  }

  static double[] scores(Table input, Aggregation agg) {
    return scores(input, Pipeline.coinrDefault().withNormalisation(null).withAggregation(agg));
  }

  static double[] scores(Table input, Pipeline p) {
    Results r = Engine.standard().run(pillars(), dataset(input), p);
    double[] out = new double[input.codes().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = r.score(input.codes().get(i), "Index").orElseThrow();
    }
    return out;
  }

  static void assertRelative(double[] actual, double[] expected, String what) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i]).as(what + " row " + (i + 1))
          .isCloseTo(expected[i], within(REL * Math.max(1e-300, Math.abs(expected[i]))));
    }
  }

  static double[] rowMeans(Table t) {
    double[] m = new double[t.rows().length];
    for (int i = 0; i < m.length; i++) {
      double s = 0;
      for (double v : t.rows()[i]) {
        s += v;
      }
      m[i] = s / t.rows()[i].length;
    }
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3"})
  void geometricMeanMatchesCiGeomGenEqual(String in) throws IOException {
    assertRelative(scores(read("inputs/" + in + ".csv"), Aggregation.geometric()),
        read("calls/" + in + "_geom_equal/scores.csv").column(0), in + " geometric");
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3", "Z1", "Z3"})
  void mazziottaParetoWithSampleSdMatchesCiMpi(String in) throws IOException {
    Table input = read("inputs/" + in + ".csv");
    for (String penalty : new String[] {"positive", "negative"}) {
      double[] sdk = scores(input, Aggregation.of("mazziotta-pareto",
          Parameters.of(Map.of("penalty", penalty, "deviation", "sample"))));
      assertRelative(sdk, read("calls/" + in + "_mpi_" + penalty.substring(0, 3)
          + "/scores.csv").column(0),
          in + " mpi " + penalty);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "Z1", "Z3"})
  void mazziottaParetoDefaultUsesThePopulationSdThatIsCiMpisPenaltyTimesSevenEighths(String in)
      throws IOException {
    // ci_mpi: M - S_s^2 / M with S_s^2 = sum (x - M)^2 / 7; the SDK: sum (x - M)^2 / 8
    Table input = read("inputs/" + in + ".csv");
    double[] m = rowMeans(input);
    double[] compind = read("calls/" + in + "_mpi_pos/scores.csv").column(0);
    double[] expected = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      expected[i] = m[i] - (m[i] - compind[i]) * 7 / 8;
    }
    assertRelative(scores(input, Aggregation.mazziottaPareto()), expected, in + " mpi");
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3"})
  void adjustedMazziottaParetoMatchesCiAmpi(String in) throws IOException {
    Table input = read("inputs/" + in + ".csv");
    double[] sdk = scores(input, Aggregation.adjustedMazziottaPareto(50));
    double[] rounded = read("calls/" + in + "_ampi_pos/scores.csv").column(0);
    Table normalised = read("calls/" + in + "_ampi_pos/normalised.csv");
    double[] penalty = read("calls/" + in + "_ampi_pos/penalty.csv").column(0);
    double[] m = rowMeans(normalised);
    double[] unrounded = new double[m.length];
    double[] sdkRounded = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      unrounded[i] = m[i] - penalty[i];
      sdkRounded[i] = BigDecimal.valueOf(sdk[i]).setScale(3, RoundingMode.HALF_EVEN)
          .doubleValue();
      assertThat(sdkRounded[i]).as(in + " ampi rounded row " + (i + 1))
          .isCloseTo(rounded[i], within(1e-9));
    }
    assertRelative(sdk, unrounded, in + " ampi before rounding");
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3"})
  void adjustedMazziottaParetoHonoursTheNegativePenaltyThatCiAmpiIgnores(String in)
      throws IOException {
    Table input = read("inputs/" + in + ".csv");
    double[] sdk = scores(input, Aggregation.of("adjusted-mazziotta-pareto",
        Parameters.of(Map.of("centre", 50.0, "penalty", "negative"))));
    // Compind's "NEG" call returns the same files as "POS": M - penalty
    Table normalised = read("calls/" + in + "_ampi_neg/normalised.csv");
    double[] penalty = read("calls/" + in + "_ampi_neg/penalty.csv").column(0);
    double[] compindNeg = read("calls/" + in + "_ampi_neg/scores.csv").column(0);
    assertThat(compindNeg).isEqualTo(read("calls/" + in + "_ampi_pos/scores.csv").column(0));
    double[] m = rowMeans(normalised);
    double[] expected = new double[m.length];
    for (int i = 0; i < m.length; i++) {
      expected[i] = m[i] + penalty[i];
    }
    assertRelative(sdk, expected, in + " ampi negative");
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1_owa_j2", "I1_owa_j5", "I3_owa_j2", "I3_owa_j5"})
  void owaAtLeastMatchesCiOwa(String call) throws IOException {
    Table input = read("inputs/" + call.substring(0, 2) + ".csv");
    int j = Integer.parseInt(call.substring(call.length() - 1));
    Table compind = read("calls/" + call + "/scores.csv");
    // columns CI_OWA_n (the j smallest) and CI_OWA_p (the j largest): Compind's names are
    // crossed with its weight vectors, the values are what they say
    assertRelative(scores(input, Aggregation.owaAtLeast(j, false)), compind.column(0),
        call + " smallest");
    assertRelative(scores(input, Aggregation.owaAtLeast(j, true)), compind.column(1),
        call + " largest");
    Table weights = read("calls/" + call + "/weights.csv");
    assertThat(Aggregation.owaAtLeast(j, true).owaWeights(8)).containsExactly(
        weights.column(1));
    assertThat(Aggregation.owaAtLeast(j, false).owaWeights(8)).containsExactly(
        weights.column(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3"})
  void owaWithExplicitPositionsEqualsAtLeast(String in) throws IOException {
    Table input = read("inputs/" + in + ".csv");
    assertRelative(scores(input, Aggregation.owa(1, 1, 0, 0, 0, 0, 0, 0)),
        read("calls/" + in + "_owa_j2/scores.csv").column(1), in + " positions");
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3"})
  void wroclawIsOneMinusCiWroclaw(String in) throws IOException {
    double[] compind = read("calls/" + in + "_wroclaw/scores.csv").column(0);
    double[] expected = new double[compind.length];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = 1 - compind[i];
    }
    assertRelative(scores(read("inputs/" + in + ".csv"), Aggregation.wroclaw()), expected,
        in + " wroclaw");
  }

  /**
   * Compind's ci_mean_min standardises cell (i, j) with the mean and sd of column
   * ((j n + i) mod k) (R recycles a length-k vector down an n x k table). Applying that
   * standardisation here and aggregating with the SDK's mean-min reproduces Compind's numbers,
   * which checks the SDK's formula; the SDK standardises right (next test).
   */
  @ParameterizedTest
  @ValueSource(strings = {"I1_mean_min_a05_b1", "I1_mean_min_a025_b5", "I3_mean_min_a05_b1",
      "I3_mean_min_a025_b5"})
  void meanMinOnCompindsRecycledStandardisationMatchesCiMeanMin(String call)
      throws IOException {
    Table input = read("inputs/" + call.substring(0, 2) + ".csv");
    double alpha = call.contains("a05") ? 0.5 : 0.25;
    double beta = call.endsWith("b1") ? 1 : 5;
    int n = input.rows().length;
    int k = PILLARS.length;
    double[] mean = new double[k];
    double[] sd = new double[k];
    for (int j = 0; j < k; j++) {
      mean[j] = mean(input.column(j));
      sd[j] = sampleSd(input.column(j));
    }
    double[][] recycled = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        int c = (j * n + i) % k;
        recycled[i][j] = 100 + 10 * (input.rows()[i][j] - mean[c]) / sd[c];
      }
    }
    assertRelative(scores(new Table(input.codes(), recycled), Aggregation.meanMin(alpha, beta)),
        read("calls/" + call + "/scores.csv").column(0), call);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3"})
  void meanMinAfterZScoresIsTheDocumentedFormula(String in) throws IOException {
    Table input = read("inputs/" + in + ".csv");
    double[] sdk = scores(input, Pipeline.coinrDefault()
        .withNormalisation(Normalisation.zScore(100, 10))
        .withAggregation(Aggregation.meanMin(0.5, 1)));
    int k = PILLARS.length;
    double[] expected = new double[sdk.length];
    for (int i = 0; i < sdk.length; i++) {
      double m = 0;
      double low = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double[] col = input.column(j);
        double z = 100 + 10 * (col[i] - mean(col)) / sampleSd(col);
        m += z / k;
        low = Math.min(low, z);
      }
      expected[i] = m - 0.5 * (Math.sqrt((m - low) * (m - low) + 1) - 1);
    }
    assertRelative(sdk, expected, in + " mean-min");
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I3"})
  void generalisedMeanIsThePowerMeanWhereCiGeneralizedMeanIsBroken(String in)
      throws IOException {
    Table input = read("inputs/" + in + ".csv");
    for (double p : new double[] {2, -1}) {
      String call = in + "_genmean_" + (p == 2 ? "p2" : "pm1");
      double[] sdk = scores(input, Aggregation.generalised(p));
      // na.rm = TRUE (the default) returns the constant 1
      assertThat(read("calls/" + call + "_default/scores.csv").column(0)).containsOnly(1.0);
      // na.rm = FALSE returns mean(x^p) / p: the SDK's power mean M gives M^p / p
      double[] narmF = read("calls/" + call + "_narmF/scores.csv").column(0);
      double[] fromSdk = new double[sdk.length];
      for (int i = 0; i < sdk.length; i++) {
        fromSdk[i] = Math.pow(sdk[i], p) / p;
      }
      assertRelative(fromSdk, narmF, call);
    }
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double sampleSd(double[] x) {
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (x.length - 1));
  }
}

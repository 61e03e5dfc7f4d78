package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.analysis.FactorWeights;
import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weights computed from the data during a run (issue 14). */
class DataWeightsTest {
  private final Engine engine = Engine.standard();
  private final Framework fw = AsemPillars.framework();
  private final Dataset data = AsemPillars.data();

  private Results run(Weighting w) {
    return engine.run(fw, data, Pipeline.coinrDefault().withWeighting(w));
  }

  private double[][] columns(List<String> codes) {
    double[][] cols = new double[codes.size()][];
    for (int j = 0; j < cols.length; j++) {
      cols[j] = data.column(codes.get(j));
    }
    return cols;
  }

  @Test
  void pcaWeightsAreTheHandbookWeightsOfEachGroupOnTheRawData() {
    Results r = run(Weighting.fromFramework().withDataWeights(DataWeights.pca(1)));
    for (List<String> group : List.of(AsemPillars.CONN, AsemPillars.SUST)) {
      // min-max normalisation is affine, so the weights equal those of the raw pillars
      Map<String, Double> expected = FactorWeights.weights(group, columns(group));
      double sum = 0;
      for (String code : group) {
        assertThat(r.weights().get(code)).as(code).isCloseTo(expected.get(code), within(1e-12));
        sum += r.weights().get(code);
      }
      assertThat(sum).isCloseTo(1, within(1e-12));
    }
    assertThat(r.weights().get("Conn")).isEqualTo(1.0);
    double[] conn = r.after(Step.AGGREGATION).column("Conn");
    double[][] norm = new double[AsemPillars.CONN.size()][];
    for (int j = 0; j < norm.length; j++) {
      norm[j] = r.after(Step.NORMALISATION).column(AsemPillars.CONN.get(j));
    }
    for (int u = 0; u < conn.length; u++) {
      double s = 0;
      for (int j = 0; j < norm.length; j++) {
        s += r.weights().get(AsemPillars.CONN.get(j)) * norm[j][u];
      }
      assertThat(conn[u]).isCloseTo(s, within(1e-9));
    }
    assertThat(r.diagnostics().notes()).filteredOn(n -> n.code().equals("data-weights"))
        .extracting(n -> n.place()).containsExactly("Conn", "Sust");
  }

  @Test
  void handbookWeightsFollowFromPsychsLoadings() {
    // Compind's CH-3 call on I1: psych's rotated loadings (conformance file), turned into
    // Handbook weights by hand here
    double[][] psych = {
        {0.73874146026724163, 0.58966923228653878, -0.0087695745077974591},
        {0.9705311002838537, 0.05497258898930777, -0.051460968826365354},
        {0.4360320289558744, 0.81586362734630324, 0.071929655131616477},
        {-0.034529856012232352, 0.88836259605780843, -0.18986282646631797}};
    List<String> items = List.of("Physical", "ConEcFin", "Political", "Instit", "P2P",
        "Environ", "Social", "SusEcFin");
    double[][] l = FactorWeights.loadings(items, columns(items), FactorWeights.Variant.CH, 3);
    Map<String, Double> weights = FactorWeights.weights(items, columns(items),
        FactorWeights.Variant.CH, 3);
    for (int j = 0; j < psych.length; j++) {
      for (int c = 0; c < 3; c++) {
        assertThat(l[j][c]).isCloseTo(psych[j][c], within(1e-9));
      }
    }
    double[] ev = new double[3];
    for (double[] row : l) {
      for (int c = 0; c < 3; c++) {
        ev[c] += row[c] * row[c];
      }
    }
    double total = ev[0] + ev[1] + ev[2];
    double[] raw = new double[items.size()];
    double sum = 0;
    for (int j = 0; j < raw.length; j++) {
      double best = -1;
      for (int c = 0; c < 3; c++) {
        double scaled = l[j][c] * l[j][c] / ev[c];
        if (scaled > best) {
          best = scaled;
          raw[j] = scaled * ev[c] / total;
        }
      }
      sum += raw[j];
    }
    for (int j = 0; j < raw.length; j++) {
      assertThat(weights.get(items.get(j))).isCloseTo(raw[j] / sum, within(1e-15));
    }
  }

  @Test
  void balanceMeetsEqualAndUnequalTargets() {
    // COINr's own test: equal targets at the sub-index level give normalised correlations
    // 0.5 / 0.5, targets 1:2 give 1/3 : 2/3
    for (Map<String, Double> targets : List.of(Map.<String, Double>of(),
        Map.of("Conn", 1.0, "Sust", 2.0))) {
      Results r = run(Weighting.fromFramework()
          .withDataWeights(DataWeights.balance(targets, 2)));
      double[] index = r.after(Step.AGGREGATION).column("Index");
      double rc = corr(r.after(Step.AGGREGATION).column("Conn"), index);
      double rs = corr(r.after(Step.AGGREGATION).column("Sust"), index);
      double want = targets.isEmpty() ? 0.5 : 1.0 / 3;
      assertThat(rc / (rc + rs)).isCloseTo(want, within(1e-6));
      assertThat(r.weights().get("Conn") + r.weights().get("Sust")).isCloseTo(1, within(1e-12));
    }
  }

  @Test
  void infomaxCannotBeImprovedBySmallPerturbations() {
    Results r = run(Weighting.fromFramework().withDataWeights(DataWeights.infomax(1)));
    double best = sumOfCorrelations(r);
    List<String> pillars = new java.util.ArrayList<>(AsemPillars.CONN);
    pillars.addAll(AsemPillars.SUST);
    for (String code : pillars) {
      for (double factor : new double[] {0.98, 1.02}) {
        Map<String, Double> w = new java.util.HashMap<>();
        for (String p : pillars) {
          w.put(p, r.weights().get(p) * (p.equals(code) ? factor : 1));
        }
        Results other = run(Weighting.fromFramework().withManual(w));
        assertThat(sumOfCorrelations(other)).as(code + " x " + factor)
            .isLessThanOrEqualTo(best + 1e-9);
      }
    }
    assertThat(r.diagnostics().notes()).filteredOn(n -> n.code().equals("data-weights"))
        .allSatisfy(n -> assertThat(n.message()).contains("(converged)"));
  }

  private double sumOfCorrelations(Results r) {
    double[] index = r.after(Step.AGGREGATION).column("Index");
    double s = 0;
    for (String p : AsemPillars.CONN) {
      s += corr(r.after(Step.AGGREGATION).column(p), index);
    }
    for (String p : AsemPillars.SUST) {
      s += corr(r.after(Step.AGGREGATION).column(p), index);
    }
    return s;
  }

  private static double corr(double[] x, double[] y) {
    return Correlation.coefficientOf(x, y, CorrelationMethod.PEARSON);
  }

  @Test
  void severalLevelsAtOnceAndTheRestUnchanged() {
    Results r = run(Weighting.equal().withDataWeights(DataWeights.pca(1))
        .withDataWeights(DataWeights.balance(Map.of(), 2)));
    Results pcaOnly = run(Weighting.equal().withDataWeights(DataWeights.pca(1)));
    for (String p : AsemPillars.CONN) {
      assertThat(r.weights().get(p)).isEqualTo(pcaOnly.weights().get(p));
    }
    assertThat(r.weights().get("Conn")).isNotEqualTo(pcaOnly.weights().get("Conn"));
    assertThat(r.weights().get("Index")).isEqualTo(1.0);
  }

  @Test
  void invalidUsesAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> run(Weighting.fromFramework().withDataWeights(DataWeights.pca(3))))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("level 3")
        .hasMessageContaining("expected a level from 1 to 2");
    assertThatThrownBy(() -> run(Weighting.fromFramework().withManual(Map.of("Physical", 2.0))
        .withDataWeights(DataWeights.pca(1))))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("'Physical'");
    assertThatThrownBy(() -> Weighting.fromFramework().withDataWeights(DataWeights.pca(1))
        .withDataWeights(DataWeights.infomax(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level 1");
    assertThatThrownBy(() -> run(Weighting.fromFramework()
        .withDataWeights(DataWeights.balance(Map.of("Nope", 1.0), 2))))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("target.Nope");
    assertThatThrownBy(() -> run(Weighting.fromFramework()
        .withDataWeights(DataWeights.pca("ch", 4, 1))))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("aggregate 'Sust'")
        .hasMessageContaining("dim is 4");
  }

  @Test
  void regeneratingWithOtherDataWeightsReaggregatesOnly() {
    Results nominal = run(Weighting.fromFramework());
    Results pca = engine.regenerate(nominal, nominal.pipeline()
        .withWeighting(Weighting.fromFramework().withDataWeights(DataWeights.pca(1))));
    assertThat(pca.recomputedFrom()).isEqualTo(Step.AGGREGATION);
    assertThat(pca.weights()).isEqualTo(run(Weighting.fromFramework()
        .withDataWeights(DataWeights.pca(1))).weights());
  }

  /** The README's snippet (section "Weights from the data"), verbatim between the markers. */
  @Test
  void readmeSnippet() {
    Framework framework = AsemPillars.framework();
    Dataset data = AsemPillars.data();
    // README (begin)
    Weighting w = Weighting.fromFramework()
        .withDataWeights(DataWeights.pca(1))                   // indicators: Handbook PCA weights
        .withDataWeights(DataWeights.balance(Map.of(), 2));   // sub-indices: balanced correlations
    Results r = Engine.standard().run(framework, data, Pipeline.coinrDefault().withWeighting(w));
    r.weights();                                              // the computed weights, per node
    r.diagnostics().notes();                                  // a data-weights note per aggregate
    // README (end)
    assertThat(r.diagnostics().notes()).filteredOn(n -> n.code().equals("data-weights"))
        .hasSize(3);
  }
}

package io.github.learningcities.lcn.indicators.engine;

import static io.github.learningcities.lcn.indicators.engine.Fixtures.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The single-function golden values of COINr 1.1.14 (section B4 of the composite-indicators
 * research), reproduced through the engine's public API.
 */
class CoinrGoldenValuesTest {
  private static final double[] X = {3, 7, 1, 9, 4, NA, 12, 7};

  private static double[] normalise(Normalisation n, double... x) {
    return normalise(Fixtures.single(), n, x);
  }

  private static double[] normalise(Framework fw, Normalisation n, double... x) {
    Results r = Engine.standard().run(fw, Fixtures.column(x),
        Pipeline.coinrDefault().withNormalisation(n));
    return r.after(Step.NORMALISATION).column("x");
  }

  private static void assertClose(double[] actual, double... expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertThat(actual[i]).as("cell %d", i).isNaN();
      } else {
        assertThat(actual[i]).as("cell %d", i)
            .isCloseTo(expected[i], within(1e-7 * Math.max(1, Math.abs(expected[i]))));
      }
    }
  }

  @Test
  void minMax() {
    assertClose(normalise(Normalisation.minMax(0, 100), X), 18.1818182, 54.5454545, 0,
        72.7272727, 27.2727273, NA, 100, 54.5454545);
    assertClose(normalise(Normalisation.minMax(1, 100), X), 19, 55, 1, 73, 28, NA, 100, 55);
  }

  @Test
  void minMaxNegativeDirection() {
    Framework fw = Fixtures.single().withNode(
        Fixtures.single().node("x").orElseThrow().withDirection(Direction.NEGATIVE));
    assertClose(normalise(fw, Normalisation.minMax(0, 100), X), 81.818182, 45.454545, 100,
        27.272727, 72.727273, NA, 0, 45.454545);
  }

  @Test
  void zScore() {
    assertClose(normalise(Normalisation.zScore(0, 1), X), -0.835710894, 0.2279211529,
        -1.3675269175, 0.7597371764, -0.5698028823, NA, 1.5574612116, 0.2279211529);
    assertClose(normalise(Normalisation.zScore(10, 2), X), 8.328578212, 10.455842306,
        7.264946165, 11.519474353, 8.860394235, NA, 13.114922423, 10.455842306);
  }

  @Test
  void ranksBordaAndPercentRank() {
    assertClose(normalise(Normalisation.rank(), X), 2, 4, 1, 6, 3, NA, 7, 4);
    assertClose(normalise(Normalisation.borda(), X), 1, 3, 0, 5, 2, NA, 6, 3);
    assertClose(normalise(Normalisation.percentRank(), X), 0.1666667, 0.5, 0, 0.8333333,
        0.3333333, NA, 1, 0.5);
  }

  @Test
  void fractionAndDistances() {
    assertClose(normalise(Normalisation.fractionOfMax(), X), 0.25, 0.5833333, 0.0833333, 0.75,
        0.3333333, NA, 1, 0.5833333);
    assertClose(normalise(Normalisation.distanceToMax(), X), 0.181818182, 0.545454545, 0,
        0.727272727, 0.272727273, NA, 1, 0.545454545);
    // COINr's iref = 2 is the second unit (1-based), our "u1".
    assertClose(normalise(Normalisation.distanceToReference("u1", false), X), 0.3333333, 1, 0,
        1.3333333, 0.5, NA, 1.8333333, 1);
    assertClose(normalise(Normalisation.distanceToReference("u1", true), X), 0.3333333, 1, 0,
        1, 0.5, NA, 1, 1);
  }

  @Test
  void distanceToTarget() {
    Framework fw = Fixtures.single().withNode(
        Fixtures.single().node("x").orElseThrow().withTarget(10));
    assertClose(normalise(fw, Normalisation.distanceToTarget(false), X), 0.2222222, 0.6666667,
        0, 0.8888889, 0.3333333, NA, 1.2222222, 0.6666667);
    Framework neg = Fixtures.single().withNode(Fixtures.single().node("x").orElseThrow()
        .withTarget(2).withDirection(Direction.NEGATIVE));
    assertClose(normalise(neg, Normalisation.distanceToTarget(false), X), 0.9, 0.5, 1.1, 0.3,
        0.8, NA, 0, 0.5);
  }

  @Test
  void goalpostsAndScaled() {
    assertClose(normalise(Normalisation.goalposts(2, 10, 100, true), X), 12.5, 62.5, 0, 87.5,
        25, NA, 100, 62.5);
    Framework neg = Fixtures.single().withNode(
        Fixtures.single().node("x").orElseThrow().withDirection(Direction.NEGATIVE));
    assertClose(normalise(neg, Normalisation.goalposts(2, 10, 100, true), X), 87.5, 37.5, 100,
        12.5, 75, NA, 0, 37.5);
    assertClose(normalise(Normalisation.goalposts(2, 10, 1, false), X), 0.125, 0.625, -0.125,
        0.875, 0.25, NA, 1.25, 0.625);
    assertClose(normalise(Normalisation.scaled(0, 20, 100), X), 15, 35, 5, 45, 20, NA, 60, 35);
  }

  private static double aggregate(Aggregation a, double[] w, double... y) {
    Results r = Engine.standard().run(Fixtures.flat(w), Fixtures.rows(new double[][] {y}),
        Pipeline.coinrDefault().withNormalisation(null).withAggregation(a));
    return r.score("u0", "I").orElseThrow();
  }

  @Test
  void meansSkipMissingWithTheirWeights() {
    double[] w = {1, 2, 1, 1};
    assertThat(aggregate(Aggregation.arithmetic(), w, 10, NA, 30, 40))
        .isCloseTo(26.66666667, within(1e-8));
    assertThat(aggregate(Aggregation.geometric(), w, 10, NA, 30, 40))
        .isCloseTo(22.89428485, within(1e-8));
    assertThat(aggregate(Aggregation.harmonic(), w, 10, NA, 30, 40))
        .isCloseTo(18.94736842, within(1e-8));
  }

  @Test
  void generalisedMean() {
    double[] w = {1, 1, 1};
    assertThat(aggregate(Aggregation.generalised(2), w, 10, 30, 40)).isCloseTo(29.4392,
        within(1e-4));
    assertThat(aggregate(Aggregation.generalised(-2), w, 10, 30, 40)).isCloseTo(15.98816,
        within(1e-5));
    // COINr's tests: p = -1 equals the harmonic mean, p = 1 the arithmetic mean.
    assertThat(aggregate(Aggregation.generalised(-1), w, 1, 2, 3))
        .isCloseTo(aggregate(Aggregation.harmonic(), w, 1, 2, 3), within(1e-12));
    assertThat(aggregate(Aggregation.generalised(1), w, 1, 2, 3)).isCloseTo(2, within(1e-12));
  }

  @Test
  void copelandAndOutranking() {
    double[][] x = {{1, 5, 2}, {2, 3, 2}, {3, 4, 5}, {4, 1, 1}, {5, 2, 4}};
    Results cope = Engine.standard().run(Fixtures.flat(1, 1, 2), Fixtures.rows(x),
        Pipeline.coinrDefault().withNormalisation(null).withAggregation(Aggregation.copeland()));
    assertClose(cope.scores("I"), -1, -1, 4, -4, 2);
    Results mean = Engine.standard().run(Fixtures.flat(1, 1, 2), Fixtures.rows(x),
        Pipeline.coinrDefault().withNormalisation(null));
    assertClose(mean.scores("I"), 2.50, 2.25, 4.25, 1.75, 3.75);
  }

  @Test
  void treatmentWinsorisesThenLogs() {
    double[] z = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100};
    Results r = Engine.standard().run(Fixtures.single(), Fixtures.column(z),
        Pipeline.coinrDefault().withTreatment(Treatment.coinrDefault()));
    double[] t = r.after(Step.TREATMENT).column("x");
    assertThat(t[10]).isEqualTo(10.0);
    assertThat(r.diagnostics().treatments()).singleElement().satisfies(s -> {
      assertThat(s.skewBefore()).isCloseTo(3.255638184, within(1e-9));
      assertThat(s.kurtosisBefore()).isCloseTo(10.70667391, within(1e-8));
      assertThat(s.winsorised()).isEqualTo(1);
    });

    double[] z2 = new double[23];
    for (int i = 0; i < 20; i++) {
      z2[i] = i + 1;
    }
    z2[20] = 100;
    z2[21] = 200;
    z2[22] = 400;
    Results w = Engine.standard().run(Fixtures.single(), Fixtures.column(z2),
        Pipeline.coinrDefault().withTreatment(Treatment.coinrDefault()));
    double[] t2 = w.after(Step.TREATMENT).column("x");
    assertThat(new double[] {t2[20], t2[21], t2[22]}).containsExactly(100, 100, 100);
    assertThat(w.diagnostics().treatments().get(0).winsorised()).isEqualTo(2);

    Results logged = Engine.standard().run(Fixtures.single(), Fixtures.column(z2),
        Pipeline.coinrDefault().withTreatment(Treatment.winsorise(1, 2, 3.5, "log-ct")));
    double[] t3 = logged.after(Step.TREATMENT).column("x");
    assertThat(t3[0]).isCloseTo(1.383791231, within(1e-9));
    assertThat(t3[1]).isCloseTo(1.607435910, within(1e-9));
    assertThat(t3[20]).isCloseTo(4.634631896, within(1e-9));
    assertThat(t3[21]).isCloseTo(5.313156717, within(1e-9));
    assertThat(t3[22]).isCloseTo(5.998911748, within(1e-9));
  }

  @Test
  void boxCox() {
    double[] z = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100};
    Results r = Engine.standard().run(Fixtures.single(), Fixtures.column(z),
        Pipeline.coinrDefault().withTreatment(Treatment.boxCox(0.5)));
    assertClose(r.after(Step.TREATMENT).column("x"), 0, 0.8284271, 1.4641016, 2, 2.4721360,
        2.8989795, 3.2915026, 3.6568542, 4, 4.3245553, 18);
    Results lg = Engine.standard().run(Fixtures.single(), Fixtures.column(z),
        Pipeline.coinrDefault().withTreatment(Treatment.log("log-ct")));
    double[] l = lg.after(Step.TREATMENT).column("x");
    assertThat(l[0]).isCloseTo(-0.01005033585, within(1e-10));
    assertThat(l[1]).isCloseTo(0.68813463874, within(1e-10));
    assertThat(l[2]).isCloseTo(1.0952733874, within(1e-9));
    assertThat(l[9]).isCloseTo(2.30158459266, within(1e-10));
    assertThat(l[10]).isCloseTo(4.60507018099, within(1e-10));
  }

  @Test
  void imputation() {
    double[] q = {2, NA, 4, 10, NA, 6};
    assertClose(impute(Imputation.mean(), q), 2, 5.5, 4, 10, 5.5, 6);
    assertClose(impute(Imputation.median(), q), 2, 5, 4, 10, 5, 6);
    assertClose(impute(Imputation.groupMean("f"), q), 2, 2, 4, 10, 2, 6);
    assertClose(impute(Imputation.groupMedian("f"), q), 2, 2, 4, 10, 2, 6);
  }

  private static double[] impute(Imputation imputation, double[] q) {
    String[] f = {"a", "a", "b", "b", "a", "b"};
    List<io.github.learningcities.lcn.indicators.data.Unit> units = new java.util.ArrayList<>();
    for (int i = 0; i < q.length; i++) {
      units.add(new io.github.learningcities.lcn.indicators.data.Unit("u" + i, null,
          Map.of("f", f[i]), Map.of()));
    }
    var data = io.github.learningcities.lcn.indicators.data.Dataset.ofColumns(units,
        Map.of("x", q));
    Results r = Engine.standard().run(Fixtures.single(), data,
        Pipeline.coinrDefault().withImputation(imputation));
    return r.after(Step.IMPUTATION).column("x");
  }
}

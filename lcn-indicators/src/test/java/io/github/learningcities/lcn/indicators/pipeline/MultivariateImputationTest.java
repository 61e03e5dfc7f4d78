package io.github.learningcities.lcn.indicators.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.ImputedCell;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.method.InvalidParameterException;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: expectation-maximisation, k-nearest-neighbour and regression imputation, checked
 * against values derived here by other means (closed-form least squares, hand-computed
 * distances).
 */
class MultivariateImputationTest {
  private static final double NA = Double.NaN;

  static Framework flat(String... codes) {
    Framework.Builder b = Framework.builder().node("I", null);
    for (String c : codes) {
      b.node(c, "I");
    }
    return b.build();
  }

  static Dataset data(Map<String, double[]> columns) {
    int n = columns.values().iterator().next().length;
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      units.add(Unit.of("u" + i, null));
    }
    return Dataset.ofColumns(units, columns);
  }

  static Map<String, Double> imputed(Results r, String indicator) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (ImputedCell c : r.diagnostics().imputedCells()) {
      if (c.indicator().equals(indicator)) {
        out.put(c.unit(), c.value());
      }
    }
    return out;
  }

  static Results run(Map<String, double[]> cols, Imputation imputation) {
    return Engine.standard().run(flat(cols.keySet().toArray(String[]::new)), data(cols),
        Pipeline.coinrDefault().withTreatment(null).withImputation(imputation));
  }

  /** Least squares of y on x over the pairs where both are present: {intercept, slope}. */
  static double[] ols(double[] x, double[] y) {
    double sx = 0;
    double sy = 0;
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        sx += x[i];
        sy += y[i];
        n++;
      }
    }
    double mx = sx / n;
    double my = sy / n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
      }
    }
    double b = sxy / sxx;
    return new double[] {my - b * mx, b};
  }

  private static final double[] X = {1, 2, 3, 4, 5, 6, 7, 8};
  private static final double[] Y = {2.1, 3.9, NA, 8.2, 9.7, NA, 14.5, 15.8};

  /**
   * With x complete and y missing at random, the normal likelihood factors into that of x and
   * that of y given x (Anderson 1957): EM's fixed point is the complete-case regression of y on
   * x, so its conditional means are that regression's predictions.
   */
  @Test
  void emConvergesToTheCompleteCaseRegressionWhenOnlyOneIndicatorHasGaps() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x", X);
    cols.put("y", Y);
    double[] ab = ols(X, Y);
    Results r = run(cols, Imputation.expectationMaximisation());
    assertThat(imputed(r, "y")).containsOnlyKeys("u2", "u5");
    assertThat(imputed(r, "y").get("u2")).isCloseTo(ab[0] + ab[1] * 3, within(1e-6));
    assertThat(imputed(r, "y").get("u5")).isCloseTo(ab[0] + ab[1] * 6, within(1e-6));
    assertThat(r.diagnostics().imputedCells()).allSatisfy(c ->
        assertThat(c.method()).isEqualTo("em"));
    assertThat(r.diagnostics().notes()).noneMatch(n -> n.code().equals("em-not-converged"));
  }

  @Test
  void regressionPredictsFromTheCompleteCases() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x", X);
    cols.put("y", Y);
    double[] ab = ols(X, Y);
    Results r = run(cols, Imputation.regression());
    assertThat(imputed(r, "y").get("u2")).isCloseTo(ab[0] + ab[1] * 3, within(1e-9));
    assertThat(imputed(r, "y").get("u5")).isCloseTo(ab[0] + ab[1] * 6, within(1e-9));
  }

  /**
   * A unit missing two indicators: each is predicted from the one indicator it has, by the
   * regression fitted where both are present (the other imputed value is never a predictor).
   */
  @Test
  void regressionPredictsEachCellOfARowWithSeveralGapsFromWhatTheUnitHas() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    double[] a = {1, 2, 3, 4, 5, 6};
    double[] b = {2, 1, 4, 3, 6, NA};
    double[] c = {5, 3, 2, 2, 1, NA};
    cols.put("a", a);
    cols.put("b", b);
    cols.put("c", c);
    Results r = run(cols, Imputation.regression());
    double[] ab = ols(a, b);
    double[] ac = ols(a, c);
    assertThat(imputed(r, "b").get("u5")).isCloseTo(ab[0] + ab[1] * 6, within(1e-9));
    assertThat(imputed(r, "c").get("u5")).isCloseTo(ac[0] + ac[1] * 6, within(1e-9));
  }

  /**
   * u4 has only c; no unit has both a and c, so the regression of a on c has no unit to be
   * fitted on: c is dropped as a predictor and u4's a is the mean of a's present values; the
   * regression of b on c is fitted on u2 and u3, the units that have both.
   */
  @Test
  void regressionWithoutAUnitHavingAllPredictorsDropsPredictorsUntilOneHas() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    double[] a = {1, 2, NA, NA, NA};
    double[] b = {3, 5, 4, 8, NA};
    double[] c = {NA, NA, 10, 30, 20};
    cols.put("a", a);
    cols.put("b", b);
    cols.put("c", c);
    Results r = run(cols, Imputation.regression());
    // a at u4: predictors {c}; no unit has a and c: dropped, a's mean 1.5.
    assertThat(imputed(r, "a").get("u4")).isCloseTo(1.5, within(1e-12));
    // b at u4: predictors {c}, fitted on u2 and u3 (b = 4, 8 at c = 10, 30): b = 2 + 0.2 c.
    assertThat(imputed(r, "b").get("u4")).isCloseTo(6.0, within(1e-12));
    // a at u2: predictors {b, c}; no unit has a, b and c: the predictor present with a in the
    // fewest units (c: none) is dropped, then a on b over u0, u1 (a = 1, 2 at b = 3, 5).
    double[] ab = ols(b, a);
    assertThat(imputed(r, "a").get("u2")).isCloseTo(ab[0] + ab[1] * 4, within(1e-12));
    assertThat(imputed(r, "a").get("u3")).isCloseTo(ab[0] + ab[1] * 8, within(1e-12));
  }

  /**
   * b = 2a exactly makes the covariance singular; the sweep leaves b out as a predictor and c
   * is predicted from a alone (the same prediction as from b alone).
   */
  @Test
  void aSingularCovarianceLeavesCollinearPredictorsOut() {
    double[] a = {1, 2, 3, 4, 5, 6, 7};
    double[] b = {2, 4, 6, 8, 10, 12, 14};
    double[] c = {1.5, 1.9, 3.7, 3.9, 5.2, 6.8, NA};
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("a", a);
    cols.put("b", b);
    cols.put("c", c);
    double[] ac = ols(a, c);
    for (Imputation i : List.of(Imputation.regression(), Imputation.expectationMaximisation())) {
      Results r = run(cols, i);
      assertThat(imputed(r, "c").get("u6")).as(i.method())
          .isCloseTo(ac[0] + ac[1] * 7, within(1e-6));
    }
  }

  @Test
  void emOnCompleteDataImputesNothing() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x", X);
    cols.put("y", new double[] {3, 1, 4, 1, 5, 9, 2, 6});
    Results r = run(cols, Imputation.expectationMaximisation());
    assertThat(r.diagnostics().imputedCells()).isEmpty();
  }

  @Test
  void emThatReachesItsIterationCapSaysSo() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x", new double[] {1, 2, NA, 4, 5, 6, 7, 9});
    cols.put("y", Y);
    Results r = run(cols, Imputation.of("em", Parameters.of(Map.of("maxIterations", 1))));
    assertThat(r.diagnostics().notes()).anySatisfy(n -> {
      assertThat(n.code()).isEqualTo("em-not-converged");
      assertThat(n.message()).contains("maxIterations").contains("1 iterations");
    });
    assertThat(r.diagnostics().imputedCells()).hasSize(3);
  }

  /** Unit u5 has only indicator a, so its neighbours are ordered by |a - 2.4|. */
  @Test
  void nearestNeighboursAveragesTheKNearestUnitsWhereTheIndicatorIsPresent() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("a", new double[] {1, 2, 3, 4, 5, 2.4});
    cols.put("b", new double[] {0, 2, 4, 6, 8, NA});
    cols.put("c", new double[] {10, 20, 30, 40, 50, NA});
    Results r = run(cols, Imputation.nearestNeighbours(2));
    // u5 shares only a with the others; a's present values 1, 2, 3, 4, 5, 2.4 have one sd for
    // all, so the order of distances is that of |a - 2.4|: u1 (0.4), u2 (0.6), then u0, u3.
    assertThat(imputed(r, "c").get("u5")).isEqualTo((20 + 30) / 2.0);
    // b: the nearest by a are again u1 and u2, whose b are 2 and 4.
    assertThat(imputed(r, "b").get("u5")).isEqualTo(3.0);
  }

  @Test
  void nearestNeighboursBreaksTiesByUnitCode() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    // u3 is at a = 2, exactly between u1 (a = 1) and u2 (a = 3): with k = 1 the tie goes to
    // u1, whose code sorts first, whatever the order of the units.
    cols.put("a", new double[] {0, 1, 3, 2});
    cols.put("b", new double[] {7, 10, 30, NA});
    Results r = run(cols, Imputation.nearestNeighbours(1));
    assertThat(imputed(r, "b").get("u3")).isEqualTo(10.0);
    List<Unit> reversed = new ArrayList<>();
    for (String u : new String[] {"u3", "u2", "u1", "u0"}) {
      reversed.add(Unit.of(u, null));
    }
    Map<String, double[]> rev = new LinkedHashMap<>();
    rev.put("a", new double[] {2, 3, 1, 0});
    rev.put("b", new double[] {NA, 30, 10, 7});
    Results back = Engine.standard().run(flat("a", "b"), Dataset.ofColumns(reversed, rev),
        Pipeline.coinrDefault().withTreatment(null)
            .withImputation(Imputation.nearestNeighbours(1)));
    assertThat(imputed(back, "b").get("u3")).isEqualTo(10.0);
  }

  @Test
  void aUnitWithNoSharedIndicatorIsLeftMissingWithANote() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("a", new double[] {1, 2, 3, NA});
    cols.put("b", new double[] {4, 5, 6, NA});
    Results r = run(cols, Imputation.nearestNeighbours(3));
    assertThat(r.diagnostics().imputedCells()).isEmpty();
    assertThat(r.diagnostics().notes()).filteredOn(n -> n.code().equals("not-imputed"))
        .extracting(n -> n.unit()).containsOnly(Optional.of("u3"));
  }

  @Test
  void replicationsDifferFromEachOtherAndRepeatExactly() {
    Map<String, double[]> cols = new LinkedHashMap<>();
    cols.put("x", X);
    cols.put("y", Y);
    for (Imputation base : List.of(Imputation.expectationMaximisation(),
        Imputation.regression())) {
      List<Imputation> draws = Imputation.multiple(base, 3);
      assertThat(draws).extracting(i -> i.parameters().number("draw", 0))
          .containsExactly(1.0, 2.0, 3.0);
      Map<String, Double> one = imputed(run(cols, draws.get(0)), "y");
      Map<String, Double> again = imputed(run(cols, draws.get(0)), "y");
      Map<String, Double> two = imputed(run(cols, draws.get(1)), "y");
      Map<String, Double> mean = imputed(run(cols, base), "y");
      assertThat(one).isEqualTo(again);
      assertThat(one.get("u2")).isNotEqualTo(two.get("u2")).isNotEqualTo(mean.get("u2"));
    }
  }

  @Test
  void parametersAreCheckedWhereTheStepIsBuilt() {
    assertThatThrownBy(() -> Imputation.nearestNeighbours(0))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("k");
    assertThatThrownBy(() -> Imputation.of("em", Parameters.of(Map.of("tolerance", 0))))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> Imputation.multiple(Imputation.mean(), 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'mean'");
    assertThatThrownBy(() -> Imputation.multiple(Imputation.regression(), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
  }
}

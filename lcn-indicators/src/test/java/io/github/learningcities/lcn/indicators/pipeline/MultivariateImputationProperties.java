package io.github.learningcities.lcn.indicators.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the multivariate imputations (issue #14): the order of the units does not
 * matter, observed cells are never changed, k-nearest-neighbour values stay within the observed
 * range, and expectation-maximisation leaves complete data alone.
 */
class MultivariateImputationProperties {

  /** A table of units x indicators (some cells missing) and a seed for shuffling it. */
  record Table(double[][] columns, long seed) {
    int units() {
      return columns[0].length;
    }
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<Integer> n = Arbitraries.integers().between(3, 14);
    Arbitrary<Integer> p = Arbitraries.integers().between(2, 5);
    Arbitrary<Long> seeds = Arbitraries.longs();
    Arbitrary<Double> missing = Arbitraries.doubles().between(0, 0.4);
    return Combinators.combine(n, p, seeds, missing).as((units, indicators, seed, share) -> {
      Random r = new Random(seed);
      double[][] cols = new double[indicators][units];
      double[] latent = new double[units];
      for (int i = 0; i < units; i++) {
        latent[i] = r.nextGaussian();
      }
      for (int j = 0; j < indicators; j++) {
        double scale = Math.pow(10, r.nextInt(5) - 2);
        for (int i = 0; i < units; i++) {
          cols[j][i] = Math.round((latent[i] + r.nextGaussian()) * scale * 1000) / 1000.0;
        }
        for (int i = 0; i < units; i++) {
          if (r.nextDouble() < share && i != j % units) {
            cols[j][i] = Double.NaN;
          }
        }
      }
      return new Table(cols, seed);
    });
  }

  @Provide
  Arbitrary<Imputation> imputations() {
    return Arbitraries.of(Imputation.expectationMaximisation(), Imputation.regression(),
        Imputation.nearestNeighbours(1), Imputation.nearestNeighbours(3),
        Imputation.of("em", Parameters.of(Map.of("draw", 2))),
        Imputation.of("regression", Parameters.of(Map.of("draw", 5))));
  }

  static Results run(double[][] cols, List<String> unitCodes, Imputation imputation) {
    Framework f = framework(cols.length);
    List<Unit> units = new ArrayList<>();
    for (String u : unitCodes) {
      units.add(Unit.of(u, null));
    }
    Map<String, double[]> data = new LinkedHashMap<>();
    for (int j = 0; j < cols.length; j++) {
      data.put("i" + j, cols[j]);
    }
    return Engine.standard().run(f, Dataset.ofColumns(units, data),
        Pipeline.coinrDefault().withTreatment(null).withImputation(imputation));
  }

  private static Framework framework(int p) {
    Framework.Builder b = Framework.builder().node("I", null);
    for (int j = 0; j < p; j++) {
      b.node("i" + j, "I");
    }
    return b.build();
  }

  private static List<String> codes(int n) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      codes.add("u" + i);
    }
    return codes;
  }

  @Property(tries = 200)
  void theOrderOfTheUnitsDoesNotMatter(@ForAll("tables") Table t,
      @ForAll("imputations") Imputation imputation) {
    int n = t.units();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(t.seed()));
    double[][] shuffled = new double[t.columns().length][n];
    List<String> shuffledCodes = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      shuffledCodes.add("u" + order.get(k));
      for (int j = 0; j < t.columns().length; j++) {
        shuffled[j][k] = t.columns()[j][order.get(k)];
      }
    }
    Dataset a = run(t.columns(), codes(n), imputation).after(Step.IMPUTATION);
    Dataset b = run(shuffled, shuffledCodes, imputation).after(Step.IMPUTATION);
    for (int j = 0; j < t.columns().length; j++) {
      double[] x = a.column("i" + j);
      double[] y = b.column("i" + j);
      for (int k = 0; k < n; k++) {
        double expected = x[order.get(k)];
        double actual = y[k];
        // Exactly: the methods sum over units in the order of their codes.
        assertThat(Double.valueOf(actual))
            .as("%s, unit u%d, indicator i%d", imputation, order.get(k), j)
            .isEqualTo(Double.valueOf(expected));
      }
    }
  }

  @Property(tries = 200)
  void observedCellsAreNeverChanged(@ForAll("tables") Table t,
      @ForAll("imputations") Imputation imputation) {
    Dataset after = run(t.columns(), codes(t.units()), imputation).after(Step.IMPUTATION);
    for (int j = 0; j < t.columns().length; j++) {
      double[] before = t.columns()[j];
      double[] now = after.column("i" + j);
      for (int i = 0; i < before.length; i++) {
        if (!Double.isNaN(before[i])) {
          assertThat(now[i]).isEqualTo(before[i]);
        }
      }
    }
  }

  @Property(tries = 200)
  void nearestNeighbourValuesLieWithinTheObservedRange(@ForAll("tables") Table t,
      @ForAll("ks") int k) {
    Results r = run(t.columns(), codes(t.units()), Imputation.nearestNeighbours(k));
    Dataset after = r.after(Step.IMPUTATION);
    for (int j = 0; j < t.columns().length; j++) {
      double[] present = Arrays.stream(t.columns()[j]).filter(v -> !Double.isNaN(v)).toArray();
      double lo = Arrays.stream(present).min().orElseThrow();
      double hi = Arrays.stream(present).max().orElseThrow();
      for (double v : after.column("i" + j)) {
        if (!Double.isNaN(v)) {
          assertThat(v).isBetween(lo, hi);
        }
      }
    }
  }

  @Provide
  Arbitrary<Integer> ks() {
    return Arbitraries.integers().between(1, 6);
  }

  @Property(tries = 100)
  void expectationMaximisationLeavesCompleteDataAlone(@ForAll("tables") Table t) {
    double[][] complete = new double[t.columns().length][];
    for (int j = 0; j < complete.length; j++) {
      complete[j] = t.columns()[j].clone();
      for (int i = 0; i < complete[j].length; i++) {
        if (Double.isNaN(complete[j][i])) {
          complete[j][i] = i + 0.5 * j;
        }
      }
    }
    Results r = run(complete, codes(t.units()), Imputation.expectationMaximisation());
    assertThat(r.diagnostics().imputedCells()).isEmpty();
    for (int j = 0; j < complete.length; j++) {
      assertThat(r.after(Step.IMPUTATION).column("i" + j)).containsExactly(complete[j]);
    }
  }
}

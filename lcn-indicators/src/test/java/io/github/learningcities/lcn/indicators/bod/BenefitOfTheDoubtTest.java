package io.github.learningcities.lcn.indicators.bod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.method.InvalidParameterException;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The rules of the Benefit-of-the-Doubt methods: missing data, zeros, ties, errors, weights. */
class BenefitOfTheDoubtTest {
  static final double NA = Double.NaN;

  @Test
  void aMissingChildCountsAsZeroAndItsWeightIsLeftOut() {
    double[][] withMissing = {{4, NA}, {2, 2}, {1, 4}};
    double[][] withZero = {{4, 0}, {2, 2}, {1, 4}};
    Results a = BodCases.run(withMissing, Aggregation.bod());
    Results b = BodCases.run(withZero, Aggregation.bod());
    assertThat(BodCases.scores(a)).containsExactly(BodCases.scores(b));
    assertThat(a.unitWeights("u0", "I")).containsOnlyKeys("c0");
    assertThat(b.unitWeights("u0", "I")).containsOnlyKeys("c0", "c1");
  }

  @Test
  void theFrontierTiesAtExactlyOneAndAnAllZeroUnitScoresZero() {
    // u0, u1, u2 are on the frontier; u3 is all zero; u4 inside
    double[][] rows = {{10, 0}, {0, 10}, {7, 7}, {0, 0}, {3, 3}};
    Results r = BodCases.run(rows, Aggregation.bod());
    double[] s = BodCases.scores(r);
    assertThat(java.util.Arrays.copyOf(s, 4)).containsExactly(1, 1, 1, 0);
    assertThat(s[4]).isCloseTo(3.0 / 7, Offset.offset(1e-15));
    assertThat(r.ranks("I")).containsEntry("u0", 1).containsEntry("u1", 1)
        .containsEntry("u2", 1).containsEntry("u4", 4).containsEntry("u3", 5);
  }

  @Test
  void unitWeightsReproduceTheScoreAndAreFeasible() {
    double[][] rows = {{3, 1, 2}, {1, 3, 2}, {2, 2, 1}, {1, 1, 1}};
    Results r = BodCases.run(rows, Aggregation.bod());
    assertThat(r.unitWeightNodes()).containsExactly("I");
    for (int u = 0; u < rows.length; u++) {
      Map<String, Double> w = r.unitWeights("u" + u, "I");
      double s = 0;
      for (int j = 0; j < 3; j++) {
        s += w.get("c" + j) * rows[u][j];
      }
      assertThat(s).isCloseTo(r.score("u" + u, "I").orElseThrow(), Offset.offset(1e-12));
      for (double[] row : rows) {
        double v = 0;
        for (int j = 0; j < 3; j++) {
          v += w.get("c" + j) * row[j];
        }
        assertThat(v).isLessThanOrEqualTo(1 + 1e-12);
      }
    }
    // weights are part of equality: the same run twice and a regeneration are equal
    assertThat(BodCases.run(rows, Aggregation.bod())).isEqualTo(r);
    Results arithmetic = Engine.standard().regenerate(r,
        r.pipeline().withAggregation(Aggregation.arithmetic()));
    assertThat(arithmetic.unitWeightNodes()).isEmpty();
    assertThat(arithmetic.unitWeights("u0", "I")).isEmpty();
    assertThat(arithmetic).isNotEqualTo(r);
  }

  @Test
  void impliedWeightsAreTheMeanSharesAndServeAsFixedWeights() {
    double[][] rows = {{3, 1, 2}, {1, 3, 2}, {2, 2, 1}, {1, 1, 1}, {0, 0, 0}};
    Results r = BodCases.run(rows, Aggregation.bod());
    Map<String, Double> w = io.github.learningcities.lcn.indicators.analysis.ImpliedWeights
        .meanShares(r, "I");
    assertThat(w).containsOnlyKeys("c0", "c1", "c2");
    double[] mean = new double[3];
    for (int u = 0; u < 4; u++) {   // u4 scores 0: left out
      Map<String, Double> uw = r.unitWeights("u" + u, "I");
      double score = r.score("u" + u, "I").orElseThrow();
      for (int j = 0; j < 3; j++) {
        mean[j] += uw.get("c" + j) * rows[u][j] / score / 4;
      }
    }
    for (int j = 0; j < 3; j++) {
      assertThat(w.get("c" + j)).isCloseTo(mean[j], Offset.offset(1e-12));
    }
    assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, Offset.offset(1e-12));
    // doubling a child (an exact rescaling) leaves the shares as they are
    double[][] doubled = new double[rows.length][];
    for (int u = 0; u < rows.length; u++) {
      doubled[u] = rows[u].clone();
      doubled[u][1] *= 2;
    }
    assertThat(io.github.learningcities.lcn.indicators.analysis.ImpliedWeights.meanShares(
        BodCases.run(doubled, Aggregation.bod()), "I")).isEqualTo(w);
    Results fixed = Engine.standard().regenerate(r, r.pipeline().withAggregation(
        Aggregation.arithmetic()).withWeighting(
            io.github.learningcities.lcn.indicators.pipeline.Weighting.fromFramework()
                .withManual(w)));
    assertThat(fixed.weights()).containsAllEntriesOf(w);
    assertThatThrownBy(() -> io.github.learningcities.lcn.indicators.analysis.ImpliedWeights
        .meanShares(fixed, "I")).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("aggregate 'I'").hasMessageContaining("no unit weights");
  }

  @Test
  void theMethodsAreAlternativesOfAnUncertaintyFactor() {
    double[][] rows = {{3, 1, 2}, {1, 3, 2}, {2, 2, 1}, {1, 1, 1}, {2, 1, 3}};
    Results nominal = BodCases.run(rows, Aggregation.arithmetic());
    var spec = io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec.of(List.of(
        io.github.learningcities.lcn.indicators.uncertainty.Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.bod(), Aggregation.bod(0.1, 0.6),
                Aggregation.bodDirectional(1, 1, 1), Aggregation.bodRobust(3, 20, 5)))),
        64, 42L);
    var result = io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis.run(
        Engine.standard(), nominal, spec);
    assertThat(result.replications()).allMatch(r -> r.failure().isEmpty());
    assertThat(result.replications().stream().map(r -> r.pipeline().aggregation().method())
        .distinct()).contains("bod", "bod-directional", "bod-robust");
  }

  @Test
  void negativeValuesAreRefusedNamingThePlace() {
    double[][] rows = {{1, 2}, {3, -1}};
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bod()))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("aggregate 'I'").hasMessageContaining("'c1' is -1.0")
        .hasMessageContaining("unit 'u1'").hasMessageContaining("non-negative");
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bodRobust(5, 10, 1)))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("unit 'u1'");
  }

  /** Compind gives such a unit score 0 and NaN shares. */
  @Test
  void aPositiveLowerShareOnAZeroValueIsRefusedNamingUnitChildAndBounds() {
    double[][] rows = {{1, 2, 3}, {3, 0, 1}, {2, 2, 2}};
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bod(0.1, 0.9)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("unit 'u1'").hasMessageContaining("'c1' is 0")
        .hasMessageContaining("lowerShare = 0.1, upperShare = 0.9")
        .hasMessageContaining("lowerShare = 0");
    // without a lower bound a zero is fine
    assertThat(java.util.Arrays.stream(BodCases.scores(BodCases.run(rows,
        Aggregation.bod(0, 0.9)))).boxed().toList()).allMatch(s -> s > 0 && s <= 1);
  }

  /** Compind: score 0 and NaN shares, as for every unit when the bounds cannot hold at all. */
  @Test
  void anUpperShareThatTheUnitsPositiveChildrenCannotMeetIsRefused() {
    double[][] rows = {{1, 2, 3}, {3, 0, 0}, {2, 2, 2}};
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bod(0, 0.5)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("unit 'u1'").hasMessageContaining("positive on 1 of its children")
        .hasMessageContaining("upperShare >= 1/1");
    double[][] two = {{1, 2, 3}, {3, 1, 0}, {2, 2, 2}};
    assertThat(BodCases.scores(BodCases.run(two, Aggregation.bod(0, 0.5)))[1]).isPositive();
  }

  @Test
  void anUpperShareTooSmallForTheChildrenIsRefused() {
    double[][] rows = {{1, 2, 3}, {3, 1, 1}};
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bod(0, 0.3)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("upperShare = 0.3").hasMessageContaining("3 present children");
  }

  @Test
  void boundsOnAUnitWithMissingChildrenCountItsPresentChildren() {
    double[][] rows = {{1, 2, 3}, {3, NA, NA}, {2, 2, 2}};
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bod(0, 0.5)))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("unit 'u1'").hasMessageContaining("1 present children");
  }

  @Test
  void declaredParametersAreCheckedWhenTheStepIsBuilt() {
    assertThatThrownBy(() -> Aggregation.bod(0.5, 0.2))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("lowerShare <= upperShare");
    assertThatThrownBy(() -> Aggregation.of("bod", Parameters.of(Map.of("lowerShre", 0.1))))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("lowerShare");
    assertThatThrownBy(() -> Aggregation.bodRobust(0, 10, 1))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'m'");
  }

  @Test
  void aDirectionThatDoesNotFitTheChildrenIsRefused() {
    double[][] rows = {{1, 2}, {3, 1}};
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bodDirectional(1, 1, 1)))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("has 3 entries")
        .hasMessageContaining("[c0, c1]");
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bodDirectional(0, 0)))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("all zero");
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bodDirectional(1, -1)))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("child 'c1'");
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.of("bod-directional",
        Parameters.of(Map.of("direction", "1,x"))))).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("'x'");
  }

  @Test
  void directionalWithAZeroEntryStillScoresTheFrontierAtOne() {
    double[][] rows = {{4, 1}, {1, 4}, {2, 2}, {1, 1}};
    double[] s = BodCases.scores(BodCases.run(rows, Aggregation.bodDirectional(1, 0)));
    assertThat(s[0]).isEqualTo(1.0);
    assertThat(s[3]).isLessThan(1);
  }

  /** With m far above the number of units every unit is drawn: order-m becomes FDH. */
  @Test
  void robustBodWithManyDrawsIsTheFreeDisposalHullScore() {
    double[][] rows = {{4, 1, 2}, {1, 4, 2}, {2, 2, 1}, {1, 1, 1}, {3, 3, 0}};
    double[] s = BodCases.scores(BodCases.run(rows, Aggregation.bodRobust(400, 20, 7)));
    for (int i = 0; i < rows.length; i++) {
      double fdh = 0;
      for (double[] r : rows) {
        double lo = Double.POSITIVE_INFINITY;
        for (int j = 0; j < 3; j++) {
          if (rows[i][j] > 0) {
            lo = Math.min(lo, r[j] / rows[i][j]);
          }
        }
        fdh = Math.max(fdh, lo);
      }
      assertThat(s[i]).isCloseTo(1 / fdh, Offset.offset(1e-15));
    }
  }

  @Test
  void robustBodIsTheSameWhateverTheThreadsAndTheUnitOrder() throws Exception {
    SplittableRandom random = new SplittableRandom(3);
    int n = 300;
    double[][] rows = new double[n][5];
    for (double[] row : rows) {
      for (int j = 0; j < 5; j++) {
        row[j] = 1 + random.nextDouble(99);
      }
    }
    Aggregation a = Aggregation.bodRobust(40, 50, 11);
    double[] one = new ForkJoinPool(1).submit(() -> BodCases.scores(BodCases.run(rows, a)))
        .get();
    double[] three = new ForkJoinPool(3).submit(() -> BodCases.scores(BodCases.run(rows, a)))
        .get();
    assertThat(three).containsExactly(one);
    double[][] reversed = new double[n][];
    List<String> codes = new java.util.ArrayList<>();
    for (int u = 0; u < n; u++) {
      reversed[u] = rows[n - 1 - u];
      codes.add("u" + (n - 1 - u));
    }
    Results back = BodCases.run(codes, reversed, a);
    for (int u = 0; u < n; u++) {
      assertThat(back.score("u" + u, "I").orElseThrow()).isEqualTo(one[u]);
    }
    double[] otherSeed = BodCases.scores(BodCases.run(rows, Aggregation.bodRobust(40, 50, 12)));
    assertThat(otherSeed).isNotEqualTo(one);
    assertThat(BodCases.run(rows, a).unitWeightNodes()).isEmpty();
  }

  @Test
  void robustBodRefusesAnInfiniteScoreNamingTheUnit() {
    // u0 alone is positive on c1: a replication that does not draw u0 gives it e = 0, and
    // with one replication of one draw among 40 units u0 is (for this seed) not drawn
    double[][] rows = new double[40][];
    rows[0] = new double[] {1, 5};
    for (int u = 1; u < rows.length; u++) {
      rows[u] = new double[] {u, 0};
    }
    assertThatThrownBy(() -> BodCases.run(rows, Aggregation.bodRobust(1, 1, 2)))
        .isInstanceOf(IndicatorsException.class).hasMessageContaining("unit 'u0'")
        .hasMessageContaining("larger m");
  }
}

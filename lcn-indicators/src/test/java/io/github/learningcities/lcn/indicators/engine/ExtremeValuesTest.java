package io.github.learningcities.lcn.indicators.engine;

import static io.github.learningcities.lcn.indicators.engine.Fixtures.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 11, "silently wrong results"): extreme but finite inputs made kernels
 * overflow or underflow and return a wrong result that looked valid (a flat column, a missing
 * score blamed on zero weights) or fail with an error naming the wrong reason. Each test's
 * expected values are those of the same computation on moderate numbers, scaled: every kernel
 * involved is homogeneous or scale-invariant.
 */
class ExtremeValuesTest {
  private static final double MAX = Double.MAX_VALUE;
  private static final Pipeline RAW = Pipeline.coinrDefault().withNormalisation(null);

  private static Results run(Framework fw, Dataset d, Pipeline p) {
    return Engine.standard().run(fw, d, p);
  }

  private static double[] normalised(Results r) {
    return r.after(Step.NORMALISATION).column("x");
  }

  @Test
  void weightsNearTheLargestDoubleShareTheScoreInsteadOfMakingItMissing() {
    Results r = run(Fixtures.flat(MAX, MAX, MAX / 2), Fixtures.rows(new double[][] {
        {10, 20, 40}, {10, NA, 40}}), RAW);

    // shares 0.4, 0.4, 0.2; the second unit re-normalises over 0.4 and 0.2
    assertThat(r.score("u0", "I").orElseThrow()).isCloseTo(4 + 8 + 8, within(1e-12));
    assertThat(r.score("u1", "I").orElseThrow()).isCloseTo((4 + 8) / 0.6, within(1e-12));
    assertThat(r.diagnostics().notes()).isEmpty();
  }

  @Test
  void aPositiveWeightWhoseShareUnderflowsIsAnErrorNotAZeroWeightNote() {
    assertThatThrownBy(() -> run(Fixtures.flat(1e300, 1e-300), Fixtures.rows(new double[][] {
        {NA, 5}}), RAW))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("aggregate 'I'")
        .hasMessageContaining("unit 'u0'")
        .hasMessageContaining("child 'c1' has weight 1.0E-300")
        .hasMessageContaining("ratio");
  }

  @Test
  void zeroWeightsStillGiveAMissingScoreWithTheirNote() {
    Results r = run(Fixtures.flat(1, 0), Fixtures.rows(new double[][] {{NA, 5}}), RAW);

    assertThat(r.score("u0", "I")).isEmpty();
    assertThat(r.diagnostics().notes()).singleElement()
        .satisfies(n -> assertThat(n.code()).isEqualTo("zero-weight-sum"));
  }

  @Test
  void zScoreOfValuesNearTheLargestDoubleIsNotFlat() {
    // z-scores of 1, 2, 3 are -1, 0, 1
    Results r = run(Fixtures.single(), Fixtures.column(1e300, 2e300, 3e300, NA),
        Pipeline.coinrDefault().withNormalisation(Normalisation.zScore(0, 1)));

    double[] z = normalised(r);
    assertThat(z[0]).isCloseTo(-1, within(1e-12));
    assertThat(z[1]).isCloseTo(0, within(1e-12));
    assertThat(z[2]).isCloseTo(1, within(1e-12));
    assertThat(z[3]).isNaN();
    assertThat(r.diagnostics().notes()).isEmpty();
  }

  @Test
  void zScoreOfValuesWhoseSumOverflowsIsNotAnError() {
    Results r = run(Fixtures.single(), Fixtures.column(MAX, MAX / 2, -MAX / 2, MAX),
        Pipeline.coinrDefault().withNormalisation(Normalisation.zScore(100, 10)));

    // the same as for 2, 1, -1, 2
    double[] expected = zScores(100, 10, 2, 1, -1, 2);
    assertThat(normalised(r)).containsExactly(expected, within(1e-9));
  }

  @Test
  void zScoreOfTinyDistinctValuesIsNotAConstantIndicator() {
    Results r = run(Fixtures.single(), Fixtures.column(1e-200, 2e-200, 3e-200),
        Pipeline.coinrDefault().withNormalisation(Normalisation.zScore(0, 1)));

    assertThat(normalised(r)).containsExactly(new double[] {-1, 0, 1}, within(1e-12));
    assertThat(r.diagnostics().notes()).isEmpty();
  }

  @Test
  void minMaxOfARangeBeyondTheLargestDoubleIsNotFlat() {
    Results r = run(Fixtures.single(), Fixtures.column(-MAX, 0, MAX, MAX / 2),
        Pipeline.coinrDefault());

    assertThat(normalised(r)).containsExactly(new double[] {0, 50, 100, 75}, within(1e-12));
  }

  @Test
  void minMaxWithANegativeDirectionNearTheLargestDouble() {
    Framework fw = Framework.builder().node("I", null)
        .node(Node.of("x", "I").withDirection(Direction.NEGATIVE)).build();
    Results r = run(fw, Fixtures.column(-MAX, 0, MAX), Pipeline.coinrDefault());

    assertThat(normalised(r)).containsExactly(new double[] {100, 50, 0}, within(1e-12));
  }

  @Test
  void distanceAndGoalpostNormalisationsOfARangeBeyondTheLargestDouble() {
    Results toMax = run(Fixtures.single(), Fixtures.column(-MAX, 0, MAX),
        Pipeline.coinrDefault().withNormalisation(Normalisation.distanceToMax()));
    Results goalposts = run(Fixtures.single(), Fixtures.column(-MAX / 2, 0, MAX),
        Pipeline.coinrDefault().withNormalisation(Normalisation.goalposts(-MAX, MAX, 100,
            true)));

    assertThat(normalised(toMax)).containsExactly(new double[] {0, 0.5, 1}, within(1e-12));
    assertThat(normalised(goalposts)).containsExactly(new double[] {25, 50, 100},
        within(1e-9));
  }

  @Test
  void meanAndMedianImputationNearTheLargestDouble() {
    Results mean = run(Fixtures.single(), Fixtures.column(MAX, MAX, NA),
        RAW.withImputation(Imputation.mean()));
    Results median = run(Fixtures.single(), Fixtures.column(MAX, MAX, NA, MAX / 2, MAX),
        RAW.withImputation(Imputation.median()));

    assertThat(mean.score("u2", "x")).hasValue(MAX);
    assertThat(median.score("u2", "x")).hasValue(MAX);
  }

  @Test
  void outlierTreatmentDecidesOnHugeValuesAsOnTheirScaledDownCopy() {
    double[] skewed = {1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8, 60, 90, 200};
    double[] huge = new double[skewed.length];
    for (int i = 0; i < huge.length; i++) {
      huge[i] = skewed[i] * 1e100;
    }
    Pipeline treat = RAW.withTreatment(Treatment.coinrDefault());
    Results small = run(Fixtures.single(), Fixtures.column(skewed), treat);
    Results big = run(Fixtures.single(), Fixtures.column(huge), treat);

    assertThat(small.diagnostics().treatedPoints()).isNotEmpty();
    assertThat(big.diagnostics().treatedPoints())
        .extracting(p -> p.unit() + " " + p.treatment())
        .containsExactlyElementsOf(small.diagnostics().treatedPoints().stream()
            .map(p -> p.unit() + " " + p.treatment()).toList());
  }

  @Test
  void logTransformOfARangeBeyondTheLargestDoubleIsFinite() {
    Results r = run(Fixtures.single(), Fixtures.column(-MAX / 2, 0, MAX),
        RAW.withTreatment(Treatment.log("log-ct")));

    // log(x - min + 0.01 (max - min)) with min = -MAX/2, max - min = 1.5 MAX
    double a = 0.015;
    double[] expected = {Math.log(a) + Math.log(MAX), Math.log(0.5 + a) + Math.log(MAX),
        Math.log(1.5 + a) + Math.log(MAX)};
    assertThat(r.after(Step.TREATMENT).column("x")).containsExactly(expected, within(1e-9));
  }

  @Test
  void powerMeansAndMazziottaParetoOfHugeAndTinyValues() {
    Framework fw = Fixtures.flat(1, 1);
    double[][] huge = {{1e200, 3e200}};
    double[][] tiny = {{1e-310, 3e-310}};

    assertThat(run(fw, Fixtures.rows(huge), RAW.withAggregation(Aggregation.generalised(2)))
        .score("u0", "I").orElseThrow()).isCloseTo(Math.sqrt(5) * 1e200, within(1e188));
    assertThat(run(fw, Fixtures.rows(tiny), RAW.withAggregation(Aggregation.harmonic()))
        .score("u0", "I").orElseThrow()).isCloseTo(1.5e-310, within(1e-322));
    // mean 2, sd 1: 2 - 1 * (1 / 2)
    assertThat(run(fw, Fixtures.rows(huge), RAW.withAggregation(
        Aggregation.mazziottaPareto())).score("u0", "I").orElseThrow())
        .isCloseTo(1.5e200, within(1e188));
    assertThat(run(fw, Fixtures.rows(new double[][] {{1e-200, 3e-200}}), RAW.withAggregation(
        Aggregation.mazziottaPareto())).score("u0", "I").orElseThrow())
        .isCloseTo(1.5e-200, within(1e-212));
  }

  @Test
  void denominationBeyondTheLargestDoubleNamesUnitIndicatorAndDenominator() {
    Framework fw = Framework.builder().node("I", null)
        .node(new Node("x", "x", Optional.of("I"), 1, Direction.POSITIVE, "",
            OptionalDouble.empty(), Optional.of("pop"), Optional.empty())).build();
    Dataset d = Dataset.ofColumns(List.of(new Unit("p", null, Map.of(), Map.of("pop", 1e-10)),
        new Unit("q", null, Map.of(), Map.of("pop", 1e300))), Map.of("x", new double[] {
            1e300, 1e300}));

    assertThatThrownBy(() -> run(fw, d, RAW.withDenomination(Denomination.fromFramework())))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("indicator 'x', unit 'p'")
        .hasMessageContaining("denominator 'pop'")
        .hasMessageContaining("beyond the largest double");
    // a divisor that underflows (1e300 / 1e10 scale) is not a silent 0
    Results r = run(fw, d, RAW.withDenomination(new Denomination(Map.of(),
        Map.of("x", 1e-10))));
    assertThat(r.after(Step.DENOMINATION).column("x")[1]).isCloseTo(1e-10, within(1e-24));
  }

  @Test
  void contributionsOfHugeWeightsAddUpToTheScore() {
    Results r = run(Fixtures.flat(MAX, MAX / 4), Fixtures.rows(new double[][] {{10, 60}}),
        RAW);

    assertThat(r.contributions("u0")).containsOnlyKeys("c0", "c1");
    assertThat(r.contributions("u0").get("c0")).isCloseTo(8, within(1e-12));
    assertThat(r.contributions("u0").get("c1")).isCloseTo(12, within(1e-12));
  }

  /** z-scores by the textbook formulas, for the expected values. */
  private static double[] zScores(double mean, double sd, double... x) {
    double m = 0;
    for (double v : x) {
      m += v / x.length;
    }
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    double s = Math.sqrt(ss / (x.length - 1));
    double[] z = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      z[i] = (x[i] - m) / s * sd + mean;
    }
    return z;
  }
}

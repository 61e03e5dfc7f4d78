package io.github.learningcities.lcn.indicators.engine;

import static io.github.learningcities.lcn.indicators.engine.Fixtures.NA;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Regression: the weighted arithmetic mean divided by the rounded sum of weights that already
 * summed to 1 and accumulated in plain double arithmetic, so scores that are equal in exact
 * arithmetic (and equal in COINr) came out one ulp apart and lost their shared rank. Found by
 * the COINr conformance suite (lcn-serialization, pipeline P5: rank normalisation gives integer
 * scores, whose means tie often). Expected values are COINr 1.1.14's, from
 * {@code coinr-asem/P5/aggregated.csv} and {@code results_full_ranks.csv}.
 */
class ArithmeticMeanTiesSplitByRoundingTest {
  private static final Pipeline NO_NORMALISATION =
      Pipeline.coinrDefault().withNormalisation(null);

  @Test
  void equalMeansOfFiveChildrenKeepCoinrsValuesAndShareRanks() {
    // ASEM pillar SusEcFin under P5, units CZE, MMR (one value missing), DEU, POL, KAZ.
    Results r = Engine.standard().run(Fixtures.flat(1, 1, 1, 1, 1), Fixtures.rows(new double[][] {
        {33, 38, 31, 32, 41},
        {39, 48, 44, NA, 9},
        {16, 31, 16, 40, 41},
        {26, 36, 37, 17, 28},
        {46, 44, 21, 5, 28}}), NO_NORMALISATION);

    assertThat(r.scores("I")).containsExactly(35.0, 35.0, 28.8, 28.8, 28.800000000000004);
    assertThat(r.ranks("I")).containsEntry("u0", 1).containsEntry("u1", 1)
        .containsEntry("u4", 3).containsEntry("u2", 4).containsEntry("u3", 4);
  }

  @Test
  void meansOfNineChildrenAreCoinrsDoubles() {
    // ASEM pillar Social under P5, units EST and FRA: equal in exact arithmetic, but COINr's
    // products 1/9 * x round so that the sums differ by one ulp; the engine gives the same.
    Results r = Engine.standard().run(Fixtures.flat(1, 1, 1, 1, 1, 1, 1, 1, 1),
        Fixtures.rows(new double[][] {
            {18, 21, 44, 43, 11, 13, 35, 38, 30},
            {31, 20, 13, 28, 13, 49, 34, 37, 28}}), NO_NORMALISATION);

    assertThat(r.scores("I")).containsExactly(28.11111111111111, 28.111111111111107);
  }
}

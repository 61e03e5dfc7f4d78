package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression (the class of the shift property's failure, in the weight-scaling invariant): two
 * units that split their children's weight evenly (0.5 + 1.5 against 2) draw under Copeland.
 * With the weights scaled by 0.35, the normalised weights summed to 0.49999999999999994, so the
 * draw became a defeat (-1 against +1) although only relative weights count.
 */
class CopelandTieScalingTest {

  private static Framework framework(double factor) {
    return Framework.builder()
        .node(Node.of("I", null).withAggregation(Aggregation.copeland()))
        .node(Node.of("c0", "I").withWeight(0.5 * factor))
        .node(Node.of("c1", "I").withWeight(1.5 * factor))
        .node(Node.of("c2", "I").withWeight(2 * factor))
        .build();
  }

  @Test
  void anEvenSplitOfWeightIsADrawWhateverTheScaleOfTheWeights() {
    // a beats b on c0 and c1 (weights 0.5 + 1.5), b beats a on c2 (weight 2): a draw.
    var data = Fixtures.rows(new double[][] {{3, 3, 1}, {1, 1, 3}});
    for (double factor : new double[] {1, 0.35, 0.37, 0.7, 3, 12.5}) {
      Results r = Engine.standard().run(framework(factor), data, Pipeline.coinrDefault());
      assertThat(r.scores("I")).as("weights scaled by %s", factor).containsExactly(0, 0);
    }
  }

  @Test
  void winsAndLossesStillCount() {
    // Min-max per child: a = (100, 100, 100), b = (0, 0, 100), c = (0, 0, 0). a beats b with
    // 0.125 + 0.375 + 0.5 / 2 = 0.75 and c with 1; b beats c with 0.0625 + 0.1875 + 0.5 = 0.75.
    var data = Fixtures.rows(new double[][] {{3, 3, 3}, {1, 1, 3}, {1, 1, 1}});
    Results r = Engine.standard().run(framework(0.35), data, Pipeline.coinrDefault());
    assertThat(r.scores("I")).containsExactly(2, 0, -2);
  }
}

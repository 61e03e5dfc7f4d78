package io.github.learningcities.lcn.indicators.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: structure checks must be linear and iterative. A 100,000-deep chain of aggregates
 * (one indicator at the bottom) is built, checked, levelled, scored and its effective weights
 * computed without a StackOverflowError; a cycle at the bottom of such a chain is found. This
 * is a correctness test: it asserts results, not time.
 */
class DeepFrameworkTest {
  static final int DEPTH = 100_000;

  /** Nodes a0 (the root) .. a(depth-2), then the indicator x under the deepest aggregate. */
  static List<Node> chain(int depth) {
    List<Node> nodes = new ArrayList<>(depth);
    nodes.add(Node.of("a0", null));
    for (int i = 1; i < depth - 1; i++) {
      nodes.add(Node.of("a" + i, "a" + (i - 1)));
    }
    nodes.add(Node.of("x", "a" + (depth - 2)));
    return nodes;
  }

  @Test
  void aHundredThousandDeepChainIsCheckedScoredAndWeighted() {
    Framework fw = Framework.of(chain(DEPTH));

    assertThat(fw.levels()).isEqualTo(DEPTH);
    assertThat(fw.level("x")).isEqualTo(1);
    assertThat(fw.indicators()).extracting(Node::code).containsExactly("x");
    assertThat(fw.bottomUp().get(0).code()).isEqualTo("x");
    assertThat(fw.effectiveWeights().get("x")).isEqualTo(1.0);
    assertThat(EffectiveWeights.of(fw).all().get("x")).isEqualTo(1.0);

    Dataset data = Dataset.ofColumns(List.of(Unit.of("u1", null), Unit.of("u2", null)),
        Map.of("x", new double[] {1, 3}));
    Results r = Engine.standard().run(fw, data,
        Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(0, 100)));
    assertThat(r.scores("a0")).containsExactly(0, 100);
    // the contributions, shared top-down along the chain, reach the one indicator whole
    assertThat(r.contributions("u2")).containsExactly(Map.entry("x", 100.0));
  }

  @Test
  void aCycleBelowADeepChainIsFound() {
    List<Node> nodes = chain(DEPTH);
    // the deepest aggregate becomes the parent of the one above it: a cycle cut off the root
    int last = DEPTH - 2;
    nodes.set(last - 1, Node.of("a" + (last - 1), "a" + last));
    assertThatThrownBy(() -> Framework.of(nodes))
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("not reachable from the root 'a0'");
  }
}

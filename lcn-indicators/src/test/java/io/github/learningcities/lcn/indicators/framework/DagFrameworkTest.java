package io.github.learningcities.lcn.indicators.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Frameworks that are directed acyclic graphs: a node feeding several aggregates (issue 14). */
class DagFrameworkTest {

  /** I over A (x, s) and B (y, s); s is shared, weight 1 under A and 3 under B; z under I. */
  static Framework shared() {
    return Framework.builder().node("I", null).node("A", "I").node("B", "I")
        .node("x", "A").node("y", "B").node(Node.of("s", "A").withAdditionalParent("B", 3))
        .node("z", "I").build();
  }

  @Test
  void sharedNodeIsAChildOfEveryParentInNodeOrder() {
    Framework fw = shared();
    assertThat(fw.isTree()).isFalse();
    assertThat(fw.children("A")).extracting(Node::code).containsExactly("x", "s");
    assertThat(fw.children("B")).extracting(Node::code).containsExactly("y", "s");
    assertThat(fw.parents("s")).containsExactly(Map.entry("A", 1.0), Map.entry("B", 3.0));
    assertThat(fw.parents("I")).isEmpty();
    assertThat(fw.indicators()).extracting(Node::code).containsExactly("x", "y", "s", "z");
  }

  @Test
  void bottomUpListsEveryNodeOnceAfterAllItsChildren() {
    Framework fw = shared();
    List<Node> order = fw.bottomUp();
    assertThat(order).hasSize(fw.nodes().size()).doesNotHaveDuplicates();
    for (int k = 0; k < order.size(); k++) {
      for (Node c : fw.children(order.get(k).code())) {
        assertThat(order.indexOf(c)).isLessThan(k);
      }
    }
  }

  @Test
  void effectiveWeightsSumOverEveryPath() {
    Map<String, Double> eff = shared().effectiveWeights();
    // A and B and z each 1/3; under A: x 1/2, s 1/2; under B: y 1/4, s 3/4
    assertThat(eff.get("x")).isCloseTo(1.0 / 6, within(1e-15));
    assertThat(eff.get("y")).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(eff.get("s")).isCloseTo(1.0 / 6 + 1.0 / 4, within(1e-15));
    assertThat(eff.get("x") + eff.get("y") + eff.get("s") + eff.get("z"))
        .isCloseTo(1.0, within(1e-15));
  }

  @Test
  void levelIsTheLongestPathDown() {
    // s sits under the root directly and under the pillar P of sub-index S
    Framework fw = Framework.builder().node("I", null).node("S", "I").node("P", "S")
        .node("x", "P").node(Node.of("s", "I").withAdditionalParent("P", 1)).build();
    assertThat(fw.level("s")).isEqualTo(1);
    assertThat(fw.level("P")).isEqualTo(2);
    assertThat(fw.levels()).isEqualTo(4);
    // an aggregate shared between levels takes the height of its highest child
    Framework g = Framework.builder().node("I", null).node("Q", "I").node("R", "Q")
        .node("a", "R").node(Node.of("T", "I").withAdditionalParent("R", 1))
        .node("b", "T").build();
    assertThat(g.level("T")).isEqualTo(2);
    assertThat(g.level("R")).isEqualTo(3);
    assertThat(g.levels()).isEqualTo(5);
  }

  @Test
  void cycleThroughAnAdditionalEdgeIsNamedWithItsPath() {
    assertThatThrownBy(() -> Framework.builder().node("I", null)
        .node(Node.of("A", "I").withAdditionalParent("C", 1)).node("B", "A").node("C", "B")
        .node("y", "C").build())
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("'A'").hasMessageContaining("A -> B -> C -> A");
    // a two-node cycle between an aggregate and its own child
    assertThatThrownBy(() -> Framework.builder().node("I", null)
        .node(Node.of("A", "I").withAdditionalParent("x", 1)).node("x", "A").build())
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("'A'").hasMessageContaining("A -> x -> A");
  }

  @Test
  void deepChainWithSharedNodesNeedsNoRecursion() {
    Framework.Builder b = Framework.builder().node("I", null);
    String previous = "I";
    for (int i = 0; i < 20_000; i++) {
      Node n = Node.of("n" + i, previous);
      b.node(i > 1 ? n.withAdditionalParent("n" + (i - 2), 1) : n);
      previous = "n" + i;
    }
    Framework fw = b.build();
    assertThat(fw.level("I")).isEqualTo(20_001);
    assertThat(fw.effectiveWeights().get("n19999")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void unknownAdditionalParentIsNamed() {
    assertThatThrownBy(() -> Framework.builder().node("I", null)
        .node(Node.of("x", "I").withAdditionalParent("Q", 1)).build())
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("'x'").hasMessageContaining("additional parent 'Q' does not exist");
  }

  @Test
  void edgeWeightsMustBeFiniteAndNonNegative() {
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Node.of("x", "I").withAdditionalParent("J", bad))
          .isInstanceOf(InvalidFrameworkException.class)
          .hasMessageContaining("'x'").hasMessageContaining("additional parent 'J'")
          .hasMessageContaining("finite number >= 0");
    }
    Map<String, Double> nullWeight = new LinkedHashMap<>();
    nullWeight.put("J", null);
    assertThatThrownBy(() -> Node.of("x", "I").withAdditionalParents(nullWeight))
        .isInstanceOf(InvalidFrameworkException.class).hasMessageContaining("weight null");
  }

  @Test
  void additionalParentMayNotRepeatThePrimaryOrBeItselfOrSitOnTheRoot() {
    assertThatThrownBy(() -> Node.of("x", "I").withAdditionalParent("I", 1))
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("primary parent 'I'");
    assertThatThrownBy(() -> Node.of("x", "I").withAdditionalParent("x", 1))
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("additional parent 'x' is invalid");
    assertThatThrownBy(() -> Node.of("I", null).withAdditionalParent("A", 1))
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("'I'").hasMessageContaining("no primary parent");
  }

  @Test
  void zeroWeightsUnderAnAggregateCountTheEdgeWeights() {
    // B's only children: y with weight 0 and s with edge weight 0
    assertThatThrownBy(() -> Framework.builder().node("I", null).node("A", "I").node("B", "I")
        .node("x", "A").node(Node.of("y", "B").withWeight(0))
        .node(Node.of("s", "A").withAdditionalParent("B", 0)).build())
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("'B'").hasMessageContaining("all zero");
    // a weight set cannot zero the primary edge of B's only positive child either
    Framework fw = Framework.builder().node("I", null).node("A", "I").node("B", "I")
        .node("x", "A").node(Node.of("y", "B"))
        .node(Node.of("s", "A").withAdditionalParent("B", 0)).build();
    assertThatThrownBy(() -> fw.withWeightSet("w", Map.of("y", 0.0)))
        .isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("'B'").hasMessageContaining("weight set 'w'");
  }

  @Test
  void treeNodesAreUnchangedByTheNewComponent() {
    Node n = Node.of("x", "I").withWeight(2);
    assertThat(n.additionalParents()).isEmpty();
    assertThat(n).isEqualTo(new Node("x", "x", n.parent(), 2, Direction.POSITIVE, "",
        n.target(), n.denominator(), n.aggregation()));
    assertThat(n.weightUnder("I", 2)).isEqualTo(2);
    assertThat(Node.of("x", "I").withAdditionalParent("J", 0.5).withWeight(3)
        .additionalParents()).containsExactly(Map.entry("J", 0.5));
    assertThat(Framework.builder().node("I", null).node("x", "I").build().isTree()).isTrue();
  }
}

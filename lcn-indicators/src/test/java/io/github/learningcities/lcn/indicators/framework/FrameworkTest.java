package io.github.learningcities.lcn.indicators.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkTest {

  @Test
  void validTreeWithSkippedLevel() {
    Framework fw = Framework.builder().node("I", null).node("P", "I").node("x", "P")
        .node("y", "P").node("z", "I").build();
    assertThat(fw.root().code()).isEqualTo("I");
    assertThat(fw.levels()).isEqualTo(3);
    assertThat(fw.level("z")).isEqualTo(1);
    assertThat(fw.indicators()).extracting(Node::code).containsExactly("x", "y", "z");
    assertThat(fw.bottomUp().get(fw.bottomUp().size() - 1).code()).isEqualTo("I");
    Map<String, Double> eff = fw.effectiveWeights();
    assertThat(eff.get("x")).isCloseTo(0.25, within(1e-15));
    assertThat(eff.get("z")).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void duplicateCodeIsNamed() {
    assertThatThrownBy(() -> Framework.builder().node("I", null).node("x", "I").node("x", "I")
        .build()).isInstanceOf(InvalidFrameworkException.class)
        .hasMessageContaining("'x'").hasMessageContaining("used twice");
  }

  @Test
  void secondRootIsNamed() {
    assertThatThrownBy(() -> Framework.builder().node("I", null).node("J", null).build())
        .hasMessageContaining("'J'").hasMessageContaining("second root");
  }

  @Test
  void orphanIsNamed() {
    assertThatThrownBy(() -> Framework.builder().node("I", null).node("x", "P").build())
        .hasMessageContaining("'x'").hasMessageContaining("parent 'P' does not exist");
  }

  @Test
  void cycleIsDetected() {
    assertThatThrownBy(() -> Framework.builder().node("I", null).node("x", "I").node("a", "b")
        .node("b", "a").build()).hasMessageContaining("not reachable from the root");
    assertThatThrownBy(() -> Framework.builder().node("a", "b").node("b", "a").build())
        .hasMessageContaining("cycle");
  }

  @Test
  void weightsMustBeNonNegativeAndNotAllZero() {
    assertThatThrownBy(() -> Node.of("x", "I").withWeight(-1))
        .hasMessageContaining("'x'").hasMessageContaining("weight -1.0");
    assertThatThrownBy(() -> Framework.builder().node("I", null)
        .node(Node.of("x", "I").withWeight(0)).node(Node.of("y", "I").withWeight(0)).build())
        .hasMessageContaining("'I'").hasMessageContaining("all zero");
  }

  @Test
  void codesWithSpacesAreRejected() {
    assertThatThrownBy(() -> Node.of("a b", null)).hasMessageContaining("no spaces");
  }

  @Test
  void weightSetsAreValidated() {
    Framework fw = Framework.builder().node("I", null).node("x", "I").build();
    assertThatThrownBy(() -> fw.withWeightSet("w", Map.of("nope", 1.0)))
        .hasMessageContaining("'nope'");
    assertThatThrownBy(() -> fw.withWeightSet("w", Map.of("x", 0.0)))
        .hasMessageContaining("weight set 'w'");
  }
}

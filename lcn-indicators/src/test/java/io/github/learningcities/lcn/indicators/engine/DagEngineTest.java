package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine on frameworks that are directed acyclic graphs (issue 14). */
class DagEngineTest {
  private final Engine engine = Engine.standard();
  private final Pipeline raw = Pipeline.coinrDefault().withNormalisation(null);

  /** I over A (x, s), B (y, s) and z; s weighs 1 under A and 3 under B. */
  private static Framework shared() {
    return Framework.builder().node("I", null).node("A", "I").node("B", "I")
        .node("x", "A").node("y", "B").node(Node.of("s", "A").withAdditionalParent("B", 3))
        .node("z", "I").build();
  }

  private static Dataset data(double x, double y, double s, double z) {
    return Dataset.ofColumns(List.of(Unit.of("u", null)), Map.of("x", new double[] {x},
        "y", new double[] {y}, "s", new double[] {s}, "z", new double[] {z}));
  }

  @Test
  void aggregatesAverageOverEveryEdgeWithItsWeight() {
    Results r = engine.run(shared(), data(2, 10, 6, 9), raw);
    double a = (2 + 6) / 2.0;
    double b = (10 + 3 * 6) / 4.0;
    assertThat(r.score("u", "A").orElseThrow()).isCloseTo(a, within(1e-12));
    assertThat(r.score("u", "B").orElseThrow()).isCloseTo(b, within(1e-12));
    assertThat(r.score("u", "I").orElseThrow()).isCloseTo((a + b + 9) / 3, within(1e-12));
  }

  @Test
  void contributionsAddUpAndTheSharedIndicatorReceivesBothShares() {
    Results r = engine.run(shared(), data(2, 10, 6, 9), raw);
    Map<String, Double> c = r.contributions("u");
    assertThat(c.keySet()).containsExactly("x", "s", "y", "z");
    // s: 1/3 * 1/2 * 6 through A plus 1/3 * 3/4 * 6 through B
    assertThat(c.get("s")).isCloseTo(6 * (1.0 / 6 + 1.0 / 4), within(1e-12));
    double sum = c.values().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(r.score("u", "I").orElseThrow(), within(1e-12));
    Map<String, Double> underB = r.contributions("u", "B");
    assertThat(underB).containsOnlyKeys("y", "s");
    assertThat(underB.get("s")).isCloseTo(18 / 4.0, within(1e-12));
  }

  @Test
  void aMissingSharedIndicatorIsLeftOutUnderEveryParent() {
    Results r = engine.run(shared(), data(2, 10, Double.NaN, 9), raw);
    assertThat(r.score("u", "A").orElseThrow()).isEqualTo(2.0);
    assertThat(r.score("u", "B").orElseThrow()).isEqualTo(10.0);
    assertThat(r.contributions("u")).containsOnlyKeys("x", "y", "z");
  }

  @Test
  void manualWeightsReplaceThePrimaryEdgeOnly() {
    Pipeline p = raw.withWeighting(raw.weighting().withManual(Map.of("s", 3.0)));
    Results r = engine.run(shared(), data(2, 10, 6, 9), p);
    // under A: s now 3 against x's 1; under B its own edge weight 3 stays
    assertThat(r.score("u", "A").orElseThrow()).isCloseTo((2 + 3 * 6) / 4.0, within(1e-12));
    assertThat(r.score("u", "B").orElseThrow()).isCloseTo((10 + 3 * 6) / 4.0, within(1e-12));
  }
}

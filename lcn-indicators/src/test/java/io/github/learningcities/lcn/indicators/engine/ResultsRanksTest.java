package io.github.learningcities.lcn.indicators.engine;

import static io.github.learningcities.lcn.indicators.engine.Fixtures.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Results#ranks} is a view over the rank array: it must behave as the unmodifiable
 * map it replaced (unit order, unranked units left out, equality with any map).
 */
class ResultsRanksTest {
  private final Results results = Engine.standard().run(Fixtures.single(),
      Fixtures.column(3, NA, 7, 3, 1), Pipeline.coinrDefault().withNormalisation(null));

  @Test
  void holdsTheRankedUnitsInUnitOrder() {
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("u0", 2);
    expected.put("u2", 1);
    expected.put("u3", 2);
    expected.put("u4", 4);

    Map<String, Integer> ranks = results.ranks("x");
    assertThat(ranks).isEqualTo(expected);
    assertThat(expected).isEqualTo(ranks);
    assertThat(ranks.hashCode()).isEqualTo(expected.hashCode());
    assertThat(ranks.keySet()).containsExactly("u0", "u2", "u3", "u4");
    assertThat(ranks.values()).containsExactly(2, 1, 2, 4);
    assertThat(ranks).hasSize(4).hasToString(expected.toString());
  }

  @Test
  void looksUpUnitsAndLeavesOutMissingAndUnknownOnes() {
    Map<String, Integer> ranks = results.ranks("x");

    assertThat(ranks.get("u2")).isEqualTo(1);
    assertThat(ranks.get("u1")).isNull();
    assertThat(ranks.get("nobody")).isNull();
    assertThat(ranks.get(42)).isNull();
    assertThat(ranks.containsKey("u1")).isFalse();
    assertThat(ranks.containsKey("u4")).isTrue();
    assertThat(ranks.containsValue(4)).isTrue();
  }

  @Test
  void cannotBeModified() {
    Map<String, Integer> ranks = results.ranks("x");

    assertThatThrownBy(() -> ranks.put("u1", 9)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ranks.remove("u0"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(ranks::clear).isInstanceOf(UnsupportedOperationException.class);
    Iterator<Map.Entry<String, Integer>> it = ranks.entrySet().iterator();
    Map.Entry<String, Integer> first = it.next();
    assertThatThrownBy(() -> first.setValue(5))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThat(results.ranks("x")).containsEntry("u0", 2).hasSize(4);
  }
}

package io.github.learningcities.lcn.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Analyses that walk a framework see a shared node under every parent (issue 14). */
class DagStructureTest {

  @Test
  void aSharedIndicatorCountsInTheAvailabilityOfEveryAggregateItFeeds() {
    // s is under A and also under B; it is missing, so B has one of its two indicators
    Framework fw = Framework.builder().node("I", null).node("A", "I").node("B", "I")
        .node("x", "A").node("y", "B").node(Node.of("s", "A").withAdditionalParent("B", 1))
        .build();
    Dataset data = Dataset.ofColumns(List.of(Unit.of("u", null)), Map.of(
        "x", new double[] {1}, "y", new double[] {2}, "s", new double[] {Double.NaN}));
    DataAvailability a = DataAvailability.of(fw, data);
    assertThat(a.group("u", "A")).isEqualTo(0.5);
    assertThat(a.group("u", "B")).isEqualTo(0.5);
    assertThat(a.group("u", "I")).isEqualTo(2.0 / 3);
  }
}

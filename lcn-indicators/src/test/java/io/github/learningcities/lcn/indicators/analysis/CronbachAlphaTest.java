package io.github.learningcities.lcn.indicators.analysis;

import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.NA;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.columns;
import static io.github.learningcities.lcn.indicators.analysis.AnalysisFixtures.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronbachAlphaTest {

  @Test
  void coinrGoldenValue() {
    // COINr get_cronbach on M = (a = 1:5, b = (2,4,5,4,5), c = (1,3,2,5,4)): 0.8709677419
    Dataset m = columns("a", v(1, 2, 3, 4, 5), "b", v(2, 4, 5, 4, 5), "c", v(1, 3, 2, 5, 4));
    CronbachAlpha a = CronbachAlpha.of(m, List.of("a", "b", "c"));
    assertThat(a.alpha().getAsDouble()).isCloseTo(0.8709677419, within(1e-10));
    // by hand: variances a 2.5, b 1.5, c 2.5; covariances ab 1.5, ac 2, bc 1;
    // all elements sum to 6.5 + 2 * 4.5 = 15.5, off-diagonal mean 9 / 6
    assertThat(a.alpha().getAsDouble()).isCloseTo(9 * (9.0 / 6) / 15.5, within(1e-12));
  }

  @Test
  void pairwiseCompleteCovariances() {
    // b's second value missing: its variance and covariances use the 4 units it has
    Dataset m = columns("a", v(1, 2, 3, 4, 5), "b", v(2, NA, 5, 4, 5), "c", v(1, 3, 2, 5, 4));
    CronbachAlpha a = CronbachAlpha.of(m, List.of("a", "b", "c"));
    assertThat(a.alpha().getAsDouble()).isCloseTo(0.9056603773584905, within(1e-12));
  }

  @Test
  void itemsOfAGroupAtALevel() {
    Framework fw = Framework.builder().node("I", null).node("P", "I").node("Q", "I")
        .node("a", "P").node("b", "P").node("c", "P").node("d", "Q").build();
    Dataset m = columns("a", v(1, 2, 3, 4, 5), "b", v(2, 4, 5, 4, 5), "c", v(1, 3, 2, 5, 4),
        "d", v(9, 1, 9, 1, 9));
    CronbachAlpha a = CronbachAlpha.of(fw, m, "P", 1);
    assertThat(a.items()).containsExactly("a", "b", "c");
    assertThat(a.alpha().getAsDouble()).isCloseTo(0.8709677419, within(1e-10));
    assertThat(CronbachAlpha.of(fw, m, "Q", 1).alpha()).isEmpty();
  }
}

package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link FrameworkIndex#of}: the index it built last serves the same framework object again;
 * any other framework, even an equal one, gets an index of its own, built from it.
 */
class FrameworkIndexTest {

  /** Root {@code I} over {@code pillars} aggregates of {@code perPillar} indicators each. */
  private static Framework framework(int pillars, int perPillar) {
    Framework.Builder b = Framework.builder().node("I", null);
    for (int p = 0; p < pillars; p++) {
      b.node(Node.of("P" + p, "I").withWeight(p + 1));
      for (int i = 0; i < perPillar; i++) {
        b.node(Node.of("x" + p + "_" + i, "P" + p).withWeight(i + 1));
      }
    }
    return b.build();
  }

  /** The structure an index reports, as a list to compare with another index's. */
  private static List<Object> structure(FrameworkIndex index, Framework fw) {
    List<Object> out = new ArrayList<>();
    double[] weights = new double[fw.nodes().size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 10 + i;
    }
    for (int i = 0; i < fw.nodes().size(); i++) {
      out.add(List.of(i, index.childCodes(i), java.util.Arrays.toString(index.children(i))));
      for (int c = 0; c < index.children(i).length; c++) {
        out.add(index.weightUnder(i, c, weights));
      }
    }
    out.add(java.util.Arrays.toString(index.aggregatesBottomUp()));
    out.add(java.util.Arrays.toString(index.indicatorPositions()));
    return out;
  }

  /** The structure read from the framework itself, as {@link #structure} lists it. */
  private static List<Object> expected(Framework fw) {
    List<Object> out = new ArrayList<>();
    List<Node> nodes = fw.nodes();
    double[] weights = new double[nodes.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 10 + i;
    }
    List<Integer> aggregates = new ArrayList<>();
    for (Node n : fw.bottomUp()) {
      if (!fw.children(n.code()).isEmpty()) {
        aggregates.add(fw.indexOf(n.code()));
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      List<Node> ch = fw.children(nodes.get(i).code());
      List<String> codes = new ArrayList<>();
      int[] positions = new int[ch.size()];
      for (int c = 0; c < ch.size(); c++) {
        codes.add(ch.get(c).code());
        positions[c] = fw.indexOf(ch.get(c).code());
      }
      out.add(List.of(i, codes, java.util.Arrays.toString(positions)));
      for (int position : positions) {
        out.add(weights[position]);
      }
    }
    out.add(aggregates.toString());
    int[] leaves = new int[fw.indicators().size()];
    for (int j = 0; j < leaves.length; j++) {
      leaves[j] = fw.indexOf(fw.indicators().get(j).code());
    }
    out.add(java.util.Arrays.toString(leaves));
    return out;
  }

  @Test
  void theSameFrameworkTakesTheIndexBuiltLast() {
    Framework fw = framework(3, 2);
    FrameworkIndex first = FrameworkIndex.of(fw);
    assertThat(FrameworkIndex.of(fw)).isSameAs(first);
    assertThat(structure(first, fw)).isEqualTo(expected(fw));
  }

  @Test
  void anotherFrameworkGetsItsOwnIndexEvenWhenEqual() {
    Framework a = framework(3, 2);
    Framework b = framework(2, 4);
    Framework equalToA = framework(3, 2);
    FrameworkIndex ofA = FrameworkIndex.of(a);
    FrameworkIndex ofB = FrameworkIndex.of(b);
    assertThat(ofB).isNotSameAs(ofA);
    assertThat(structure(ofB, b)).isEqualTo(expected(b));
    FrameworkIndex again = FrameworkIndex.of(a);
    assertThat(structure(again, a)).isEqualTo(expected(a));
    assertThat(FrameworkIndex.of(equalToA)).isNotSameAs(again);
    assertThat(structure(FrameworkIndex.of(equalToA), equalToA)).isEqualTo(expected(a));
  }

  @Test
  void threadsAlternatingFrameworksEachReadTheirFrameworksIndex() throws Exception {
    Framework[] frameworks = {framework(3, 2), framework(2, 4), framework(5, 1),
        framework(1, 3)};
    List<List<Object>> wanted = new ArrayList<>();
    for (Framework fw : frameworks) {
      wanted.add(expected(fw));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int start = t;
        done.add(pool.submit(() -> {
          int checked = 0;
          for (int i = 0; i < 2_000; i++) {
            int f = (start + i) % frameworks.length;
            FrameworkIndex index = FrameworkIndex.of(frameworks[f]);
            assertThat(structure(index, frameworks[f])).isEqualTo(wanted.get(f));
            checked++;
          }
          return checked;
        }));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get()).isEqualTo(2_000);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

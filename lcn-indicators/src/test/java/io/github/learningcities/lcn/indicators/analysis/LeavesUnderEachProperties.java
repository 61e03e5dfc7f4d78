package io.github.learningcities.lcn.indicators.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link Structure#leavesUnderEach} gives every node the leaves {@link Structure#leavesUnder}
 * gives it, in the same order, on random frameworks of 2 to 4 levels with shared nodes (a node
 * under a second parent of the level above).
 */
class LeavesUnderEachProperties {

  @Property(tries = 300)
  void everyNodeHasTheLeavesOfTheWalkFromIt(
      @ForAll @IntRange(min = 1, max = 4) int aggregatesPerLevel,
      @ForAll @IntRange(min = 1, max = 3) int aggregateLevels,
      @ForAll @Size(min = 1, max = 14) List<@IntRange(min = 0, max = 99) Integer> leafDraws) {
    Framework.Builder b = Framework.builder().node("I", null);
    List<String> above = List.of("I");
    for (int level = 0; level < aggregateLevels; level++) {
      List<String> here = new ArrayList<>();
      for (int k = 0; k < aggregatesPerLevel; k++) {
        String code = "G" + level + "_" + k;
        b.node(code, above.get(k % above.size()));
        here.add(code);
      }
      above = here;
    }
    for (int i = 0; i < leafDraws.size(); i++) {
      int draw = leafDraws.get(i);
      Node leaf = Node.of("x" + i, above.get(draw % above.size()));
      String second = above.get((draw / 7) % above.size());
      if (draw % 3 == 0 && !second.equals(leaf.parent().orElseThrow())) {
        leaf = leaf.withAdditionalParent(second, 1);
      }
      b.node(leaf);
    }
    Framework fw = b.build();

    Map<String, List<String>> each = Structure.leavesUnderEach(fw);
    for (Node n : fw.nodes()) {
      assertThat(each.getOrDefault(n.code(), List.of())).as(n.code())
          .isEqualTo(Structure.leavesUnder(fw, n.code()));
    }
  }
}

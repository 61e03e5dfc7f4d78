package io.github.learningcities.lcn.indicators.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * A weighting keeps its manual weights as the copy of a sorted map it replaced
 * ({@code Map.copyOf(new TreeMap<>(weights))}): the same entries, walked in the same order,
 * whatever the order they were given in.
 */
class WeightingProperties {

  @Property(tries = 200)
  void manualWeightsAreTheSortedCopyTheyWere(
      @ForAll @Size(max = 60) List<@StringLength(min = 1, max = 4) String> codes,
      @ForAll @Size(max = 60) List<@DoubleRange(min = 0, max = 1e6) Double> weights) {
    Map<String, Double> given = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(codes.size(), weights.size()); i++) {
      given.put(codes.get(i), weights.get(i));
    }
    Map<String, Double> expected = Map.copyOf(new TreeMap<>(given));
    Weighting w = new Weighting("framework", Optional.empty(), given, List.of());
    assertThat(w.manual()).isEqualTo(expected);
    assertThat(new ArrayList<>(w.manual().keySet()))
        .isEqualTo(new ArrayList<>(expected.keySet()));
    assertThat(Weighting.fromFramework().withManual(given)).isEqualTo(w);
  }
}

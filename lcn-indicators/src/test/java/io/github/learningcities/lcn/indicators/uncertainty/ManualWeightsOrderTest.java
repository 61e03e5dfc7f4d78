package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A replication's manual weights (perturbed ones over the weighting in force) are handed to the
 * weighting in code order, reusing the order of the replication before: when a weighting
 * alternative changes which codes carry manual weights (same count, other codes), every
 * replication still gets exactly its own codes and values.
 */
class ManualWeightsOrderTest {

  @Test
  void everyReplicationHasTheManualWeightsOfItsOwnAlternative() {
    Results nominal = UncertaintyAnalysisTest.nominal(Pipeline.coinrDefault()
        .withNormalisation(Normalisation.minMax(1, 100)));
    List<Weighting> alternatives = List.of(
        Weighting.fromFramework().withManual(Map.of("i0", 2.0)),
        Weighting.fromFramework().withManual(Map.of("i5", 3.0)),
        Weighting.fromFramework().withManual(Map.of("i2", 0.5, "i3", 4.0)));
    UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal,
        UncertaintySpec.of(List.of(Factor.weighting("alternative", alternatives),
            // level 2: the aggregates A and B, so that the alternatives' codes are not perturbed
            Factor.weightNoise("noise", 2, 0.5, 10)), 48, 5L));

    assertThat(r.failures()).isEmpty();
    Set<Integer> seen = new TreeSet<>();
    for (Replication rep : r.replications()) {
      String label = rep.choices().get("alternative");
      int k = Integer.parseInt(label.substring(0, label.indexOf(':')));
      seen.add(k);
      Map<String, Double> own = alternatives.get(k).manual();
      Map<String, Double> manual = rep.pipeline().weighting().manual();
      Set<String> expected = new TreeSet<>(own.keySet());
      expected.addAll(List.of("A", "B"));
      assertThat(manual.keySet()).as("replication %d", rep.index()).isEqualTo(expected);
      own.forEach((code, w) -> assertThat(manual.get(code)).isEqualTo(w));
      // the weighting is the one the plain path builds: the alternative with the noise over it
      assertThat(rep.pipeline().weighting()).isEqualTo(alternatives.get(k).withManual(
          Map.of("A", manual.get("A"), "B", manual.get("B"))));
    }
    // the key set changed between replications (same size for alternatives 0 and 1)
    assertThat(seen).containsExactly(0, 1, 2);
  }
}

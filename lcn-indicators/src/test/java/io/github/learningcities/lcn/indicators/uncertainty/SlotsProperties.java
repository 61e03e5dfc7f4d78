package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The workers look up outcomes and shared bases by the numbers {@code UncertaintyAnalysis.Slots}
 * gives: two replications have the same number exactly when their pipelines are equal (the
 * same object or equal ones built apart), numbers count up from 0 in order of first
 * appearance, and each pipeline's base is the pipeline with the nominal weighting and
 * aggregation, numbered by value too.
 */
class SlotsProperties {

  private static final Pipeline NOMINAL = Pipeline.coinrDefault()
      .withWeighting(Weighting.fromFramework().withManual(Map.of("a", 1.0, "b", 2.0)));

  @Property(tries = 200)
  void equalPipelinesShareANumberAndTheirBase(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 60) int runs, @ForAll boolean shareBases) {
    SplittableRandom random = new SplittableRandom(seed);
    Replication[] reps = new Replication[runs];
    List<Pipeline> seen = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      // the same object again, an equal one built apart, or another
      Pipeline p = r > 0 && random.nextBoolean() ? seen.get(random.nextInt(r))
          : pipeline(random);
      seen.add(p);
      reps[r] = new Replication(r, List.of(), Map.of(), p, Optional.empty());
    }
    UncertaintyAnalysis.Slots slots = new UncertaintyAnalysis.Slots(reps, NOMINAL, shareBases);

    int next = 0;
    for (int r = 0; r < runs; r++) {
      int slot = slots.pipeline[r];
      boolean first = true;
      for (int s = 0; s < r; s++) {
        boolean equal = reps[s].pipeline().equals(reps[r].pipeline());
        assertThat(slots.pipeline[s] == slot).as("runs %d and %d", s, r).isEqualTo(equal);
        first &= !equal;
      }
      if (first) {
        assertThat(slot).as("the next number at run %d", r).isEqualTo(next++);
      }
    }
    assertThat(slots.pipelines()).isEqualTo(next);
    for (int r = 0; r < runs; r++) {
      int slot = slots.pipeline[r];
      if (!shareBases) {
        assertThat(slots.base[slot]).isEqualTo(-1);
        assertThat(slots.basePipeline[slot]).isNull();
        continue;
      }
      Pipeline base = reps[r].pipeline().withWeighting(NOMINAL.weighting())
          .withAggregation(NOMINAL.aggregation());
      assertThat(slots.basePipeline[slot]).isEqualTo(base);
      for (int s = 0; s < runs; s++) {
        assertThat(slots.base[slots.pipeline[s]] == slots.base[slot])
            .as("the bases of runs %d and %d", s, r)
            .isEqualTo(slots.basePipeline[slots.pipeline[s]].equals(base));
      }
    }
  }

  /** One of a few normalisations, aggregations and weights: equal ones come up often. */
  private static Pipeline pipeline(SplittableRandom random) {
    Normalisation n = random.nextBoolean() ? Normalisation.minMax(0, 100)
        : Normalisation.minMax(1, 2 + random.nextInt(3));
    Aggregation a = random.nextBoolean() ? Aggregation.arithmetic() : Aggregation.geometric();
    Weighting w = random.nextBoolean() ? NOMINAL.weighting()
        : Weighting.fromFramework().withManual(Map.of("a", 1.0, "b", 1.0 + random.nextInt(2)));
    return NOMINAL.withNormalisation(n).withAggregation(a).withWeighting(w);
  }
}

package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.testkit.indicators.DatasetArbitraries;
import io.github.learningcities.lcn.testkit.indicators.FrameworkArbitraries;
import io.github.learningcities.lcn.testkit.indicators.PipelineArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Runs with the testkit's data-driven weightings on its frameworks and data either give
 * non-negative weights that sum to 1 within every parent at level 1 (PCA) or over the level
 * (optimised), or refuse with an error naming the aggregate or the weighting.
 */
class DataWeightsRunProperties {

  @Provide
  Arbitrary<Tuple2<Framework, Dataset>> cases() {
    return FrameworkArbitraries.frameworks(3, 4)
        .flatMap(f -> DatasetArbitraries.datasets(f).map(d -> Tuple.of(f, d)));
  }

  @Property(tries = 80)
  void weightsFromDataAreSharesOrRefusedWithAPlace(@ForAll("cases") Tuple2<Framework, Dataset> c,
      @ForAll("weightings") Weighting weighting) {
    Framework fw = c.get1();
    Results r;
    try {
      r = Engine.standard().run(fw, c.get2(), Pipeline.coinrDefault().withWeighting(weighting));
    } catch (IndicatorsException e) {
      assertThat(e.getMessage()).containsAnyOf("aggregate '", "data weighting '",
          "indicator '", "unit '");
      return;
    }
    boolean pca = weighting.fromData().get(0).method().equals("pca");
    double levelSum = 0;
    for (Node parent : fw.nodes()) {
      if (fw.level(parent.code()) != 2) {
        continue;
      }
      double sum = 0;
      for (Node child : fw.children(parent.code())) {
        double w = r.weights().get(child.code());
        assertThat(w).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(1);
        sum += w;
      }
      if (pca) {
        assertThat(sum).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
      }
      levelSum += sum;
    }
    if (!pca && levelSum > 0) {
      assertThat(levelSum).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @Provide
  Arbitrary<Weighting> weightings() {
    return PipelineArbitraries.dataWeightings();
  }
}

package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;

/** The pipelines the benchmarks time, named as in the COINr conformance data. */
final class Pipelines {
  private Pipelines() {}

  /**
   * P1, COINr's defaults: min-max to [0, 100], framework weights, arithmetic mean.
   *
   * @return the pipeline
   */
  static Pipeline p1() {
    return Pipeline.coinrDefault();
  }

  /**
   * P2: group-mean imputation, COINr's default outlier treatment, then P1.
   *
   * @param groupVariable the group variable to impute by
   * @return the pipeline
   */
  static Pipeline p2(String groupVariable) {
    return Pipeline.coinrDefault()
        .withImputation(Imputation.groupMean(groupVariable))
        .withTreatment(Treatment.coinrDefault());
  }
}

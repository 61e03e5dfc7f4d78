package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Progress;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How an uncertainty analysis samples: N, the seed, threads, and what varies. */
final class UncertaintyOptions {

  enum Vary { WEIGHTS, AGGREGATION, NORMALISATION, IMPUTATION }

  @Option(names = {"-N", "--samples"}, paramLabel = "N", defaultValue = "200",
      description = "Sample points (replications of the uncertainty analysis; a sensitivity "
          + "analysis runs N (d + 2)). Default: ${DEFAULT-VALUE}.")
  int samples;

  @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "42",
      description = "Seed: the same seed gives the same result whatever the thread count. "
          + "Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = {"-T", "--threads"}, paramLabel = "T", defaultValue = "0",
      description = "Worker threads; 0 for all processors. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--vary", paramLabel = "FACTOR", split = ",",
      defaultValue = "weights,aggregation,normalisation",
      description = "What varies, any of ${COMPLETION-CANDIDATES}: indicator weights +/- 25 %%, "
          + "arithmetic or geometric mean, min-max 1..100 or z-score 10/2, mean or median "
          + "imputation. Default: ${DEFAULT-VALUE}. The built-in KFLC data use the SDK's "
          + "KFLC analysis (aggregation and key-feature weights).")
  List<Vary> vary;

  UncertaintySpec spec() {
    if (samples < 2) {
      throw new BadInputException("--samples " + samples + " is too small; expected at least 2");
    }
    if (threads < 0) {
      throw new BadInputException("--threads " + threads + " is invalid; expected 0 (all "
          + "processors) or more");
    }
    List<Factor> factors = new ArrayList<>();
    for (Vary v : List.copyOf(new java.util.LinkedHashSet<>(vary))) {
      factors.add(switch (v) {
        case WEIGHTS -> Factor.weightNoise("weights", 1, 0.25, 100);
        case AGGREGATION -> Factor.aggregation("aggregation",
            List.of(Aggregation.arithmetic(), Aggregation.geometric()));
        case NORMALISATION -> Factor.normalisation("normalisation",
            List.of(Normalisation.minMax(1, 100), Normalisation.zScore(10, 2)));
        case IMPUTATION -> Factor.imputation("imputation",
            List.of(Imputation.mean(), Imputation.median()));
      });
    }
    if (factors.isEmpty()) {
      throw new BadInputException("--vary names no factor; expected one or more of "
          + List.of(Vary.values()));
    }
    return UncertaintySpec.of(factors, samples, seed).withThreads(threads);
  }

  UncertaintyResult run(ScoringInput in, Results nominal, boolean sensitivity,
      boolean pipelineChanged, Progress progress) {
    if (in.kflc().isPresent() && !pipelineChanged) {
      UncertaintySpec spec = KflcResults.defaultUncertaintySpec(samples, seed)
          .withThreads(threads);
      return in.kflc().get().score().uncertainty(sensitivity ? spec.withSensitivity() : spec);
    }
    UncertaintySpec spec = spec();
    return UncertaintyAnalysis.run(Engine.standard(), nominal,
        sensitivity ? spec.withSensitivity() : spec, progress);
  }
}

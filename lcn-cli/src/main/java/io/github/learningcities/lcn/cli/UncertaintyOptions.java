package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Progress;
import io.github.learningcities.lcn.indicators.uncertainty.QuantileType;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How an uncertainty analysis samples: N, the seed, threads, and what varies. */
final class UncertaintyOptions {

  enum Vary { WEIGHTS, AGGREGATION, NORMALISATION, IMPUTATION, PCA }

  /** The fewest sample points: quantiles need two. */
  static final int MIN_SAMPLES = 2;
  /** The most sample points; memory may bound a run lower (it is estimated before). */
  static final int MAX_SAMPLES = 1_000_000;
  /** The most worker threads. */
  static final int MAX_THREADS = 256;
  /** The number of factors of the SDK's KFLC analysis (aggregation, key-feature weights). */
  private static final int KFLC_FACTORS = 2;
  /** Defaults of --samples, --seed, --threads and --vary, for picocli and {@link PlainArguments}. */
  static final String SAMPLES = "200";
  static final String SEED = "42";
  static final String THREADS = "0";
  static final String VARY = "weights,aggregation,normalisation";

  @Option(names = {"-N", "--samples"}, paramLabel = "N", defaultValue = SAMPLES,
      description = "Sample points, " + MIN_SAMPLES + " to " + MAX_SAMPLES + " (replications "
          + "of the uncertainty analysis; a sensitivity analysis runs N (d + 2)); a run that "
          + "would not fit in memory is refused before it starts. Default: ${DEFAULT-VALUE}.")
  int samples;

  @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = SEED,
      description = "Seed: the same seed gives the same result whatever the thread count. "
          + "Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = {"-T", "--threads"}, paramLabel = "T", defaultValue = THREADS,
      description = "Worker threads, 0 (all processors) to " + MAX_THREADS + ". Default: "
          + "${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--vary", paramLabel = "FACTOR", split = ",",
      defaultValue = VARY,
      description = "What varies, any of ${COMPLETION-CANDIDATES}: indicator weights +/- 25 %%, "
          + "arithmetic or geometric mean, min-max 1..100 or z-score 10/2, mean or median "
          + "imputation, framework or PCA (Handbook factor-analysis) weights of the indicators "
          + "computed in every replication. Default: ${DEFAULT-VALUE}. The built-in KFLC data use the SDK's "
          + "KFLC analysis (aggregation and key-feature weights).")
  List<Vary> vary;

  /** Refuses sample and thread counts outside their documented bounds. */
  static void requireBounds(int samples, int threads) {
    if (samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
      throw new BadInputException("--samples " + samples + " is too "
          + (samples < MIN_SAMPLES ? "small" : "large") + "; expected " + MIN_SAMPLES + " to "
          + String.format(java.util.Locale.ROOT, "%,d", MAX_SAMPLES));
    }
    if (threads < 0 || threads > MAX_THREADS) {
      throw new BadInputException("--threads " + threads + " is invalid; expected 0 (all "
          + "processors) to " + MAX_THREADS);
    }
  }

  /**
   * Estimates the memory of the analysis from the input's size and refuses it when it cannot
   * fit; returns the estimate for the out-of-memory message.
   */
  MemoryNeeds requireMemory(ScoringInput in, boolean sensitivity, boolean pipelineChanged) {
    requireBounds(samples, threads);
    int factors = kflcAnalysis(in, pipelineChanged) ? KFLC_FACTORS
        : new java.util.LinkedHashSet<>(vary).size();
    long runs = (long) samples * (sensitivity ? factors + 2 : 1);
    int workers = (int) Math.max(1, Math.min(runs,
        threads == 0 ? Runtime.getRuntime().availableProcessors() : threads));
    MemoryNeeds needs = MemoryNeeds.uncertainty(in.dataset().unitCount(),
        in.framework().nodes().size(), runs, workers);
    needs.requireAvailable("--samples");
    return needs;
  }

  /**
   * Whether the input runs the SDK's own KFLC analysis instead of the options' factors: the
   * built-in KFLC data, unless a pipeline option changed their pipeline.
   */
  private static boolean kflcAnalysis(ScoringInput in, boolean pipelineChanged) {
    return in.kflc().isPresent() && !pipelineChanged;
  }

  /**
   * The uncertainty specification of an audit. The built-in KFLC assessment scores "not
   * started" as 0, so a geometric mean fails on its scores: its audit varies the key-feature
   * weights only, as its own analysis does (that analysis's geometric alternative runs on a
   * shifted scale, which the audit does not use); any other input uses the options' factors.
   */
  UncertaintySpec auditSpec(ScoringInput in, boolean pipelineChanged) {
    if (kflcAnalysis(in, pipelineChanged)) {
      return UncertaintySpec.of(List.of(Factor.weightNoise("weights",
          KflcResults.FEATURE_LEVEL, 0.25, 100)), samples, seed).withThreads(threads);
    }
    return spec();
  }

  UncertaintySpec spec() {
    requireBounds(samples, threads);
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
        case PCA -> Factor.weighting("pca", List.of(Weighting.fromFramework(),
            Weighting.fromFramework().withDataWeights(DataWeights.pca(1))));
      });
    }
    if (factors.isEmpty()) {
      throw new BadInputException("--vary names no factor; expected one or more of "
          + List.of(Vary.values()));
    }
    return UncertaintySpec.of(factors, samples, seed).withThreads(threads);
  }

  /** R's quantile type 1 to 9 as the engine names it. */
  static QuantileType quantileType(int type) {
    if (type < 1 || type > 9) {
      throw new BadInputException("--quantiles " + type + " is invalid; expected R's quantile "
          + "type, 1 to 9 (7 is R's and COINr's default)");
    }
    return QuantileType.values()[type - 1];
  }

  UncertaintyResult run(ScoringInput in, Results nominal, boolean sensitivity,
      boolean pipelineChanged, Progress progress) {
    return run(in, nominal, sensitivity, pipelineChanged, progress, QuantileType.R7);
  }

  UncertaintyResult run(ScoringInput in, Results nominal, boolean sensitivity,
      boolean pipelineChanged, Progress progress, QuantileType quantiles) {
    requireBounds(samples, threads);
    if (kflcAnalysis(in, pipelineChanged)) {
      UncertaintySpec spec = KflcResults.defaultUncertaintySpec(samples, seed)
          .withThreads(threads);
      return in.kflc().get().score().uncertainty(sensitivity ? spec.withSensitivity() : spec);
    }
    UncertaintySpec spec = spec();
    return UncertaintyAnalysis.run(Engine.standard(), nominal,
        sensitivity ? spec.withSensitivity() : spec, progress, quantiles);
  }
}

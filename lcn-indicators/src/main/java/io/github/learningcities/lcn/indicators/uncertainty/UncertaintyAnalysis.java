package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.method.Statistics;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs uncertainty and sensitivity analyses.
 *
 * <pre>{@code
 * UncertaintySpec spec = UncertaintySpec.of(List.of(
 *         Factor.normalisation("normalisation",
 *             List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
 *         Factor.aggregation("aggregation",
 *             List.of(Aggregation.arithmetic(), Aggregation.geometric())),
 *         Factor.weightNoise("weights", 1, 0.25, 100)),
 *     512, 42L).withSensitivity();
 * UncertaintyResult r = UncertaintyAnalysis.run(Engine.standard(), nominal, spec);
 * }</pre>
 *
 * <p>The specification is checked against the nominal pipeline before anything runs: a factor
 * that varies a parameter of a step the nominal pipeline does not have, or a parameter that
 * step does not have, is an error naming both (COINr skips such factors silently). Each
 * replication regenerates the nominal results from the first step it changes. Replications run
 * on {@code threads} workers; the sample points, the noisy weight sets and the bootstrap draw
 * from the seed alone and every replication is computed independently, so results are
 * bit-identical for a seed whatever the thread count. A replication that fails is kept with its
 * parameters and the reason, never dropped silently.
 *
 * @since 0.1.0
 */
public final class UncertaintyAnalysis {
  private UncertaintyAnalysis() {}

  /**
   * Runs an analysis without progress reporting.
   *
   * @param engine the engine (with any user methods the pipelines name)
   * @param nominal the nominal results
   * @param spec the specification
   * @return the result
   * @throws IndicatorsException if the specification does not fit the nominal pipeline
   */
  public static UncertaintyResult run(Engine engine, Results nominal, UncertaintySpec spec) {
    return run(engine, nominal, spec, Progress.NONE);
  }

  /**
   * Runs an analysis.
   *
   * @param engine the engine (with any user methods the pipelines name)
   * @param nominal the nominal results
   * @param spec the specification
   * @param progress receives progress and may cancel
   * @return the result
   * @throws IndicatorsException if the specification does not fit the nominal pipeline
   * @throws CancellationException if the progress callback cancelled the run
   */
  public static UncertaintyResult run(Engine engine, Results nominal, UncertaintySpec spec,
      Progress progress) {
    return run(engine, nominal, spec, progress, QuantileType.R7);
  }

  /**
   * Runs an analysis whose rank and score quantiles follow a definition of one's choice.
   *
   * @param engine the engine (with any user methods the pipelines name)
   * @param nominal the nominal results
   * @param spec the specification
   * @param progress receives progress and may cancel
   * @param quantiles how the medians, 5th and 95th percentiles are computed (the other
   *     overloads use {@link QuantileType#R7}, R's and COINr's default)
   * @return the result
   * @throws IndicatorsException if the specification does not fit the nominal pipeline
   * @throws CancellationException if the progress callback cancelled the run
   * @since 0.1.0
   */
  public static UncertaintyResult run(Engine engine, Results nominal, UncertaintySpec spec,
      Progress progress, QuantileType quantiles) {
    java.util.Objects.requireNonNull(quantiles, "quantiles");
    Framework fw = nominal.framework();
    String node = analysedNode(nominal, spec);
    List<Factor> factors = spec.factors();
    int d = factors.size();
    int n = spec.samples();
    List<double[][]> noisy = weightSets(fw, spec);
    int dims = spec.sensitivity() ? 2 * d : d;
    if (spec.sampling() == UncertaintySpec.Sampling.SOBOL
        && dims > SobolSequence.MAX_DIMENSIONS) {
      throw new IndicatorsException(d + " factors" + (spec.sensitivity()
          ? " with sensitivity indices (2 Sobol dimensions per factor)" : "")
          + " need " + dims + " Sobol dimensions; expected at most "
          + SobolSequence.MAX_DIMENSIONS + " dimensions, or Sampling.MONTE_CARLO");
    }
    double[][] base = sample(n, dims, spec.sampling(), spec.seed());
    double[][] points;
    if (spec.sensitivity()) {
      points = new double[n * (d + 2)][d];
      for (int j = 0; j < n; j++) {
        points[j] = Arrays.copyOfRange(base[j], 0, d);
        points[n + j] = Arrays.copyOfRange(base[j], d, 2 * d);
        for (int i = 0; i < d; i++) {
          double[] ab = points[j].clone();
          ab[i] = base[j][d + i];
          points[(2 + i) * n + j] = ab;
        }
      }
    } else {
      points = base;
    }
    int runs = points.length;
    List<Unit> units = nominal.units();
    double[][] scores = new double[runs][];
    int[][] ranks = new int[runs][];
    Replication[] reps = new Replication[runs];
    Design design = new Design(factors, noisy, nominal.pipeline(), fw);
    for (int r = 0; r < runs; r++) {
      reps[r] = design.describe(r, points[r], chosen(points[r], factors));
    }
    boolean shareBases = distinctBases(factors) <= MAX_SHARED_BASES;
    execute(engine, nominal, node, units, reps, scores, ranks, spec.threads(), progress,
        shareBases);
    int uaRuns = spec.sensitivity() ? 2 * n : n;
    List<UnitUncertainty> summaries = summarise(nominal, node, units, scores, ranks, uaRuns,
        quantiles);
    int[] nominalRanks = nominalRanks(nominal, node, units);
    Optional<Sensitivity> sensitivity = Optional.empty();
    if (spec.sensitivity()) {
      sensitivity = Optional.of(SobolEstimator.estimate(factors, n, ranks, nominalRanks, units,
          spec));
    }
    return new UncertaintyResult(node, Arrays.asList(reps), summaries, sensitivity);
  }

  /**
   * Replays a sample the user supplies, replication by replication, with the quantiles of R's
   * type 7. See {@link #replay(Engine, Results, UncertaintySpec, ReplaySample, Progress,
   * QuantileType)}.
   *
   * @param engine the engine
   * @param nominal the nominal results
   * @param spec the specification whose factors the sample's choices name
   * @param sample the runs to replay
   * @return the result, one replication per run
   * @throws IndicatorsException if the specification does not fit the nominal pipeline or a
   *     run names an unknown factor or alternative
   * @since 0.1.0
   */
  public static UncertaintyResult replay(Engine engine, Results nominal, UncertaintySpec spec,
      ReplaySample sample) {
    return replay(engine, nominal, spec, sample, Progress.NONE, QuantileType.R7);
  }

  /**
   * Replays a sample the user supplies (a run made in COINr or in a spreadsheet, or one the SDK
   * drew and wrote with {@link ReplaySample#of}), replication by replication: run {@code r}
   * takes, for every factor of the specification, the choice the sample gives, instead of a
   * point of the specification's own sampling. Everything else is as in {@link #run}: the
   * factors are checked against the nominal pipeline, weight-noise sets are drawn from the
   * specification's seed, replications run on its threads with results that do not depend on
   * their count, failures are kept, and the units' statistics are computed over the runs with
   * the given quantile definition. Each replication's {@link Replication#sample()} holds the
   * point in [0, 1) that makes the specification's sampling choose the same (the middle of the
   * alternative's share, or the value's place in its range).
   *
   * <p>Replaying the sample of the SDK's own run with the same specification reproduces that
   * run exactly.
   *
   * @param engine the engine
   * @param nominal the nominal results
   * @param spec the specification whose factors the sample's choices name (its sample size and
   *     sampling are not used)
   * @param sample the runs to replay
   * @param progress receives progress and may cancel
   * @param quantiles how the medians, 5th and 95th percentiles are computed
   * @return the result, one replication per run
   * @throws IndicatorsException if the specification asks for sensitivity indices (they need
   *     the Saltelli design), does not fit the nominal pipeline, or a run names an unknown
   *     factor or alternative (the message names the run, counted from 1)
   * @throws CancellationException if the progress callback cancelled the run
   * @since 0.1.0
   */
  public static UncertaintyResult replay(Engine engine, Results nominal, UncertaintySpec spec,
      ReplaySample sample, Progress progress, QuantileType quantiles) {
    java.util.Objects.requireNonNull(quantiles, "quantiles");
    if (spec.sensitivity()) {
      throw new IndicatorsException("a replayed sample cannot give sensitivity indices, which "
          + "need the Saltelli design; expected a specification without withSensitivity()");
    }
    Framework fw = nominal.framework();
    String node = analysedNode(nominal, spec);
    List<Factor> factors = spec.factors();
    List<double[][]> noisy = weightSets(fw, spec);
    List<Object[]> chosen = sample.resolve(factors);
    int runs = chosen.size();
    List<Unit> units = nominal.units();
    double[][] scores = new double[runs][];
    int[][] ranks = new int[runs][];
    Replication[] reps = new Replication[runs];
    Design design = new Design(factors, noisy, nominal.pipeline(), fw);
    for (int r = 0; r < runs; r++) {
      reps[r] = design.describe(r, point(chosen.get(r), factors), chosen.get(r));
    }
    execute(engine, nominal, node, units, reps, scores, ranks, spec.threads(), progress,
        distinctBases(factors) <= MAX_SHARED_BASES);
    return new UncertaintyResult(node, Arrays.asList(reps),
        summarise(nominal, node, units, scores, ranks, runs, quantiles), Optional.empty());
  }

  /** The node analysed, once the specification is checked against the nominal results. */
  private static String analysedNode(Results nominal, UncertaintySpec spec) {
    Framework fw = nominal.framework();
    String node = spec.node().orElse(fw.root().code());
    if (fw.node(node).isEmpty()) {
      throw new IndicatorsException("the analysed node '" + node + "' is not in the framework");
    }
    validate(nominal.pipeline(), fw, spec.factors());
    return node;
  }

  /** The weight sets of each weight-noise factor (empty for the others), from the seed. */
  static List<double[][]> weightSets(Framework fw, UncertaintySpec spec) {
    List<Factor> factors = spec.factors();
    List<double[][]> noisy = new ArrayList<>();
    for (int f = 0; f < factors.size(); f++) {
      noisy.add(factors.get(f).kind() == Factor.Kind.WEIGHT_NOISE
          ? drawWeightSets(fw, factors.get(f), spec.seed(), f) : new double[0][]);
    }
    return noisy;
  }

  /** What each factor takes from a sample point: an index, a value or a range's number. */
  static Object[] chosen(double[] point, List<Factor> factors) {
    Object[] out = new Object[factors.size()];
    for (int f = 0; f < out.length; f++) {
      Factor factor = factors.get(f);
      out[f] = switch (factor.kind()) {
        case ALTERNATIVES, WEIGHT_NOISE -> factor.pick(point[f]);
        case VALUES -> factor.alternatives().get(factor.pick(point[f]));
        case RANGE -> factor.value(point[f]);
      };
    }
    return out;
  }

  /** A sample point whose coordinates make each factor choose what a replayed run chose. */
  private static double[] point(Object[] chosen, List<Factor> factors) {
    double[] u = new double[chosen.length];
    for (int f = 0; f < u.length; f++) {
      Factor factor = factors.get(f);
      double x = switch (factor.kind()) {
        case ALTERNATIVES -> ((Integer) chosen[f] + 0.5) / factor.alternatives().size();
        case WEIGHT_NOISE -> ((Integer) chosen[f] + 0.5) / factor.sets();
        case VALUES -> (factor.alternatives().indexOf(chosen[f]) + 0.5)
            / factor.alternatives().size();
        case RANGE -> factor.integer()
            ? ((Double) chosen[f] - factor.low() + 0.5) / (factor.high() - factor.low() + 1)
            : ((Double) chosen[f] - factor.low()) / (factor.high() - factor.low());
      };
      u[f] = Math.min(Math.max(x, 0), Math.nextDown(1.0));
    }
    return u;
  }

  private static int[] nominalRanks(Results nominal, String node, List<Unit> units) {
    int[] nominalRanks = new int[units.size()];
    Map<String, Integer> nr = nominal.ranks(node);
    for (int i = 0; i < units.size(); i++) {
      nominalRanks[i] = nr.getOrDefault(units.get(i).code(), 0);
    }
    return nominalRanks;
  }

  /** Each unit's spread over the first {@code uaRuns} replications. */
  private static List<UnitUncertainty> summarise(Results nominal, String node, List<Unit> units,
      double[][] scores, int[][] ranks, int uaRuns, QuantileType quantiles) {
    int u = units.size();
    int[] nominalRanks = nominalRanks(nominal, node, units);
    double[] nominalScores = nominal.scores(node);
    List<UnitUncertainty> summaries = new ArrayList<>(u);
    for (int i = 0; i < u; i++) {
      double[] rk = new double[uaRuns];
      double[] sc = new double[uaRuns];
      int k = 0;
      for (int r = 0; r < uaRuns; r++) {
        if (ranks[r] != null && ranks[r][i] != 0) {
          rk[k] = ranks[r][i];
          sc[k] = scores[r][i];
          k++;
        }
      }
      rk = Arrays.copyOf(rk, k);
      sc = Arrays.copyOf(sc, k);
      Arrays.sort(rk);
      Arrays.sort(sc);
      summaries.add(new UnitUncertainty(units.get(i).code(),
          Double.isNaN(nominalScores[i]) ? OptionalDouble.empty()
              : OptionalDouble.of(nominalScores[i]),
          nominalRanks[i] == 0 ? OptionalInt.empty() : OptionalInt.of(nominalRanks[i]),
          mean(rk), quantiles.of(rk, 0.5), quantiles.of(rk, 0.05), quantiles.of(rk, 0.95),
          mean(sc), quantiles.of(sc, 0.5), quantiles.of(sc, 0.05), quantiles.of(sc, 0.95)));
    }
    return summaries;
  }

  /**
   * Most replications share their steps up to normalisation with others (a few discrete
   * choices of imputation, treatment and normalisation, crossed with weights and aggregation):
   * when the number of such distinct "bases" is small, each is computed once and every
   * replication only re-aggregates it. Results are the same as computing each replication
   * alone, since a base is a deterministic function of its pipeline.
   */
  private static final int MAX_SHARED_BASES = 512;

  private static long distinctBases(List<Factor> factors) {
    long combos = 1;
    for (Factor f : factors) {
      if (f.step() == io.github.learningcities.lcn.indicators.engine.Step.AGGREGATION) {
        continue;
      }
      long k = switch (f.kind()) {
        case ALTERNATIVES, VALUES -> f.alternatives().size();
        case RANGE -> f.integer() ? (long) (f.high() - f.low() + 1) : Long.MAX_VALUE;
        default -> 1;
      };
      if (k == Long.MAX_VALUE || combos > MAX_SHARED_BASES) {
        return Long.MAX_VALUE;
      }
      combos *= k;
    }
    return combos;
  }

  private static void execute(Engine engine, Results nominal, String node, List<Unit> units,
      Replication[] reps, double[][] scores, int[][] ranks, int threads, Progress progress,
      boolean shareBases) {
    Map<Pipeline, Results> bases = new java.util.concurrent.ConcurrentHashMap<>();
    // Replications whose choices give the same pipeline (discrete factors drawn twice) have
    // the same outcome: each distinct pipeline is computed once. Its arrays are only read.
    Map<Pipeline, Outcome> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
    int runs = reps.length;
    int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    workers = Math.max(1, Math.min(workers, runs));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    // Set when the analysis stops early (cancelled, interrupted, failed): every worker checks it
    // before it starts a replication, so at most the replications under way are finished.
    AtomicBoolean stop = new AtomicBoolean();
    // The caller's interrupt is seen by the workers at once, not only when the caller wakes.
    Thread caller = Thread.currentThread();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "lcn-uncertainty");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          int r;
          while (!stop.get() && (r = next.getAndIncrement()) < runs) {
            if (caller.isInterrupted()) {
              stop.set(true);
              throw new CancellationException("uncertainty analysis interrupted after "
                  + done.get() + " of " + runs + " replications");
            }
            if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
              stop.set(true);
              throw new CancellationException("uncertainty analysis cancelled after "
                  + done.get() + " of " + runs + " replications");
            }
            Replication rep = reps[r];
            Outcome outcome = outcomes.get(rep.pipeline());
            if (outcome == null) {
              outcome = replicate(engine, nominal, node, units, rep.pipeline(), bases,
                  shareBases);
              Outcome first = outcomes.putIfAbsent(rep.pipeline(), outcome);
              outcome = first == null ? outcome : first;
            }
            if (outcome.failure() == null) {
              scores[r] = outcome.scores();
              ranks[r] = outcome.ranks();
            } else {
              reps[r] = new Replication(rep.index(), rep.sample(), rep.choices(),
                  rep.pipeline(), Optional.of(outcome.failure()));
            }
            progress.onProgress(done.incrementAndGet(), runs);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      stop.set(true);
      Thread.currentThread().interrupt();
      throw new CancellationException("uncertainty analysis interrupted after " + done.get()
          + " of " + runs + " replications");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CancellationException c) {
        throw c;
      }
      throw new IndicatorsException("uncertainty analysis failed: " + e.getCause(),
          e.getCause());
    } finally {
      stop.set(true);
      pool.shutdownNow();
      awaitWorkers(pool);
    }
  }

  /** A replication's scores and ranks by nominal unit, or why it failed. */
  private record Outcome(double[] scores, int[] ranks, String failure) {}

  /** Computes one replication's pipeline, from its shared base when bases are shared. */
  private static Outcome replicate(Engine engine, Results nominal, String node,
      List<Unit> units, Pipeline pipeline, Map<Pipeline, Results> bases, boolean shareBases) {
    try {
      Results from = nominal;
      if (shareBases) {
        Pipeline base = pipeline.withWeighting(nominal.pipeline().weighting())
            .withAggregation(nominal.pipeline().aggregation());
        from = bases.computeIfAbsent(base, b -> engine.regenerate(nominal, b));
      }
      Results res = engine.regenerate(from, pipeline);
      double[] s = scoresByNominalUnit(res, node, units);
      return new Outcome(s, Statistics.competitionRanks(s), null);
    } catch (RuntimeException e) {
      return new Outcome(null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Waits until the workers have finished the replications under way, so that no work goes on
   * after the analysis has returned or thrown; an interrupt while waiting is kept for the
   * caller.
   */
  private static void awaitWorkers(ExecutorService pool) {
    boolean interrupted = false;
    while (!pool.isTerminated()) {
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static double[] scoresByNominalUnit(Results res, String node, List<Unit> units) {
    double[] all = res.scores(node);
    List<Unit> got = res.units();
    if (got.equals(units)) {
      return all;
    }
    Map<String, Integer> rows = new java.util.HashMap<>();
    for (int i = 0; i < got.size(); i++) {
      rows.put(got.get(i).code(), i);
    }
    double[] s = new double[units.size()];
    for (int i = 0; i < s.length; i++) {
      Integer row = rows.get(units.get(i).code());
      s[i] = row == null ? Double.NaN : all[row];
    }
    return s;
  }

  static void validate(Pipeline nominal, Framework fw, List<Factor> factors) {
    for (Factor f : factors) {
      switch (f.kind()) {
        case VALUES, RANGE -> {
          Parameters p = stepParameters(nominal, f);
          String param = f.parameter().orElseThrow();
          if (!p.has(param)) {
            throw new IndicatorsException("factor '" + f.name() + "' varies parameter '" + param
                + "' of step " + f.step() + ", which that step of the nominal pipeline does not "
                + "have; its parameters are " + p.asMap().keySet());
          }
          List<Object> values = f.kind() == Factor.Kind.VALUES ? f.alternatives()
              : List.of(f.low(), f.high());
          for (Factor g : factors) {
            if (g.kind() == Factor.Kind.ALTERNATIVES && g.step() == f.step()
                && !(g.alternatives().get(0) instanceof Weighting)) {
              throw new IndicatorsException("factor '" + f.name() + "' varies parameter '"
                  + param + "' of step " + f.step() + ", whose method factor '" + g.name()
                  + "' replaces (its alternatives need not take that parameter); vary the "
                  + "parameter inside the alternatives instead, e.g. one alternative per value");
            }
          }
          for (Object value : values) {
            try {
              withParameter(nominal, f, param, value);
            } catch (IndicatorsException e) {
              // The constraints are intervals in one parameter, so a range's ends decide.
              throw new IndicatorsException("factor '" + f.name() + "' sets parameter '" + param
                  + "' of step " + f.step() + " to " + value + ", which is invalid: "
                  + e.getMessage(), e);
            }
          }
        }
        case WEIGHT_NOISE -> {
          if (f.level() < 1 || f.level() >= fw.levels()) {
            throw new IndicatorsException("factor '" + f.name() + "' perturbs the weights of "
                + "level " + f.level() + ", which the framework does not have below its root; "
                + "expected a level from 1 to " + (fw.levels() - 1));
          }
        }
        default -> {
          // alternatives replace the whole step, present in the nominal pipeline or not
        }
      }
    }
  }

  private static Parameters stepParameters(Pipeline nominal, Factor f) {
    Optional<Parameters> p = switch (f.step()) {
      case IMPUTATION -> nominal.imputation().map(Imputation::parameters);
      case TREATMENT -> nominal.treatment().map(Treatment::parameters);
      case NORMALISATION -> nominal.normalisation().map(Normalisation::parameters);
      case AGGREGATION -> Optional.of(nominal.aggregation().parameters());
      default -> Optional.empty();
    };
    return p.orElseThrow(() -> new IndicatorsException("factor '" + f.name()
        + "' varies parameter '" + f.parameter().orElse("") + "' of step " + f.step()
        + ", but the nominal pipeline has no " + f.step() + " step; add that step to the "
        + "nominal pipeline, or vary the whole step with alternatives"));
  }

  /**
   * Turns a sample point's choices into a replication's pipeline and description. What does
   * not depend on the point (each alternative's label, the nodes a weight-noise factor
   * perturbs) is worked out once per analysis, not once per replication, and so is the
   * pipeline of each combination of choices: replications that choose alike (a weight-noise
   * factor's 100 sets over 900 replications) share one pipeline and its choices' labels.
   */
  static final class Design {
    private final List<Factor> factors;
    private final List<double[][]> noisy;
    private final Pipeline nominal;
    private final List<List<Node>> perturbed = new ArrayList<>();
    private final List<List<String>> labels = new ArrayList<>();
    /** A capacity for the manual weights that holds the nominal and every perturbed one. */
    private final int manualCapacity;
    /**
     * The codes of the last manual weights seen, in code order: a replication's weights have
     * the same codes as the one before unless a weighting alternative changed them, and
     * {@link Weighting} finds them in order at once instead of sorting them again.
     */
    private String[] codeOrder = new String[0];
    /** The choices' labels and the pipeline of each combination of choices described so far. */
    private final Map<List<Object>, Described> described = new HashMap<>();

    /** What a combination of choices gives: the choices' labels and the pipeline. */
    private record Described(Map<String, String> choices, Pipeline pipeline) {}

    Design(List<Factor> factors, List<double[][]> noisy, Pipeline nominal, Framework fw) {
      this.factors = factors;
      this.noisy = noisy;
      this.nominal = nominal;
      int weights = nominal.weighting().manual().size();
      for (Factor factor : factors) {
        perturbed.add(factor.kind() == Factor.Kind.WEIGHT_NOISE ? nodesAt(fw, factor.level())
            : List.of());
        List<String> names = new ArrayList<>();
        if (factor.kind() == Factor.Kind.ALTERNATIVES) {
          for (int k = 0; k < factor.alternatives().size(); k++) {
            names.add(k + ": " + factor.alternatives().get(k));
          }
        }
        labels.add(names);
        weights += perturbed.get(perturbed.size() - 1).size();
      }
      manualCapacity = weights * 4 / 3 + 1;
    }

    Replication describe(int index, double[] point, Object[] chosen) {
      List<Double> sample = new ArrayList<>(point.length);
      for (double v : point) {
        sample.add(v);
      }
      // equal choices (their values compared as Java does, a double by its bits) describe
      // equal pipelines: describe each combination once
      List<Object> key = Arrays.asList(chosen.clone());
      Described d = described.get(key);
      if (d == null) {
        d = describe(chosen);
        described.put(key, d);
      }
      return new Replication(index, sample, d.choices(), d.pipeline(), Optional.empty());
    }

    private Described describe(Object[] chosen) {
      Pipeline p = nominal;
      Map<String, String> choices = new LinkedHashMap<>();
      // The manual weights in force (the nominal's, or a weighting alternative's) with the
      // perturbed ones put over them; Weighting sorts them itself.
      Map<String, Double> manual = new HashMap<>(manualCapacity);
      manual.putAll(nominal.weighting().manual());
      boolean weightsChanged = false;
      for (int f = 0; f < factors.size(); f++) {
        Factor factor = factors.get(f);
        switch (factor.kind()) {
          case ALTERNATIVES -> {
            int k = (Integer) chosen[f];
            Object alt = factor.alternatives().get(k);
            choices.put(factor.name(), labels.get(f).get(k));
            if (alt instanceof Imputation i) {
              p = p.withImputation(i);
            } else if (alt instanceof Treatment t) {
              p = p.withTreatment(t);
            } else if (alt instanceof Normalisation nz) {
              p = p.withNormalisation(nz);
            } else if (alt instanceof Aggregation a) {
              p = p.withAggregation(a);
            } else if (alt instanceof Weighting w) {
              p = p.withWeighting(w);
              manual = new HashMap<>(w.manual());
            }
          }
          case VALUES, RANGE -> {
            Object value = chosen[f];
            choices.put(factor.name(), String.valueOf(value));
            p = withParameter(p, factor, factor.parameter().orElseThrow(), value);
          }
          case WEIGHT_NOISE -> {
            int k = (Integer) chosen[f];
            choices.put(factor.name(), "weight set " + k);
            double[] set = noisy.get(f)[k];
            List<Node> level = perturbed.get(f);
            for (int i = 0; i < level.size(); i++) {
              manual.put(level.get(i).code(), set[i]);
            }
            weightsChanged = true;
          }
          default -> throw new IllegalStateException();
        }
      }
      if (weightsChanged) {
        // what withManual gives, since manual already holds the weighting's own manual weights
        Weighting w = p.weighting();
        p = p.withWeighting(new Weighting(w.source(), w.set(), inCodeOrder(manual),
            w.fromData()));
      }
      return new Described(choices, p);
    }

    /** The same weights, iterated in the order of their codes. */
    private Map<String, Double> inCodeOrder(Map<String, Double> manual) {
      boolean same = codeOrder.length == manual.size();
      for (int i = 0; same && i < codeOrder.length; i++) {
        same = manual.containsKey(codeOrder[i]);
      }
      if (!same) {
        codeOrder = manual.keySet().toArray(new String[0]);
        Arrays.sort(codeOrder);
      }
      Map<String, Double> ordered = new LinkedHashMap<>(manualCapacity);
      for (String code : codeOrder) {
        ordered.put(code, manual.get(code));
      }
      return ordered;
    }
  }

  private static Pipeline withParameter(Pipeline p, Factor f, String param, Object value) {
    return switch (f.step()) {
      case IMPUTATION -> {
        Imputation i = p.imputation().orElseThrow();
        yield p.withImputation(new Imputation(i.method(), i.parameters().with(param, value),
            i.overrides()));
      }
      case TREATMENT -> {
        Treatment t = p.treatment().orElseThrow();
        yield p.withTreatment(new Treatment(t.method(), t.parameters().with(param, value),
            t.overrides()));
      }
      case NORMALISATION -> {
        Normalisation nz = p.normalisation().orElseThrow();
        yield p.withNormalisation(new Normalisation(nz.method(),
            nz.parameters().with(param, value), nz.overrides()));
      }
      case AGGREGATION -> {
        Aggregation a = p.aggregation();
        yield p.withAggregation(new Aggregation(a.method(), a.parameters().with(param, value),
            a.availabilityThreshold()));
      }
      default -> throw new IllegalStateException(f.step().toString());
    };
  }

  private static List<Node> nodesAt(Framework fw, int level) {
    List<Node> out = new ArrayList<>();
    for (Node n : fw.nodes()) {
      if (fw.level(n.code()) == level && n.parent().isPresent()) {
        out.add(n);
      }
    }
    return out;
  }

  private static double[][] drawWeightSets(Framework fw, Factor f, long seed, int factorIndex) {
    List<Node> level = nodesAt(fw, f.level());
    SplittableRandom rnd = new SplittableRandom(seed).split();
    for (int i = 0; i <= factorIndex; i++) {
      rnd = rnd.split();
    }
    double[][] sets = new double[f.sets()][level.size()];
    for (int s = 0; s < sets.length; s++) {
      for (int i = 0; i < level.size(); i++) {
        double u = rnd.nextDouble() * 2 - 1;
        sets[s][i] = level.get(i).weight() * (1 + u * f.noise());
      }
    }
    return sets;
  }

  /** Sample points in [0, 1)^dims from the seed alone. */
  static double[][] sample(int n, int dims, UncertaintySpec.Sampling sampling, long seed) {
    double[][] out = new double[n][dims];
    SplittableRandom rnd = new SplittableRandom(seed);
    if (sampling == UncertaintySpec.Sampling.MONTE_CARLO) {
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < dims; k++) {
          out[j][k] = rnd.nextDouble();
        }
      }
      return out;
    }
    SobolSequence sobol = new SobolSequence(dims);
    long[] shift = new long[dims];
    for (int k = 0; k < dims; k++) {
      shift[k] = rnd.nextLong() & ((1L << SobolSequence.BITS) - 1);
    }
    double scale = 1L << SobolSequence.BITS;
    for (int j = 0; j < n; j++) {
      long[] bits = sobol.nextBits();
      for (int k = 0; k < dims; k++) {
        out[j][k] = (bits[k] ^ shift[k]) / scale;
      }
    }
    return out;
  }

  static double mean(double[] x) {
    if (x.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** R's default quantile (type 7) of sorted values. */
  static double quantile(double[] sorted, double p) {
    return QuantileType.R7.of(sorted, p);
  }
}

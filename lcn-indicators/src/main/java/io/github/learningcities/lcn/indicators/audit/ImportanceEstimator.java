package io.github.learningcities.lcn.indicators.audit;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.internal.PenalisedSpline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Estimates every indicator's correlation ratio with the index ({@link Importance}). */
final class ImportanceEstimator {
  private ImportanceEstimator() {}

  static List<Importance> estimate(Framework fw, Dataset aggregated, List<WeightShare> weights,
      AuditSpec spec) {
    String root = fw.root().code();
    List<String> codes = fw.indicators().stream().map(n -> n.code()).toList();
    Map<String, Double> effective = weights.stream()
        .collect(Collectors.toMap(WeightShare::node, WeightShare::effective));
    double weightSum = codes.stream().mapToDouble(c -> effective.getOrDefault(c, 0.0)).sum();
    // Resampling in the order of the unit codes makes the audit independent of the dataset's
    // row order; one stream per indicator, drawn before any work is spread over threads, makes
    // it independent of the thread count.
    List<Unit> units = aggregated.units();
    int[] order = IntStream.range(0, units.size()).boxed()
        .sorted((i, j) -> units.get(i).code().compareTo(units.get(j).code()))
        .mapToInt(Integer::intValue).toArray();
    double[] index = aggregated.column(root);
    SplittableRandom seeds = new SplittableRandom(spec.seed());
    List<SplittableRandom> streams = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      streams.add(seeds.split());
    }
    int threads = spec.threads() == 0 ? Runtime.getRuntime().availableProcessors()
        : spec.threads();
    double[][] fits = new double[codes.size()][];
    int[] pairs = new int[codes.size()];
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads,
        codes.size())), r -> {
          Thread t = new Thread(r, "lcn-audit-importance");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int k = 0; k < codes.size(); k++) {
        int j = k;
        futures.add(pool.submit(() -> {
          double[] x = aggregated.column(codes.get(j));
          double[] xs = new double[order.length];
          double[] ys = new double[order.length];
          int m = 0;
          for (int i : order) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(index[i])) {
              xs[m] = x[i];
              ys[m] = index[i];
              m++;
            }
          }
          pairs[j] = m;
          fits[j] = fit(java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m), spec,
              streams.get(j));
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditException("the importance estimate was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new AuditException("the importance estimate failed: " + e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double ratioSum = 0;
    for (double[] f : fits) {
      if (!Double.isNaN(f[0])) {
        ratioSum += f[0];
      }
    }
    List<Importance> out = new ArrayList<>();
    for (int j = 0; j < codes.size(); j++) {
      double[] f = fits[j];
      double share = weightSum > 0 ? effective.getOrDefault(codes.get(j), 0.0) / weightSum : 0;
      out.add(new Importance(codes.get(j), pairs[j], Math.min(1, share), opt(f[0]),
          opt(f[1]), opt(f[2]),
          Double.isNaN(f[0]) || ratioSum <= 0 ? OptionalDouble.empty()
              : OptionalDouble.of(Math.min(1, f[0] / ratioSum))));
    }
    return out;
  }

  /** {ratio, low, high}, NaN where undefined. */
  private static double[] fit(double[] x, double[] y, AuditSpec spec, SplittableRandom random) {
    if (x.length < 3) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    PenalisedSpline spline = new PenalisedSpline(x, y);
    PenalisedSpline.Fit fit = spline.fit();
    if (Double.isNaN(fit.ratio()) || spec.bootstrap() == 0) {
      return new double[] {fit.ratio(), Double.NaN, Double.NaN};
    }
    double[] ci = spline.bootstrap(fit.lambda(), spec.bootstrap(), spec.confidence(), random);
    return new double[] {fit.ratio(), ci[0], ci[1]};
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty()
        : OptionalDouble.of(Math.max(0, Math.min(1, v)));
  }
}

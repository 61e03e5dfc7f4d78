package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benefit of the Doubt, one linear programme per unit, through the engine ({@code
 * Engine.run} of a flat framework whose root is aggregated by the method):
 *
 * <ul>
 *   <li>{@code data = asem}: the 8 pillar scores of COINr's default pipeline on its ASEM example
 *       (51 units; Compind's input I1), to compare with Compind's {@code elapsed_per_call_s};
 *   <li>{@code data = synthetic}: 2,000 units x 8 pillars, each pillar 100 (0.6 q + 0.4 e) with
 *       q a unit's latent quality and e noise, both uniform on [0, 1] (seed 14), so 2,000
 *       programmes against a frontier of realistic size.
 * </ul>
 *
 * Methods ({@code method}): {@code bod} ({@code ci_bod}), {@code shares}: share bounds 5 % to
 * 50 % ({@code ci_bod_constr}), {@code directional} with direction ones ({@code ci_bod_dir})
 * and {@code robust}: order-m with m = 20, b = 200 ({@code ci_rbod}).
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class BenefitOfTheDoubtBenchmark {
  @Param({"asem", "synthetic"})
  String data;

  private Framework framework;
  private Dataset dataset;
  @Param({"bod", "shares", "directional", "robust"})
  String method;

  private Pipeline pipeline;

  /** Builds the pillar data. */
  @Setup
  public void prepare() {
    List<String> pillars = new ArrayList<>();
    Map<String, double[]> columns = new LinkedHashMap<>();
    List<Unit> units;
    if (data.equals("asem")) {
      AsemExample asem = AsemExample.load();
      Results p1 = Engine.standard().run(asem.framework(), asem.dataset(),
          Pipeline.coinrDefault());
      Dataset after = p1.after(Step.AGGREGATION);
      for (Node n : asem.framework().nodes()) {
        if (asem.framework().level(n.code()) == 2) {
          pillars.add(n.code());
          columns.put(n.code(), after.column(n.code()));
        }
      }
      units = p1.units();
    } else {
      int n = 2_000;
      SplittableRandom random = new SplittableRandom(14);
      double[] quality = new double[n];
      units = new ArrayList<>();
      for (int u = 0; u < n; u++) {
        quality[u] = random.nextDouble();
        units.add(Unit.of(String.format("u%04d", u), null));
      }
      for (int j = 0; j < 8; j++) {
        double[] col = new double[n];
        for (int u = 0; u < n; u++) {
          col[u] = 100 * (0.6 * quality[u] + 0.4 * random.nextDouble());
        }
        pillars.add("P" + j);
        columns.put("P" + j, col);
      }
    }
    Framework.Builder b = Framework.builder().node("Index", null);
    pillars.forEach(p -> b.node(p, "Index"));
    framework = b.build();
    dataset = Dataset.ofColumns(units, columns);
    Pipeline asIs = Pipeline.coinrDefault().withNormalisation(null);
    pipeline = asIs.withAggregation(switch (method) {
      case "bod" -> Aggregation.bod();
      case "shares" -> Aggregation.bod(0.05, 0.5);
      case "directional" -> Aggregation.bodDirectional(1, 1, 1, 1, 1, 1, 1, 1);
      case "robust" -> Aggregation.bodRobust(20, 200, 20240601);
      default -> throw new IllegalArgumentException("method " + method + " is unknown; "
          + "expected bod, shares, directional or robust");
    });
  }

  /**
   * Runs the engine with the chosen method.
   *
   * @return the results
   */
  @Benchmark
  public Results run() {
    return Engine.standard().run(framework, dataset, pipeline);
  }
}

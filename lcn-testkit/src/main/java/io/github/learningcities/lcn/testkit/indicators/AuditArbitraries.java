package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditSpec;
import io.github.learningcities.lcn.indicators.audit.AuditThresholds;
import io.github.learningcities.lcn.indicators.audit.Finding;
import io.github.learningcities.lcn.indicators.audit.FindingKind;
import io.github.learningcities.lcn.indicators.audit.Importance;
import io.github.learningcities.lcn.indicators.audit.Reliability;
import io.github.learningcities.lcn.indicators.audit.Severity;
import io.github.learningcities.lcn.indicators.audit.WeightShare;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Statistical audits ({@link Audit}) of small two-pillar indices with seeded data, their
 * specifications, thresholds and parts.
 *
 * @since 0.1.0
 */
public final class AuditArbitraries {

  private AuditArbitraries() {}

  /**
   * Audits of an index over two pillars of three indicators, 12 to 30 units with data drawn
   * from a seed (one pillar coherent, the other not), with few bootstrap resamples.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Audit> audits() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(12, 30))
        .as((seed, units) -> Audit.of(Engine.standard(), index(seed, units),
            AuditSpec.defaults().withBootstrap(20).withThreads(1).withSeed(seed)));
  }

  private static io.github.learningcities.lcn.indicators.engine.Results index(long seed,
      int n) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Framework.Builder b = Framework.builder().node("I", null).node("A", "I").node("B", "I");
    Map<String, double[]> cols = new LinkedHashMap<>();
    double[] common = new double[n];
    for (int u = 0; u < n; u++) {
      common[u] = rnd.nextDouble();
    }
    for (String pillar : new String[] {"a", "b"}) {
      for (int k = 0; k < 3; k++) {
        b.node(Node.of(pillar + k, pillar.equals("a") ? "A" : "B"));
        double[] c = new double[n];
        for (int u = 0; u < n; u++) {
          c[u] = (pillar.equals("a") ? common[u] : 0) + rnd.nextDouble();
        }
        cols.put(pillar + k, c);
      }
    }
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      units.add(Unit.of("u" + u, null));
    }
    return Engine.standard().run(b.build(), Dataset.ofColumns(units, cols),
        Pipeline.coinrDefault());
  }

  /**
   * Thresholds around the JRC defaults.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AuditThresholds> thresholds() {
    return Combinators.combine(Arbitraries.doubles().between(0.5, 0.9),
        Arbitraries.doubles().between(1, 4), Arbitraries.doubles().between(0.3, 0.7))
        .as((alpha, ratio, share) -> AuditThresholds.builder().alpha(alpha)
            .importanceRatio(ratio).firstComponentShare(share).build());
  }

  /**
   * Specifications without an uncertainty analysis.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AuditSpec> specs() {
    return Combinators.combine(thresholds(), Arbitraries.longs(),
        Arbitraries.integers().between(0, 500), Arbitraries.doubles().between(0.5, 0.99),
        Arbitraries.integers().between(0, 8))
        .as((t, seed, bootstrap, confidence, threads) -> new AuditSpec(t, Optional.empty(),
            seed, bootstrap, confidence, threads));
  }

  /**
   * Findings of every kind and severity.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Finding> findings() {
    return Combinators.combine(Arbitraries.of(Severity.class), Arbitraries.of(FindingKind.class),
        Arbitraries.doubles().between(-1, 1), Arbitraries.doubles().between(-1, 1))
        .as((s, k, v, t) -> new Finding(s, k, "i1", v, t, "indicator i1: " + k + " value "
            + v + " against " + t));
  }

  /**
   * Importance estimates, with or without an interval.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Importance> importances() {
    return Combinators.combine(Arbitraries.doubles().between(0, 1),
        Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(0, 100))
        .as((ratio, spread, weight, pairs) -> new Importance("i1", pairs, weight,
            OptionalDouble.of(ratio), OptionalDouble.of(ratio * (1 - spread)),
            OptionalDouble.of(ratio + (1 - ratio) * spread), OptionalDouble.of(ratio)));
  }

  /**
   * The reliability of the aggregates of {@link #audits()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Reliability> reliabilities() {
    return audits().flatMap(a -> Arbitraries.of(a.reliability()));
  }

  /**
   * The weights of the nodes of {@link #audits()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<WeightShare> weightShares() {
    return audits().flatMap(a -> Arbitraries.of(a.weights()));
  }
}

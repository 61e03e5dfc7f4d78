package io.github.learningcities.lcn.indicators.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.DirectedNormaliser;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.Normaliser;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine leaves min-max's normalised columns unwritten (the aggregation writes them into
 * scratch columns, the results on request): every public accessor of the results gives, bit
 * for bit, what an engine that writes every normalised column at once gives. That engine is
 * the standard one with min-max's kernel registered under another name, which the engine
 * writes at once as it did before (the kernel is checked against the former one by
 * {@code MinMaxProperties}).
 * Random trees and graphs (extra parents), directions, weights, data with missing values,
 * ties, 0.0 and -0.0, constant columns and values near the largest double.
 */
class UnwrittenNormalisedColumnsProperties {
  private static final String EAGER = "eager-minmax";
  private static final Engine LAZY = Engine.standard();
  private static final Engine WRITTEN = Engine.using(MethodRegistry.standard()
      .withNormaliser(EAGER, new WrittenMinMax(MethodRegistry.standard().normaliser("minmax"))));

  /**
   * Min-max's own kernel with the direction folded in, as the engine ran it before, but never
   * left unwritten (the interface's default {@code normaliseLater}).
   */
  private static final class WrittenMinMax implements DirectedNormaliser {
    private final DirectedNormaliser minMax;

    WrittenMinMax(Normaliser minMax) {
      this.minMax = (DirectedNormaliser) minMax;
    }

    @Override
    public void normaliseDirected(double[] raw, int sign, double[] out, Parameters p,
        Context c) {
      minMax.normaliseDirected(raw, sign, out, p, c);
    }
  }

  record Case(long seed, int nodes, int units, double lower, double upper, int aggregation,
      boolean equalWeights) {}

  @Provide
  Arbitrary<Case> cases() {
    // bounds whose factor overflows or is subnormal take min-max's written path
    Arbitrary<double[]> bounds = Arbitraries.of(new double[] {0, 100}, new double[] {1, 100},
        new double[] {-0.0, 1}, new double[] {-5, 0}, new double[] {0, 1e-310},
        new double[] {-1e308, 1e308}, new double[] {1e-310, 1});
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(2, 16),
        Arbitraries.integers().between(1, 30), bounds, Arbitraries.integers().between(0, 3),
        Arbitraries.of(true, false))
        .as((seed, nodes, units, b, agg, eq) -> new Case(seed, nodes, units, b[0], b[1], agg,
            eq));
  }

  /** The framework, data and pipelines of a case, drawn from its seed. */
  private record Drawn(Framework framework, Dataset data, Pipeline lazy, Pipeline written) {}

  private static Drawn draw(Case c) {
    Random r = new Random(c.seed);
    int n = c.nodes;
    int[] parent = new int[n];
    Set<Integer> aggregates = new HashSet<>();
    for (int i = 1; i < n; i++) {
      parent[i] = r.nextInt(i);
      aggregates.add(parent[i]);
    }
    Framework.Builder b = Framework.builder().node("n0", null);
    Set<Integer> weighted = new HashSet<>();
    for (int i = 1; i < n; i++) {
      // weight 0 only beside a positive first sibling
      boolean first = weighted.add(parent[i]);
      Node node = Node.of("n" + i, "n" + parent[i]).withWeight(!first && r.nextInt(4) == 0
          ? 0.0 : 0.25 + r.nextInt(8));
      if (r.nextInt(3) == 0) {
        node = node.withDirection(Direction.NEGATIVE);
      }
      if (r.nextInt(4) == 0) {
        int other = r.nextInt(i);
        if (aggregates.contains(other) && other != parent[i]) {
          node = node.withAdditionalParent("n" + other, 0.5 + r.nextInt(3));
        }
      }
      if (aggregates.contains(i) && r.nextInt(5) == 0) {
        node = node.withAggregation(Aggregation.geometric());
      }
      b.node(node);
    }
    Framework fw = b.build();
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < c.units; u++) {
      units.add(new Unit("u" + u, null, Map.of("g", "g" + (u % 3)), Map.of()));
    }
    double[] palette = {0.0, -0.0, 1.0, 2.0, -3.5, 1e300, -1e300, Double.MIN_VALUE};
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (Node leaf : fw.indicators()) {
      double[] col = new double[c.units];
      boolean constant = r.nextInt(8) == 0;
      for (int u = 0; u < c.units; u++) {
        int kind = r.nextInt(10);
        col[u] = kind == 0 ? Double.NaN
            : constant ? 4.0
            : kind <= 2 ? palette[r.nextInt(palette.length)]
            : Math.round(r.nextDouble() * 2000 - 1000) / (r.nextBoolean() ? 10.0 : 7.0);
      }
      cols.put(leaf.code(), col);
    }
    Aggregation agg = switch (c.aggregation) {
      case 0 -> Aggregation.arithmetic();
      case 1 -> Aggregation.geometric();
      case 2 -> Aggregation.harmonic();
      default -> Aggregation.arithmetic().withAvailabilityThreshold(0.6);
    };
    Parameters bounds = Parameters.of(Map.of("lower", c.lower, "upper", c.upper));
    Pipeline base = Pipeline.coinrDefault().withAggregation(agg)
        .withWeighting(c.equalWeights ? Weighting.equal() : Weighting.fromFramework());
    return new Drawn(fw, Dataset.ofColumns(units, cols),
        base.withNormalisation(Normalisation.of("minmax", bounds)),
        base.withNormalisation(Normalisation.of(EAGER, bounds)));
  }

  @Property(tries = 400)
  void everyAccessorGivesTheWrittenEnginesDoubles(@ForAll("cases") Case c) {
    Drawn d = draw(c);
    Results lazy;
    Results written;
    try {
      written = WRITTEN.run(d.framework, d.data, d.written);
    } catch (IndicatorsException e) {
      assertThat(failure(() -> LAZY.run(d.framework, d.data, d.lazy)))
          .isEqualTo(e.getMessage());
      return;
    }
    lazy = LAZY.run(d.framework, d.data, d.lazy);
    assertSameAccessors(lazy, written);
    Pipeline other = d.lazy.withWeighting(Weighting.fromFramework()
        .withManual(Map.of("n1", 3.0)));
    Pipeline otherWritten = d.written.withWeighting(other.weighting());
    String fails = failure(() -> WRITTEN.regenerate(written, otherWritten));
    if (fails != null) {
      assertThat(failure(() -> LAZY.regenerate(lazy, other))).isEqualTo(fails);
      return;
    }
    Results again = LAZY.regenerate(lazy, other);
    assertThat(again.recomputedFrom()).isEqualTo(Step.AGGREGATION);
    assertSameAccessors(again, WRITTEN.regenerate(written, otherWritten));
    // the regeneration wrote the shared columns: the first results read the same doubles
    assertSameAccessors(lazy, written);
  }

  @Property(tries = 200)
  void equalsHashCodeAndToStringWhetherTheColumnsAreWrittenOrNot(@ForAll("cases") Case c) {
    Drawn d = draw(c);
    Results a;
    try {
      a = LAZY.run(d.framework, d.data, d.lazy);
    } catch (IndicatorsException e) {
      return;
    }
    Results b = LAZY.run(d.framework, d.data, d.lazy);
    Results untouched = LAZY.run(d.framework, d.data, d.lazy);
    int before = untouched.hashCode();
    // a's columns written by an accessor, b's by equals and hashCode themselves
    a.after(Step.NORMALISATION);
    assertThat(b.hashCode()).isEqualTo(a.hashCode()).isEqualTo(before);
    assertThat(b).isEqualTo(a);
    assertThat(a).isEqualTo(b);
    assertThat(b.toString()).isEqualTo(a.toString());
  }

  @Property(tries = 30)
  void threadsAskingAtOnceGetOneColumnWrittenOnce(@ForAll("cases") Case c) throws Exception {
    Drawn d = draw(c);
    Results r;
    Results written;
    try {
      r = LAZY.run(d.framework, d.data, d.lazy);
      written = WRITTEN.run(d.framework, d.data, d.written);
    } catch (IndicatorsException e) {
      return;
    }
    LeafColumns columns = r.state().normalisedColumns();
    int threads = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<double[][]>> seen = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        seen.add(pool.submit((Callable<double[][]>) () -> {
          start.await();
          double[][] got = new double[columns.size()][];
          for (int i = 0; i < got.length; i++) {
            int j = (i + first) % got.length;
            got[j] = columns.column(j);
          }
          return got;
        }));
      }
      start.countDown();
      double[][] one = seen.get(0).get();
      for (Future<double[][]> f : seen) {
        double[][] other = f.get();
        for (int j = 0; j < one.length; j++) {
          assertThat(other[j]).as("leaf %d", j).isSameAs(one[j]);
        }
      }
      double[][] expected = written.state().normalised();
      for (int j = 0; j < one.length; j++) {
        assertThat(bits(one[j])).as("leaf %d", j).isEqualTo(bits(expected[j]));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertSameAccessors(Results lazy, Results written) {
    assertThat(lazy.units()).isEqualTo(written.units());
    assertThat(lazy.weights()).isEqualTo(written.weights());
    assertThat(lazy.diagnostics()).isEqualTo(written.diagnostics());
    for (Step step : Step.values()) {
      assertThat(lazy.diagnostics(step)).isEqualTo(written.diagnostics(step));
      Dataset a = lazy.after(step);
      Dataset b = written.after(step);
      assertThat(a.units()).isEqualTo(b.units());
      assertThat(a.indicators()).isEqualTo(b.indicators());
      for (String code : a.indicators()) {
        assertThat(bits(a.column(code))).as("%s after %s", code, step)
            .isEqualTo(bits(b.column(code)));
      }
    }
    assertThat(lazy.unitWeightNodes()).isEqualTo(written.unitWeightNodes());
    List<Node> nodes = lazy.framework().nodes();
    // leaves first, in reverse, so that some are asked for before their parents' ranks
    for (int i = nodes.size() - 1; i >= 0; i--) {
      String node = nodes.get(i).code();
      assertThat(bits(lazy.scores(node))).as(node).isEqualTo(bits(written.scores(node)));
      assertThat(lazy.rankArray(node)).as(node).isEqualTo(written.rankArray(node));
      assertThat(lazy.ranks(node)).isEqualTo(written.ranks(node));
      assertThat(lazy.groupRanks("g", node)).isEqualTo(written.groupRanks("g", node));
      for (Unit unit : lazy.units()) {
        String u = unit.code();
        assertThat(lazy.score(u, node)).isEqualTo(written.score(u, node));
        assertThat(lazy.rank(u, node)).isEqualTo(written.rank(u, node));
        assertThat(lazy.contributions(u, node)).isEqualTo(written.contributions(u, node));
      }
    }
    for (Unit unit : lazy.units()) {
      String u = unit.code();
      assertThat(lazy.contributions(u)).isEqualTo(written.contributions(u));
      assertThat(lazy.strengthsAndWeaknesses(u, 3))
          .isEqualTo(written.strengthsAndWeaknesses(u, 3));
    }
    String root = nodes.get(0).code();
    assertThat(lazy.compareTo(lazy, root)).isEqualTo(written.compareTo(written, root));
  }

  private static long[] bits(double[] x) {
    long[] b = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      b[i] = Double.doubleToRawLongBits(x[i]);
    }
    return b;
  }

  private static String failure(Callable<?> run) {
    try {
      run.call();
      return null;
    } catch (IndicatorsException e) {
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

}

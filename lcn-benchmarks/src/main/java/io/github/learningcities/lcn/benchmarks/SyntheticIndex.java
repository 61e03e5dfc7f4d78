package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A seeded synthetic composite indicator of COINr-benchmark size: 2,000 units x 42 indicators
 * in a framework 42 -&gt; 12 -&gt; 3 -&gt; 1 (six pillars of 4 indicators and six of 3, three
 * sub-indices of 4 pillars, one index).
 *
 * <p>Each indicator mixes a shared latent factor with noise, so indicators correlate as real
 * ones do. Every fifth indicator is lognormal (skew well above 2, so COINr's outlier treatment
 * winsorises it and then log-transforms it); every seventh has a negative direction; about 5 %
 * of the cells are missing; indicator weights vary between 0.5 and 2 (so equal weights are a
 * real change); every unit belongs to one of 6 groups of the variable {@value #GROUP}. The same
 * seed gives the same data.
 *
 * @param framework the framework
 * @param dataset the data
 */
public record SyntheticIndex(Framework framework, Dataset dataset) {

  /** The group variable (6 groups, {@code G1} to {@code G6}). */
  public static final String GROUP = "Region";

  /** The root's code. */
  public static final String ROOT = "Index";

  /** The seed of the benchmarks' data. */
  public static final long SEED = 20_171_027L;

  private static final int PILLARS = 12;
  private static final int SUB_INDICES = 3;
  private static final double MISSING_SHARE = 0.05;

  /**
   * One benchmark operation: runs a pipeline on this index with the standard engine and hands
   * the results and the ranks of the index to the blackhole.
   *
   * @param pipeline the pipeline
   * @param bh consumes the results and the ranks
   */
  public void runAndRank(Pipeline pipeline, Blackhole bh) {
    Results results = Engine.standard().run(framework, dataset, pipeline);
    bh.consume(results.ranks(ROOT));
    bh.consume(results);
  }

  /**
   * Generates a synthetic index.
   *
   * @param units number of units
   * @param indicators number of indicators (at least 3 per pillar, at most 4)
   * @param seed the random seed
   * @return the framework and data
   */
  public static SyntheticIndex generate(int units, int indicators, long seed) {
    if (indicators < 3 * PILLARS || indicators > 4 * PILLARS) {
      throw new IllegalArgumentException(indicators + " indicators cannot fill " + PILLARS
          + " pillars of 3-4; expected 36 to 48");
    }
    Random random = new Random(seed);
    Framework.Builder fw = Framework.builder().node(ROOT, null);
    for (int s = 1; s <= SUB_INDICES; s++) {
      fw.node(String.format("S%d", s), ROOT);
    }
    for (int p = 1; p <= PILLARS; p++) {
      fw.node(String.format("P%02d", p), String.format("S%d", (p - 1) / 4 + 1));
    }
    int fourIndicatorPillars = indicators - 3 * PILLARS;
    List<String> codes = new ArrayList<>(indicators);
    int pillar = 1;
    int inPillar = 0;
    for (int j = 1; j <= indicators; j++) {
      String code = String.format("I%02d", j);
      codes.add(code);
      Node node = Node.of(code, String.format("P%02d", pillar))
          .withWeight(0.5 + 1.5 * random.nextDouble())
          .withDirection(j % 7 == 0 ? Direction.NEGATIVE : Direction.POSITIVE);
      fw.node(node);
      inPillar++;
      if (inPillar == (pillar <= fourIndicatorPillars ? 4 : 3)) {
        pillar++;
        inPillar = 0;
      }
    }
    List<Unit> unitList = new ArrayList<>(units);
    double[] latent = new double[units];
    for (int i = 0; i < units; i++) {
      String group = "G" + (1 + random.nextInt(6));
      unitList.add(new Unit(String.format("U%05d", i + 1), "Unit " + (i + 1),
          Map.of(GROUP, group), Map.of()));
      latent[i] = random.nextGaussian();
    }
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (int j = 1; j <= indicators; j++) {
      boolean skewed = j % 5 == 0;
      double[] column = new double[units];
      for (int i = 0; i < units; i++) {
        double z = 0.6 * latent[i] + 0.8 * random.nextGaussian();
        column[i] = skewed ? 10 * Math.exp(z) : 50 + 10 * z;
        if (random.nextDouble() < MISSING_SHARE) {
          column[i] = Dataset.MISSING;
        }
      }
      columns.put(codes.get(j - 1), column);
    }
    return new SyntheticIndex(fw.build(), Dataset.ofColumns(unitList, columns));
  }
}

package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effective weight of every node: the product of the within-parent normalised weights from
 * the root down (COINr's {@code get_eff_weights}); the root has 1. In a framework that skips no
 * level the effective weights of each level sum to 1 ({@link #sumAtLevel(int)}), the check
 * COINr's tests make; where an indicator sits directly under a higher aggregate, its weight
 * counts at its own level only.
 *
 * <pre>{@code
 * EffectiveWeights w = EffectiveWeights.of(results);
 * w.atLevel(1);           // every indicator's share of the index
 * w.sumAtLevel(2);        // 1.0
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EffectiveWeights {
  private final Framework framework;
  private final Map<String, Double> weights;

  private EffectiveWeights(Framework framework) {
    this.framework = framework;
    this.weights = framework.effectiveWeights();
  }

  /**
   * The effective weights of a framework's own node weights.
   *
   * @param framework the framework
   * @return the effective weights
   */
  public static EffectiveWeights of(Framework framework) {
    return new EffectiveWeights(framework);
  }

  /**
   * The effective weights a run used: the framework's weights as the pipeline's {@link
   * Weighting} resolved them (equal, a named set, manual weights on top).
   *
   * @param results the results
   * @return the effective weights
   */
  public static EffectiveWeights of(Results results) {
    return new EffectiveWeights(results.framework().withWeights(results.weights()));
  }

  /**
   * Returns every node's effective weight, in framework order.
   *
   * @return node code to effective weight
   */
  public Map<String, Double> all() {
    return weights;
  }

  /**
   * Returns one node's effective weight.
   *
   * @param code the node's code
   * @return the weight
   * @throws AnalysisException if the node does not exist
   */
  public double weight(String code) {
    Double w = weights.get(code);
    if (w == null) {
      throw new AnalysisException("node '" + code + "' is not in the framework; expected one of "
          + weights.keySet());
    }
    return w;
  }

  /**
   * Returns the effective weights of the nodes of one level.
   *
   * @param level the level, 1 for indicators
   * @return node code to effective weight, in framework order
   * @throws AnalysisException if the level does not exist
   */
  public Map<String, Double> atLevel(int level) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String code : Structure.atLevel(framework, level)) {
      out.put(code, weights.get(code));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the sum of the effective weights of one level.
   *
   * @param level the level
   * @return the sum (1 in a framework that skips no level)
   * @throws AnalysisException if the level does not exist
   */
  public double sumAtLevel(int level) {
    double s = 0;
    for (double w : atLevel(level).values()) {
      s += w;
    }
    return s;
  }

  /**
   * Returns the sum of the effective weights at every level.
   *
   * @return level to sum, from 1 to the top
   */
  public Map<Integer, Double> sumsByLevel() {
    Map<Integer, Double> out = new TreeMap<>();
    for (int l = 1; l <= framework.levels(); l++) {
      out.put(l, sumAtLevel(l));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "EffectiveWeights" + weights;
  }
}

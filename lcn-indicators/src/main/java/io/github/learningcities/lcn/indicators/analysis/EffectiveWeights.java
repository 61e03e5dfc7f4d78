package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
  private final List<NodeWeight> nodes;
  private final Map<String, Double> weights;
  private final String root;
  private final int levels;

  private EffectiveWeights(List<NodeWeight> nodes) {
    this.nodes = List.copyOf(nodes);
    Map<String, Double> w = new LinkedHashMap<>();
    NodeWeight top = null;
    for (NodeWeight n : this.nodes) {
      w.put(n.node(), n.weight());
      if (top == null || n.level() > top.level()) {
        top = n;
      }
    }
    this.weights = Collections.unmodifiableMap(w);
    this.root = top.node();
    this.levels = top.level();
  }

  /**
   * One node's effective weight.
   *
   * @param node the node's code
   * @param level the node's level (height), 1 for an indicator
   * @param weight the effective weight, a finite number of at least 0
   * @since 0.1.0
   */
  public record NodeWeight(String node, int level, double weight) {

    /**
     * Checks the fields.
     *
     * @throws AnalysisException if the level is below 1 or the weight negative or not finite
     */
    public NodeWeight {
      Objects.requireNonNull(node, "node");
      if (level < 1) {
        throw new AnalysisException("node '" + node + "': level " + level + " is invalid; "
            + "expected 1 (an indicator) or more");
      }
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new AnalysisException("node '" + node + "': effective weight " + weight
            + " is invalid; expected a finite number of at least 0");
      }
    }
  }

  /**
   * The effective weights of a framework's own node weights.
   *
   * @param framework the framework
   * @return the effective weights
   */
  public static EffectiveWeights of(Framework framework) {
    List<NodeWeight> out = new ArrayList<>();
    framework.effectiveWeights().forEach((code, w) ->
        out.add(new NodeWeight(code, framework.level(code), w)));
    return new EffectiveWeights(out);
  }

  /**
   * The effective weights a run used: the framework's weights as the pipeline's {@link
   * Weighting} resolved them (equal, a named set, manual weights on top).
   *
   * @param results the results
   * @return the effective weights
   */
  public static EffectiveWeights of(Results results) {
    return of(results.framework().withWeights(results.weights()));
  }

  /**
   * Rebuilds the effective weights from every node's, for instance as read back from a
   * document. As in a framework, one node (the root) is above all others and has weight 1, and
   * every level from 1 up to the root's has a node.
   *
   * @param nodes every node's effective weight, in framework order
   * @return the effective weights
   * @throws AnalysisException if there is no node, a code appears twice, no single node is at
   *     the top level, the top node's weight is not 1, or a level below it has no node
   */
  public static EffectiveWeights ofNodes(List<NodeWeight> nodes) {
    if (nodes.isEmpty()) {
      throw new AnalysisException("effective weights of no node; expected at least the root");
    }
    Set<String> codes = new HashSet<>();
    int top = 0;
    for (NodeWeight n : nodes) {
      if (!codes.add(Objects.requireNonNull(n, "node").node())) {
        throw new AnalysisException("node '" + n.node() + "' appears twice in the effective "
            + "weights; expected each node once");
      }
      top = Math.max(top, n.level());
    }
    List<String> atTop = new ArrayList<>();
    Set<Integer> levelsPresent = new HashSet<>();
    NodeWeight root = null;
    for (NodeWeight n : nodes) {
      levelsPresent.add(n.level());
      if (n.level() == top) {
        atTop.add(n.node());
        root = n;
      }
    }
    if (atTop.size() != 1) {
      throw new AnalysisException("the nodes " + atTop + " are all at the top level " + top
          + "; expected a single root above every other node");
    }
    if (root.weight() != 1) {
      throw new AnalysisException("the root '" + root.node() + "' has effective weight "
          + root.weight() + "; expected 1");
    }
    for (int l = 1; l < top; l++) {
      if (!levelsPresent.contains(l)) {
        throw new AnalysisException("no node is at level " + l + "; expected a node at every "
            + "level from 1 (indicators) to " + top + " (the root '" + root.node() + "')");
      }
    }
    return new EffectiveWeights(nodes);
  }

  /**
   * Returns every node's level and effective weight, in framework order.
   *
   * @return the nodes
   */
  public List<NodeWeight> nodes() {
    return nodes;
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
    if (level < 1 || level > levels) {
      throw new AnalysisException("level " + level + " does not exist; expected a level from 1"
          + " (indicators) to " + levels + " (the index '" + root + "')");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (NodeWeight n : nodes) {
      if (n.level() == level) {
        out.put(n.node(), n.weight());
      }
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
    for (int l = 1; l <= levels; l++) {
      out.put(l, sumAtLevel(l));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EffectiveWeights w && nodes.equals(w.nodes);
  }

  @Override
  public int hashCode() {
    return nodes.hashCode();
  }

  @Override
  public String toString() {
    return "EffectiveWeights" + weights;
  }
}

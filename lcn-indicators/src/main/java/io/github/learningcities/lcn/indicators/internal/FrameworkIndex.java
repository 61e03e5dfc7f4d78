package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A framework's structure as positions in {@link Framework#nodes()}: each aggregate's children,
 * the weight a child carries under an additional parent, the aggregates bottom-up and each
 * indicator's position. Built once per framework, so that a run that only re-aggregates (every
 * replication of an uncertainty analysis) resolves weights and children by index instead of
 * by code lookups and list copies.
 *
 * @since 0.1.0
 */
public final class FrameworkIndex {
  private final Framework framework;
  private final int[][] children;
  private final double[][] edgeWeights;
  private final List<List<String>> childCodes;
  private final int[] aggregatesBottomUp;
  private final int[] indicatorPositions;

  private FrameworkIndex(Framework framework) {
    this.framework = framework;
    List<Node> nodes = framework.nodes();
    int size = nodes.size();
    children = new int[size][];
    edgeWeights = new double[size][];
    List<List<String>> codes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String parent = nodes.get(i).code();
      List<Node> ch = framework.children(parent);
      children[i] = new int[ch.size()];
      edgeWeights[i] = new double[ch.size()];
      List<String> names = new ArrayList<>(ch.size());
      for (int c = 0; c < ch.size(); c++) {
        Node child = ch.get(c);
        children[i][c] = framework.indexOf(child.code());
        Double extra = child.additionalParents().get(parent);
        edgeWeights[i][c] = extra == null ? Double.NaN : extra;
        names.add(child.code());
      }
      codes.add(List.copyOf(names));
    }
    childCodes = List.copyOf(codes);
    List<Node> order = framework.bottomUp();
    int[] aggregates = new int[order.size()];
    int a = 0;
    for (Node n : order) {
      int i = framework.indexOf(n.code());
      if (children[i].length > 0) {
        aggregates[a++] = i;
      }
    }
    aggregatesBottomUp = java.util.Arrays.copyOf(aggregates, a);
    List<Node> leaves = framework.indicators();
    indicatorPositions = new int[leaves.size()];
    for (int j = 0; j < leaves.size(); j++) {
      indicatorPositions[j] = framework.indexOf(leaves.get(j).code());
    }
  }

  /**
   * Indexes a framework: the index this method built last when it is of the same framework
   * object (an index is immutable and serves exactly the framework it was built from), else a
   * new one.
   *
   * @param framework the framework
   * @return its index
   */
  public static FrameworkIndex of(Framework framework) {
    FrameworkIndex last = lastBuilt;
    FrameworkIndex index = last == null ? new FrameworkIndex(framework) : last.reuseFor(framework);
    if (index != last) {
      lastBuilt = index;
    }
    return index;
  }

  /**
   * The index {@link #of} built last: a framework is immutable and so is its index, so a full
   * run on the framework of the previous one (the same framework scored again, on other data
   * or with another pipeline) takes it instead of walking the framework again. Published
   * through a volatile field (an index's fields are final): a thread reads either null, an
   * index of another framework (and builds its own) or a complete index of its framework.
   */
  private static volatile FrameworkIndex lastBuilt;

  /**
   * Returns this index, or a new one when the framework is another object: a framework is
   * immutable, so an index serves exactly the framework it was built from.
   *
   * @param framework the framework a run uses
   * @return an index of that framework
   */
  public FrameworkIndex reuseFor(Framework framework) {
    return framework == this.framework ? this : new FrameworkIndex(framework);
  }

  /**
   * Returns the positions of a node's children, in {@link Framework#children} order.
   *
   * @param node the node's position
   * @return the children's positions (shared: do not modify), empty for an indicator
   */
  public int[] children(int node) {
    return children[node];
  }

  /**
   * Returns the codes of a node's children, in {@link Framework#children} order.
   *
   * @param node the node's position
   * @return the codes, unmodifiable
   */
  public List<String> childCodes(int node) {
    return childCodes.get(node);
  }

  /**
   * Returns the weight of a node's {@code c}-th child under that node, as
   * {@link Node#weightUnder} gives it: its weight under an additional parent, or else its
   * (resolved) primary weight.
   *
   * @param node the parent's position
   * @param c the child's place among the parent's children
   * @param weights resolved weights by node position
   * @return the edge's weight
   */
  public double weightUnder(int node, int c, double[] weights) {
    double extra = edgeWeights[node][c];
    return extra == extra ? extra : weights[children[node][c]];
  }

  /**
   * Returns the positions of the aggregates (nodes with children), children before parents.
   *
   * @return the positions (shared: do not modify)
   */
  public int[] aggregatesBottomUp() {
    return aggregatesBottomUp;
  }

  /**
   * Returns the position of each indicator of {@link Framework#indicators()}.
   *
   * @return positions by indicator (shared: do not modify)
   */
  public int[] indicatorPositions() {
    return indicatorPositions;
  }
}

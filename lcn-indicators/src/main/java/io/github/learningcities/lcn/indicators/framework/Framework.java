package io.github.learningcities.lcn.indicators.framework;

import io.github.learningcities.lcn.indicators.internal.Scaling;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A validated tree of indicators and aggregates, or a directed acyclic graph of them, with
 * optional named weight sets.
 *
 * <p>Built with {@link #builder()} or {@link #of(List)}; construction checks that codes are
 * unique, that there is exactly one root, that every parent exists (no orphan), that there is no
 * cycle, that every node is reachable from the root, and that within every parent the weights
 * are non-negative and not all zero. Levels may be skipped: an indicator can sit directly under
 * the index next to a pillar. The level of a node is its height: 1 for an indicator, one more
 * than its highest child for an aggregate (COINr's {@code Level} on a strict tree), so in a graph
 * it is the length of the longest path down to an indicator.
 *
 * <p>A node with {@linkplain Node#additionalParents() additional parents} feeds several
 * aggregates, each edge with its own weight: {@link #children(String)} then lists it under every
 * parent, and effective weights and contributions add up over every path from the root.
 * Without additional parents the framework is a tree and behaves exactly as one.
 *
 * @since 0.1.0
 */
public final class Framework {
  private static final byte UNSEEN = 0;
  private static final byte ON_PATH = 1;
  private static final byte DONE = 2;
  private final List<Node> nodes;
  private final Map<String, Integer> index;
  private final int[][] children;
  private final int[] level;
  private final int[] bottomUp;
  private final List<Node> indicators;
  private final int root;
  private final Map<String, Map<String, Double>> weightSets;

  private Framework(List<Node> nodes, Map<String, Map<String, Double>> weightSets) {
    this.nodes = List.copyOf(nodes);
    int n = nodes.size();
    if (n == 0) {
      throw new InvalidFrameworkException("(none)", "a framework needs at least one node");
    }
    this.index = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (index.put(nodes.get(i).code(), i) != null) {
        throw new InvalidFrameworkException(nodes.get(i).code(),
            "code is used twice; expected unique codes");
      }
    }
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      kids.add(new ArrayList<>());
    }
    int theRoot = -1;
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      if (node.parent().isEmpty()) {
        if (theRoot >= 0) {
          throw new InvalidFrameworkException(node.code(), "is a second root (besides '"
              + nodes.get(theRoot).code() + "'); expected exactly one node without parent");
        }
        theRoot = i;
      } else {
        Integer p = index.get(node.parent().get());
        if (p == null) {
          throw new InvalidFrameworkException(node.code(), "parent '" + node.parent().get()
              + "' does not exist; expected the code of another node");
        }
        kids.get(p).add(i);
        for (String extra : node.additionalParents().keySet()) {
          Integer q = index.get(extra);
          if (q == null) {
            throw new InvalidFrameworkException(node.code(), "additional parent '" + extra
                + "' does not exist; expected the code of another node");
          }
          kids.get(q).add(i);
        }
      }
    }
    if (theRoot < 0) {
      throw new InvalidFrameworkException(nodes.get(0).code(),
          "no node is without parent, so the parents form a cycle; expected exactly one root");
    }
    this.root = theRoot;
    this.children = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> k = kids.get(i);
      int[] c = new int[k.size()];
      for (int j = 0; j < c.length; j++) {
        c[j] = k.get(j);
      }
      children[i] = c;
    }
    // Depth-first from the root, each node entered once: a child met while it is still on the
    // path from the root closes a cycle; a node never reached hangs under a cycle of parents.
    int[] post = new int[n];
    int count = 0;
    byte[] state = new byte[n];
    Deque<int[]> stack = new ArrayDeque<>();
    stack.push(new int[] {root, 0});
    state[root] = ON_PATH;
    while (!stack.isEmpty()) {
      int[] top = stack.peek();
      if (top[1] < children[top[0]].length) {
        int c = children[top[0]][top[1]++];
        if (state[c] == ON_PATH) {
          throw cycle(nodes, stack, c);
        }
        if (state[c] == UNSEEN) {
          state[c] = ON_PATH;
          stack.push(new int[] {c, 0});
        }
      } else {
        stack.pop();
        state[top[0]] = DONE;
        post[count++] = top[0];
      }
    }
    if (count != n) {
      for (int i = 0; i < n; i++) {
        if (state[i] == UNSEEN) {
          throw new InvalidFrameworkException(nodes.get(i).code(),
              "is not reachable from the root '" + nodes.get(root).code()
                  + "' (its parents form a cycle); expected every node under the root");
        }
      }
    }
    this.bottomUp = post;
    this.level = new int[n];
    List<Node> leaves = new ArrayList<>();
    for (int i : post) {
      int lv = 1;
      for (int c : children[i]) {
        lv = Math.max(lv, level[c] + 1);
      }
      level[i] = lv;
    }
    for (int i = 0; i < n; i++) {
      if (children[i].length == 0) {
        leaves.add(nodes.get(i));
      } else {
        double sum = 0;
        for (int c : children[i]) {
          sum += edgeWeight(i, c, nodes.get(c).weight());
        }
        if (sum <= 0) {
          throw new InvalidFrameworkException(nodes.get(i).code(),
              "the weights of its children are all zero; expected at least one positive weight");
        }
      }
    }
    if (children[root].length == 0 && n > 1) {
      throw new InvalidFrameworkException(nodes.get(root).code(), "root has no children");
    }
    this.indicators = List.copyOf(leaves);
    TreeMap<String, Map<String, Double>> sets = new TreeMap<>();
    for (Map.Entry<String, Map<String, Double>> e : weightSets.entrySet()) {
      sets.put(e.getKey(), checkWeights(e.getKey(), e.getValue()));
    }
    this.weightSets = Collections.unmodifiableMap(sets);
  }

  private Map<String, Double> checkWeights(String set, Map<String, Double> weights) {
    Map<String, Double> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String code = e.getKey();
      Double w = e.getValue();
      if (!index.containsKey(code)) {
        throw new InvalidFrameworkException(code, "weight set '" + set
            + "' names a node that does not exist");
      }
      if (w == null || !Double.isFinite(w) || w < 0) {
        throw new InvalidFrameworkException(code, "weight set '" + set + "' gives weight " + w
            + "; expected a finite number >= 0");
      }
      copy.put(code, w);
    }
    for (int i = 0; i < nodes.size(); i++) {
      if (children[i].length > 0) {
        double sum = 0;
        for (int c : children[i]) {
          sum += edgeWeight(i, c, copy.getOrDefault(nodes.get(c).code(), nodes.get(c).weight()));
        }
        if (sum <= 0) {
          throw new InvalidFrameworkException(nodes.get(i).code(), "weight set '" + set
              + "' makes the weights of all its children zero; expected at least one positive");
        }
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  private static InvalidFrameworkException cycle(List<Node> nodes, Deque<int[]> path,
      int closing) {
    List<String> codes = new ArrayList<>();
    for (java.util.Iterator<int[]> it = path.descendingIterator(); it.hasNext(); ) {
      codes.add(nodes.get(it.next()[0]).code());
    }
    List<String> loop = new ArrayList<>(codes.subList(codes.indexOf(nodes.get(closing).code()),
        codes.size()));
    loop.add(nodes.get(closing).code());
    return new InvalidFrameworkException(nodes.get(closing).code(), "its parents form a cycle ("
        + String.join(" -> ", loop) + ", each a parent of the next); expected a directed "
        + "acyclic graph");
  }

  /** The weight of the edge from child {@code c} up to parent {@code p}. */
  private double edgeWeight(int p, int c, double primaryWeight) {
    return nodes.get(c).weightUnder(nodes.get(p).code(), primaryWeight);
  }

  /**
   * Creates a framework from its nodes.
   *
   * @param nodes every node, in any order
   * @return the validated framework
   * @throws InvalidFrameworkException if the nodes do not form a valid tree or directed acyclic graph
   */
  public static Framework of(List<Node> nodes) {
    return new Framework(nodes, Map.of());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every node in the order given at construction.
   *
   * @return the nodes
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the indicators (leaves) in the order given at construction.
   *
   * @return the indicators
   */
  public List<Node> indicators() {
    return indicators;
  }

  /**
   * Returns the root node (the index).
   *
   * @return the root
   */
  public Node root() {
    return nodes.get(root);
  }

  /**
   * Looks up a node.
   *
   * @param code the code
   * @return the node, or empty if no node has that code
   */
  public Optional<Node> node(String code) {
    Integer i = index.get(code);
    return i == null ? Optional.empty() : Optional.of(nodes.get(i));
  }

  /**
   * Returns the children of a node.
   *
   * @param code the parent's code
   * @return the children, empty for an indicator
   * @throws InvalidFrameworkException if no node has that code
   */
  public List<Node> children(String code) {
    int i = require(code);
    List<Node> out = new ArrayList<>(children[i].length);
    for (int c : children[i]) {
      out.add(nodes.get(c));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the parents of a node with its weight under each: the primary parent first (with
   * the node's own weight), then the additional parents in their order.
   *
   * @param code the node's code
   * @return parent code to edge weight, empty for the root
   * @throws InvalidFrameworkException if no node has that code
   */
  public Map<String, Double> parents(String code) {
    Node node = nodes.get(require(code));
    Map<String, Double> out = new LinkedHashMap<>();
    if (node.parent().isPresent()) {
      out.put(node.parent().get(), node.weight());
    }
    out.putAll(node.additionalParents());
    return Collections.unmodifiableMap(out);
  }

  /**
   * Tells whether every node has a single parent (no node has additional parents).
   *
   * @return true for a tree, false for a directed acyclic graph with shared nodes
   */
  public boolean isTree() {
    for (Node n : nodes) {
      if (!n.additionalParents().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the level (height) of a node: 1 for an indicator.
   *
   * @param code the node's code
   * @return the level
   * @throws InvalidFrameworkException if no node has that code
   */
  public int level(String code) {
    return level[require(code)];
  }

  /**
   * Returns the highest level, that of the root.
   *
   * @return the number of levels
   */
  public int levels() {
    return level[root];
  }

  /**
   * Returns the named weight sets (node code to weight; nodes not named keep their own weight).
   *
   * @return the weight sets by name
   */
  public Map<String, Map<String, Double>> weightSets() {
    return weightSets;
  }

  /**
   * Returns the position of a node in {@link #nodes()}.
   *
   * @param code the code
   * @return the position
   * @throws InvalidFrameworkException if no node has that code
   */
  public int indexOf(String code) {
    return require(code);
  }

  /**
   * Returns a copy with one more named weight set.
   *
   * @param name the set's name
   * @param weights weights by node code; nodes not named keep their own weight
   * @return the new framework
   * @throws InvalidFrameworkException if a code is unknown or a weight invalid
   */
  public Framework withWeightSet(String name, Map<String, Double> weights) {
    Map<String, Map<String, Double>> sets = new TreeMap<>(weightSets);
    sets.put(Objects.requireNonNull(name, "name"), weights);
    return new Framework(nodes, sets);
  }

  /**
   * Returns a copy in which the given nodes carry new weights.
   *
   * @param weights new weights by node code
   * @return the new framework
   * @throws InvalidFrameworkException if a code is unknown or a weight invalid
   */
  public Framework withWeights(Map<String, Double> weights) {
    for (String code : weights.keySet()) {
      require(code);
    }
    List<Node> copy = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      Double w = weights.get(n.code());
      copy.add(w == null ? n : n.withWeight(w));
    }
    return new Framework(copy, weightSets);
  }

  /**
   * Returns a copy with one node replaced by another of the same code.
   *
   * @param node the new node
   * @return the new framework
   * @throws InvalidFrameworkException if no node has that code or the result is invalid
   */
  public Framework withNode(Node node) {
    int i = require(node.code());
    List<Node> copy = new ArrayList<>(nodes);
    copy.set(i, node);
    return new Framework(copy, weightSets);
  }

  /**
   * Returns the effective weight of every node: the product of the within-parent normalised
   * weights from the root down (the root has 1), summed over every path in a graph. With equal weights on the COINr ASEM example,
   * an indicator of a pillar of 8 under a sub-index of 4 pillars weighs 1/8 * 1/4 * 1/2.
   *
   * @return effective weights by node code, in node order
   */
  public Map<String, Double> effectiveWeights() {
    double[] eff = new double[nodes.size()];
    boolean[] reached = new boolean[nodes.size()];
    eff[root] = 1.0;
    // Parents before children; in a graph a node sums the shares it receives along every edge.
    for (int k = bottomUp.length - 1; k >= 0; k--) {
      int p = bottomUp[k];
      // Weights near the largest double would overflow their sum, subnormal ones lose
      // precision: the siblings' weights are then scaled by one power of two (exactly), which
      // leaves their shares unchanged.
      double max = 0;
      for (int c : children[p]) {
        max = Math.max(max, edgeWeight(p, c, nodes.get(c).weight()));
      }
      double scale = Scaling.forMaxAbs(max, 960);
      double sum = 0;
      for (int c : children[p]) {
        sum += edgeWeight(p, c, nodes.get(c).weight()) * scale;
      }
      for (int c : children[p]) {
        double share = eff[p] * (edgeWeight(p, c, nodes.get(c).weight()) * scale) / sum;
        eff[c] = reached[c] ? eff[c] + share : share;
        reached[c] = true;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      out.put(nodes.get(i).code(), eff[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns every node ordered so that children come before their parent (the order in which
   * aggregation runs); the root is last.
   *
   * @return the nodes, bottom-up
   */
  public List<Node> bottomUp() {
    List<Node> out = new ArrayList<>(bottomUp.length);
    for (int i : bottomUp) {
      out.add(nodes.get(i));
    }
    return Collections.unmodifiableList(out);
  }

  private int require(String code) {
    Integer i = index.get(code);
    if (i == null) {
      throw new InvalidFrameworkException(code, "no such node in the framework");
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Framework f && nodes.equals(f.nodes) && weightSets.equals(f.weightSets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodes, weightSets);
  }

  @Override
  public String toString() {
    return "Framework[root=" + root().code() + ", nodes=" + nodes.size() + ", indicators="
        + indicators.size() + ", levels=" + levels() + "]";
  }

  /**
   * Builds a framework node by node.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Map<String, Double>> weightSets = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a node.
     *
     * @param node the node
     * @return this builder
     */
    public Builder node(Node node) {
      nodes.add(Objects.requireNonNull(node, "node"));
      return this;
    }

    /**
     * Adds an indicator or aggregate with weight 1 and positive direction.
     *
     * @param code the code
     * @param parent the parent's code, or {@code null} for the root
     * @return this builder
     */
    public Builder node(String code, String parent) {
      return node(Node.of(code, parent));
    }

    /**
     * Adds a named weight set.
     *
     * @param name the name
     * @param weights weights by node code
     * @return this builder
     */
    public Builder weightSet(String name, Map<String, Double> weights) {
      weightSets.put(name, Map.copyOf(weights));
      return this;
    }

    /**
     * Validates and builds the framework.
     *
     * @return the framework
     * @throws InvalidFrameworkException if the nodes do not form a valid tree or directed acyclic graph
     */
    public Framework build() {
      return new Framework(nodes, weightSets);
    }
  }
}

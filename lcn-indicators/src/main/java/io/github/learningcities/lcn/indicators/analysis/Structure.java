package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Walks a framework the way COINr's lineage table does: by level, within groups. */
final class Structure {
  private Structure() {}

  static void requireLevel(Framework fw, int level) {
    if (level < 1 || level > fw.levels()) {
      throw new AnalysisException("level " + level + " does not exist; expected a level from 1"
          + " (indicators) to " + fw.levels() + " (the index '" + fw.root().code() + "')");
    }
  }

  static Node requireNode(Framework fw, String code) {
    return fw.node(code).orElseThrow(() -> new AnalysisException("node '" + code
        + "' is not in the framework; expected the code of an indicator or aggregate"));
  }

  /** The codes of the nodes at a level, in framework order. */
  static List<String> atLevel(Framework fw, int level) {
    requireLevel(fw, level);
    List<String> out = new ArrayList<>();
    for (Node n : fw.nodes()) {
      if (fw.level(n.code()) == level) {
        out.add(n.code());
      }
    }
    return out;
  }

  /** The codes at a level within the subtree of a node (the node itself if at that level). */
  static List<String> withinAtLevel(Framework fw, String group, int level) {
    requireNode(fw, group);
    requireLevel(fw, level);
    List<String> out = new ArrayList<>();
    for (String code : atLevel(fw, level)) {
      if (code.equals(group) || isAncestor(fw, group, code)) {
        out.add(code);
      }
    }
    return out;
  }

  /**
   * The ancestor of a node at a level, if its line of primary parents passes through that level
   * (in a graph, a shared node belongs to the group of its primary parent).
   */
  static Optional<String> ancestorAtLevel(Framework fw, String code, int level) {
    Optional<String> p = fw.node(code).flatMap(Node::parent);
    while (p.isPresent()) {
      if (fw.level(p.get()) == level) {
        return p;
      }
      p = fw.node(p.get()).flatMap(Node::parent);
    }
    return Optional.empty();
  }

  /** Whether a node lies under another along any path (all parents, in a graph). */
  static boolean isAncestor(Framework fw, String ancestor, String code) {
    return ancestors(fw, code).contains(ancestor);
  }

  /** Every node above a node, through all its parents (primary or shared). */
  static Set<String> ancestors(Framework fw, String code) {
    Deque<String> todo = new ArrayDeque<>(fw.parents(code).keySet());
    Set<String> seen = new HashSet<>(todo);
    while (!todo.isEmpty()) {
      for (String q : fw.parents(todo.pop()).keySet()) {
        if (seen.add(q)) {
          todo.push(q);
        }
      }
    }
    return seen;
  }

  /** The indicators (leaves) under a node, in framework order. */
  static List<String> leavesUnder(Framework fw, String node) {
    List<String> out = new ArrayList<>();
    for (Node leaf : fw.indicators()) {
      if (leaf.code().equals(node) || isAncestor(fw, node, leaf.code())) {
        out.add(leaf.code());
      }
    }
    return out;
  }

  /**
   * {@link #leavesUnder} of every node at once (a node without leaves under it has no entry):
   * one walk up from each leaf instead of one from each leaf for each node.
   */
  static Map<String, List<String>> leavesUnderEach(Framework fw) {
    Map<String, List<String>> out = new HashMap<>();
    for (Node leaf : fw.indicators()) {
      String code = leaf.code();
      addLeaf(out, code, code);
      for (String above : ancestors(fw, code)) {
        addLeaf(out, above, code);
      }
    }
    return out;
  }

  private static void addLeaf(Map<String, List<String>> out, String node, String leaf) {
    List<String> leaves = out.get(node);
    if (leaves == null) {
      leaves = new ArrayList<>();
      out.put(node, leaves);
    }
    leaves.add(leaf);
  }
}

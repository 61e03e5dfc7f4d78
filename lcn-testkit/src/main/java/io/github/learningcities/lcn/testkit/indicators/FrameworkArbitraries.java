package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Frameworks as random trees. Every leaf (indicator) sits at the same depth, so the tree has
 * exactly the requested number of levels; each aggregate has one to {@code maxFanOut}
 * children. Codes are readable paths: the root is {@code index}, aggregates are
 * {@code a1}, {@code a1.2}, ..., indicators {@code i1.2.1}.
 *
 * <p>Each node may carry its own aggregation method. Methods are chosen so that every run is
 * defined when the indicators are normalised to a positive range (see
 * {@link PipelineArbitraries#pipelines(Framework)}): means (arithmetic, geometric, harmonic,
 * generalised) anywhere, and rank-based methods (Copeland, Mazziotta-Pareto) at the root only,
 * since their scores may be zero or negative.
 *
 * @since 0.1.0
 */
public final class FrameworkArbitraries {

  /** The code of the root of every generated framework. */
  public static final String ROOT = "index";

  private FrameworkArbitraries() {}

  /** A tree's shape: the children of a node, none for an indicator. */
  private record Shape(List<Shape> children) {}

  private static Arbitrary<Shape> shapes(int depth, int maxFanOut) {
    if (depth <= 1) {
      return Arbitraries.just(new Shape(List.of()));
    }
    return Arbitraries.integers().between(1, maxFanOut)
        .flatMap(k -> shapes(depth - 1, maxFanOut).list().ofSize(k)).map(Shape::new);
  }

  /**
   * Returns frameworks of exactly {@code depth} levels (2 = indicators under an index) whose
   * aggregates have one to {@code maxFanOut} children, with random weights, directions and
   * per-node methods.
   *
   * @param depth the number of levels, at least 2
   * @param maxFanOut the largest number of children of one node, at least 1
   * @return the frameworks, shrinking towards one indicator under the index with weight 1
   */
  public static Arbitrary<Framework> frameworks(int depth, int maxFanOut) {
    return shapes(depth, maxFanOut).flatMap(shape -> {
      List<String> codes = new ArrayList<>();
      List<String> parents = new ArrayList<>();
      flatten(shape, ROOT, null, "", codes, parents);
      List<Arbitrary<Node>> nodes = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        nodes.add(nodes(codes.get(i), parents.get(i)));
      }
      return Combinators.combine(nodes).as(Framework::of);
    });
  }

  /**
   * Returns frameworks of two to four levels with a fan-out of up to four.
   *
   * @return the frameworks
   */
  public static Arbitrary<Framework> frameworks() {
    return Arbitraries.integers().between(2, 4).flatMap(d -> frameworks(d, 4));
  }

  /**
   * Returns flat frameworks: {@code indicators} indicators directly under the index.
   *
   * @param indicators the number of indicators
   * @return the frameworks
   */
  public static Arbitrary<Framework> flat(int indicators) {
    List<Arbitrary<Node>> nodes = new ArrayList<>();
    nodes.add(nodes(ROOT, null));
    for (int i = 1; i <= indicators; i++) {
      nodes.add(nodes("i" + i, ROOT));
    }
    return Combinators.combine(nodes).as(Framework::of);
  }

  /**
   * Returns deep frameworks: a chain of {@code depth} levels, each aggregate with one child.
   *
   * @param depth the number of levels
   * @return the frameworks
   */
  public static Arbitrary<Framework> deep(int depth) {
    return frameworks(depth, 1);
  }

  /**
   * Returns frameworks that are directed acyclic graphs: a random tree of
   * {@link #frameworks(int, int)} in which up to {@code maxSharedEdges} nodes also feed an
   * aggregate at least two levels above them (so no further edge is the primary one, and none
   * closes a cycle), each with a weight between 0.1 and 5. Indicators are the same as the tree's, so any dataset for the tree fits.
   *
   * @param depth the number of levels, at least 3 for further edges to exist
   * @param maxFanOut the largest number of children of one node
   * @param maxSharedEdges the most further edges
   * @return the frameworks, shrinking towards the tree
   */
  public static Arbitrary<Framework> directedAcyclic(int depth, int maxFanOut,
      int maxSharedEdges) {
    return frameworks(depth, maxFanOut).flatMap(tree -> withSharedNodes(tree, maxSharedEdges));
  }

  /**
   * Returns the framework with up to {@code maxSharedEdges} further edges (see
   * {@link #directedAcyclic(int, int, int)}), or the framework itself when it has no room for
   * one.
   *
   * @param tree a tree, or a graph made by this method (every further edge goes to an
   *     aggregate closer to the root along primary parents, so none closes a cycle)
   * @param maxSharedEdges the most further edges
   * @return the frameworks
   */
  public static Arbitrary<Framework> withSharedNodes(Framework tree, int maxSharedEdges) {
    List<Node> nodes = tree.nodes();
    List<String[]> candidates = new ArrayList<>();
    for (Node node : nodes) {
      if (node.parent().isEmpty()) {
        continue;
      }
      int depth = depthOf(tree, node.code());
      for (Node target : nodes) {
        if (!tree.children(target.code()).isEmpty() && depthOf(tree, target.code()) < depth - 1
            && !node.additionalParents().containsKey(target.code())) {
          candidates.add(new String[] {node.code(), target.code()});
        }
      }
    }
    if (candidates.isEmpty() || maxSharedEdges < 1) {
      return Arbitraries.just(tree);
    }
    Arbitrary<List<String[]>> edges = Arbitraries.of(candidates).list().uniqueElements()
        .ofMaxSize(Math.min(maxSharedEdges, candidates.size()));
    Arbitrary<List<Double>> weights = Arbitraries.doubles().between(0.1, 5).ofScale(3).list()
        .ofSize(maxSharedEdges);
    return Combinators.combine(edges, weights).as((chosen, w) -> {
      List<Node> out = new ArrayList<>();
      for (Node node : nodes) {
        Node n = node;
        for (int e = 0; e < chosen.size(); e++) {
          if (chosen.get(e)[0].equals(node.code())) {
            n = n.withAdditionalParent(chosen.get(e)[1], w.get(e));
          }
        }
        out.add(n);
      }
      return Framework.of(out);
    });
  }

  /** The number of primary edges from the root down to a node (the root: 0). */
  private static int depthOf(Framework framework, String code) {
    int depth = 0;
    Optional<String> p = framework.node(code).orElseThrow().parent();
    while (p.isPresent()) {
      depth++;
      p = framework.node(p.get()).orElseThrow().parent();
    }
    return depth;
  }

  /**
   * Returns per-node aggregation methods that keep positive inputs positive.
   *
   * @return the methods
   */
  public static Arbitrary<Aggregation> meanAggregations() {
    return Arbitraries.of(Aggregation.arithmetic(), Aggregation.geometric(),
        Aggregation.harmonic(), Aggregation.generalised(2), Aggregation.generalised(0.5));
  }

  /**
   * Returns the Benefit-of-the-Doubt aggregations: plain, with share bounds that can hold for
   * up to 4 children, directional (direction ones) and robust
   * (order-m with small m and b and any seed). They need non-negative children (e.g. min-max
   * to [0, 100]); share bounds with a positive lower bound need positive ones.
   *
   * @return the aggregations
   * @since 0.1.0
   */
  public static Arbitrary<Aggregation> benefitOfTheDoubtAggregations() {
    return Arbitraries.oneOf(
        Arbitraries.just(Aggregation.bod()),
        Combinators.combine(Arbitraries.doubles().between(0, 0.25),
            Arbitraries.doubles().between(0.25, 1)).as(Aggregation::bod),
        Arbitraries.of(Aggregation.of("bod-directional", io.github.learningcities.lcn
            .indicators.method.Parameters.none())),
        Combinators.combine(Arbitraries.integers().between(1, 30),
            Arbitraries.integers().between(1, 50), Arbitraries.longs()
                .between(-(1L << 53), 1L << 53))
            .as(Aggregation::bodRobust));
  }

  private static Arbitrary<Node> nodes(String code, String parent) {
    Arbitrary<Aggregation> methods = parent == null
        ? Arbitraries.oneOf(meanAggregations(), Arbitraries.of(Aggregation.copeland(),
            Aggregation.mazziottaPareto()), AggregationArbitraries.closedForm())
        : meanAggregations();
    boolean leaf = code.startsWith("i");
    return Combinators.combine(
        Arbitraries.integers().between(1, 10).shrinkTowards(2).map(h -> h / 2.0),
        Arbitraries.of(Direction.POSITIVE, Direction.NEGATIVE),
        methods.optional())
        .as((weight, direction, aggregation) -> new Node(code, code, Optional.ofNullable(parent),
            parent == null ? 1.0 : weight, leaf ? direction : Direction.POSITIVE,
            leaf ? "score" : "", OptionalDouble.empty(), Optional.empty(),
            leaf ? Optional.empty() : aggregation));
  }

  private static void flatten(Shape shape, String code, String parent, String path,
      List<String> codes, List<String> parents) {
    codes.add(code);
    parents.add(parent);
    for (int i = 0; i < shape.children().size(); i++) {
      Shape child = shape.children().get(i);
      String childPath = path.isEmpty() ? Integer.toString(i + 1) : path + "." + (i + 1);
      String childCode = (child.children().isEmpty() ? "i" : "a") + childPath;
      flatten(child, childCode, code, childPath, codes, parents);
    }
  }
}

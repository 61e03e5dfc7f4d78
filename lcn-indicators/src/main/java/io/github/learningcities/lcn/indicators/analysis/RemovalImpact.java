package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Comparison;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What removing one element does to a target node's ranks (COINr's {@code remove_elements}):
 * the element's weight is set to 0 on top of the pipeline's weighting (a manual weight), the
 * results are regenerated with {@link Engine#regenerate}, which re-aggregates only, and the
 * target's ranks are compared with the nominal ones.
 *
 * <p>An element whose removal leaves its parent with no positive weight (an only child) cannot
 * be removed; its impact is then empty and {@link #failure()} says why, where COINr returns NA
 * (nothing is logged: the failure is part of the result).
 *
 * <pre>{@code
 * for (RemovalImpact r : RemovalImpact.ofLevel(Engine.standard(), results, 2)) {
 *   r.meanAbsoluteRankChange(); // mean |rank change| of the index without that pillar
 * }
 * }</pre>
 *
 * @param element the code of the element removed
 * @param target the code of the node whose ranks are compared
 * @param meanAbsoluteRankChange mean absolute rank change of the target over the units ranked
 *     both times (COINr's {@code MeanAbsDiff})
 * @param comparison the unit-by-unit comparison (nominal before, removed after)
 * @param failure why the element could not be removed, if it could not
 * @since 0.1.0
 */
public record RemovalImpact(String element, String target, OptionalDouble meanAbsoluteRankChange,
    Optional<Comparison> comparison, Optional<String> failure) {
  /** Checks the fields. */
  public RemovalImpact {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(meanAbsoluteRankChange, "meanAbsoluteRankChange");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(failure, "failure");
  }

  /**
   * Removes each node of a level in turn and compares the index's ranks.
   *
   * @param engine the engine that produced the results
   * @param results the nominal results
   * @param level the level whose nodes are removed one by one (below the top)
   * @return one impact per node of the level, in framework order
   * @throws AnalysisException if the level does not exist or is the top level
   */
  public static List<RemovalImpact> ofLevel(Engine engine, Results results, int level) {
    return ofLevel(engine, results, level, results.framework().root().code());
  }

  /**
   * Removes each node of a level in turn and compares the target's ranks.
   *
   * @param engine the engine that produced the results
   * @param results the nominal results
   * @param level the level whose nodes are removed one by one (below the top)
   * @param target the node whose ranks are compared
   * @return one impact per node of the level that lies under the target, in framework order
   * @throws AnalysisException if the level or target does not exist
   */
  public static List<RemovalImpact> ofLevel(Engine engine, Results results, int level,
      String target) {
    Structure.requireNode(results.framework(), target);
    if (level >= results.framework().levels()) {
      throw new AnalysisException("level " + level + " is the top level, which cannot be "
          + "removed; expected a level from 1 to " + (results.framework().levels() - 1));
    }
    List<String> elements = new ArrayList<>();
    for (String code : Structure.atLevel(results.framework(), level)) {
      if (Structure.isAncestor(results.framework(), target, code)) {
        elements.add(code);
      }
    }
    return remove(engine, results, elements, target);
  }

  /**
   * Removes each child of a node in turn and compares that node's ranks.
   *
   * @param engine the engine that produced the results
   * @param results the nominal results
   * @param node an aggregate
   * @return one impact per child, in framework order
   * @throws AnalysisException if the node does not exist or has no children
   */
  public static List<RemovalImpact> ofChildren(Engine engine, Results results, String node) {
    Structure.requireNode(results.framework(), node);
    List<Node> children = results.framework().children(node);
    if (children.isEmpty()) {
      throw new AnalysisException("node '" + node + "' is an indicator and has no children to "
          + "remove; expected an aggregate");
    }
    return remove(engine, results, children.stream().map(Node::code).toList(), node);
  }

  private static List<RemovalImpact> remove(Engine engine, Results results,
      List<String> elements, String target) {
    Pipeline nominal = results.pipeline();
    List<RemovalImpact> out = new ArrayList<>(elements.size());
    for (String element : elements) {
      Pipeline without = nominal.withWeighting(
          nominal.weighting().withManual(Map.of(element, 0.0)));
      try {
        Results after = engine.regenerate(results, without);
        Comparison c = results.compareTo(after, target);
        out.add(new RemovalImpact(element, target,
            OptionalDouble.of(c.meanAbsoluteRankChange()), Optional.of(c), Optional.empty()));
      } catch (IndicatorsException e) {
        out.add(new RemovalImpact(element, target, OptionalDouble.empty(), Optional.empty(),
            Optional.of(e.getMessage())));
      }
    }
    return Collections.unmodifiableList(out);
  }
}

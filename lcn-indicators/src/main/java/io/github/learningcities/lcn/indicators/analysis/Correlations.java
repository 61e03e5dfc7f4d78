package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Correlations that follow the structure of a framework: each node with its parent, with its
 * ancestor at a given level, or with all its ancestors (COINr's {@code get_corr} with
 * {@code withparent = TRUE} and {@code withparent = "family"}).
 *
 * <p>The data must hold a column for every node involved: use {@code
 * results.after(Step.AGGREGATION)} (indicators normalised, every aggregate scored), or the
 * {@link Results} overloads, which do so. Each correlation's {@link Correlation#first()} is the
 * ancestor and {@link Correlation#second()} the node below it, as COINr's {@code Var1} and
 * {@code Var2}. Nodes are taken in framework order; a node whose line of parents skips the
 * requested level has no correlation at that level.
 *
 * <pre>{@code
 * List<Correlation> pillar = Correlations.withAncestors(results, 1, 2, CorrelationMethod.PEARSON);
 * List<Correlation> family = Correlations.family(results, 1, CorrelationMethod.PEARSON);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Correlations {
  private Correlations() {}

  /**
   * Correlates every node of a level with its ancestor at a higher level (COINr's
   * {@code get_corr(Levels = c(level, ancestorLevel), withparent = TRUE)}).
   *
   * @param framework the framework
   * @param data a dataset with a column for every node involved
   * @param level the level of the nodes, 1 for indicators
   * @param ancestorLevel a higher level
   * @param method the coefficient
   * @return one correlation per node of the level that has an ancestor at that level
   * @throws AnalysisException if a level does not exist or is not above the other
   */
  public static List<Correlation> withAncestors(Framework framework, Dataset data, int level,
      int ancestorLevel, CorrelationMethod method) {
    List<String> nodes = Structure.atLevel(framework, level);
    Structure.requireLevel(framework, ancestorLevel);
    if (ancestorLevel <= level) {
      throw new AnalysisException("ancestor level " + ancestorLevel + " is not above level "
          + level + "; expected a level from " + (level + 1) + " to " + framework.levels());
    }
    List<Correlation> out = new ArrayList<>();
    for (String code : nodes) {
      Optional<String> a = Structure.ancestorAtLevel(framework, code, ancestorLevel);
      if (a.isPresent()) {
        out.add(Correlation.of(a.get(), data.column(a.get()), code, data.column(code), method));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * As {@link #withAncestors(Framework, Dataset, int, int, CorrelationMethod)} on the results'
   * aggregated data.
   *
   * @param results the results
   * @param level the level of the nodes
   * @param ancestorLevel a higher level
   * @param method the coefficient
   * @return one correlation per node of the level that has an ancestor at that level
   */
  public static List<Correlation> withAncestors(Results results, int level, int ancestorLevel,
      CorrelationMethod method) {
    return withAncestors(results.framework(), results.after(Step.AGGREGATION), level,
        ancestorLevel, method);
  }

  /**
   * Correlates every node of a level with its direct parent (in a framework that skips no
   * level this equals {@code withAncestors(level, level + 1)}).
   *
   * @param framework the framework
   * @param data a dataset with a column for every node involved
   * @param level the level of the nodes, 1 for indicators
   * @param method the coefficient
   * @return one correlation per node of the level (the root has no parent)
   * @throws AnalysisException if the level does not exist
   */
  public static List<Correlation> withParents(Framework framework, Dataset data, int level,
      CorrelationMethod method) {
    List<Correlation> out = new ArrayList<>();
    for (String code : Structure.atLevel(framework, level)) {
      Optional<String> p = framework.node(code).flatMap(Node::parent);
      if (p.isPresent()) {
        out.add(Correlation.of(p.get(), data.column(p.get()), code, data.column(code), method));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * As {@link #withParents(Framework, Dataset, int, CorrelationMethod)} on the results'
   * aggregated data.
   *
   * @param results the results
   * @param level the level of the nodes
   * @param method the coefficient
   * @return one correlation per node of the level
   */
  public static List<Correlation> withParents(Results results, int level,
      CorrelationMethod method) {
    return withParents(results.framework(), results.after(Step.AGGREGATION), level, method);
  }

  /**
   * Correlates every node of a level with each of its ancestors, level by level up to the
   * index (COINr's {@code withparent = "family"}, which labels each row with the ancestor's
   * level: here {@link Correlation#first()} is the ancestor's code, whose level the framework
   * gives).
   *
   * @param framework the framework
   * @param data a dataset with a column for every node involved
   * @param level the level of the nodes; it must be below the top
   * @param method the coefficient
   * @return the correlations, ancestor level by ancestor level, nodes in framework order
   * @throws AnalysisException if the level does not exist or is the top level
   */
  public static List<Correlation> family(Framework framework, Dataset data, int level,
      CorrelationMethod method) {
    Structure.requireLevel(framework, level);
    if (level >= framework.levels()) {
      throw new AnalysisException("level " + level + " is the top level and has no ancestors;"
          + " expected a level from 1 to " + (framework.levels() - 1));
    }
    List<Correlation> out = new ArrayList<>();
    for (int a = level + 1; a <= framework.levels(); a++) {
      out.addAll(withAncestors(framework, data, level, a, method));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * As {@link #family(Framework, Dataset, int, CorrelationMethod)} on the results' aggregated
   * data.
   *
   * @param results the results
   * @param level the level of the nodes
   * @param method the coefficient
   * @return the correlations
   */
  public static List<Correlation> family(Results results, int level, CorrelationMethod method) {
    return family(results.framework(), results.after(Step.AGGREGATION), level, method);
  }

  /**
   * Correlates every node of one level with every node of another (COINr's
   * {@code get_corr(Levels = c(rowLevel, columnLevel), make_long = FALSE)}).
   *
   * @param framework the framework
   * @param data a dataset with a column for every node of both levels
   * @param rowLevel the level of the rows
   * @param columnLevel the level of the columns (may equal the row level)
   * @param method the coefficient
   * @return the matrix, nodes in framework order
   * @throws AnalysisException if a level does not exist
   */
  public static CorrelationMatrix betweenLevels(Framework framework, Dataset data, int rowLevel,
      int columnLevel, CorrelationMethod method) {
    return CorrelationMatrix.of(data, Structure.atLevel(framework, rowLevel),
        Structure.atLevel(framework, columnLevel), method);
  }
}

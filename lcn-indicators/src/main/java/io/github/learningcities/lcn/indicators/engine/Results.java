package io.github.learningcities.lcn.indicators.engine;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.Scaling;
import io.github.learningcities.lcn.indicators.method.Statistics;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a run produced: every node's score for every (unscreened) unit, and everything derived
 * from it. Immutable and thread-safe; ranks and contributions are computed on first use.
 *
 * <p>The score of an indicator is its normalised value (direction applied); the score of an
 * aggregate is the aggregation of its children. Ranks are standard competition ranks: the
 * highest score ranks 1, ties share the best rank, missing scores have no rank.
 *
 * <p>What is computed when: a run computes every aggregate's scores. An indicator's min-max
 * normalised values (when nothing overflows: a finite range and scale factor; not for a
 * constant indicator, which gets a note) are computed by the run only where the aggregation
 * reads them, into working arrays it reuses; these results compute and keep an indicator's
 * column on the first request that needs it ({@link #scores}, {@link #score}, ranks, group
 * ranks, contributions, strengths and weaknesses, {@link #after} normalisation or
 * aggregation, {@link #equals}, {@link #hashCode}), once, whichever thread asks, with the
 * same operations in the same order, so the values are the same doubles either way.
 *
 * <p>Two results are equal when they hold the same framework, input dataset and pipeline and
 * the same data after every step, scores, weights and diagnostics: results of a full run
 * equal the results of the same pipeline regenerated from earlier results.
 * {@link #recomputedFrom()} says how a value was computed, not what it is, and takes no part.
 *
 * @since 0.1.0
 */
public final class Results {
  private final Framework framework;
  private final Dataset dataset;
  private final Pipeline pipeline;
  private final Engine.State state;
  private final List<Unit> units;
  private volatile Map<String, Integer> unitRows;
  private final Map<Integer, int[]> rankCache = new ConcurrentHashMap<>();
  private volatile Diagnostics diagnostics;

  Results(Framework framework, Dataset dataset, Pipeline pipeline, Engine.State state) {
    this.framework = framework;
    this.dataset = dataset;
    this.pipeline = pipeline;
    this.state = state;
    int[] kept = state.keptRows();
    if (kept.length == state.allUnits().size()) {
      this.units = state.allUnits();
    } else {
      List<Unit> us = new ArrayList<>(kept.length);
      for (int r : kept) {
        us.add(state.allUnits().get(r));
      }
      this.units = Collections.unmodifiableList(us);
    }
  }

  private Map<String, Integer> unitRows() {
    Map<String, Integer> rows = unitRows;
    if (rows == null) {
      rows = new HashMap<>();
      for (int i = 0; i < units.size(); i++) {
        rows.put(units.get(i).code(), i);
      }
      unitRows = rows;
    }
    return rows;
  }

  Engine.State state() {
    return state;
  }

  /**
   * Returns the framework the results were computed on.
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Returns the input dataset.
   *
   * @return the dataset
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Returns the pipeline the results were computed with.
   *
   * @return the pipeline
   */
  public Pipeline pipeline() {
    return pipeline;
  }

  /**
   * Returns the first step this run computed (earlier steps were reused from the results it
   * was regenerated from); {@link Step#DENOMINATION} for a full run.
   *
   * @return the step
   */
  public Step recomputedFrom() {
    return state.recomputedFrom();
  }

  /**
   * Returns the weight every node carried in this run: the framework's weights as the
   * pipeline's weighting resolved them (equal, a named set, manual weights on top, and the
   * weights computed from the data for the levels of {@code Weighting.fromData()}), before
   * normalisation within each parent.
   *
   * @return node code to weight, in framework order
   */
  public Map<String, Double> weights() {
    Map<String, Double> out = new LinkedHashMap<>();
    List<Node> nodes = framework.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      out.put(nodes.get(i).code(), state.nodeWeights()[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the weights a unit got from an aggregation method that chooses weights per unit
   * (the Benefit-of-the-Doubt methods: each unit's own optimal multipliers; see {@link
   * io.github.learningcities.lcn.indicators.pipeline.Aggregation#bod()}), by child.
   *
   * @param unit the unit's code
   * @param node the aggregate's code
   * @return child code to weight, in child order; empty when the node's method reports no
   *     unit weights or the unit's score is missing; a missing child is left out
   * @throws IndicatorsException if the unit or node is unknown
   * @since 0.1.0
   */
  public Map<String, Double> unitWeights(String unit, String node) {
    int u = row(unit);
    double[][] w = state.unitWeights()[framework.indexOf(node)];
    if (w == null) {
      return Map.of();
    }
    List<Node> ch = framework.children(node);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int c = 0; c < ch.size(); c++) {
      if (!Double.isNaN(w[c][u])) {
        out.put(ch.get(c).code(), w[c][u]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the aggregates whose method reported weights per unit ({@link #unitWeights}).
   *
   * @return their codes, in framework order
   * @since 0.1.0
   */
  public List<String> unitWeightNodes() {
    List<String> out = new ArrayList<>();
    List<Node> nodes = framework.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      if (state.unitWeights()[i] != null) {
        out.add(nodes.get(i).code());
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the units that have scores (all units but the screened ones), in dataset order.
   *
   * @return the units
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * Returns everything the run did to the data and noticed, in step order.
   *
   * @return the diagnostics
   */
  public Diagnostics diagnostics() {
    Diagnostics d = diagnostics;
    if (d == null) {
      d = Diagnostics.concat(List.of(state.denominationDiagnostics(),
          state.screeningDiagnostics(), state.imputationDiagnostics(),
          state.treatmentDiagnostics(), state.normalisationDiagnostics(),
          state.aggregationDiagnostics()));
      diagnostics = d;
    }
    return d;
  }

  /**
   * Returns what one step of the run did to the data and noticed: the part of
   * {@link #diagnostics()} that comes from that step. A step this run reused (before
   * {@link #recomputedFrom()}) reports what it did when it was computed.
   *
   * @param step the step
   * @return that step's diagnostics
   * @since 0.1.0
   */
  public Diagnostics diagnostics(Step step) {
    return switch (step) {
      case DENOMINATION -> state.denominationDiagnostics();
      case SCREENING -> state.screeningDiagnostics();
      case IMPUTATION -> state.imputationDiagnostics();
      case TREATMENT -> state.treatmentDiagnostics();
      case NORMALISATION -> state.normalisationDiagnostics();
      case AGGREGATION -> state.aggregationDiagnostics();
    };
  }

  /**
   * Returns the score of a node for a unit.
   *
   * @param unit the unit's code
   * @param node the node's code
   * @return the score, or empty if missing
   * @throws IndicatorsException if the unit or node is unknown (or the unit was screened out)
   */
  public OptionalDouble score(String unit, String node) {
    double v = state.score(framework.indexOf(node))[row(unit)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns the scores of a node for every unit, in {@link #units()} order, NaN where missing.
   *
   * @param node the node's code
   * @return a copy of the scores
   */
  public double[] scores(String node) {
    return state.score(framework.indexOf(node)).clone();
  }

  /**
   * Returns the data as it was after a step, for the indicators (rows: the units that the step
   * had; {@link Step#AGGREGATION} gives every node's score).
   *
   * @param step the step
   * @return the data after that step (a step not in the pipeline passes its input through)
   */
  public Dataset after(Step step) {
    Engine.State s = state;
    List<Node> leaves = framework.indicators();
    Map<String, double[]> cols = new LinkedHashMap<>();
    switch (step) {
      case DENOMINATION -> {
        for (int j = 0; j < leaves.size(); j++) {
          cols.put(leaves.get(j).code(), s.denominated()[j]);
        }
        return Dataset.ofColumns(s.allUnits(), cols);
      }
      case SCREENING -> {
        int[] rows = s.keptRows();
        for (int j = 0; j < leaves.size(); j++) {
          double[] c = new double[rows.length];
          for (int i = 0; i < rows.length; i++) {
            c[i] = s.denominated()[j][rows[i]];
          }
          cols.put(leaves.get(j).code(), c);
        }
        return Dataset.ofColumns(units, cols);
      }
      case AGGREGATION -> {
        List<Node> nodes = framework.nodes();
        for (int i = 0; i < nodes.size(); i++) {
          cols.put(nodes.get(i).code(), s.score(i));
        }
        return Dataset.ofColumns(units, cols);
      }
      default -> {
        double[][] m = step == Step.IMPUTATION ? s.imputed()
            : step == Step.TREATMENT ? s.treated() : s.normalised();
        for (int j = 0; j < leaves.size(); j++) {
          cols.put(leaves.get(j).code(), m[j]);
        }
        return Dataset.ofColumns(units, cols);
      }
    }
  }

  /**
   * Returns the competition ranks of a node's scores (1 = highest, ties share the best rank,
   * 0 for a missing score), in {@link #units()} order. Shared array: do not modify.
   */
  int[] rankArray(int node) {
    // get and putIfAbsent rather than computeIfAbsent: no lambda to link on a short run; two
    // threads asking at once may both compute the ranks, which are equal
    int[] ranks = rankCache.get(node);
    if (ranks == null) {
      int[] made = Statistics.competitionRanks(state.score(node));
      ranks = rankCache.putIfAbsent(node, made);
      if (ranks == null) {
        ranks = made;
      }
    }
    return ranks;
  }

  /**
   * Returns a unit's competition rank on a node.
   *
   * @param unit the unit's code
   * @param node the node's code
   * @return the rank (1 = highest score), or empty when the score is missing
   */
  public OptionalInt rank(String unit, String node) {
    int r = rankArray(framework.indexOf(node))[row(unit)];
    return r == 0 ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * Returns every unit's competition rank on a node as an array in {@link #units()} order, 0
   * for a unit whose score is missing: the form for callers that walk all units (tables,
   * exports), without the per-entry objects of {@link #ranks(String)}.
   *
   * @param node the node's code
   * @return a copy of the ranks (1 = highest score, ties share the best rank)
   * @throws io.github.learningcities.lcn.indicators.framework.InvalidFrameworkException if no
   *     node has that code
   * @since 0.1.0
   */
  public int[] rankArray(String node) {
    return rankArray(framework.indexOf(node)).clone();
  }

  /**
   * Returns every unit's competition rank on a node, in {@link #units()} order; units with a
   * missing score are left out.
   *
   * @param node the node's code
   * @return unit code to rank
   */
  public Map<String, Integer> ranks(String node) {
    return new RankMap(rankArray(framework.indexOf(node)));
  }

  /**
   * An unmodifiable view of a rank array as unit code to rank, in unit order, leaving out the
   * units without a rank: the ranks stay one {@code int[]}, and entries exist only while a
   * caller walks them.
   */
  private final class RankMap extends AbstractMap<String, Integer> {
    private final int[] ranks;
    private int size = -1;

    RankMap(int[] ranks) {
      this.ranks = ranks;
    }

    @Override
    public Integer get(Object key) {
      Integer row = key instanceof String code ? unitRows().get(code) : null;
      return row == null || ranks[row] == 0 ? null : ranks[row];
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public int size() {
      if (size < 0) {
        int s = 0;
        for (int r : ranks) {
          if (r != 0) {
            s++;
          }
        }
        size = s;
      }
      return size;
    }

    @Override
    public Set<Map.Entry<String, Integer>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, Integer>> iterator() {
          return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
              int i = from;
              while (i < ranks.length && ranks[i] == 0) {
                i++;
              }
              return i;
            }

            @Override
            public boolean hasNext() {
              return next < ranks.length;
            }

            @Override
            public Map.Entry<String, Integer> next() {
              if (next >= ranks.length) {
                throw new NoSuchElementException();
              }
              int i = next;
              next = advance(i + 1);
              return new AbstractMap.SimpleImmutableEntry<>(units.get(i).code(), ranks[i]);
            }
          };
        }

        @Override
        public int size() {
          return RankMap.this.size();
        }
      };
    }
  }

  /**
   * Returns competition ranks within groups: each unit is ranked among the units that share
   * its value of the group variable. Units without that group, or with a missing score, are
   * left out.
   *
   * @param groupVariable the group variable, e.g. {@code EurAsia_group}
   * @param node the node's code
   * @return unit code to rank within its group
   */
  public Map<String, Integer> groupRanks(String groupVariable, String node) {
    double[] s = state.score(framework.indexOf(node));
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      String g = units.get(i).groups().get(groupVariable);
      if (g != null) {
        List<Integer> members = groups.get(g);
        if (members == null) {
          members = new ArrayList<>();
          groups.put(g, members);
        }
        members.add(i);
      }
    }
    int[] ranks = new int[units.size()];
    for (List<Integer> members : groups.values()) {
      double[] sub = new double[members.size()];
      for (int m = 0; m < sub.length; m++) {
        sub[m] = s[members.get(m)];
      }
      int[] r = Statistics.competitionRanks(sub);
      for (int m = 0; m < sub.length; m++) {
        ranks[members.get(m)] = r[m];
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      if (ranks[i] != 0) {
        out.put(units.get(i).code(), ranks[i]);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns each indicator's contribution to a unit's score on a node (by default the root).
   *
   * <p>The score of each aggregate is shared among its present children in proportion to
   * weight times score (weights re-normalised over the present children), recursively down to
   * the indicators. Under weighted arithmetic means this is exact: the contribution of an
   * indicator is its effective weight times its normalised score, and contributions add up to
   * the score. Under other aggregations it is the same proportional allocation, which still
   * adds up to the score. When weight times score sums to zero, the share follows the weights.
   * In a framework that is a directed acyclic graph, each aggregate shares its score among all
   * its children (each edge with its own weight), and a node that feeds several aggregates
   * receives the sum of its shares, so contributions still add up to the score.
   *
   * @param unit the unit's code
   * @param node the node whose score is explained
   * @return indicator code to contribution, for the indicators under the node; empty when the
   *     node's score is missing
   */
  public Map<String, Double> contributions(String unit, String node) {
    int u = row(unit);
    int top = framework.indexOf(node);
    double s = state.score(top)[u];
    if (Double.isNaN(s)) {
      return Map.of();
    }
    List<Node> nodes = framework.nodes();
    double[] amount = new double[nodes.size()];
    boolean[] reached = new boolean[nodes.size()];
    amount[top] = s;
    reached[top] = true;
    // Parents before children, so that a node shared by several aggregates has received its
    // share along every edge before passing the sum on.
    List<Node> order = framework.bottomUp();
    for (int k = order.size() - 1; k >= 0; k--) {
      Node p = order.get(k);
      int pi = framework.indexOf(p.code());
      if (reached[pi]) {
        share(p, amount[pi], u, amount, reached);
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    collectLeaves(top, reached, amount, out);
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns each indicator's contribution to a unit's score on the root (the index).
   *
   * @param unit the unit's code
   * @return indicator code to contribution
   * @see #contributions(String, String)
   */
  public Map<String, Double> contributions(String unit) {
    return contributions(unit, framework.root().code());
  }

  /** Indicators reached from a node, depth-first in framework order, each once. */
  private void collectLeaves(int top, boolean[] reached, double[] amount,
      Map<String, Double> out) {
    List<Node> nodes = framework.nodes();
    boolean[] visited = new boolean[nodes.size()];
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(nodes.get(top));
    visited[top] = true;
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      List<Node> ch = framework.children(n.code());
      if (ch.isEmpty()) {
        out.put(n.code(), amount[framework.indexOf(n.code())]);
        continue;
      }
      for (int c = ch.size() - 1; c >= 0; c--) {
        int ci = framework.indexOf(ch.get(c).code());
        if (reached[ci] && !visited[ci]) {
          visited[ci] = true;
          stack.push(ch.get(c));
        }
      }
    }
  }

  /** Shares a node's amount among its present children, adding each share to the child's. */
  private void share(Node node, double amount, int u, double[] amounts, boolean[] reached) {
    List<Node> ch = framework.children(node.code());
    double[] w = state.nodeWeights();
    double[] edge = new double[ch.size()];
    for (int c = 0; c < ch.size(); c++) {
      edge[c] = ch.get(c).weightUnder(node.code(), w[framework.indexOf(ch.get(c).code())]);
    }
    double wScale = 1.0;
    double vScale = 1.0;
    double total = 0;
    double wsum = 0;
    for (int pass = 0; pass < 2; pass++) {
      total = 0;
      wsum = 0;
      double wMax = 0;
      double vMax = 0;
      for (int c = 0; c < ch.size(); c++) {
        double v = state.score(framework.indexOf(ch.get(c).code()))[u];
        if (!Double.isNaN(v)) {
          total += (edge[c] * wScale) * (v * vScale);
          wsum += edge[c] * wScale;
          wMax = Math.max(wMax, edge[c]);
          vMax = Math.max(vMax, Math.abs(v));
        }
      }
      if (Math.abs(total) <= Double.MAX_VALUE && wsum <= Double.MAX_VALUE) {
        break;
      }
      // weights or scores near the largest double: shares of scaled weights and scores
      wScale = Scaling.toUnit(wMax);
      vScale = Scaling.toUnit(vMax);
    }
    for (int c = 0; c < ch.size(); c++) {
      int ci = framework.indexOf(ch.get(c).code());
      double v = state.score(ci)[u];
      if (Double.isNaN(v)) {
        continue;
      }
      double wc = edge[c] * wScale;
      double share = total != 0 ? wc * (v * vScale) / total : wsum > 0 ? wc / wsum : 0;
      double x = amount * share;
      amounts[ci] = reached[ci] ? amounts[ci] + x : x;
      reached[ci] = true;
    }
  }

  /**
   * Returns a unit's strengths and weaknesses: the indicators on which it ranks best and worst
   * among all units (COINr's {@code get_str_weak}), at most {@code n} of each. Ties in rank are
   * broken by framework order; indicators with a missing score are left out.
   *
   * @param unit the unit's code
   * @param n how many of each
   * @return the strengths and weaknesses
   */
  public StrengthsAndWeaknesses strengthsAndWeaknesses(String unit, int n) {
    int u = row(unit);
    List<StrengthsAndWeaknesses.IndicatorRank> all = new ArrayList<>();
    for (Node leaf : framework.indicators()) {
      int i = framework.indexOf(leaf.code());
      int r = rankArray(i)[u];
      if (r != 0) {
        all.add(new StrengthsAndWeaknesses.IndicatorRank(leaf.code(), r,
            state.score(i)[u]));
      }
    }
    List<StrengthsAndWeaknesses.IndicatorRank> best = new ArrayList<>(all);
    best.sort((a, b) -> Integer.compare(a.rank(), b.rank()));
    List<StrengthsAndWeaknesses.IndicatorRank> worst = new ArrayList<>(all);
    worst.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
    int k = Math.min(n, all.size());
    return new StrengthsAndWeaknesses(unit, best.subList(0, k), worst.subList(0, k));
  }

  /**
   * Compares these results (before) with other results (after) on a node, unit by unit.
   *
   * @param after the other results, e.g. regenerated with a changed pipeline
   * @param node the node to compare
   * @return the comparison, over the units present in both
   */
  public Comparison compareTo(Results after, String node) {
    return Comparison.between(this, after, node);
  }

  int row(String unit) {
    Integer r = unitRows().get(unit);
    if (r == null) {
      throw new IndicatorsException("unit '" + unit + "' has no results (unknown, or removed "
          + "by screening)");
    }
    return r;
  }

  boolean hasUnit(String unit) {
    return unitRows().containsKey(unit);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Results r)) {
      return false;
    }
    Engine.State a = state;
    Engine.State b = r.state;
    return framework.equals(r.framework) && pipeline.equals(r.pipeline)
        && dataset.equals(r.dataset) && Arrays.equals(a.keptRows(), b.keptRows())
        && Arrays.deepEquals(a.denominated(), b.denominated())
        && Arrays.deepEquals(a.imputed(), b.imputed())
        && Arrays.deepEquals(a.treated(), b.treated())
        && Arrays.deepEquals(a.normalised(), b.normalised())
        && Arrays.deepEquals(a.scores(), b.scores())
        && Arrays.equals(a.nodeWeights(), b.nodeWeights())
        && Arrays.deepEquals(a.unitWeights(), b.unitWeights())
        && diagnostics().equals(r.diagnostics());
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework, pipeline, dataset, Arrays.deepHashCode(state.scores()));
  }

  @Override
  public String toString() {
    return "Results[units=" + units.size() + ", nodes=" + framework.nodes().size() + "]";
  }
}

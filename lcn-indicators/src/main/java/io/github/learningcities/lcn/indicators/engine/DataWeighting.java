package io.github.learningcities.lcn.indicators.engine;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.analysis.AnalysisException;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.analysis.FactorWeights;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.Note;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.OptimisedWeights;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The data-driven part of a weighting during one run: computes the weights of a level from the
 * scores below it (see {@link DataWeights}) and records a {@code data-weights} note per
 * aggregate.
 */
final class DataWeighting {
  /** Aggregates one node into a scores array with given weights. */
  interface NodeAggregation {
    void aggregate(Node node, double[][] scores, double[] weights, List<Note> notes);
  }

  private final Framework fw;
  private final Weighting weighting;
  private final NodeAggregation aggregation;

  DataWeighting(Framework fw, Weighting weighting, NodeAggregation aggregation) {
    this.fw = fw;
    this.weighting = weighting;
    this.aggregation = aggregation;
    int top = fw.levels();
    for (DataWeights d : weighting.fromData()) {
      for (int level : d.levels()) {
        if (level >= top) {
          throw new IndicatorsException("data weighting '" + d.method() + "' names level "
              + level + ", but the framework's levels are 1 to " + top + " and the index ("
              + "level " + top + ") has no weight; expected a level from 1 to " + (top - 1));
        }
      }
    }
    for (String code : weighting.manual().keySet()) {
      Optional<Node> parent = fw.node(code).flatMap(Node::parent).flatMap(fw::node);
      if (parent.isPresent()
          && weighting.dataWeightsAt(fw.level(parent.get().code()) - 1).isPresent()) {
        throw new IndicatorsException("manual weight names '" + code + "', whose weight is "
            + "computed from the data (level " + (fw.level(parent.get().code()) - 1)
            + "); expected manual weights only for nodes of levels without data weighting");
      }
    }
  }

  /** The aggregates at a level, in framework order. */
  List<Node> aggregatesAt(int level) {
    List<Node> out = new ArrayList<>();
    for (Node n : fw.nodes()) {
      if (fw.level(n.code()) == level && !fw.children(n.code()).isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  /** Computes the weights of level {@code level} into {@code weights}, if it is data-driven. */
  void computeLevel(int level, double[][] scores, double[] weights, List<String> unitCodes,
      List<Note> notes) {
    Optional<DataWeights> spec = weighting.dataWeightsAt(level);
    if (spec.isEmpty()) {
      return;
    }
    DataWeights d = spec.get();
    List<Node> parents = aggregatesAt(level + 1);
    if (d.method().equals("pca")) {
      for (Node parent : parents) {
        pca(d, level, parent, scores, weights, notes);
      }
    } else {
      optimise(d, level, parents, scores, weights, notes);
    }
  }

  private void pca(DataWeights d, int level, Node parent, double[][] scores, double[] weights,
      List<Note> notes) {
    List<Node> children = fw.children(parent.code());
    List<String> codes = new ArrayList<>();
    double[][] cols = new double[children.size()][];
    for (int c = 0; c < cols.length; c++) {
      codes.add(children.get(c).code());
      cols[c] = scores[fw.indexOf(codes.get(c))];
    }
    if (cols.length == 1) {
      weights[fw.indexOf(codes.get(0))] = 1;
      notes.add(new Note("data-weights", parent.code(), Optional.empty(), "pca weights at "
          + "level " + level + ": a single child, weight 1"));
      return;
    }
    Parameters p = d.parameters();
    FactorWeights.Variant variant = FactorWeights.Variant.of(p.text("variant").orElse("kaiser"));
    int dim = (int) p.number("dim", 0);
    try {
      FactorWeights.weights(codes, cols, variant, dim, description ->
          notes.add(new Note("data-weights", parent.code(), Optional.empty(), "pca weights at "
              + "level " + level + " (Handbook, variant " + p.text("variant").orElse("kaiser")
              + "): " + description)))
          .forEach((code, w) -> weights[fw.indexOf(code)] = w);
    } catch (AnalysisException e) {
      throw new IndicatorsException("aggregate '" + parent.code() + "': pca weights of its "
          + "children (level " + level + ") cannot be computed: " + e.getMessage(), e);
    }
  }

  private void optimise(DataWeights d, int level, List<Node> parents, double[][] scores,
      double[] weights, List<Note> notes) {
    List<String> codes = new ArrayList<>();
    for (Node parent : parents) {
      for (Node c : fw.children(parent.code())) {
        codes.add(c.code());
      }
    }
    Parameters p = d.parameters();
    Set<String> known = new HashSet<>(codes);
    for (String name : p.asMap().keySet()) {
      if (name.startsWith("target.") && !known.contains(name.substring(7))) {
        throw new IndicatorsException("data weighting 'balance' at level " + level
            + ": parameter '" + name + "' names no node of that level; expected one of "
            + codes);
      }
    }
    int m = codes.size();
    double[][] cols = new double[m][];
    double[] targets = new double[m];
    double[] start = new double[m];
    int[] index = new int[m];
    for (int j = 0; j < m; j++) {
      index[j] = fw.indexOf(codes.get(j));
      cols[j] = scores[index[j]];
      targets[j] = p.number("target." + codes.get(j), 1);
      start[j] = weights[index[j]];
    }
    int root = fw.indexOf(fw.root().code());
    List<Node> above = new ArrayList<>();
    for (int l = level + 1; l <= fw.levels(); l++) {
      above.addAll(aggregatesAt(l));
    }
    OptimisedWeights.Objective objective = d.method().equals("balance")
        ? OptimisedWeights.Objective.BALANCE : OptimisedWeights.Objective.INFOMAX;
    CorrelationMethod method = CorrelationMethod.valueOf(p.text("correlation")
        .orElse("pearson").toUpperCase(Locale.ROOT));
    OptimisedWeights.Result r;
    try {
      r = OptimisedWeights.optimise(objective, codes, cols, targets, start, w -> {
        double[] trial = weights.clone();
        for (int j = 0; j < m; j++) {
          trial[index[j]] = w[j];
        }
        for (Node parent : parents) {
          double s = 0;
          for (Node c : fw.children(parent.code())) {
            s += trial[fw.indexOf(c.code())];
          }
          if (!(s > 0)) {
            return null;
          }
        }
        double[][] scratch = scores.clone();
        List<Note> ignored = new ArrayList<>();
        try {
          for (Node node : above) {
            aggregation.aggregate(node, scratch, trial, ignored);
          }
        } catch (IndicatorsException e) {
          return null;
        }
        return scratch[root];
      }, method, p.number("tolerance", OptimisedWeights.DEFAULT_TOLERANCE),
          (int) p.number("evaluations", OptimisedWeights.DEFAULT_EVALUATIONS));
    } catch (AnalysisException e) {
      throw new IndicatorsException("data weighting '" + d.method() + "' at level " + level
          + " cannot start: " + e.getMessage(), e);
    }
    double[] w = r.weights();
    for (int j = 0; j < m; j++) {
      weights[index[j]] = w[j];
    }
    for (Node parent : parents) {
      notes.add(new Note("data-weights", parent.code(), Optional.empty(), d.method()
          + " weights at level " + level + " (all " + m + " nodes of the level together): "
          + r.describe()));
    }
  }
}

package io.github.learningcities.lcn.serialization;

import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content of a {@code results} document: what a run of the engine produced, as data. A
 * {@link Results} object keeps the engine's working state and cannot be rebuilt from a file;
 * this record holds what a reader of the file needs: the framework and pipeline that were run,
 * every unit's score and rank on every node, and the diagnostics.
 *
 * @param framework the framework that was run
 * @param pipeline the pipeline that was run
 * @param units the scores and ranks of each unit, in the dataset's unit order
 * @param diagnostics what was imputed, treated and screened out
 * @since 0.1.0
 */
public record ResultsDocument(Framework framework, Pipeline pipeline, List<UnitResults> units,
    Diagnostics diagnostics) {

  /** Validates and copies. */
  public ResultsDocument {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(pipeline, "pipeline");
    units = List.copyOf(units);
    Objects.requireNonNull(diagnostics, "diagnostics");
    for (UnitResults u : units) {
      for (String node : u.scores().keySet()) {
        if (framework.node(node).isEmpty()) {
          throw new IllegalArgumentException("unit '" + u.unit() + "' has a score for '" + node
              + "', which is not a node of the framework; expected framework node codes");
        }
      }
    }
  }

  /**
   * The scores and ranks of one unit.
   *
   * @param unit the unit's code
   * @param scores score by node code; a node without a score (missing) is absent
   * @param ranks rank by node code (1 is best); absent where the score is missing
   * @since 0.1.0
   */
  public record UnitResults(String unit, Map<String, Double> scores, Map<String, Integer> ranks) {

    /** Validates and copies, keeping the order of the maps. */
    public UnitResults {
      Objects.requireNonNull(unit, "unit");
      Map<String, Double> s = new LinkedHashMap<>();
      scores.forEach((node, v) -> {
        if (v == null || !Double.isFinite(v)) {
          throw new IllegalArgumentException("unit '" + unit + "', node '" + node + "': score "
              + v + " is invalid; expected a finite number (leave a missing score out)");
        }
        s.put(node, v);
      });
      Map<String, Integer> r = new LinkedHashMap<>();
      ranks.forEach((node, v) -> {
        if (v == null || v < 1) {
          throw new IllegalArgumentException("unit '" + unit + "', node '" + node + "': rank "
              + v + " is invalid; expected a rank >= 1");
        }
        r.put(node, v);
      });
      scores = Collections.unmodifiableMap(s);
      ranks = Collections.unmodifiableMap(r);
    }
  }

  /**
   * Returns the document of a run's results: each unit's score and rank on every node, in
   * framework node order.
   *
   * @param results the results
   * @return the document
   */
  public static ResultsDocument of(Results results) {
    Framework f = results.framework();
    List<UnitResults> units = new ArrayList<>();
    Map<String, double[]> scores = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> ranks = new LinkedHashMap<>();
    for (Node n : f.nodes()) {
      scores.put(n.code(), results.scores(n.code()));
      ranks.put(n.code(), results.ranks(n.code()));
    }
    for (int i = 0; i < results.units().size(); i++) {
      String unit = results.units().get(i).code();
      Map<String, Double> s = new LinkedHashMap<>();
      Map<String, Integer> r = new LinkedHashMap<>();
      for (Node n : f.nodes()) {
        double v = scores.get(n.code())[i];
        if (Double.isFinite(v)) {
          s.put(n.code(), v);
        }
        Integer rank = ranks.get(n.code()).get(unit);
        if (rank != null) {
          r.put(n.code(), rank);
        }
      }
      units.add(new UnitResults(unit, s, r));
    }
    return new ResultsDocument(f, results.pipeline(), units, results.diagnostics());
  }
}

package io.github.learningcities.lcn.serialization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Engine;
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
import java.util.Optional;

/**
 * The content of a {@code results} document: what a run of the engine produced, as data: the
 * framework and pipeline that were run, every unit's score and rank on every node, the
 * diagnostics and, when written from {@link Results}, the input dataset. With the dataset the
 * document is lossless: {@link #toResults(Engine)} runs the pipeline again and checks that it
 * reproduces the scores and ranks written, so reading a {@code Results} back gives results
 * equal to those written (with every step's data, contributions and group ranks).
 *
 * @param framework the framework that was run
 * @param pipeline the pipeline that was run
 * @param units the scores and ranks of each unit, in the dataset's unit order
 * @param diagnostics what was imputed, treated and screened out
 * @param dataset the input dataset, if the document holds it
 * @since 0.1.0
 */
@JsonPropertyOrder({"framework", "pipeline", "dataset", "units", "diagnostics"})
public record ResultsDocument(Framework framework, Pipeline pipeline, List<UnitResults> units,
    Diagnostics diagnostics, Optional<Dataset> dataset) {

  /** Relative tolerance of {@link #toResults(Engine)} for scores written by another build. */
  private static final double TOLERANCE = 1e-9;

  /** Validates and copies. */
  public ResultsDocument {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(pipeline, "pipeline");
    units = List.copyOf(units);
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(dataset, "dataset");
    for (UnitResults u : units) {
      if (u.unit().isBlank()) {
        throw new IllegalArgumentException("a unit's code is empty; expected the code of the "
            + "unit whose results follow");
      }
      if (dataset.isPresent() && !dataset.get().hasUnit(u.unit())) {
        throw new IllegalArgumentException("unit '" + u.unit() + "' has results but is not a "
            + "unit of the dataset; expected the dataset's unit codes");
      }
    }
    for (UnitResults u : units) {
      for (String node : u.weights().keySet()) {
        if (framework.node(node).isEmpty() || framework.children(node).isEmpty()) {
          throw new IllegalArgumentException("unit '" + u.unit() + "' has weights for '" + node
              + "', which is not an aggregate of the framework; expected the code of a node "
              + "with children");
        }
      }
      for (String node : u.scores().keySet()) {
        if (framework.node(node).isEmpty()) {
          throw new IllegalArgumentException("unit '" + u.unit() + "' has a score for '" + node
              + "', which is not a node of the framework; expected framework node codes");
        }
      }
    }
  }

  /**
   * Creates a document without the input dataset (it cannot be turned back into {@link
   * Results}).
   *
   * @param framework the framework that was run
   * @param pipeline the pipeline that was run
   * @param units the scores and ranks of each unit, in the dataset's unit order
   * @param diagnostics what was imputed, treated and screened out
   */
  public ResultsDocument(Framework framework, Pipeline pipeline, List<UnitResults> units,
      Diagnostics diagnostics) {
    this(framework, pipeline, units, diagnostics, Optional.empty());
  }

  /**
   * Runs the document's pipeline on its framework and dataset again and checks that the run
   * reproduces every unit, score (within a relative 1e-9, for documents written by another
   * build) and rank written.
   *
   * @param engine the engine, with the methods the pipeline names (e.g. {@link
   *     Engine#standard()})
   * @return the results of the run
   * @throws IllegalStateException if the document holds no dataset
   * @throws IllegalArgumentException if the run fails or does not reproduce the document; the
   *     message names the first unit and node that differ
   */
  public Results toResults(Engine engine) {
    Dataset data = dataset.orElseThrow(() -> new IllegalStateException("the results document "
        + "holds no input dataset, so the results cannot be rebuilt; expected a document "
        + "written from Results (ResultsDocument.of), which includes it"));
    Results run = engine.run(framework, data, pipeline);
    requireReproducedBy(run);
    return run;
  }

  /**
   * Checks that a run reproduces this document: the same framework and pipeline, and every
   * unit, score (within a relative 1e-9) and rank written.
   *
   * @param run the results of a run
   * @throws IllegalArgumentException if the run differs; the message names the first unit and
   *     node that differ
   */
  public void requireReproducedBy(Results run) {
    if (!framework.equals(run.framework()) || !pipeline.equals(run.pipeline())) {
      throw new IllegalArgumentException("the results document does not reproduce: the run "
          + "has another framework or pipeline than the one written");
    }
    ResultsDocument again = of(run);
    List<String> written = units.stream().map(UnitResults::unit).toList();
    List<String> computed = again.units.stream().map(UnitResults::unit).toList();
    if (!written.equals(computed)) {
      throw new IllegalArgumentException("the results document does not reproduce: it lists "
          + "the units " + written + " but the run scores " + computed);
    }
    for (int i = 0; i < units.size(); i++) {
      UnitResults w = units.get(i);
      UnitResults c = again.units.get(i);
      for (Node n : framework.nodes()) {
        Double a = w.scores().get(n.code());
        Double b = c.scores().get(n.code());
        boolean same = a == null ? b == null
            : b != null && Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
        if (!same || !Objects.equals(w.ranks().get(n.code()), c.ranks().get(n.code()))) {
          throw new IllegalArgumentException("the results document does not reproduce: unit '"
              + w.unit() + "', node '" + n.code() + "': written score " + a + " rank "
              + w.ranks().get(n.code()) + ", the run gives score " + b + " rank "
              + c.ranks().get(n.code()) + "; expected the results of this framework, dataset "
              + "and pipeline");
        }
      }
    }
  }

  /**
   * The scores and ranks of one unit, and the weights it got from aggregation methods that
   * choose weights per unit ({@link Results#unitWeights}).
   *
   * @param unit the unit's code
   * @param scores score by node code; a node without a score (missing) is absent
   * @param ranks rank by node code (1 is best); absent where the score is missing
   * @param weights by aggregate code, the unit's weight of each child (e.g. Benefit of the
   *     Doubt's optimal multipliers); only aggregates whose method reports them
   * @since 0.1.0
   */
  @JsonPropertyOrder({"unit", "scores", "ranks", "weights"})
  public record UnitResults(String unit, Map<String, Double> scores, Map<String, Integer> ranks,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, Double>> weights) {

    /** Validates and copies, keeping the order of the maps; absent weights are none. */
    @JsonCreator
    public UnitResults {
      Objects.requireNonNull(unit, "unit");
      Map<String, Map<String, Double>> uw = new LinkedHashMap<>();
      (weights == null ? Map.<String, Map<String, Double>>of() : weights).forEach((node, m) -> {
        Map<String, Double> copy = new LinkedHashMap<>();
        Objects.requireNonNull(m, "weights of " + node).forEach((child, v) -> {
          if (v == null || !Double.isFinite(v)) {
            throw new IllegalArgumentException("unit '" + unit + "', node '" + node
                + "', child '" + child + "': weight " + v + " is invalid; expected a finite "
                + "number (leave a child without weight out)");
          }
          copy.put(child, v);
        });
        uw.put(node, Collections.unmodifiableMap(copy));
      });
      weights = Collections.unmodifiableMap(uw);
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

    /**
     * Creates the results of a unit without unit weights.
     *
     * @param unit the unit's code
     * @param scores score by node code
     * @param ranks rank by node code
     */
    public UnitResults(String unit, Map<String, Double> scores, Map<String, Integer> ranks) {
      this(unit, scores, ranks, Map.of());
    }
  }

  /**
   * Returns the document of a run's results: each unit's score and rank on every node, in
   * framework node order, the diagnostics and the input dataset.
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
      Map<String, Map<String, Double>> w = new LinkedHashMap<>();
      for (String node : results.unitWeightNodes()) {
        Map<String, Double> uw = results.unitWeights(unit, node);
        if (!uw.isEmpty()) {
          w.put(node, uw);
        }
      }
      units.add(new UnitResults(unit, s, r, w));
    }
    return new ResultsDocument(f, results.pipeline(), units, results.diagnostics(),
        Optional.of(results.dataset()));
  }
}

package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.ahp.AhpWeights;
import io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons;
import io.github.learningcities.lcn.indicators.ahp.PriorityMethod;
import io.github.learningcities.lcn.indicators.internal.RecordMethods;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which weights aggregation uses: the framework's own ({@link #fromFramework()}), all equal
 * ({@link #equal()}), a named weight set of the framework ({@link #set(String)}), and on top of
 * any of them manual weights for some nodes ({@link #withManual}), which may come from the
 * pairwise comparisons of the Analytic Hierarchy Process ({@link #withComparisons}). Weights are relative within
 * each parent. A change of weighting only re-aggregates when results are regenerated.
 *
 * <p>Weights can also come from the data ({@link #withDataWeights}): PCA/factor-analysis or
 * optimised weights for the nodes of some levels, computed during the run from those nodes'
 * scores (see {@link DataWeights}). They replace the base weights of those nodes; manual
 * weights for such a node are refused (the run cannot honour both).
 *
 * @param source {@code framework}, {@code equal} or {@code set}
 * @param set the weight set's name when source is {@code set}
 * @param manual node code to weight, applied last
 * @param fromData data-driven weights, at most one per level, applied after the base weights
 * @since 0.1.0
 */
public record Weighting(String source, Optional<String> set, Map<String, Double> manual,
    List<DataWeights> fromData) {

  /** Validates and copies. */
  public Weighting {
    Objects.requireNonNull(source, "source");
    if (!source.equals("framework") && !source.equals("equal") && !source.equals("set")) {
      throw new IllegalArgumentException("weighting source '" + source
          + "' is invalid; expected framework, equal or set");
    }
    Objects.requireNonNull(set, "set");
    if (source.equals("set") != set.isPresent()) {
      throw new IllegalArgumentException("a weight set name is needed exactly when source is 'set'");
    }
    if (set.isPresent() && set.get().isBlank()) {
      throw new IllegalArgumentException("the weight set's name is blank; expected the name of "
          + "a weight set of the framework");
    }
    manual = sortedCopy(Objects.requireNonNull(manual, "manual"));
    for (Map.Entry<String, Double> e : manual.entrySet()) {
      Double w = e.getValue();
      if (w == null || !Double.isFinite(w) || w < 0) {
        throw new IllegalArgumentException("manual weight of '" + e.getKey() + "' is " + w
            + "; expected a finite number >= 0");
      }
    }
    fromData = List.copyOf(Objects.requireNonNull(fromData, "fromData"));
    Set<Integer> levels = new HashSet<>();
    for (DataWeights d : fromData) {
      for (int level : d.levels()) {
        if (!levels.add(level)) {
          throw new IllegalArgumentException("level " + level + " has two data weightings; "
              + "expected at most one per level");
        }
      }
    }
  }

  /**
   * A weighting without data-driven weights.
   *
   * @param source {@code framework}, {@code equal} or {@code set}
   * @param set the weight set's name when source is {@code set}
   * @param manual node code to weight, applied last
   */
  public Weighting(String source, Optional<String> set, Map<String, Double> manual) {
    this(source, set, manual, List.of());
  }

  /**
   * The framework's node weights (COINr's {@code iMeta} weights).
   *
   * @return the weighting
   */
  public static Weighting fromFramework() {
    return new Weighting("framework", Optional.empty(), Map.of());
  }

  /**
   * Equal weights within every parent.
   *
   * @return the weighting
   */
  public static Weighting equal() {
    return new Weighting("equal", Optional.empty(), Map.of());
  }

  /**
   * A named weight set of the framework.
   *
   * @param name the set's name
   * @return the weighting
   */
  public static Weighting set(String name) {
    return new Weighting("set", Optional.of(name), Map.of());
  }

  /**
   * Returns a copy whose manual weights include the Analytic Hierarchy Process weights of one
   * pairwise-comparison matrix (eigenvector method), refused if its consistency ratio exceeds
   * Saaty's 0.1. Compare all children of one parent, so that the weights are relative among
   * siblings; a document of the pipeline carries the derived weights.
   *
   * <pre>{@code
   * Weighting w = Weighting.fromFramework().withComparisons(
   *     PairwiseComparisons.fromUpperTriangle("Conn", List.of("Physical", "ConEcFin",
   *         "Political"), 3, 5, 2));
   * }</pre>
   *
   * @param comparisons the judgements over some siblings, by node code
   * @return the copy
   * @throws io.github.learningcities.lcn.indicators.ahp.InconsistentJudgementsException if the
   *     consistency ratio exceeds 0.1
   * @since 0.1.0
   */
  public Weighting withComparisons(PairwiseComparisons comparisons) {
    return withComparisons(comparisons, PriorityMethod.EIGENVECTOR,
        PairwiseComparisons.SAATY_THRESHOLD);
  }

  /**
   * Returns a copy whose manual weights include the Analytic Hierarchy Process weights of one
   * pairwise-comparison matrix.
   *
   * @param comparisons the judgements over some siblings, by node code
   * @param method how the weights are derived
   * @param threshold the largest consistency ratio accepted (Saaty: 0.1)
   * @return the copy
   * @throws io.github.learningcities.lcn.indicators.ahp.InconsistentJudgementsException if the
   *     consistency ratio exceeds the threshold
   * @since 0.1.0
   */
  public Weighting withComparisons(PairwiseComparisons comparisons, PriorityMethod method,
      double threshold) {
    AhpWeights w = comparisons.weights(method, threshold);
    return withManual(w.weights());
  }

  /**
   * An unmodifiable copy built from the entries in key order, as {@code Map.copyOf(new
   * TreeMap<>(weights))} builds it, without the tree: an uncertainty analysis builds one per
   * replication.
   */
  private static Map<String, Double> sortedCopy(Map<String, Double> weights) {
    @SuppressWarnings("unchecked")
    Map.Entry<String, Double>[] entries = weights.entrySet().toArray(new Map.Entry[0]);
    Arrays.sort(entries, KeyOrder.INSTANCE);
    return Map.ofEntries(entries);
  }

  /**
   * Entries by key, as {@code Map.Entry.comparingByKey()} orders them; a class of its own, as
   * the JDK's is a lambda that a run spins at run time (no class-data sharing archive holds it).
   */
  private static final class KeyOrder implements Comparator<Map.Entry<String, Double>> {
    static final KeyOrder INSTANCE = new KeyOrder();

    @Override
    public int compare(Map.Entry<String, Double> a, Map.Entry<String, Double> b) {
      return a.getKey().compareTo(b.getKey());
    }
  }

  /**
   * Returns a copy with manual weights for some nodes.
   *
   * @param weights node code to weight
   * @return the copy
   */
  public Weighting withManual(Map<String, Double> weights) {
    TreeMap<String, Double> copy = new TreeMap<>(manual);
    copy.putAll(weights);
    return new Weighting(source, set, copy, fromData);
  }

  /**
   * Returns a copy that also computes weights from the data.
   *
   * @param spec the data weighting; its levels must not have one already
   * @return the copy
   */
  public Weighting withDataWeights(DataWeights spec) {
    List<DataWeights> copy = new java.util.ArrayList<>(fromData);
    copy.add(Objects.requireNonNull(spec, "spec"));
    return new Weighting(source, set, manual, copy);
  }

  /**
   * Returns the data weighting of a level, if any.
   *
   * @param level the framework level
   * @return the data weighting of that level
   */
  public Optional<DataWeights> dataWeightsAt(int level) {
    for (DataWeights d : fromData) {
      if (d.levels().contains(level)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Weighting that && Objects.equals(source, that.source)
        && Objects.equals(set, that.set) && Objects.equals(manual, that.manual)
        && Objects.equals(fromData, that.fromData);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(source, set, manual, fromData);
  }

  @Override
  public String toString() {
    return RecordMethods.text("Weighting", "source", source, "set", set, "manual", manual,
        "fromData", fromData);
  }
}

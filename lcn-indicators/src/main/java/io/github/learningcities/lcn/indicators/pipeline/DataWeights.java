package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.RecordMethods;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Weights computed from the data during a run, for the nodes of some framework levels. The
 * weights at level L are those of the children of every aggregate at level L + 1 (in a tree
 * without skipped levels: the nodes at level L, 1 = indicators); they are computed from the
 * scores those children have in the run (after normalisation for indicators, after aggregation
 * above), so they follow every change of the data or of an earlier step, also inside an
 * uncertainty analysis. Levels are processed bottom-up; a level's weights are computed once
 * the levels below are aggregated. The computed weights replace the weighting's base weights
 * of those nodes and appear in {@code Results.weights()}; a note per aggregate (code
 * {@code data-weights}) describes how they were found.
 *
 * <p>Methods:
 * <ul>
 *   <li>{@code pca}: factor-analysis weights by the OECD/JRC Handbook procedure, one analysis
 *       per aggregate over its children (see {@code analysis.FactorWeights}). Parameter
 *       {@code variant}: {@code kaiser} (default: factors with an eigenvalue above 1),
 *       {@code one}, {@code all} or {@code ch} with {@code dim} (Compind's {@code ci_factor}
 *       methods).</li>
 *   <li>{@code balance}: COINr's {@code get_opt_weights(optype = "balance")}: the weights of
 *       all the level's nodes together that bring their correlations with the index, as shares
 *       of their sum, closest (least squares) to target shares; targets are parameters
 *       {@code target.<node code>} (relative, &gt; 0; a node without one has target 1, so by
 *       default all equal).</li>
 *   <li>{@code infomax}: the weights that maximise the sum of those correlations.</li>
 * </ul>
 * Both optimisations take parameters {@code correlation} ({@code pearson}, default,
 * {@code spearman} or {@code kendall}), {@code tolerance} (relative, default 1e-10) and
 * {@code evaluations} (the most objective evaluations, default 20000); see
 * {@code analysis.OptimisedWeights} for the optimiser and its stopping rule.
 *
 * @param method {@code pca}, {@code balance} or {@code infomax}
 * @param parameters the method's parameters
 * @param levels the framework levels whose weights are computed, ascending, each at least 1
 * @since 0.1.0
 */
public record DataWeights(String method, Parameters parameters, List<Integer> levels) {
  /** The methods, in documentation order. */
  public static final List<String> METHODS = List.of("pca", "balance", "infomax");

  /** Validates and copies (levels sorted, each once). */
  public DataWeights {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(parameters, "parameters");
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("data weighting method '" + method + "' is unknown; "
          + "expected one of " + METHODS);
    }
    TreeSet<Integer> sorted = new TreeSet<>();
    for (Integer l : Objects.requireNonNull(levels, "levels")) {
      if (l == null || l < 1) {
        throw new IllegalArgumentException("data weighting '" + method + "': level " + l
            + " is invalid; expected a framework level of at least 1 (1 = indicators)");
      }
      if (!sorted.add(l)) {
        throw new IllegalArgumentException("data weighting '" + method + "': level " + l
            + " is listed twice; expected each level once");
      }
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("data weighting '" + method + "' names no level; "
          + "expected at least one framework level");
    }
    levels = List.copyOf(sorted);
    checkParameters(method, parameters);
  }

  private static void checkParameters(String method, Parameters p) {
    Set<String> known = method.equals("pca") ? Set.of("variant", "dim")
        : Set.of("correlation", "tolerance", "evaluations");
    for (Map.Entry<String, Object> e : p.asMap().entrySet()) {
      String name = e.getKey();
      Object v = e.getValue();
      boolean ok;
      if (method.equals("balance") && name.startsWith("target.") && name.length() > 7) {
        ok = v instanceof Double d && d > 0;
      } else if (!known.contains(name)) {
        throw new IllegalArgumentException("data weighting '" + method + "': parameter '"
            + name + "' is unknown; expected one of " + new TreeSet<>(known)
            + (method.equals("balance") ? " or target.<node code>" : ""));
      } else {
        ok = switch (name) {
          case "variant" -> v instanceof String s
              && Set.of("kaiser", "one", "all", "ch").contains(s);
          case "dim", "evaluations" -> v instanceof Double d && d >= 1 && d == Math.rint(d)
              && d <= Integer.MAX_VALUE;
          case "correlation" -> v instanceof String s
              && Set.of("pearson", "spearman", "kendall").contains(s);
          case "tolerance" -> v instanceof Double d && d > 0 && d < 1;
          default -> false;
        };
      }
      if (!ok) {
        throw new IllegalArgumentException("data weighting '" + method + "': parameter '"
            + name + "' is " + v + "; expected " + expected(name));
      }
    }
    if (method.equals("pca")) {
      boolean ch = p.text("variant").orElse("kaiser").equals("ch");
      if (ch != p.has("dim")) {
        throw new IllegalArgumentException("data weighting 'pca': parameter 'dim' is needed "
            + "exactly when variant is 'ch'");
      }
    }
  }

  private static String expected(String name) {
    if (name.startsWith("target.")) {
      return "a number > 0 (a relative target)";
    }
    return switch (name) {
      case "variant" -> "kaiser, one, all or ch";
      case "dim" -> "a whole number >= 1 (factors kept)";
      case "evaluations" -> "a whole number >= 1";
      case "correlation" -> "pearson, spearman or kendall";
      default -> "a number in (0, 1)";
    };
  }

  /**
   * Handbook factor-analysis weights with Kaiser's rule.
   *
   * @param levels the levels
   * @return the specification
   */
  public static DataWeights pca(Integer... levels) {
    return new DataWeights("pca", Parameters.none(), List.of(levels));
  }

  /**
   * Handbook factor-analysis weights with the factors Compind's {@code ci_factor} keeps.
   *
   * @param variant {@code kaiser}, {@code one}, {@code all} or {@code ch}
   * @param dim the factors kept for {@code ch}, else ignored
   * @param levels the levels
   * @return the specification
   */
  public static DataWeights pca(String variant, int dim, Integer... levels) {
    Parameters p = Parameters.none().with("variant", variant);
    if (variant.equals("ch")) {
      p = p.with("dim", dim);
    }
    return new DataWeights("pca", p, List.of(levels));
  }

  /**
   * Optimised weights that balance the nodes' correlations with the index to targets.
   *
   * @param targets relative targets by node code; nodes not named have target 1
   * @param levels the levels
   * @return the specification
   */
  public static DataWeights balance(Map<String, Double> targets, Integer... levels) {
    TreeMap<String, Object> p = new TreeMap<>();
    targets.forEach((code, t) -> p.put("target." + code, t));
    return new DataWeights("balance", Parameters.of(p), List.of(levels));
  }

  /**
   * Optimised weights that maximise the sum of the nodes' correlations with the index.
   *
   * @param levels the levels
   * @return the specification
   */
  public static DataWeights infomax(Integer... levels) {
    return new DataWeights("infomax", Parameters.none(), List.of(levels));
  }

  /**
   * Returns a copy with other parameters (checked again).
   *
   * @param other the parameters
   * @return the copy
   */
  public DataWeights withParameters(Parameters other) {
    return new DataWeights(method, other, levels);
  }

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof DataWeights that && Objects.equals(method, that.method)
        && Objects.equals(parameters, that.parameters) && Objects.equals(levels, that.levels);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(method, parameters, levels);
  }

  @Override
  public String toString() {
    return RecordMethods.text("DataWeights", "method", method, "parameters", parameters,
        "levels", levels);
  }
}

package io.github.learningcities.lcn.testkit.invariants;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.testkit.indicators.ScoringCase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Contracts of the composite-indicator engine, checked on any {@link ScoringCase}. Call them
 * from a jqwik property over your own cases:
 *
 * <pre>{@code
 * @Property
 * void ourIndexIgnoresTheOrderOfCities(@ForAll("ourCases") ScoringCase c, @ForAll long seed) {
 *   EngineInvariants.permutationOfUnits(Engine.standard(), c, seed);
 * }
 * }</pre>
 *
 * <p>Scores are compared with a relative tolerance of {@value #TOLERANCE}.
 *
 * @since 0.1.0
 */
public final class EngineInvariants {

  /** The relative tolerance of score comparisons. */
  public static final double TOLERANCE = 1e-9;

  /** The relative tolerance of {@link #constantShift}, whose shifted values are rounded. */
  public static final double SHIFT_TOLERANCE = 1e-6;

  private EngineInvariants() {}

  /**
   * Checks that shuffling the units permutes the results and nothing else: every unit keeps
   * its score and rank at every node.
   *
   * @param engine the engine
   * @param c the case
   * @param seed the seed of the shuffle
   * @throws AssertionError if a score or a rank moves with the order of the units
   */
  public static void permutationOfUnits(Engine engine, ScoringCase c, long seed) {
    List<String> order = new ArrayList<>(c.dataset().units().stream().map(Unit::code).toList());
    Collections.shuffle(order, new Random(seed));
    Results a = c.run(engine);
    Results b = c.withDataset(c.dataset().reorderUnits(order)).run(engine);
    for (Node n : c.framework().nodes()) {
      for (String u : order) {
        sameScore("after shuffling the units to " + order, u, n.code(),
            a.score(u, n.code()), b.score(u, n.code()));
        OptionalInt ra = a.rank(u, n.code());
        OptionalInt rb = b.rank(u, n.code());
        if (!ra.equals(rb)) {
          throw new AssertionError("unit '" + u + "', node '" + n.code() + "': rank " + ra
              + " became " + rb + " after shuffling the units to " + order);
        }
      }
    }
  }

  /**
   * Checks that multiplying the weights of all children of one node by the same positive
   * factor changes no score of the index (only relative weights within a group count).
   *
   * @param engine the engine
   * @param c the case; its pipeline must take weights from the framework
   * @param parent the node whose children are reweighted
   * @param factor the positive factor
   * @throws AssertionError if a score of the root changes
   */
  public static void weightScalingWithinAGroup(Engine engine, ScoringCase c, String parent,
      double factor) {
    Map<String, Double> scaled = new LinkedHashMap<>();
    for (Node child : c.framework().children(parent)) {
      scaled.put(child.code(), child.weight() * factor);
    }
    Results a = c.run(engine);
    Results b = c.withFramework(c.framework().withWeights(scaled)).run(engine);
    String root = c.framework().root().code();
    for (Unit u : a.units()) {
      sameScore("after scaling the weights under '" + parent + "' by " + factor, u.code(), root,
          a.score(u.code(), root), b.score(u.code(), root));
    }
  }

  /**
   * Checks that improving one present value of one unit (in the indicator's direction) never
   * lowers that unit's index when every node aggregates with the arithmetic mean. Fixed
   * goalposts from -1e6 to 1e6 replace the case's normalisation, so that the other units'
   * normalised values stay where they were, and the case's outlier treatment is left out:
   * COINr's treatment is not monotone (a value raised far enough becomes an outlier and is
   * winsorised down to the next value below it).
   *
   * @param engine the engine
   * @param c the case; every node must aggregate with the arithmetic mean, and its screening
   *     must not drop units by their share of non-zero values (an improvement to 0 would
   *     screen the unit out)
   * @param unitIndex the position of the unit in the dataset
   * @param indicator the indicator to improve
   * @param improvement the non-negative improvement, at most 1e5
   * @throws AssertionError if the unit's index falls
   */
  public static void monotonicityUnderArithmeticAggregation(Engine engine, ScoringCase c,
      int unitIndex, String indicator, double improvement) {
    Framework fw = c.framework();
    int sign = fw.node(indicator).orElseThrow().direction().sign();
    double[] col = c.dataset().column(indicator);
    if (Double.isNaN(col[unitIndex])) {
      return;
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String i : c.dataset().indicators()) {
      cols.put(i, c.dataset().column(i));
    }
    cols.get(indicator)[unitIndex] += sign * improvement;
    ScoringCase fixed = c.withPipeline(c.pipeline().withTreatment(null).withNormalisation(
        Normalisation.goalposts(-1e6, 1e6, 100, true)));
    String unit = c.dataset().units().get(unitIndex).code();
    String root = fw.root().code();
    OptionalDouble before = fixed.run(engine).score(unit, root);
    OptionalDouble after = fixed.withDataset(Dataset.ofColumns(c.dataset().units(), cols))
        .run(engine).score(unit, root);
    if (before.isPresent() && (after.isEmpty()
        || after.getAsDouble() < before.getAsDouble() - tolerance(before.getAsDouble()))) {
      throw new AssertionError("unit '" + unit + "': improving '" + indicator + "' by "
          + improvement + " lowered the index '" + root + "' from " + before + " to " + after);
    }
  }

  /** Imputations whose filled value moves with a constant added to the column. */
  private static final Set<String> SHIFT_EQUIVARIANT_IMPUTATIONS =
      Set.of("none", "mean", "median", "group-mean", "group-median");

  /**
   * Treatments that see only distances between values: COINr's (skew, kurtosis, winsorisation,
   * then a log or Box-Cox of x - min) and the plain log and Box-Cox transforms of x - min.
   */
  private static final Set<String> SHIFT_INVARIANT_TREATMENTS =
      Set.of("none", "coinr", "log", "boxcox");

  /** Normalisations of distances between values (unlike goalposts, fraction of max, ...). */
  /** The normalisations that keep only the order of the values, where rounding decides ties. */
  private static final Set<String> RANK_NORMALISATIONS = Set.of("rank", "borda", "prank");

  private static final Set<String> SHIFT_INVARIANT_NORMALISATIONS =
      Set.of("minmax", "zscore", "rank", "borda", "prank", "dist2max", "dist2ref");

  /**
   * Checks that adding the same constant to every value of some indicators changes no score
   * at any node. That holds exactly when every step before aggregation sees only the distances
   * between units: no denomination (a ratio is not invariant under a shift); no screening by
   * a share of non-zero values above 0 (a shift turns zeros into non-zeros); a built-in
   * imputation (mean, median, by group or none: the filled value moves with the column); no
   * treatment, COINr's, or the built-in log and Box-Cox transforms (all of x - min); and a
   * normalisation by min-max, z-score, ranks, Borda, percent ranks, distance to the maximum or
   * to a reference unit, where a normalisation by ranks (ranks, Borda, percent ranks) applies
   * only to indicators without imputed cells (an imputed mean or median that equals an observed
   * value up to rounding may tie with it on one side of the shift and not on the other);
   * aggregation then sees the same normalised values, whatever its method.
   * Scores are compared with a relative tolerance of {@value #SHIFT_TOLERANCE}, since shifting
   * rounds the values.
   *
   * @param engine the engine
   * @param c the case; its pipeline must meet the conditions above for the shifted indicators
   * @param indicators the indicators to shift
   * @param shift the constant
   * @throws IllegalArgumentException if the case's pipeline does not meet the conditions, so
   *     that the invariant does not hold for it
   * @throws AssertionError if a score changes
   */
  public static void constantShift(Engine engine, ScoringCase c,
      java.util.Collection<String> indicators, double shift) {
    String why = shiftInvarianceFails(c, indicators);
    if (why != null) {
      throw new IllegalArgumentException("a constant shift may change this case's scores, so "
          + "constantShift does not apply: " + why);
    }
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (String i : c.dataset().indicators()) {
      double[] col = c.dataset().column(i);
      if (indicators.contains(i)) {
        for (int k = 0; k < col.length; k++) {
          col[k] += shift;
        }
      }
      cols.put(i, col);
    }
    Results a = c.run(engine);
    Results b = c.withDataset(Dataset.ofColumns(c.dataset().units(), cols)).run(engine);
    for (Node n : c.framework().nodes()) {
      for (Unit u : a.units()) {
        OptionalDouble x = a.score(u.code(), n.code());
        OptionalDouble y = b.score(u.code(), n.code());
        boolean same = x.isPresent() == y.isPresent() && (x.isEmpty()
            || Math.abs(x.getAsDouble() - y.getAsDouble())
                <= SHIFT_TOLERANCE * Math.max(1, Math.abs(x.getAsDouble())));
        if (!same) {
          throw new AssertionError("unit '" + u.code() + "', node '" + n.code() + "': score "
              + x + " became " + y + " after adding " + shift + " to " + indicators);
        }
      }
    }
  }

  /**
   * Checks that the ranks of every node are a valid competition ranking (1, 2, 2, 4, ...):
   * a unit's rank is one more than the number of units that score higher, and exactly the
   * units with a score have a rank.
   *
   * @param results the results to check
   * @throws AssertionError if a rank is wrong or missing
   */
  public static void validCompetitionRanks(Results results) {
    for (Node n : results.framework().nodes()) {
      double[] scores = results.scores(n.code());
      Map<String, Integer> ranks = results.ranks(n.code());
      List<Unit> units = results.units();
      for (int i = 0; i < units.size(); i++) {
        String u = units.get(i).code();
        Integer rank = ranks.get(u);
        if (Double.isNaN(scores[i])) {
          if (rank != null) {
            throw new AssertionError("unit '" + u + "', node '" + n.code() + "': rank " + rank
                + " for a missing score; expected no rank");
          }
          continue;
        }
        int higher = 0;
        for (double s : scores) {
          if (!Double.isNaN(s) && s > scores[i]) {
            higher++;
          }
        }
        if (rank == null || rank != higher + 1) {
          throw new AssertionError("unit '" + u + "', node '" + n.code() + "': rank " + rank
              + " for score " + scores[i] + "; expected " + (higher + 1) + " (" + higher
              + " units score higher)");
        }
      }
    }
  }

  /**
   * Returns whether {@link #constantShift} applies to shifting these indicators of this case
   * (its pipeline meets the conditions stated there), for property tests that draw cases
   * freely and keep the ones it applies to.
   *
   * @param c the case
   * @param indicators the indicators to shift
   * @return true if the invariant holds for the case, so that constantShift checks it
   * @since 0.1.0
   */
  public static boolean constantShiftApplies(ScoringCase c,
      java.util.Collection<String> indicators) {
    return shiftInvarianceFails(c, indicators) == null;
  }

  private static String shiftInvarianceFails(ScoringCase c,
      java.util.Collection<String> indicators) {
    Pipeline p = c.pipeline();
    String why = null;
    if (p.denomination().isPresent()) {
      why = "it denominates (a ratio changes under a shift)";
    } else if (p.screening().isPresent() && p.screening().get().rule() != Screening.Rule.BY_MISSING
        && p.screening().get().nonZeroThreshold() > 0) {
      why = "it screens by the share of non-zero values (a shift turns zeros into non-zeros)";
    } else if (p.normalisation().isEmpty()) {
      why = "it does not normalise (aggregation would see the shifted values)";
    }
    for (String i : indicators) {
      if (why != null) {
        break;
      }
      String imputation = p.imputation().map(m -> m.forIndicator(i).method()).orElse("none");
      String treatment = p.treatment().map(t -> t.forIndicator(i).method()).orElse("none");
      String normalisation = p.normalisation().get().forIndicator(i).method();
      if (!SHIFT_EQUIVARIANT_IMPUTATIONS.contains(imputation)) {
        why = "indicator '" + i + "' is imputed by '" + imputation + "'; expected one of "
            + new java.util.TreeSet<>(SHIFT_EQUIVARIANT_IMPUTATIONS);
      } else if (!SHIFT_INVARIANT_TREATMENTS.contains(treatment)) {
        why = "indicator '" + i + "' is treated by '" + treatment + "'; expected one of "
            + new java.util.TreeSet<>(SHIFT_INVARIANT_TREATMENTS);
      } else if (!SHIFT_INVARIANT_NORMALISATIONS.contains(normalisation)) {
        why = "indicator '" + i + "' is normalised by '" + normalisation + "'; expected one of "
            + new java.util.TreeSet<>(SHIFT_INVARIANT_NORMALISATIONS);
      } else if (RANK_NORMALISATIONS.contains(normalisation) && !imputation.equals("none")
          && hasMissing(c.dataset(), i)) {
        why = "indicator '" + i + "' is imputed by '" + imputation + "' and normalised by "
            + "ranks ('" + normalisation + "'): an imputed mean or median that equals an "
            + "observed value up to rounding ties with it before a shift and not after, or "
            + "the other way round";
      }
    }
    return why;
  }

  private static boolean hasMissing(Dataset d, String indicator) {
    for (double v : d.column(indicator)) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  private static double tolerance(double x) {
    return TOLERANCE * Math.max(1, Math.abs(x));
  }

  private static void sameScore(String what, String unit, String node, OptionalDouble a,
      OptionalDouble b) {
    boolean same = a.isPresent() == b.isPresent() && (a.isEmpty()
        || Math.abs(a.getAsDouble() - b.getAsDouble()) <= tolerance(a.getAsDouble()));
    if (!same) {
      throw new AssertionError("unit '" + unit + "', node '" + node + "': score " + a
          + " became " + b + " " + what);
    }
  }
}

package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A sample of replications supplied by the user, to be replayed replication by replication with
 * {@link UncertaintyAnalysis#replay}: one run per row, for every factor of the specification
 * the choice that run made, as text. A run made in COINr or in a spreadsheet is reproduced this
 * way, and its rank statistics can be compared with the SDK's.
 *
 * <p>What a choice may be, by the factor's kind:
 * <ul>
 *   <li>alternatives (a step's methods): the alternative's position, counted from 1 as R and
 *       COINr count, or its method's name when no other alternative of the factor has that
 *       method (e.g. {@code geometric});</li>
 *   <li>parameter values: the value itself ({@code 0.5}, {@code group}, {@code true});</li>
 *   <li>a parameter range: a number from the range's low to its high end (a whole number for an
 *       integer range);</li>
 *   <li>weight noise: the position of the weight set, counted from 1 (the sets are drawn from
 *       the specification's seed, so the same seed gives the same sets).</li>
 * </ul>
 *
 * @param runs one map per run, factor name to its choice as text, in run order
 * @since 0.1.0
 */
public record ReplaySample(List<Map<String, String>> runs) {

  /**
   * Validates and copies.
   *
   * @throws IndicatorsException if there are no runs
   */
  public ReplaySample {
    List<Map<String, String>> copy = new ArrayList<>(runs.size());
    for (Map<String, String> run : runs) {
      Map<String, String> m = new LinkedHashMap<>();
      run.forEach((factor, choice) -> m.put(Objects.requireNonNull(factor, "factor"),
          Objects.requireNonNull(choice, "choice")));
      copy.add(Collections.unmodifiableMap(m));
    }
    runs = List.copyOf(copy);
    if (runs.isEmpty()) {
      throw new IndicatorsException("a replay sample has no runs; expected one or more");
    }
  }

  /**
   * The sample an analysis drew, as this type writes it: what to write to replay the analysis
   * later, or elsewhere.
   *
   * @param result an analysis' result (without sensitivity indices: its replications are the
   *     sample)
   * @param spec the specification it ran
   * @return the runs, each choice written as {@link #choice} reads it back
   * @throws IndicatorsException if the result has sensitivity indices (the Saltelli design is
   *     not a sample to replay)
   * @since 0.1.0
   */
  public static ReplaySample of(UncertaintyResult result, UncertaintySpec spec) {
    if (result.sensitivity().isPresent()) {
      throw new IndicatorsException("the analysis computed sensitivity indices, whose "
          + "replications are the Saltelli design, not a sample; expected the result of an "
          + "analysis without withSensitivity()");
    }
    List<Factor> factors = spec.factors();
    List<Map<String, String>> runs = new ArrayList<>();
    for (Replication r : result.replications()) {
      Map<String, String> run = new LinkedHashMap<>();
      for (int f = 0; f < factors.size(); f++) {
        Factor factor = factors.get(f);
        double u = r.sample().get(f);
        run.put(factor.name(), switch (factor.kind()) {
          case ALTERNATIVES, WEIGHT_NOISE -> Integer.toString(factor.pick(u) + 1);
          case VALUES -> String.valueOf(factor.alternatives().get(factor.pick(u)));
          case RANGE -> text(factor.value(u));
        });
      }
      runs.add(run);
    }
    return new ReplaySample(runs);
  }

  private static String text(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : Double.toString(v);
  }

  /**
   * Reads one choice of a factor: for alternatives and weight noise the 0-based index chosen
   * (an {@link Integer}), for parameter values the value (as the factor holds it), for a range
   * the number (a {@link Double}).
   *
   * @param factor the factor
   * @param text the choice as written
   * @return the choice
   * @throws IndicatorsException saying what the text is and what the factor accepts
   * @since 0.1.0
   */
  public static Object choice(Factor factor, String text) {
    String t = text.trim();
    String where = "factor '" + factor.name() + "': '" + abbreviate(t) + "' is ";
    switch (factor.kind()) {
      case ALTERNATIVES, WEIGHT_NOISE -> {
        int count = factor.kind() == Factor.Kind.WEIGHT_NOISE ? factor.sets()
            : factor.alternatives().size();
        Integer k = position(t, count);
        if (k != null) {
          return k;
        }
        if (factor.kind() == Factor.Kind.ALTERNATIVES) {
          List<String> names = new ArrayList<>();
          for (Object alt : factor.alternatives()) {
            names.add(method(alt));
          }
          int first = names.indexOf(t);
          if (first >= 0 && first == names.lastIndexOf(t)) {
            return first;
          }
          throw new IndicatorsException(where + "not an alternative; expected its position, 1 to "
              + count + ", or the name of a method only one alternative has: "
              + unique(names));
        }
        throw new IndicatorsException(where + "not a weight set; expected its position, 1 to "
            + count);
      }
      case VALUES -> {
        for (int i = 0; i < factor.alternatives().size(); i++) {
          Object v = factor.alternatives().get(i);
          if (String.valueOf(v).equals(t) || (v instanceof Double d && isNumber(t)
              && Double.parseDouble(t) == d)) {
            return v;
          }
        }
        throw new IndicatorsException(where + "not one of the values of parameter '"
            + factor.parameter().orElse("") + "'; expected one of " + factor.alternatives());
      }
      case RANGE -> {
        double v = isNumber(t) ? Double.parseDouble(t) : Double.NaN;
        if (!(v >= factor.low() && v <= factor.high())
            || (factor.integer() && v != Math.rint(v))) {
          throw new IndicatorsException(where + "not in the range of parameter '"
              + factor.parameter().orElse("") + "'; expected a " + (factor.integer()
                  ? "whole number" : "number") + " from " + text(factor.low()) + " to "
              + text(factor.high()));
        }
        return v;
      }
      default -> throw new IllegalStateException(factor.kind().toString());
    }
  }

  /**
   * The runs' choices read against the factors: one array per run, one entry per factor as
   * {@link #choice} gives it.
   */
  List<Object[]> resolve(List<Factor> factors) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int f = 0; f < factors.size(); f++) {
      index.put(factors.get(f).name(), f);
    }
    List<Object[]> out = new ArrayList<>(runs.size());
    for (int r = 0; r < runs.size(); r++) {
      Map<String, String> run = runs.get(r);
      Set<String> seen = new HashSet<>();
      Object[] chosen = new Object[factors.size()];
      for (Map.Entry<String, String> e : run.entrySet()) {
        Integer f = index.get(e.getKey());
        if (f == null) {
          throw new IndicatorsException("run " + (r + 1) + ": factor '" + abbreviate(e.getKey())
              + "' is not a factor of the specification; expected one of " + index.keySet());
        }
        seen.add(e.getKey());
        try {
          chosen[f] = choice(factors.get(f), e.getValue());
        } catch (IndicatorsException ex) {
          throw new IndicatorsException("run " + (r + 1) + ", " + ex.getMessage(), ex);
        }
      }
      if (seen.size() < factors.size()) {
        List<String> missing = new ArrayList<>(index.keySet());
        missing.removeAll(seen);
        throw new IndicatorsException("run " + (r + 1) + " has no choice for factor(s) "
            + missing + "; expected a choice for every factor of the specification");
      }
      out.add(chosen);
    }
    return out;
  }

  /** A 1-based position in 1..count as a 0-based index, or null when the text is not one. */
  private static Integer position(String t, int count) {
    if (t.isEmpty() || t.length() > 9) {
      return null;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return null;
      }
    }
    int k = Integer.parseInt(t);
    if (k < 1 || k > count) {
      return null;
    }
    return k - 1;
  }

  private static boolean isNumber(String t) {
    if (t.isEmpty() || t.length() > 100) {
      return false;
    }
    try {
      return Double.isFinite(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String method(Object alternative) {
    if (alternative instanceof Normalisation n) {
      return n.method();
    } else if (alternative instanceof Aggregation a) {
      return a.method();
    } else if (alternative instanceof Imputation i) {
      return i.method();
    } else if (alternative instanceof Treatment t) {
      return t.method();
    } else if (alternative instanceof Weighting w) {
      return w.set().map(set -> "set:" + set).orElse(w.source());
    }
    return String.valueOf(alternative);
  }

  private static List<String> unique(List<String> names) {
    return names.stream().filter(n -> names.indexOf(n) == names.lastIndexOf(n)).toList();
  }

  private static String abbreviate(String t) {
    return t.length() <= 60 ? t : t.substring(0, 57) + "... (" + t.length() + " characters)";
  }
}

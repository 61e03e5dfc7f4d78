package io.github.learningcities.lcn.indicators.trend;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.Scaling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Trends over time and progress against a baseline and targets, for a {@link Panel} of input
 * datasets or for results computed at each time point (COINr's {@code get_trends}, {@code CAGR}
 * and {@code prc_change}).
 *
 * <p>A series is one unit's values on one indicator or aggregate across the time points; a
 * unit absent at a time point, or with a missing value there, has no value at that time point.
 * Missing values are skipped, never interpolated.
 *
 * <pre>{@code
 * List<Trend> growth = Trends.of(panel, TrendMetric.CAGR);
 * List<Trend> scores = Trends.ofResults(resultsByYear, TrendMetric.PERCENT_CHANGE);
 * List<Progress> since2018 = Trends.progress(panel, framework, 2018);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Trends {
  private Trends() {}

  /**
   * Compound annual growth rate from the first to the latest present value:
   * {@code (y_last / y_first)^(1 / (t_last - t_first)) - 1}, COINr's {@code CAGR}. Equal first
   * and latest values give 0 (also when both are 0). Empty with fewer than 2 present values, a
   * first value of 0 with a different latest value, or values of opposite signs (a negative
   * ratio has no real root), where COINr returns Inf or NaN; also empty when the rate itself
   * is beyond the largest double. A ratio of values that overflows (e.g. 1e300 / 1e-300) is
   * still rated, through logarithms.
   *
   * @param times the time points (years for an annual rate), finite and distinct
   * @param values the values, NaN marking missing ones
   * @return the growth rate per time unit
   * @throws TrendException if the arrays differ in length or a time point is invalid
   */
  public static OptionalDouble cagr(double[] times, double[] values) {
    double[][] s = present(times, values);
    int n = s[0].length;
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double y0 = s[1][0];
    double y1 = s[1][n - 1];
    if (y0 == y1) {
      return OptionalDouble.of(0);
    }
    double ratio = y1 / y0;
    if (y0 == 0 || ratio < 0) {
      return OptionalDouble.empty();
    }
    double dt = s[0][n - 1] - s[0][0];
    double rate = Math.pow(ratio, 1 / dt) - 1;
    if (Double.isInfinite(ratio) || ratio == 0) {
      // The ratio overflowed (or underflowed) though both values are finite and non-zero: its
      // root is taken through logarithms, which stay finite.
      rate = Math.expm1((Math.log(Math.abs(y1)) - Math.log(Math.abs(y0))) / dt);
    }
    return Double.isFinite(rate) ? OptionalDouble.of(rate) : OptionalDouble.empty();
  }

  /**
   * Percentage change per {@code per} time units, COINr's {@code prc_change}. With two present
   * values: {@code 100 * (y_last - y_first) / y_first * per / (t_last - t_first)}. With three or
   * more: a least-squares line {@code a + b t} through the present values, and {@code 100 * b *
   * per / (a + b t_first)}, the slope relative to the fitted value at the first time point (not
   * relative to the mean). A constant series gives 0. Empty with fewer than 2 present values or
   * when the reference value (first value, or fitted first value) is 0.
   *
   * @param times the time points, finite and distinct
   * @param values the values, NaN marking missing ones
   * @param per the period to express the change in, e.g. 10 for per decade when times are years
   * @return the percentage change per period
   * @throws TrendException if the arrays differ in length, a time point is invalid or per is
   *     not a finite positive number
   */
  public static OptionalDouble percentChange(double[] times, double[] values, double per) {
    if (!(per > 0) || Double.isInfinite(per)) {
      throw new TrendException("period " + per + " is invalid; expected a finite number > 0");
    }
    double[][] s = present(times, values);
    double[] t = s[0];
    double[] y = s[1];
    int n = t.length;
    if (n < 2) {
      return OptionalDouble.empty();
    }
    // The change relative to the first (fitted) value does not depend on the values' scale:
    // values whose differences, products or sums would overflow or underflow are scaled by a
    // power of two (exactly; present returned copies).
    double scale = Scaling.forMaxAbs(Scaling.maxAbs(y), 400);
    if (scale != 1) {
      for (int i = 0; i < n; i++) {
        y[i] *= scale;
      }
    }
    boolean constant = true;
    for (int i = 1; i < n; i++) {
      constant &= y[i] == y[0];
    }
    if (constant) {
      return OptionalDouble.of(0);
    }
    double out;
    if (n < 3) {
      if (y[0] == 0) {
        return OptionalDouble.empty();
      }
      out = (y[1] - y[0]) * 100 / y[0] * (per / (t[1] - t[0]));
    } else {
      double mt = 0;
      double my = 0;
      for (int i = 0; i < n; i++) {
        mt += t[i];
        my += y[i];
      }
      mt /= n;
      my /= n;
      double sty = 0;
      double stt = 0;
      for (int i = 0; i < n; i++) {
        sty += (t[i] - mt) * (y[i] - my);
        stt += (t[i] - mt) * (t[i] - mt);
      }
      double slope = sty / stt;
      double fittedFirst = my + slope * (t[0] - mt);
      if (fittedFirst == 0) {
        return OptionalDouble.empty();
      }
      out = slope * per / fittedFirst * 100;
    }
    return Double.isFinite(out) ? OptionalDouble.of(out) : OptionalDouble.empty();
  }

  /**
   * Returns the trend of every unit on every indicator of a panel, values as they are.
   *
   * @param panel the panel
   * @param metric the metric
   * @return one trend per unit and indicator, units in first-seen order
   */
  public static List<Trend> of(Panel panel, TrendMetric metric) {
    return trends(panel.byTime(), metric, code -> 1);
  }

  /**
   * Returns the trend of every unit on every indicator of a panel, multiplied by the
   * indicator's direction (COINr's {@code get_trends}), so that a positive trend is an
   * improvement.
   *
   * @param panel the panel
   * @param framework the framework whose nodes give the directions (codes not in it keep +1)
   * @param metric the metric
   * @return one trend per unit and indicator
   */
  public static List<Trend> of(Panel panel, Framework framework, TrendMetric metric) {
    return trends(panel.byTime(), metric, code -> framework.node(code)
        .map(Node::direction).orElse(Direction.POSITIVE).sign());
  }

  /**
   * Returns the trend of every unit on every node (indicators normalised, aggregates scored)
   * of results computed at each time point. Scores already read "higher is better".
   *
   * @param resultsByTime results by time point
   * @param metric the metric
   * @return one trend per unit and node
   * @throws TrendException if there is no time point
   */
  public static List<Trend> ofResults(Map<Integer, Results> resultsByTime, TrendMetric metric) {
    return trends(aggregated(resultsByTime), metric, code -> 1);
  }

  /**
   * Returns every unit's progress on every indicator of a panel from a baseline time point to
   * its latest value, against the targets of the framework's nodes.
   *
   * @param panel the panel
   * @param framework the framework whose nodes' targets apply (nodes without target: none)
   * @param baseline the baseline time point
   * @return one progress per unit and indicator
   * @throws TrendException if the baseline is not a time point of the panel
   */
  public static List<Progress> progress(Panel panel, Framework framework, int baseline) {
    Map<String, Double> targets = new TreeMap<>();
    for (Node n : framework.nodes()) {
      n.target().ifPresent(t -> targets.put(n.code(), t));
    }
    return progress(panel.byTime(), baseline, targets);
  }

  /**
   * Returns every unit's progress on every indicator of a panel from a baseline time point to
   * its latest value, against given targets.
   *
   * @param panel the panel
   * @param baseline the baseline time point
   * @param targets target by indicator code (indicators not named have none)
   * @return one progress per unit and indicator
   * @throws TrendException if the baseline is not a time point of the panel
   */
  public static List<Progress> progress(Panel panel, int baseline, Map<String, Double> targets) {
    return progress(panel.byTime(), baseline, targets);
  }

  /**
   * Returns every unit's progress on every node of results computed at each time point, from
   * a baseline time point to its latest score, against targets on the score scale.
   *
   * @param resultsByTime results by time point
   * @param baseline the baseline time point
   * @param targets target score by node code (nodes not named have none)
   * @return one progress per unit and node
   * @throws TrendException if the baseline is not one of the time points
   */
  public static List<Progress> progressOfResults(Map<Integer, Results> resultsByTime,
      int baseline, Map<String, Double> targets) {
    return progress(aggregated(resultsByTime), baseline, targets);
  }

  private static SortedMap<Integer, Dataset> aggregated(Map<Integer, Results> byTime) {
    if (byTime.isEmpty()) {
      throw new TrendException("no results given; expected results for at least one time "
          + "point");
    }
    SortedMap<Integer, Dataset> out = new TreeMap<>();
    byTime.forEach((t, r) -> out.put(t, r.after(Step.AGGREGATION)));
    return out;
  }

  private static List<Progress> progress(SortedMap<Integer, Dataset> byTime, int baseline,
      Map<String, Double> targets) {
    Objects.requireNonNull(targets, "targets");
    if (!byTime.containsKey(baseline)) {
      throw new TrendException("baseline " + baseline + " is not a time point; expected one of "
          + byTime.keySet());
    }
    Series s = new Series(byTime);
    int b = s.indexOf(baseline);
    List<Progress> out = new ArrayList<>();
    for (String unit : s.units) {
      for (String code : s.codes) {
        double[] y = s.values(unit, code);
        int latest = -1;
        for (int k = y.length - 1; k >= b; k--) {
          if (!Double.isNaN(y[k])) {
            latest = k;
            break;
          }
        }
        Double target = targets.get(code);
        out.add(Progress.of(unit, code, baseline, y[b], latest < 0 ? baseline
            : (int) s.times[latest], latest < 0 ? Double.NaN : y[latest],
            target == null ? OptionalDouble.empty() : OptionalDouble.of(target)));
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Trend> trends(SortedMap<Integer, Dataset> byTime, TrendMetric metric,
      Function<String, Integer> sign) {
    Objects.requireNonNull(metric, "metric");
    Series s = new Series(byTime);
    List<Trend> out = new ArrayList<>();
    for (String unit : s.units) {
      for (String code : s.codes) {
        double[] y = s.values(unit, code);
        int obs = 0;
        int first = -1;
        int last = -1;
        for (int k = 0; k < y.length; k++) {
          if (!Double.isNaN(y[k])) {
            obs++;
            last = k;
            if (first < 0) {
              first = k;
            }
          }
        }
        OptionalDouble v = metric.of(s.times, y);
        int sg = sign.apply(code);
        if (v.isPresent() && sg < 0) {
          v = OptionalDouble.of(-v.getAsDouble());
        }
        out.add(new Trend(unit, code, metric, v, obs, (double) obs / y.length,
            first < 0 ? OptionalInt.empty() : OptionalInt.of((int) s.times[first]),
            last < 0 ? OptionalInt.empty() : OptionalInt.of((int) s.times[last])));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The present values of a series, ordered by time: {times, values}. */
  private static double[][] present(double[] times, double[] values) {
    if (times.length != values.length) {
      throw new TrendException("the series has " + times.length + " time points and "
          + values.length + " values; expected one value per time point");
    }
    int n = times.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(times[i])) {
        throw new TrendException("time point " + (i + 1) + " is " + times[i]
            + "; expected a finite number (every value needs its time point)");
      }
      idx[i] = i;
    }
    Arrays.sort(idx, (p, q) -> Double.compare(times[p], times[q]));
    for (int i = 1; i < n; i++) {
      if (times[idx[i]] == times[idx[i - 1]]) {
        throw new TrendException("time point " + times[idx[i]]
            + " appears twice; expected distinct time points");
      }
    }
    int k = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        k++;
      }
    }
    double[] t = new double[k];
    double[] y = new double[k];
    int j = 0;
    for (int i : idx) {
      if (!Double.isNaN(values[i])) {
        t[j] = times[i];
        y[j++] = values[i];
      }
    }
    return new double[][] {t, y};
  }

  /** The datasets of each time point, read unit by unit and column by column. */
  private static final class Series {
    final double[] times;
    final List<String> units;
    final List<String> codes;
    private final List<Map<String, Integer>> rows = new ArrayList<>();
    private final List<Map<String, double[]>> columns = new ArrayList<>();

    Series(SortedMap<Integer, Dataset> byTime) {
      this.times = byTime.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
      List<Dataset> data = new ArrayList<>(byTime.values());
      Set<String> us = new LinkedHashSet<>();
      data.forEach(d -> d.units().forEach(u -> us.add(u.code())));
      this.units = new ArrayList<>(us);
      Set<String> cs = new LinkedHashSet<>(data.get(0).indicators());
      for (Dataset d : data) {
        cs.retainAll(d.indicators());
      }
      this.codes = new ArrayList<>(cs);
      for (Dataset d : data) {
        Map<String, Integer> r = new HashMap<>();
        for (int i = 0; i < d.unitCount(); i++) {
          r.put(d.units().get(i).code(), i);
        }
        rows.add(r);
        Map<String, double[]> c = new HashMap<>();
        for (String code : codes) {
          c.put(code, d.column(code));
        }
        columns.add(c);
      }
    }

    int indexOf(int time) {
      return Arrays.binarySearch(times, time);
    }

    double[] values(String unit, String code) {
      double[] y = new double[times.length];
      for (int k = 0; k < y.length; k++) {
        Integer r = rows.get(k).get(unit);
        y[k] = r == null ? Double.NaN : columns.get(k).get(code)[r];
      }
      return y;
    }
  }
}

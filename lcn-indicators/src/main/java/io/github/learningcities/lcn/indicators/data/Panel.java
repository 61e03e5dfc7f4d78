package io.github.learningcities.lcn.indicators.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A panel: one dataset per time point (e.g. year), all with the same indicators.
 *
 * <p>{@link #imputeOverTime} fills gaps along each unit's time series (COINr's
 * {@code impute_panel}); {@link #pooled()} stacks all time points into one dataset so that a
 * pipeline normalises globally across time (COINr's {@code global = TRUE}), goalposts
 * included. Two panels are equal when they have the same time points with equal datasets.
 *
 * @since 0.1.0
 */
public final class Panel {
  private final SortedMap<Integer, Dataset> byTime;

  private Panel(SortedMap<Integer, Dataset> byTime) {
    if (byTime.isEmpty()) {
      throw new InvalidDatasetException("a panel needs at least one time point");
    }
    List<String> indicators = byTime.get(byTime.firstKey()).indicators();
    byTime.forEach((t, d) -> {
      if (!new LinkedHashSet<>(d.indicators()).equals(new LinkedHashSet<>(indicators))) {
        throw new InvalidDatasetException("time " + t + " has indicators " + d.indicators()
            + "; expected the same indicators at every time point: " + indicators);
      }
    });
    this.byTime = Collections.unmodifiableSortedMap(new TreeMap<>(byTime));
  }

  /**
   * Creates a panel.
   *
   * @param byTime time point to dataset
   * @return the panel
   * @throws InvalidDatasetException if there is no time point or the indicators differ
   */
  public static Panel of(Map<Integer, Dataset> byTime) {
    return new Panel(new TreeMap<>(Objects.requireNonNull(byTime, "byTime")));
  }

  /**
   * Returns the datasets by time point, in time order.
   *
   * @return the datasets
   */
  public SortedMap<Integer, Dataset> byTime() {
    return byTime;
  }

  /**
   * Returns the dataset of one time point.
   *
   * @param time the time point
   * @return the dataset
   * @throws InvalidDatasetException if there is no such time point
   */
  public Dataset at(int time) {
    Dataset d = byTime.get(time);
    if (d == null) {
      throw new InvalidDatasetException("time " + time + " is not in the panel; expected one of "
          + byTime.keySet());
    }
    return d;
  }

  /**
   * How {@link #imputeOverTime} fills a gap in a unit's time series.
   *
   * @since 0.1.0
   */
  public enum TimeImputation {
    /** The latest earlier value (at most maxTime points back); nothing before the first value. */
    LATEST,
    /** The previous value; before the first value, the first value. */
    CONSTANT,
    /** Linear interpolation between values; beyond the ends, the nearest value. Needs 2 values. */
    LINEAR,
    /** As {@link #LINEAR}, but a series with a single value is filled with that value. */
    LINEAR_CONSTANT
  }

  /**
   * A cell filled by imputation over time.
   *
   * @param time the time point
   * @param unit the unit's code
   * @param indicator the indicator's code
   * @param value the value filled in
   * @since 0.1.0
   */
  public record ImputedCell(int time, String unit, String indicator, double value) {}

  /**
   * The outcome of {@link #imputeOverTime}.
   *
   * @param panel the imputed panel
   * @param cells every cell filled
   * @since 0.1.0
   */
  public record Imputed(Panel panel, List<ImputedCell> cells) {
    /** Copies the list. */
    public Imputed {
      cells = List.copyOf(cells);
    }
  }

  /**
   * Fills missing cells along each unit's time series.
   *
   * @param method how to fill
   * @param maxTime for {@link TimeImputation#LATEST}: how many time points to look back at most
   *     (0 or less: no limit)
   * @return the imputed panel and the cells filled
   * @throws InvalidDatasetException for {@link TimeImputation#LINEAR} when a series with gaps
   *     has a single value (use {@link TimeImputation#LINEAR_CONSTANT})
   */
  public Imputed imputeOverTime(TimeImputation method, int maxTime) {
    List<Integer> times = new ArrayList<>(byTime.keySet());
    Map<String, Unit> unitsByCode = new LinkedHashMap<>();
    for (Dataset d : byTime.values()) {
      for (Unit u : d.units()) {
        unitsByCode.putIfAbsent(u.code(), u);
      }
    }
    List<String> indicators = byTime.get(byTime.firstKey()).indicators();
    Map<Integer, Map<String, double[]>> cols = new TreeMap<>();
    for (int t : times) {
      Map<String, double[]> m = new LinkedHashMap<>();
      for (String ind : indicators) {
        m.put(ind, byTime.get(t).column(ind));
      }
      cols.put(t, m);
    }
    List<ImputedCell> cells = new ArrayList<>();
    int nt = times.size();
    List<Map<String, Integer>> rowsByTime = new ArrayList<>(nt);
    for (int t : times) {
      Map<String, Integer> rows = new java.util.HashMap<>();
      List<Unit> us = byTime.get(t).units();
      for (int i = 0; i < us.size(); i++) {
        rows.put(us.get(i).code(), i);
      }
      rowsByTime.add(rows);
    }
    for (String unit : unitsByCode.keySet()) {
      int[] rows = new int[nt];
      for (int k = 0; k < nt; k++) {
        rows[k] = rowsByTime.get(k).getOrDefault(unit, -1);
      }
      for (String ind : indicators) {
        double[] y = new double[nt];
        for (int k = 0; k < nt; k++) {
          y[k] = rows[k] < 0 ? Double.NaN : cols.get(times.get(k)).get(ind)[rows[k]];
        }
        double[] filled = fillSeries(times, y, method, maxTime, unit, ind);
        for (int k = 0; k < nt; k++) {
          if (rows[k] >= 0 && Double.isNaN(y[k]) && !Double.isNaN(filled[k])) {
            cols.get(times.get(k)).get(ind)[rows[k]] = filled[k];
            cells.add(new ImputedCell(times.get(k), unit, ind, filled[k]));
          }
        }
      }
    }
    Map<Integer, Dataset> out = new TreeMap<>();
    for (int t : times) {
      out.put(t, Dataset.ofColumns(byTime.get(t).units(), cols.get(t)));
    }
    return new Imputed(new Panel(new TreeMap<>(out)), cells);
  }

  private static double[] fillSeries(List<Integer> times, double[] y, TimeImputation method,
      int maxTime, String unit, String indicator) {
    int n = y.length;
    double[] out = y.clone();
    List<Integer> obs = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      if (!Double.isNaN(y[k])) {
        obs.add(k);
      }
    }
    if (obs.isEmpty() || obs.size() == n) {
      return out;
    }
    if (method == TimeImputation.LINEAR && obs.size() == 1) {
      throw new InvalidDatasetException("unit '" + unit + "', indicator '" + indicator
          + "': linear imputation over time needs at least 2 values, found 1; use "
          + "LINEAR_CONSTANT to fill a single-value series with that value");
    }
    boolean linear = (method == TimeImputation.LINEAR || method == TimeImputation.LINEAR_CONSTANT)
        && obs.size() >= 2;
    for (int k = 0; k < n; k++) {
      if (!Double.isNaN(y[k])) {
        continue;
      }
      int prev = -1;
      int next = -1;
      for (int o : obs) {
        if (o < k) {
          prev = o;
        } else if (next < 0) {
          next = o;
        }
      }
      if (method == TimeImputation.LATEST) {
        if (prev >= 0 && (maxTime <= 0 || k - prev <= maxTime)) {
          out[k] = y[prev];
        }
      } else if (linear && prev >= 0 && next >= 0) {
        double t0 = times.get(prev);
        double t1 = times.get(next);
        out[k] = y[prev] + (y[next] - y[prev]) * (times.get(k) - t0) / (t1 - t0);
      } else {
        out[k] = prev >= 0 ? y[prev] : y[next];
      }
    }
    return out;
  }

  /**
   * Stacks every time point into one dataset whose units are {@code code@time}, each with the
   * group variable {@code Time} set to its time point, so that one run normalises (and imputes
   * and treats) globally across time.
   *
   * @return the pooled dataset
   */
  public Dataset pooled() {
    List<Unit> units = new ArrayList<>();
    List<String> indicators = byTime.get(byTime.firstKey()).indicators();
    Map<String, List<Double>> values = new LinkedHashMap<>();
    for (String ind : indicators) {
      values.put(ind, new ArrayList<>());
    }
    byTime.forEach((t, d) -> {
      for (Unit u : d.units()) {
        Map<String, String> groups = new TreeMap<>(u.groups());
        groups.put("Time", Integer.toString(t));
        units.add(new Unit(u.code() + "@" + t, u.name(), groups, u.denominators()));
      }
      for (String ind : indicators) {
        for (double v : d.column(ind)) {
          values.get(ind).add(v);
        }
      }
    });
    Map<String, double[]> cols = new LinkedHashMap<>();
    values.forEach((ind, list) -> cols.put(ind, list.stream().mapToDouble(Double::doubleValue)
        .toArray()));
    return Dataset.ofColumns(units, cols);
  }

  /**
   * Returns the unit codes present at any time point, in first-seen order.
   *
   * @return the codes
   */
  public Set<String> unitCodes() {
    Set<String> s = new LinkedHashSet<>();
    byTime.values().forEach(d -> d.units().forEach(u -> s.add(u.code())));
    return Collections.unmodifiableSet(s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Panel p && byTime.equals(p.byTime);
  }

  @Override
  public int hashCode() {
    return byTime.hashCode();
  }

  @Override
  public String toString() {
    return "Panel[times=" + byTime.keySet() + ", units=" + unitCodes().size() + ", indicators="
        + byTime.get(byTime.firstKey()).indicators().size() + "]";
  }
}

package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.InvalidDatasetException;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import tools.jackson.databind.util.StdConverter;

/**
 * A panel on the wire: its time points, the indicator codes once, then each unit once with its
 * present values at every time point where it is, as a dataset writes them ({@link
 * DatasetJson}): a missing cell is absent, never null or NaN.
 *
 * <pre>{@code
 * {"times": [2018, 2019],
 *  "indicators": ["a", "b"],
 *  "units": [{"code": "u1", "name": "Unit 1",
 *             "byTime": [{"time": 2018, "values": {"a": 1.5, "b": 2.0}},
 *                        {"time": 2019, "values": {"a": 1.7}}]}]}
 * }</pre>
 *
 * <p>The dataset of a time point holds the units whose {@code byTime} names it, in the order of
 * {@code units}. What a regular panel does not need is written only when a panel has it: a
 * unit that is not at every time point names only its own; a unit whose name, groups or
 * denominators change over time is written once per version, each naming its time points; a
 * unit order that differs between time points is kept by writing a unit again where the
 * orders cross; {@code columnOrders} gives the order of the indicators at a time point where it
 * differs from {@code indicators}. The panel is read back through {@link Panel#of}, so every
 * time point has the same indicators.
 *
 * @since 0.1.0
 */
public final class PanelJson {
  private PanelJson() {}

  /**
   * A panel on the wire.
   *
   * @param times the time points, in order
   * @param indicators the indicator codes, in the column order of the first time point
   * @param columnOrders the column order of each time point where it differs
   * @param units the units with their values by time point
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"times", "indicators", "columnOrders", "units"})
  public record PanelData(
      List<Integer> times,
      List<String> indicators,
      List<ColumnOrderData> columnOrders,
      List<PanelUnitData> units) {}

  /**
   * The column order of one time point.
   *
   * @param time the time point
   * @param indicators its indicator codes in column order
   * @since 0.1.0
   */
  @JsonPropertyOrder({"time", "indicators"})
  public record ColumnOrderData(@JsonProperty(required = true) int time,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> indicators) {}

  /**
   * A unit with its present values at each of its time points.
   *
   * @param code the unit's code
   * @param name the name, left out when equal to the code
   * @param groups group value by group variable
   * @param denominators denominator value by name
   * @param byTime the unit's time points, each with its present values
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"code", "name", "groups", "denominators", "byTime"})
  public record PanelUnitData(@JsonProperty(required = true) String code, String name,
      Map<String, String> groups, Map<String, Double> denominators,
      List<TimeValuesData> byTime) {}

  /**
   * A unit's present values at one time point.
   *
   * @param time the time point
   * @param values present value by indicator code (absent when all are missing)
   * @since 0.1.0
   */
  @JsonPropertyOrder({"time", "values"})
  public record TimeValuesData(@JsonProperty(required = true) int time,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> values) {}

  /**
   * The outcome of imputing a panel over time on the wire.
   *
   * @param panel the imputed panel
   * @param cells the cells filled
   * @since 0.1.0
   */
  @JsonPropertyOrder({"panel", "cells"})
  public record ImputedData(@JsonProperty(required = true) Panel panel,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ImputedCellData> cells) {}

  /**
   * A cell filled by imputation over time.
   *
   * @param time the time point
   * @param unit the unit's code
   * @param indicator the indicator's code
   * @param value the value filled in
   * @since 0.1.0
   */
  @JsonPropertyOrder({"time", "unit", "indicator", "value"})
  public record ImputedCellData(@JsonProperty(required = true) int time,
      @JsonProperty(required = true) String unit, @JsonProperty(required = true) String indicator,
      @JsonProperty(required = true) double value) {}

  /** Panel to wire form. @since 0.1.0 */
  public static final class ToData extends StdConverter<Panel, PanelData> {
    @Override
    public PanelData convert(Panel p) {
      List<Integer> times = new ArrayList<>(p.byTime().keySet());
      List<Dataset> data = new ArrayList<>(p.byTime().values());
      List<String> indicators = data.get(0).indicators();
      List<ColumnOrderData> orders = new ArrayList<>();
      List<List<double[]>> columns = new ArrayList<>();
      List<Map<String, Integer>> rows = new ArrayList<>();
      for (int k = 0; k < times.size(); k++) {
        Dataset d = data.get(k);
        if (!d.indicators().equals(indicators)) {
          orders.add(new ColumnOrderData(times.get(k), d.indicators()));
        }
        columns.add(DatasetJson.columns(d, indicators));
        Map<String, Integer> row = new LinkedHashMap<>();
        for (int i = 0; i < d.unitCount(); i++) {
          row.put(d.units().get(i).code(), i);
        }
        rows.add(row);
      }
      // Merge the time points' unit sequences: each step takes the unit at the head of the
      // earliest time point whose head is not still to come elsewhere, and writes it for every
      // time point that has that same unit at its head. Every sequence is consumed in order,
      // so reading gives each time point its units back in their order; a regular panel
      // (same units in the same order) gives one entry per unit.
      int[] next = new int[times.size()];
      List<PanelUnitData> units = new ArrayList<>();
      while (true) {
        Unit first = null;
        Unit chosen = null;
        for (int k = 0; k < times.size() && chosen == null; k++) {
          if (next[k] < data.get(k).unitCount()) {
            Unit head = data.get(k).units().get(next[k]);
            first = first == null ? head : first;
            if (!comesLater(head, data, rows, next)) {
              chosen = head;
            }
          }
        }
        if (first == null) {
          break;
        }
        chosen = chosen == null ? first : chosen;
        List<TimeValuesData> byTime = new ArrayList<>();
        for (int k = 0; k < times.size(); k++) {
          if (next[k] < data.get(k).unitCount()
              && data.get(k).units().get(next[k]).equals(chosen)) {
            byTime.add(new TimeValuesData(times.get(k),
                DatasetJson.presentValues(indicators, columns.get(k), next[k])));
            next[k]++;
          }
        }
        units.add(new PanelUnitData(chosen.code(), DatasetJson.writtenName(chosen),
            chosen.groups(), chosen.denominators(), byTime));
      }
      return new PanelData(times, indicators, orders, units);
    }

    /** Whether a time point has the unit after its head, still to be written. */
    private static boolean comesLater(Unit unit, List<Dataset> data,
        List<Map<String, Integer>> rows, int[] next) {
      for (int k = 0; k < data.size(); k++) {
        Integer row = rows.get(k).get(unit.code());
        if (row != null && row > next[k] && data.get(k).units().get(row).equals(unit)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Wire form to panel. @since 0.1.0 */
  public static final class FromData extends StdConverter<PanelData, Panel> {
    @Override
    public Panel convert(PanelData d) {
      Set<String> indicators = DatasetJson.uniqueIndicators(d.indicators());
      Map<Integer, Dataset.Builder> builders = new LinkedHashMap<>();
      Map<Integer, Set<String>> unitsAt = new LinkedHashMap<>();
      Map<Integer, List<String>> orders = new LinkedHashMap<>();
      for (ColumnOrderData o : FrameworkJson.nonNull(d.columnOrders())) {
        Set<String> order = DatasetJson.uniqueIndicators(o.indicators());
        if (!order.equals(indicators)) {
          throw new InvalidDatasetException("the column order of time " + o.time() + " lists "
              + order + "; expected the indicators " + indicators + " in some order");
        }
        if (orders.put(o.time(), List.copyOf(order)) != null) {
          throw new InvalidDatasetException("time " + o.time() + " has two column orders; "
              + "expected at most one per time point");
        }
      }
      for (Integer time : FrameworkJson.nonNull(d.times())) {
        if (time == null) {
          throw new InvalidDatasetException("a time point is null; expected a whole number such"
              + " as a year");
        }
        if (builders.containsKey(time)) {
          throw new InvalidDatasetException("time " + time + " is listed twice among the times;"
              + " expected each time point once");
        }
        Dataset.Builder b = Dataset.builder();
        orders.getOrDefault(time, List.copyOf(indicators)).forEach(b::indicator);
        builders.put(time, b);
        unitsAt.put(time, new HashSet<>());
      }
      for (Integer time : orders.keySet()) {
        if (!builders.containsKey(time)) {
          throw new InvalidDatasetException("there is a column order for time " + time
              + ", which is not among the times " + builders.keySet()
              + "; expected one of them");
        }
      }
      for (PanelUnitData u : FrameworkJson.nonNull(d.units())) {
        Unit unit = DatasetJson.unit(u.code(), u.name(), u.groups(), u.denominators());
        List<TimeValuesData> byTime = FrameworkJson.nonNull(u.byTime());
        if (byTime.isEmpty()) {
          throw new InvalidDatasetException("unit '" + u.code() + "' is at no time point; "
              + "expected its time points in byTime, each with its present values");
        }
        for (TimeValuesData at : byTime) {
          Dataset.Builder b = builders.get(at.time());
          if (b == null) {
            throw new InvalidDatasetException("unit '" + u.code() + "' has time " + at.time()
                + ", which is not among the times " + builders.keySet()
                + "; expected one of them");
          }
          if (!unitsAt.get(at.time()).add(u.code())) {
            throw new InvalidDatasetException("unit '" + u.code() + "' appears twice at time "
                + at.time() + "; expected each unit at most once per time point");
          }
          b.unit(unit);
          DatasetJson.putValues(b, u.code(), "unit '" + u.code() + "' at time " + at.time(),
              at.values(), indicators);
        }
      }
      Map<Integer, Dataset> byTime = new LinkedHashMap<>();
      builders.forEach((time, b) -> byTime.put(time, b.build()));
      return Panel.of(byTime);
    }
  }

  /** Imputed panel to wire form. @since 0.1.0 */
  public static final class ImputedToData extends StdConverter<Panel.Imputed, ImputedData> {
    @Override
    public ImputedData convert(Panel.Imputed i) {
      return new ImputedData(i.panel(), i.cells().stream().map(c -> new ImputedCellData(
          c.time(), c.unit(), c.indicator(), c.value())).toList());
    }
  }

  /**
   * Wire form to imputed panel: every cell must name a time point, unit and indicator of the
   * panel, and hold the value the panel has there.
   *
   * @since 0.1.0
   */
  public static final class ImputedFromData extends StdConverter<ImputedData, Panel.Imputed> {
    @Override
    public Panel.Imputed convert(ImputedData d) {
      if (d.panel() == null) {
        throw new InvalidDatasetException("the imputed panel is missing; expected the panel "
            + "with its imputed cells");
      }
      Panel panel = d.panel();
      Map<Integer, Set<String>> unitsAt = new LinkedHashMap<>();
      panel.byTime().forEach((time, data) -> unitsAt.put(time, new HashSet<>(
          data.units().stream().map(Unit::code).toList())));
      List<Panel.ImputedCell> cells = new ArrayList<>();
      Set<List<Object>> seen = new HashSet<>();
      for (ImputedCellData c : FrameworkJson.nonNull(d.cells())) {
        String place = "imputed cell at time " + c.time() + ", unit '" + c.unit()
            + "', indicator '" + c.indicator() + "'";
        Dataset at = panel.byTime().get(c.time());
        if (at == null || !at.hasIndicator(c.indicator())
            || !unitsAt.get(c.time()).contains(c.unit())) {
          throw new InvalidDatasetException(place + ": there is no such cell in the panel; "
              + "expected a time point, unit and indicator of the panel");
        }
        OptionalDouble value = at.value(c.unit(), c.indicator());
        if (value.isEmpty() || Double.compare(value.getAsDouble(), c.value()) != 0) {
          throw new InvalidDatasetException(place + ": the value " + c.value() + " differs "
              + "from the panel's (" + (value.isEmpty() ? "missing" : value.getAsDouble())
              + "); expected the value the panel holds there");
        }
        if (!seen.add(List.of(c.time(), c.unit(), c.indicator()))) {
          throw new InvalidDatasetException(place + " is listed twice; expected each cell "
              + "once");
        }
        cells.add(new Panel.ImputedCell(c.time(), c.unit(), c.indicator(), c.value()));
      }
      return new Panel.Imputed(panel, cells);
    }
  }
}

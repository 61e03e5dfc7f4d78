package io.github.learningcities.lcn.serialization.csv;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.internal.CsvTable;
import io.github.learningcities.lcn.serialization.internal.CsvTable.Cell;
import io.github.learningcities.lcn.serialization.internal.CsvTable.Fields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Reads the rows of an observation table as {@link CsvTable#scan} delivers them, straight into
 * columns: unit and indicator codes become indices in order of first appearance, and each time
 * point (or the table without time) keeps, per indicator, a {@code double} per unit and the
 * line of the row that gave it (0 where no row did), which is how a second row for the same
 * cell is found. Nothing of the table is kept beyond that (no cells, no row objects), unless
 * the caller asks for the rows as {@link Observation}s.
 *
 * <p>Every check runs on its row, as the row is read, with the errors of {@link
 * ObservationTable}; a read that fails returns nothing.
 */
final class ObservationColumns implements CsvTable.RowVisitor {

  /** What a read makes of the rows, and which rows it accepts. */
  enum Target {
    /** The rows as they are, with or without time. */
    OBSERVATIONS,
    /** A dataset: no row may have a time. */
    DATASET,
    /** A panel: every row must have a time. */
    PANEL
  }

  private final String source;
  private final Target target;
  private int unit;
  private int indicator;
  private int time = -1;
  private int value;
  private int sourceColumn = -1;
  private int flags = -1;

  private final Map<String, Integer> unitIndex = new HashMap<>();
  private final List<String> units = new ArrayList<>();
  /** The units by index, made once each for a dataset or panel. */
  private final List<Unit> unitObjects = new ArrayList<>();
  private final Map<String, Integer> indicatorIndex = new HashMap<>();
  private final List<String> indicators = new ArrayList<>();

  private final Map<Integer, Slice> byTime = new HashMap<>();
  private Slice withoutTime;
  private Slice lastSlice;
  private int lastTime;
  private final List<Observation> observations = new ArrayList<>();
  private int rows;

  ObservationColumns(String source, Target target) {
    this.source = source;
    this.target = target;
  }

  @Override
  public void header(List<Cell> header) {
    List<String> names = new ArrayList<>(header.size());
    for (Cell h : header) {
      if (!ObservationTable.COLUMNS.contains(h.text())) {
        String name = CsvFields.abbreviate(h.text());
        throw new DocumentReadException(source, h.line(), h.column(), name,
            "unknown column '" + name + "'; expected columns among "
                + ObservationTable.COLUMNS, null);
      }
      names.add(h.text());
    }
    for (String required : List.of("unit", "indicator", "value")) {
      if (!names.contains(required)) {
        throw new DocumentReadException(source, 1, 0, required, "the header has no '"
            + required + "' column; expected at least unit, indicator and value", null);
      }
    }
    unit = names.indexOf("unit");
    indicator = names.indexOf("indicator");
    time = names.indexOf("time");
    value = names.indexOf("value");
    sourceColumn = names.indexOf("source");
    flags = names.indexOf("flags");
  }

  @Override
  public void row(Fields row) {
    String u = code(row, unit, "unit");
    String i = code(row, indicator, "indicator");
    boolean timed = false;
    int t = 0;
    if (time >= 0) {
      String text = row.text(time).trim();
      if (!text.isEmpty()) {
        try {
          t = Integer.parseInt(text);
        } catch (NumberFormatException e) {
          throw new DocumentReadException(source, row.line(time), row.column(time), "time",
              "time '" + CsvFields.abbreviate(text) + "' is invalid; expected an integer such as 2020, or an empty "
                  + "field", e);
        }
        timed = true;
      }
    }
    double v = value(row);
    int unitAt = index(unitIndex, units, u);
    if (unitAt == unitObjects.size() && target != Target.OBSERVATIONS) {
      try {
        unitObjects.add(Unit.of(u, null));
      } catch (IllegalArgumentException e) {
        throw new DocumentReadException(source, row.line(unit), row.column(unit), "unit",
            e.getMessage(), e);
      }
    }
    int indicatorAt = index(indicatorIndex, indicators, i);
    Slice slice = slice(timed, t);
    int local = slice.local(unitAt);
    int line = row.line(unit);
    int before = slice.lineOf(indicatorAt, local);
    if (before != 0) {
      throw new DocumentReadException(source, line, row.column(unit), "unit", "unit '"
          + CsvFields.abbreviate(u) + "', indicator '" + CsvFields.abbreviate(i) + "'" + (timed ? ", time " + t : "") + " is given twice (lines "
          + before + " and " + line + "); expected one row per unit, indicator and time", null);
    }
    if (target == Target.PANEL && !timed) {
      throw new DocumentReadException(source, row.line(), 0, "time", "the row (unit '"
          + CsvFields.abbreviate(u) + "', indicator '" + CsvFields.abbreviate(i) + "') has no time; expected a time point on every row of a "
          + "panel", null);
    }
    if (target == Target.DATASET && timed) {
      throw new DocumentReadException(source, row.line(), 0, "time", "the row has time " + t
          + "; expected no time in a dataset (read a table with times with readPanel)", null);
    }
    slice.put(indicatorAt, local, v, line);
    rows++;
    if (target == Target.OBSERVATIONS) {
      observations.add(new Observation(units.get(unitAt), indicators.get(indicatorAt),
          timed ? OptionalInt.of(t) : OptionalInt.empty(),
          Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v),
          sourceColumn < 0 ? "" : row.text(sourceColumn), flags < 0 ? "" : row.text(flags)));
    }
  }

  /** Returns the rows read, in table order. */
  List<Observation> observations() {
    return List.copyOf(observations);
  }

  /** Returns the dataset of a table without time. */
  Dataset dataset() {
    return withoutTime == null ? dataset(new Slice()) : dataset(withoutTime);
  }

  /** Returns the panel: one dataset per time point, each with every indicator of the table. */
  Panel panel() {
    if (rows == 0) {
      throw new DocumentReadException(source, 0, 0, null, "the table has no rows; expected "
          + "at least one observation", null);
    }
    Map<Integer, Dataset> datasets = new LinkedHashMap<>();
    for (Map.Entry<Integer, Slice> e : new TreeMap<>(byTime).entrySet()) {
      datasets.put(e.getKey(), dataset(e.getValue()));
    }
    try {
      return Panel.of(datasets);
    } catch (IllegalArgumentException e) {
      throw new DocumentReadException(source, 0, 0, null, e.getMessage(), e);
    }
  }

  private Dataset dataset(Slice slice) {
    List<Unit> unitList = new ArrayList<>(slice.unitCount);
    for (int k = 0; k < slice.unitCount; k++) {
      unitList.add(unitObjects.get(slice.unitOrder[k]));
    }
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (int j = 0; j < indicators.size(); j++) {
      columns.put(indicators.get(j), slice.column(j));
    }
    try {
      return Dataset.ofColumns(unitList, columns);
    } catch (IllegalArgumentException e) {
      throw new DocumentReadException(source, 0, 0, null, e.getMessage(), e);
    }
  }

  private String code(Fields row, int column, String name) {
    String text = row.text(column);
    if (text.isBlank()) {
      throw new DocumentReadException(source, row.line(column), row.column(column), name,
          "the " + name + " is empty; expected a " + name + " code", null);
    }
    return text;
  }

  /** The value of the row, {@link Dataset#MISSING} for an empty field or NA. */
  private double value(Fields row) {
    String text = row.text(value).trim();
    if (text.isEmpty() || text.equals("NA")) {
      return Dataset.MISSING;
    }
    double v = CsvFields.decimalOrNaN(text);
    if (!Double.isFinite(v)) {
      throw new DocumentReadException(source, row.line(value), row.column(value), "value",
          "value '" + CsvFields.abbreviate(text) + "' is not a finite number; expected a decimal number such as 12.5"
              + " or 1.2E-3, or an empty field (or NA) for a missing value", null);
    }
    return v;
  }

  private static int index(Map<String, Integer> index, List<String> codes, String code) {
    Integer at = index.get(code);
    if (at == null) {
      at = codes.size();
      index.put(code, at);
      codes.add(code);
    }
    return at;
  }

  private Slice slice(boolean timed, int t) {
    if (!timed) {
      if (withoutTime == null) {
        withoutTime = new Slice();
      }
      return withoutTime;
    }
    if (lastSlice == null || lastTime != t) {
      lastSlice = byTime.computeIfAbsent(t, k -> new Slice());
      lastTime = t;
    }
    return lastSlice;
  }

  /**
   * The cells of one time point (or of the table without time): its units in order of first
   * appearance and, per indicator, a value and a row line for each of them.
   */
  private static final class Slice {
    /** Unit index of the table to position here plus one; 0 where the unit has no row. */
    private int[] position = new int[64];
    /** Unit index of the table by position here. */
    private int[] unitOrder = new int[64];
    private int unitCount;
    /** By indicator index of the table: the values by position, NaN where none. */
    private double[][] values = new double[8][];
    /** By indicator index of the table: the line of the row by position, 0 where none. */
    private int[][] lines = new int[8][];

    int local(int unit) {
      if (unit >= position.length) {
        position = Arrays.copyOf(position, Math.max(unit + 1, position.length * 2));
      }
      int p = position[unit];
      if (p == 0) {
        if (unitCount == unitOrder.length) {
          unitOrder = Arrays.copyOf(unitOrder, unitCount * 2);
        }
        unitOrder[unitCount] = unit;
        p = ++unitCount;
        position[unit] = p;
      }
      return p - 1;
    }

    int lineOf(int indicator, int local) {
      return indicator < lines.length && lines[indicator] != null
          && local < lines[indicator].length ? lines[indicator][local] : 0;
    }

    void put(int indicator, int local, double v, int line) {
      if (indicator >= values.length) {
        int n = Math.max(indicator + 1, values.length * 2);
        values = Arrays.copyOf(values, n);
        lines = Arrays.copyOf(lines, n);
      }
      double[] column = values[indicator];
      if (column == null || local >= column.length) {
        int n = Math.max(Math.max(local + 1, unitOrder.length), column == null ? 0
            : column.length * 2);
        double[] grown = new double[n];
        int old = column == null ? 0 : column.length;
        if (column != null) {
          System.arraycopy(column, 0, grown, 0, old);
        }
        Arrays.fill(grown, old, n, Dataset.MISSING);
        values[indicator] = grown;
        lines[indicator] = lines[indicator] == null ? new int[n]
            : Arrays.copyOf(lines[indicator], n);
        column = grown;
      }
      column[local] = v;
      lines[indicator][local] = line;
    }

    /** The column of an indicator, one value per unit of this slice, NaN where none. */
    double[] column(int indicator) {
      double[] column = indicator < values.length ? values[indicator] : null;
      if (column == null) {
        double[] none = new double[unitCount];
        Arrays.fill(none, Dataset.MISSING);
        return none;
      }
      if (column.length == unitCount) {
        return column;
      }
      double[] out = Arrays.copyOf(column, unitCount);
      if (column.length < unitCount) {
        Arrays.fill(out, column.length, unitCount, Dataset.MISSING);
      }
      return out;
    }
  }
}

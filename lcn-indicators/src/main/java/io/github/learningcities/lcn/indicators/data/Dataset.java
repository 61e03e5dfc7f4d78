package io.github.learningcities.lcn.indicators.data;

import io.github.learningcities.lcn.indicators.internal.DatasetColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Units by indicators, stored column by column; immutable.
 *
 * <p>A cell holds a finite number or is missing. Missing is explicit: {@link Builder#value}
 * refuses NaN and infinities, and a cell that was never given a value (or was given {@link
 * Builder#missing}) is missing. Column arrays handed out are copies; inside, {@link #MISSING}
 * (NaN) marks a missing cell and means nothing else.
 *
 * @since 0.1.0
 */
public final class Dataset {
  /** The in-array marker of a missing cell in {@link #column(String)} and {@link #ofColumns}. */
  public static final double MISSING = Double.NaN;

  private final List<Unit> units;
  private final List<String> indicators;
  private final Map<String, Integer> unitIndex;
  private final Map<String, Integer> indicatorIndex;
  private final double[][] columns;

  static {
    DatasetColumns.register(new ColumnAccess());
  }

  /** A dataset's own column arrays for the engine (a named class: no lambda to link). */
  private static final class ColumnAccess implements DatasetColumns.Access {
    @Override
    public double[] column(Dataset d, String code) {
      return d.columns[d.requireIndicator(code)];
    }

    @Override
    public Dataset adopt(List<Unit> units, Map<String, double[]> columns) {
      return ofColumns(units, columns, false);
    }
  }

  private Dataset(List<Unit> units, List<String> indicators, double[][] columns) {
    this.units = List.copyOf(units);
    this.indicators = List.copyOf(indicators);
    this.unitIndex = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      if (unitIndex.put(units.get(i).code(), i) != null) {
        throw new InvalidDatasetException("unit '" + units.get(i).code()
            + "' appears twice; expected unique unit codes");
      }
    }
    this.indicatorIndex = new LinkedHashMap<>();
    for (int j = 0; j < indicators.size(); j++) {
      if (indicatorIndex.put(indicators.get(j), j) != null) {
        throw new InvalidDatasetException("indicator '" + indicators.get(j)
            + "' appears twice; expected unique indicator codes");
      }
    }
    this.columns = columns;
  }

  /**
   * Creates a dataset from whole columns, in which {@link #MISSING} (NaN) marks missing cells.
   *
   * @param units the units, in row order
   * @param columns indicator code to column (one value per unit, in unit order)
   * @return the dataset
   * @throws InvalidDatasetException if a column has the wrong length or an infinite value
   */
  public static Dataset ofColumns(List<Unit> units, Map<String, double[]> columns) {
    return ofColumns(units, columns, true);
  }

  /** {@link #ofColumns(List, Map)}, keeping the caller's arrays when {@code copy} is false. */
  private static Dataset ofColumns(List<Unit> units, Map<String, double[]> columns,
      boolean copy) {
    List<String> codes = new ArrayList<>(columns.keySet());
    double[][] cols = new double[codes.size()][];
    for (int j = 0; j < cols.length; j++) {
      double[] c = columns.get(codes.get(j));
      if (c.length != units.size()) {
        throw new InvalidDatasetException("indicator '" + codes.get(j) + "' has " + c.length
            + " values; expected one per unit (" + units.size() + ")");
      }
      for (int i = 0; i < c.length; i++) {
        if (Double.isInfinite(c[i])) {
          throw new InvalidDatasetException("unit '" + units.get(i).code() + "', indicator '"
              + codes.get(j) + "': " + c[i] + " is invalid; expected a finite number or missing");
        }
      }
      cols[j] = copy ? c.clone() : c;
    }
    return new Dataset(units, codes, cols);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the units in row order.
   *
   * @return the units
   */
  public List<Unit> units() {
    return units;
  }

  /**
   * Returns the indicator codes in column order.
   *
   * @return the codes
   */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * Returns the number of units.
   *
   * @return the row count
   */
  public int unitCount() {
    return units.size();
  }

  /**
   * Returns a cell.
   *
   * @param unit the unit's code
   * @param indicator the indicator's code
   * @return the value, or empty when missing
   * @throws InvalidDatasetException if the unit or indicator is unknown
   */
  public OptionalDouble value(String unit, String indicator) {
    double v = columns[requireIndicator(indicator)][requireUnit(unit)];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns whether a cell is missing.
   *
   * @param unit the unit's code
   * @param indicator the indicator's code
   * @return true if missing
   * @throws InvalidDatasetException if the unit or indicator is unknown
   */
  public boolean isMissing(String unit, String indicator) {
    return value(unit, indicator).isEmpty();
  }

  /**
   * Returns a copy of a column, {@link #MISSING} marking missing cells.
   *
   * @param indicator the indicator's code
   * @return the values in unit order
   * @throws InvalidDatasetException if the indicator is unknown
   */
  public double[] column(String indicator) {
    return columns[requireIndicator(indicator)].clone();
  }

  /**
   * Returns whether the dataset has an indicator.
   *
   * @param indicator the code
   * @return true if present
   */
  public boolean hasIndicator(String indicator) {
    return indicatorIndex.containsKey(indicator);
  }

  /**
   * Returns whether the dataset has a unit.
   *
   * @param unit the unit's code
   * @return true if present
   */
  public boolean hasUnit(String unit) {
    return unitIndex.containsKey(unit);
  }

  /**
   * Returns the row of a unit.
   *
   * @param unit the unit's code
   * @return the row index
   * @throws InvalidDatasetException if the unit is unknown
   */
  public int indexOfUnit(String unit) {
    return requireUnit(unit);
  }

  /**
   * Returns the number of missing cells.
   *
   * @return the count
   */
  public int missingCount() {
    int n = 0;
    for (double[] c : columns) {
      for (double v : c) {
        if (Double.isNaN(v)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Returns a dataset with the same units and only the given indicators, in that order.
   *
   * @param codes the indicators to keep
   * @return the selection
   * @throws InvalidDatasetException if a code is unknown
   */
  public Dataset select(List<String> codes) {
    double[][] cols = new double[codes.size()][];
    for (int j = 0; j < cols.length; j++) {
      cols[j] = columns[requireIndicator(codes.get(j))];
    }
    return new Dataset(units, codes, cols);
  }

  /**
   * Returns a dataset with the units in another order (or a subset of them).
   *
   * @param unitCodes the units to keep, in the new order
   * @return the reordered dataset
   * @throws InvalidDatasetException if a code is unknown
   */
  public Dataset reorderUnits(List<String> unitCodes) {
    int[] rows = new int[unitCodes.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = requireUnit(unitCodes.get(i));
    }
    List<Unit> us = new ArrayList<>(rows.length);
    for (int r : rows) {
      us.add(units.get(r));
    }
    double[][] cols = new double[columns.length][rows.length];
    for (int j = 0; j < columns.length; j++) {
      for (int i = 0; i < rows.length; i++) {
        cols[j][i] = columns[j][rows[i]];
      }
    }
    return new Dataset(us, indicators, cols);
  }

  private int requireUnit(String unit) {
    Integer i = unitIndex.get(unit);
    if (i == null) {
      throw new InvalidDatasetException("unit '" + unit + "' is not in the dataset");
    }
    return i;
  }

  private int requireIndicator(String indicator) {
    Integer j = indicatorIndex.get(indicator);
    if (j == null) {
      throw new InvalidDatasetException("indicator '" + indicator + "' is not in the dataset; "
          + "expected one of " + indicators);
    }
    return j;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Dataset d)) {
      return false;
    }
    if (!units.equals(d.units) || !indicators.equals(d.indicators)) {
      return false;
    }
    for (int j = 0; j < columns.length; j++) {
      if (!Arrays.equals(columns[j], d.columns[j])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(units, indicators);
    for (double[] c : columns) {
      h = 31 * h + Arrays.hashCode(c);
    }
    return h;
  }

  @Override
  public String toString() {
    return "Dataset[units=" + units.size() + ", indicators=" + indicators.size() + ", missing="
        + missingCount() + "]";
  }

  /**
   * Builds a dataset cell by cell.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, Integer> unitRows = new LinkedHashMap<>();
    // Column arrays at least as long as the units added, NaN where no value was set.
    private final Map<String, double[]> columns = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a unit.
     *
     * @param unit the unit
     * @return this builder
     * @throws InvalidDatasetException if a unit with that code was already added
     */
    public Builder unit(Unit unit) {
      if (unitRows.putIfAbsent(unit.code(), units.size()) != null) {
        throw new InvalidDatasetException("unit '" + unit.code()
            + "' appears twice; expected unique unit codes");
      }
      units.add(unit);
      return this;
    }

    /**
     * Declares an indicator (so that it exists even if all its cells are missing).
     *
     * @param indicator the code
     * @return this builder
     */
    public Builder indicator(String indicator) {
      column(Objects.requireNonNull(indicator, "indicator"));
      return this;
    }

    private double[] column(String indicator) {
      double[] col = columns.get(indicator);
      if (col == null) {
        col = new double[Math.max(16, units.size())];
        Arrays.fill(col, MISSING);
        columns.put(indicator, col);
      }
      return col;
    }

    /**
     * Sets a cell.
     *
     * @param unit the unit's code (the unit must have been added)
     * @param indicator the indicator's code
     * @param value a finite number
     * @return this builder
     * @throws InvalidDatasetException if the unit is unknown or the value not finite
     */
    public Builder value(String unit, String indicator, double value) {
      if (!Double.isFinite(value)) {
        throw new InvalidDatasetException("unit '" + unit + "', indicator '" + indicator + "': "
            + value + " is invalid; expected a finite number (use missing() for a missing cell)");
      }
      return put(unit, indicator, value);
    }

    /**
     * Marks a cell missing.
     *
     * @param unit the unit's code
     * @param indicator the indicator's code
     * @return this builder
     */
    public Builder missing(String unit, String indicator) {
      return put(unit, indicator, MISSING);
    }

    private Builder put(String unit, String indicator, double value) {
      Integer row = unitRows.get(unit);
      if (row == null) {
        throw new InvalidDatasetException("unit '" + unit + "' (indicator '" + indicator
            + "') was not added; add the unit before its values");
      }
      double[] col = column(indicator);
      if (row >= col.length) {
        int old = col.length;
        col = Arrays.copyOf(col, Math.max(row + 1, old * 2));
        Arrays.fill(col, old, col.length, MISSING);
        columns.put(indicator, col);
      }
      col[row] = value;
      return this;
    }

    /**
     * Builds the dataset; cells never set are missing.
     *
     * @return the dataset
     */
    public Dataset build() {
      List<String> codes = new ArrayList<>(columns.keySet());
      int n = units.size();
      double[][] cols = new double[codes.size()][];
      for (int j = 0; j < cols.length; j++) {
        double[] col = columns.get(codes.get(j));
        cols[j] = col.length >= n ? Arrays.copyOf(col, n) : padded(col, n);
      }
      return new Dataset(Collections.unmodifiableList(new ArrayList<>(units)), codes, cols);
    }

    private static double[] padded(double[] col, int n) {
      double[] out = Arrays.copyOf(col, n);
      Arrays.fill(out, col.length, n, MISSING);
      return out;
    }
  }
}

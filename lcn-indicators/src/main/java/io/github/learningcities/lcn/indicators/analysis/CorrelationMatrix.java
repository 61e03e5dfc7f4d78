package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.data.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Correlations between two sets of columns of a dataset (rows by columns), each on its
 * pairwise-complete observations, as R's {@code cor(x, y, use = "pairwise.complete.obs")} and
 * COINr's {@code get_corr(make_long = FALSE)}. Immutable.
 *
 * <pre>{@code
 * Dataset normalised = results.after(Step.NORMALISATION);
 * CorrelationMatrix m = CorrelationMatrix.of(normalised, normalised.indicators(),
 *     CorrelationMethod.SPEARMAN);
 * m.coefficient("LPI", "Flights");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CorrelationMatrix {
  private final List<String> rows;
  private final List<String> columns;
  private final CorrelationMethod method;
  private final Correlation[][] cells;
  private final Map<String, Integer> rowIndex = new HashMap<>();
  private final Map<String, Integer> columnIndex = new HashMap<>();

  private CorrelationMatrix(List<String> rows, List<String> columns, CorrelationMethod method,
      Correlation[][] cells) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.method = method;
    this.cells = cells;
    for (int i = 0; i < rows.size(); i++) {
      rowIndex.putIfAbsent(rows.get(i), i);
    }
    for (int j = 0; j < columns.size(); j++) {
      columnIndex.putIfAbsent(columns.get(j), j);
    }
  }

  /**
   * Correlates every pair of the given columns with each other.
   *
   * @param data the dataset
   * @param codes the columns
   * @param method the coefficient
   * @return the square, symmetric matrix
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if a code is not a
   *     column of the dataset
   */
  public static CorrelationMatrix of(Dataset data, List<String> codes, CorrelationMethod method) {
    return of(data, codes, codes, method);
  }

  /**
   * Correlates each row column with each column column.
   *
   * @param data the dataset
   * @param rows the first set of columns
   * @param columns the second set of columns
   * @param method the coefficient
   * @return the matrix
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if a code is not a
   *     column of the dataset
   */
  public static CorrelationMatrix of(Dataset data, List<String> rows, List<String> columns,
      CorrelationMethod method) {
    Objects.requireNonNull(method, "method");
    double[][] x = new double[rows.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = data.column(rows.get(i));
    }
    double[][] y = new double[columns.size()][];
    for (int j = 0; j < y.length; j++) {
      y[j] = data.column(columns.get(j));
    }
    Map<String, Correlation> done = new HashMap<>();
    Correlation[][] cells = new Correlation[x.length][y.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < y.length; j++) {
        String a = rows.get(i);
        String b = columns.get(j);
        Correlation mirror = done.get(b + "\u0000" + a);
        if (mirror != null) {
          cells[i][j] = new Correlation(a, b, method, mirror.observations(),
              mirror.coefficient(), mirror.pValue());
        } else {
          cells[i][j] = Correlation.of(a, x[i], b, y[j], method);
          done.put(a + "\u0000" + b, cells[i][j]);
        }
      }
    }
    return new CorrelationMatrix(rows, columns, method, cells);
  }

  /**
   * Rebuilds a matrix from its cells, for instance as read back from a document.
   *
   * @param rows the row codes
   * @param columns the column codes
   * @param method the coefficient of every cell
   * @param cells the cells row by row, as {@link #cells()} returns them: the cell of row
   *     {@code i} and column {@code j} at {@code i * columns.size() + j}, with the row's code as
   *     its first and the column's as its second
   * @return the matrix
   * @throws AnalysisException if there are not rows times columns cells, or a cell's codes or
   *     method differ from those of its place
   */
  public static CorrelationMatrix ofCells(List<String> rows, List<String> columns,
      CorrelationMethod method, List<Correlation> cells) {
    Objects.requireNonNull(method, "method");
    int r = rows.size();
    int c = columns.size();
    if (cells.size() != r * c) {
      throw new AnalysisException("a correlation matrix of " + r + " rows and " + c
          + " columns has " + cells.size() + " cells; expected " + r * c + ", row by row");
    }
    Correlation[][] grid = new Correlation[r][c];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        Correlation cell = Objects.requireNonNull(cells.get(i * c + j), "cell");
        if (!cell.first().equals(rows.get(i)) || !cell.second().equals(columns.get(j))
            || cell.method() != method) {
          throw new AnalysisException("cell " + (i * c + j) + " of the correlation matrix "
              + "correlates '" + cell.first() + "' with '" + cell.second() + "' by "
              + cell.method() + "; expected '" + rows.get(i) + "' with '" + columns.get(j)
              + "' by " + method + " (cells row by row)");
        }
        grid[i][j] = cell;
      }
    }
    return new CorrelationMatrix(rows, columns, method, grid);
  }

  /**
   * Returns the row codes.
   *
   * @return the codes
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * Returns the column codes.
   *
   * @return the codes
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns the coefficient used.
   *
   * @return the method
   */
  public CorrelationMethod method() {
    return method;
  }

  /**
   * Returns one cell.
   *
   * @param row a row code
   * @param column a column code
   * @return the correlation
   * @throws AnalysisException if either code is not in the matrix
   */
  public Correlation get(String row, String column) {
    return cells[index(rowIndex, row, "row")][index(columnIndex, column, "column")];
  }

  /**
   * Returns one coefficient.
   *
   * @param row a row code
   * @param column a column code
   * @return the coefficient, empty when undefined
   * @throws AnalysisException if either code is not in the matrix
   */
  public OptionalDouble coefficient(String row, String column) {
    return get(row, column).coefficient();
  }

  /**
   * Returns every cell row by row (COINr's long format).
   *
   * @return the correlations
   */
  public List<Correlation> cells() {
    List<Correlation> out = new ArrayList<>(rows.size() * columns.size());
    for (Correlation[] row : cells) {
      Collections.addAll(out, row);
    }
    return Collections.unmodifiableList(out);
  }

  private int index(Map<String, Integer> map, String code, String what) {
    Integer i = map.get(code);
    if (i == null) {
      throw new AnalysisException("'" + code + "' is not a " + what + " of the correlation "
          + "matrix; expected one of " + (map == rowIndex ? rows : columns));
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorrelationMatrix m && rows.equals(m.rows) && columns.equals(m.columns)
        && method == m.method && Arrays.deepEquals(cells, m.cells);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(rows, columns, method) + Arrays.deepHashCode(cells);
  }

  @Override
  public String toString() {
    return "CorrelationMatrix[" + method + ", " + rows.size() + "x" + columns.size() + "]";
  }
}

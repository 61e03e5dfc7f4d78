package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Principal component analysis of a set of columns, as COINr's {@code get_PCA} (R's
 * {@code prcomp(center = TRUE, scale = TRUE)}): units with a missing value in any of the
 * columns are left out (listwise deletion), the columns are centred and scaled to unit variance,
 * and the components are the eigenvectors of their correlation matrix, by decreasing variance.
 *
 * <p>Signs: an eigenvector's sign is arbitrary (R's may differ between platforms), so each
 * component is oriented so that its largest-magnitude loading is positive (the first such
 * loading when two are equal in magnitude, to within rounding). Loadings are R's
 * {@code rotation}: unit-length eigenvectors. {@link #weights()} are the squared loadings of the
 * first component, which sum to 1 because the eigenvector has unit length; unlike COINr's PCA
 * weights (the signed loadings) they are never negative, and their share of the total says how
 * much of the first
 * component each column carries.
 *
 * <pre>{@code
 * Map<String, PrincipalComponents> pca =
 *     PrincipalComponents.byGroup(framework, results.after(Step.NORMALISATION), 1);
 * pca.get("P2P").varianceExplained()[0];
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PrincipalComponents {
  private final Optional<String> group;
  private final List<String> items;
  private final List<String> unitsUsed;
  private final List<String> unitsDropped;
  private final double[] variances;
  private final double[][] loadings;

  private PrincipalComponents(Optional<String> group, List<String> items, List<String> used,
      List<String> dropped, double[] variances, double[][] loadings) {
    this.group = group;
    this.items = List.copyOf(items);
    this.unitsUsed = List.copyOf(used);
    this.unitsDropped = List.copyOf(dropped);
    this.variances = variances;
    this.loadings = loadings;
  }

  /**
   * Runs the analysis on the given columns.
   *
   * @param data the dataset
   * @param items the columns, at least one
   * @return the components
   * @throws AnalysisException if a column is listed twice, fewer than 2 units are complete or a
   *     column is constant on them
   */
  public static PrincipalComponents of(Dataset data, List<String> items) {
    return compute(Optional.empty(), data, items);
  }

  /**
   * Runs one analysis per group: the nodes of a level are grouped by their parent (COINr's
   * {@code by_groups = TRUE}).
   *
   * @param framework the framework
   * @param data a dataset with a column for every node of the level
   * @param level the level, 1 for indicators
   * @return the components by parent code, in framework order of the parents
   * @throws AnalysisException if the level does not exist or a group cannot be analysed
   */
  public static Map<String, PrincipalComponents> byGroup(Framework framework, Dataset data,
      int level) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Node n : framework.nodes()) {
      if (framework.children(n.code()).isEmpty()) {
        continue;
      }
      List<String> members = new ArrayList<>();
      for (Node c : framework.children(n.code())) {
        if (framework.level(c.code()) == level) {
          members.add(c.code());
        }
      }
      if (!members.isEmpty()) {
        groups.put(n.code(), members);
      }
    }
    Structure.requireLevel(framework, level);
    Map<String, PrincipalComponents> out = new LinkedHashMap<>();
    groups.forEach((g, members) -> out.put(g, compute(Optional.of(g), data, members)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Rebuilds an analysis from its outcome, for instance as read back from a document.
   *
   * @param group the group analysed, empty for an analysis of given columns
   * @param items the columns analysed, in order, at least one and each once
   * @param unitsUsed the units with every column present, at least 2
   * @param unitsDropped the units left out for a missing value
   * @param variances the variance of each component, one per column, finite, at least 0 and
   *     decreasing
   * @param loadings the loadings of each component ({@code loadings[c][j]} is component
   *     {@code c}'s loading of column {@code j}): one row per column, each with one finite
   *     number per column
   * @return the analysis
   * @throws AnalysisException if a list or array has the wrong size, a column or unit appears
   *     twice, or a number is out of range
   */
  public static PrincipalComponents ofComponents(Optional<String> group, List<String> items,
      List<String> unitsUsed, List<String> unitsDropped, double[] variances,
      double[][] loadings) {
    Objects.requireNonNull(group, "group");
    String where = where(group, items);
    int k = requireColumns(where, items);
    Set<String> units = new HashSet<>();
    for (String u : unitsUsed) {
      if (!units.add(u)) {
        throw new AnalysisException("PCA of " + where + ": unit '" + u + "' is listed twice "
            + "among the units used; expected each unit once");
      }
    }
    if (unitsUsed.size() < 2) {
      throw new AnalysisException("PCA of " + where + ": " + unitsUsed.size() + " unit(s) "
          + "used; expected at least 2");
    }
    for (String u : unitsDropped) {
      if (!units.add(u)) {
        throw new AnalysisException("PCA of " + where + ": unit '" + u + "' is listed twice "
            + "among the units used and dropped; expected each unit once, used or dropped");
      }
    }
    if (variances.length != k || loadings.length != k) {
      throw new AnalysisException("PCA of " + where + ": " + variances.length + " variances and "
          + loadings.length + " components of loadings; expected one of each per column (" + k
          + ")");
    }
    double[][] copy = new double[k][];
    for (int c = 0; c < k; c++) {
      double v = variances[c];
      if (!(v >= 0) || Double.isInfinite(v) || (c > 0 && v > variances[c - 1])) {
        throw new AnalysisException("PCA of " + where + ": the variance of component " + c
            + " is " + v + "; expected a finite number of at least 0, at most the previous"
            + " component's");
      }
      if (loadings[c].length != k) {
        throw new AnalysisException("PCA of " + where + ": component " + c + " has "
            + loadings[c].length + " loadings; expected one per column (" + k + ")");
      }
      for (int j = 0; j < k; j++) {
        if (!Double.isFinite(loadings[c][j])) {
          throw new AnalysisException("PCA of " + where + ": component " + c + ", column '"
              + items.get(j) + "': loading " + loadings[c][j] + " is invalid; expected a finite"
              + " number");
        }
      }
      copy[c] = loadings[c].clone();
    }
    return new PrincipalComponents(group, items, unitsUsed, unitsDropped, variances.clone(),
        copy);
  }

  private static String where(Optional<String> group, List<String> items) {
    return group.map(g -> "group '" + g + "'").orElse("columns " + items);
  }

  /** The number of columns, checked: at least one, each once. */
  private static int requireColumns(String where, List<String> items) {
    if (items.isEmpty()) {
      throw new AnalysisException("PCA of " + where + ": no columns; expected at least one");
    }
    Set<String> seen = new HashSet<>();
    for (String item : items) {
      if (!seen.add(item)) {
        throw new AnalysisException("PCA of " + where + ": column '" + item + "' is listed "
            + "twice; expected each column once");
      }
    }
    return items.size();
  }

  private static PrincipalComponents compute(Optional<String> group, Dataset data,
      List<String> items) {
    String where = where(group, items);
    int k = requireColumns(where, items);
    double[][] cols = new double[k][];
    for (int j = 0; j < k; j++) {
      cols[j] = data.column(items.get(j));
    }
    Standardised st = Standardised.of("PCA of " + where, items, cols);
    List<String> used = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    List<Unit> units = data.units();
    int next = 0;
    for (int i = 0; i < units.size(); i++) {
      if (next < st.n() && st.rows[next] == i) {
        used.add(units.get(i).code());
        next++;
      } else {
        dropped.add(units.get(i).code());
      }
    }
    double[][] corr = st.correlations;
    SymmetricEigen eig = SymmetricEigen.of(corr);
    double[] values = eig.values();
    int[] order = eig.descending();
    double[] variances = new double[k];
    double[][] loadings = new double[k][];
    for (int c = 0; c < k; c++) {
      // rounding can leave a zero eigenvalue slightly negative
      variances[c] = Math.max(0, values[order[c]]);
      double[] v = eig.vector(order[c]);
      int big = 0;
      for (int j = 1; j < k; j++) {
        // equal magnitudes (to within rounding) keep the first
        if (Math.abs(v[j]) > Math.abs(v[big]) * (1 + 1e-10)) {
          big = j;
        }
      }
      if (v[big] < 0) {
        for (int j = 0; j < k; j++) {
          v[j] = -v[j];
        }
      }
      loadings[c] = v;
    }
    return new PrincipalComponents(group, items, used, dropped, variances, loadings);
  }

  /**
   * Returns the group analysed (the parent's code), empty for an analysis of given columns.
   *
   * @return the group
   */
  public Optional<String> group() {
    return group;
  }

  /**
   * Returns the columns analysed, in order.
   *
   * @return the codes
   */
  public List<String> items() {
    return items;
  }

  /**
   * Returns the units that had every column present, which the analysis used.
   *
   * @return unit codes
   */
  public List<String> unitsUsed() {
    return unitsUsed;
  }

  /**
   * Returns the units left out for a missing value.
   *
   * @return unit codes
   */
  public List<String> unitsDropped() {
    return unitsDropped;
  }

  /**
   * Returns the variance of each component (eigenvalues of the correlation matrix; R's
   * {@code sdev^2}), decreasing; they sum to the number of columns.
   *
   * @return a copy of the variances
   */
  public double[] variances() {
    return variances.clone();
  }

  /**
   * Returns the share of the total variance each component explains, decreasing.
   *
   * @return fractions summing to 1
   */
  public double[] varianceExplained() {
    double[] out = new double[variances.length];
    for (int c = 0; c < out.length; c++) {
      out[c] = variances[c] / items.size();
    }
    return out;
  }

  /**
   * Returns the loadings of one component by column code.
   *
   * @param component the component, 0 for the first
   * @return loadings (a unit vector oriented so its largest-magnitude entry is positive)
   * @throws AnalysisException if there is no such component
   */
  public Map<String, Double> loadings(int component) {
    if (component < 0 || component >= loadings.length) {
      throw new AnalysisException("component " + component + " does not exist; expected 0 to "
          + (loadings.length - 1));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int j = 0; j < items.size(); j++) {
      out.put(items.get(j), loadings[component][j]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns weights from the first component: its squared loadings, which sum to 1.
   *
   * @return weight by column code
   */
  public Map<String, Double> weights() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int j = 0; j < items.size(); j++) {
      out.put(items.get(j), loadings[0][j] * loadings[0][j]);
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrincipalComponents p && group.equals(p.group) && items.equals(p.items)
        && unitsUsed.equals(p.unitsUsed) && unitsDropped.equals(p.unitsDropped)
        && Arrays.equals(variances, p.variances) && Arrays.deepEquals(loadings, p.loadings);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Objects.hash(group, items, unitsUsed, unitsDropped)
        + Arrays.hashCode(variances)) + Arrays.deepHashCode(loadings);
  }

  @Override
  public String toString() {
    return "PrincipalComponents[" + group.orElse("columns") + ", items=" + items.size()
        + ", units=" + unitsUsed.size() + "]";
  }
}

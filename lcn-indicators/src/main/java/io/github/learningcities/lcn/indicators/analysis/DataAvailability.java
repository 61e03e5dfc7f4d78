package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Data availability of each unit over a framework's indicators, overall and within every
 * aggregate (COINr's {@code get_data_avail}: {@code Summary} and {@code ByGroup}).
 *
 * <p>Overall: the number of missing and of zero indicator values, the fraction available
 * ({@code Dat_Avail}) and the fraction of available values that are not zero ({@code
 * Non_Zero}). By group: for every aggregate, the fraction of the indicators under it (at any
 * depth) that the unit has.
 *
 * <pre>{@code
 * DataAvailability a = DataAvailability.of(framework, dataset);
 * a.unit("AUT").available();
 * a.group("AUT", "P2P");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DataAvailability {
  private final List<UnitAvailability> units;
  private final Map<String, UnitAvailability> byUnit;
  private final Map<String, Map<String, Double>> groups;

  private DataAvailability(List<UnitAvailability> units, Map<String, Map<String, Double>> g) {
    this.units = List.copyOf(units);
    this.byUnit = new LinkedHashMap<>();
    units.forEach(u -> byUnit.put(u.unit(), u));
    this.groups = g;
  }

  /**
   * One unit's overall availability.
   *
   * @param unit the unit's code
   * @param indicators the number of indicators
   * @param missing the number of missing indicator values
   * @param zeros the number of indicator values equal to zero
   * @param available the fraction of indicators present, {@code 1 - missing / indicators}
   * @param nonZero the fraction of present values that are not zero, empty if none is present
   * @since 0.1.0
   */
  public record UnitAvailability(String unit, int indicators, int missing, int zeros,
      double available, OptionalDouble nonZero) {

    /** Checks the fields. */
    public UnitAvailability {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(nonZero, "nonZero");
    }
  }

  /**
   * Computes the availability of every unit of a dataset over a framework's indicators.
   *
   * @param framework the framework
   * @param data a dataset with a column for every indicator of the framework
   * @return the availability
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if an indicator has no
   *     column in the dataset
   */
  public static DataAvailability of(Framework framework, Dataset data) {
    List<Node> leaves = framework.indicators();
    Map<String, Integer> leafIndex = new LinkedHashMap<>();
    double[][] cols = new double[leaves.size()][];
    for (int j = 0; j < cols.length; j++) {
      cols[j] = data.column(leaves.get(j).code());
      leafIndex.put(leaves.get(j).code(), j);
    }
    Map<String, int[]> groupLeaves = new LinkedHashMap<>();
    Map<String, List<String>> under = Structure.leavesUnderEach(framework);
    for (Node n : framework.nodes()) {
      if (!framework.children(n.code()).isEmpty()) {
        List<String> leavesOfNode = under.getOrDefault(n.code(), List.of());
        int[] positions = new int[leavesOfNode.size()];
        for (int j = 0; j < positions.length; j++) {
          positions[j] = leafIndex.get(leavesOfNode.get(j));
        }
        groupLeaves.put(n.code(), positions);
      }
    }
    List<UnitAvailability> out = new ArrayList<>();
    Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
    int k = cols.length;
    for (int i = 0; i < data.unitCount(); i++) {
      int missing = 0;
      int zeros = 0;
      for (double[] c : cols) {
        if (Double.isNaN(c[i])) {
          missing++;
        } else if (c[i] == 0) {
          zeros++;
        }
      }
      int present = k - missing;
      String code = data.units().get(i).code();
      out.add(new UnitAvailability(code, k, missing, zeros,
          k == 0 ? 0 : 1 - (double) missing / k,
          present == 0 ? OptionalDouble.empty()
              : OptionalDouble.of(1 - (double) zeros / present)));
      Map<String, Double> g = new LinkedHashMap<>();
      for (Map.Entry<String, int[]> e : groupLeaves.entrySet()) {
        int have = 0;
        for (int j : e.getValue()) {
          if (!Double.isNaN(cols[j][i])) {
            have++;
          }
        }
        g.put(e.getKey(), (double) have / e.getValue().length);
      }
      groups.put(code, Collections.unmodifiableMap(g));
    }
    return new DataAvailability(out, Collections.unmodifiableMap(groups));
  }

  /**
   * Rebuilds a report from its values, for instance as read back from a document.
   *
   * @param units every unit's overall availability, in dataset order, one per unit code
   * @param groups unit code to its availability in every aggregate (aggregate code to the
   *     fraction of its indicators present, in framework order); one entry per unit, the same
   *     aggregates for every unit, and empty maps if the framework has no aggregate
   * @return the report
   * @throws AnalysisException if a unit appears twice, the units of the two arguments differ,
   *     two units have different aggregates, or a fraction is not between 0 and 1
   */
  public static DataAvailability ofUnits(List<UnitAvailability> units,
      Map<String, Map<String, Double>> groups) {
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    List<String> aggregates = null;
    for (UnitAvailability u : units) {
      Map<String, Double> g = groups.get(Objects.requireNonNull(u, "unit").unit());
      if (copy.containsKey(u.unit())) {
        throw new AnalysisException("unit '" + u.unit() + "' appears twice in the availability "
            + "report; expected each unit once");
      }
      if (g == null) {
        throw new AnalysisException("unit '" + u.unit() + "' has no availability by aggregate; "
            + "expected one (empty if the framework has no aggregate) for every unit");
      }
      if (aggregates == null) {
        aggregates = List.copyOf(g.keySet());
      } else if (!new HashSet<>(aggregates).equals(g.keySet())) {
        throw new AnalysisException("unit '" + u.unit() + "' has an availability for the "
            + "aggregates " + g.keySet() + "; expected the same aggregates for every unit: "
            + aggregates);
      }
      for (Map.Entry<String, Double> e : g.entrySet()) {
        Double v = e.getValue();
        if (v == null || !(v >= 0 && v <= 1)) {
          throw new AnalysisException("unit '" + u.unit() + "', aggregate '" + e.getKey()
              + "': availability " + v + " is invalid; expected a fraction from 0 to 1");
        }
      }
      copy.put(u.unit(), Collections.unmodifiableMap(new LinkedHashMap<>(g)));
    }
    for (String unit : groups.keySet()) {
      if (!copy.containsKey(unit)) {
        throw new AnalysisException("the availability by aggregate names unit '" + unit
            + "', which has no overall availability; expected only the units " + copy.keySet());
      }
    }
    return new DataAvailability(units, Collections.unmodifiableMap(copy));
  }

  /**
   * Returns every unit's overall availability, in dataset order.
   *
   * @return the units
   */
  public List<UnitAvailability> units() {
    return units;
  }

  /**
   * Returns one unit's overall availability.
   *
   * @param unit the unit's code
   * @return the availability
   * @throws AnalysisException if the unit is unknown
   */
  public UnitAvailability unit(String unit) {
    UnitAvailability u = byUnit.get(unit);
    if (u == null) {
      throw new AnalysisException("unit '" + unit + "' is not in the dataset analysed");
    }
    return u;
  }

  /**
   * Returns a unit's availability in every aggregate.
   *
   * @param unit the unit's code
   * @return aggregate code to the fraction of its indicators present, in framework order
   * @throws AnalysisException if the unit is unknown
   */
  public Map<String, Double> groups(String unit) {
    unit(unit);
    return groups.get(unit);
  }

  /**
   * Returns a unit's availability in one aggregate.
   *
   * @param unit the unit's code
   * @param group the aggregate's code
   * @return the fraction of the aggregate's indicators present
   * @throws AnalysisException if the unit or aggregate is unknown
   */
  public double group(String unit, String group) {
    Double v = groups(unit).get(group);
    if (v == null) {
      throw new AnalysisException("'" + group + "' is not an aggregate of the framework; "
          + "expected one of " + groups(unit).keySet());
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataAvailability a && units.equals(a.units) && groups.equals(a.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(units, groups);
  }

  @Override
  public String toString() {
    return "DataAvailability[units=" + units.size() + "]";
  }
}

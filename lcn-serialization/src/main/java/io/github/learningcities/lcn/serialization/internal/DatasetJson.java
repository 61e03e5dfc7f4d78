package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.InvalidDatasetException;
import io.github.learningcities.lcn.indicators.data.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.util.StdConverter;

/**
 * A dataset on the wire: the indicator codes in column order, then one entry per unit with its
 * present values only. A missing cell is simply absent from the unit's {@code values}, so no
 * null or NaN is ever written; every value read must be finite.
 *
 * @since 0.1.0
 */
public final class DatasetJson {
  private DatasetJson() {}

  /**
   * A dataset on the wire.
   *
   * @param indicators the indicator codes in column order
   * @param units the units in row order
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"indicators", "units"})
  public record DatasetData(
      List<String> indicators,
      List<RowData> units) {}

  /**
   * One unit with its present values.
   *
   * @param code the unit's code
   * @param name the name, left out when equal to the code
   * @param groups group value by group variable
   * @param denominators denominator value by name
   * @param values present value by indicator code
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"code", "name", "groups", "denominators", "values"})
  public record RowData(@JsonProperty(required = true) String code, String name,
      Map<String, String> groups, Map<String, Double> denominators,
      Map<String, Double> values) {}

  /**
   * A unit on its own (without values).
   *
   * @param code the unit's code
   * @param name the name, left out when equal to the code
   * @param groups group value by group variable
   * @param denominators denominator value by name
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"code", "name", "groups", "denominators"})
  public record UnitData(@JsonProperty(required = true) String code, String name,
      Map<String, String> groups, Map<String, Double> denominators) {}

  /** Dataset to wire form. @since 0.1.0 */
  public static final class ToData extends StdConverter<Dataset, DatasetData> {
    @Override
    public DatasetData convert(Dataset d) {
      List<RowData> rows = new ArrayList<>();
      List<double[]> columns = new ArrayList<>();
      for (String indicator : d.indicators()) {
        columns.add(d.column(indicator));
      }
      for (int i = 0; i < d.units().size(); i++) {
        Unit u = d.units().get(i);
        Map<String, Double> values = new LinkedHashMap<>();
        for (int j = 0; j < columns.size(); j++) {
          double v = columns.get(j)[i];
          if (!Double.isNaN(v)) {
            values.put(d.indicators().get(j), v);
          }
        }
        rows.add(new RowData(u.code(), u.name().equals(u.code()) ? null : u.name(), u.groups(),
            u.denominators(), values));
      }
      return new DatasetData(d.indicators(), rows);
    }
  }

  /** Wire form to dataset. @since 0.1.0 */
  public static final class FromData extends StdConverter<DatasetData, Dataset> {
    @Override
    public Dataset convert(DatasetData d) {
      Set<String> indicators = new LinkedHashSet<>();
      for (String indicator : FrameworkJson.nonNull(d.indicators())) {
        if (!indicators.add(indicator)) {
          throw new InvalidDatasetException("indicator '" + indicator
              + "' is listed twice; expected unique indicator codes");
        }
      }
      Dataset.Builder b = Dataset.builder();
      indicators.forEach(b::indicator);
      List<RowData> rows = FrameworkJson.nonNull(d.units());
      for (RowData r : rows) {
        b.unit(new Unit(r.code(), r.name(), r.groups() == null ? Map.of() : r.groups(),
            r.denominators() == null ? Map.of() : r.denominators()));
      }
      for (RowData r : rows) {
        if (r.values() == null) {
          continue;
        }
        for (Map.Entry<String, Double> e : r.values().entrySet()) {
          if (!indicators.contains(e.getKey())) {
            throw new InvalidDatasetException("unit '" + r.code() + "' has a value for '"
                + e.getKey() + "', which is not among the indicators " + indicators
                + "; expected only listed indicators");
          }
          if (e.getValue() == null) {
            throw new InvalidDatasetException("unit '" + r.code() + "', indicator '"
                + e.getKey() + "': null is invalid; expected a finite number (leave a missing"
                + " value out)");
          }
          b.value(r.code(), e.getKey(), e.getValue());
        }
      }
      return b.build();
    }
  }

  /** Unit to wire form. @since 0.1.0 */
  public static final class UnitToData extends StdConverter<Unit, UnitData> {
    @Override
    public UnitData convert(Unit u) {
      return new UnitData(u.code(), u.name().equals(u.code()) ? null : u.name(), u.groups(),
          u.denominators());
    }
  }

  /** Wire form to unit. @since 0.1.0 */
  public static final class UnitFromData extends StdConverter<UnitData, Unit> {
    @Override
    public Unit convert(UnitData d) {
      return new Unit(d.code(), d.name(), d.groups() == null ? Map.of() : d.groups(),
          d.denominators() == null ? Map.of() : d.denominators());
    }
  }
}

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
      List<double[]> columns = columns(d, d.indicators());
      for (int i = 0; i < d.units().size(); i++) {
        Unit u = d.units().get(i);
        rows.add(new RowData(u.code(), writtenName(u), u.groups(), u.denominators(),
            presentValues(d.indicators(), columns, i)));
      }
      return new DatasetData(d.indicators(), rows);
    }
  }

  /** Wire form to dataset. @since 0.1.0 */
  public static final class FromData extends StdConverter<DatasetData, Dataset> {
    @Override
    public Dataset convert(DatasetData d) {
      Set<String> indicators = uniqueIndicators(d.indicators());
      Dataset.Builder b = Dataset.builder();
      indicators.forEach(b::indicator);
      List<RowData> rows = FrameworkJson.nonNull(d.units());
      for (RowData r : rows) {
        b.unit(unit(r.code(), r.name(), r.groups(), r.denominators()));
      }
      for (RowData r : rows) {
        putValues(b, r.code(), "unit '" + r.code() + "'", r.values(), indicators);
      }
      return b.build();
    }
  }

  /** The columns of the given indicators, NaN marking missing cells. */
  static List<double[]> columns(Dataset d, List<String> indicators) {
    List<double[]> columns = new ArrayList<>(indicators.size());
    for (String indicator : indicators) {
      columns.add(d.column(indicator));
    }
    return columns;
  }

  /** The present values of one row, by indicator in the given order. */
  static Map<String, Double> presentValues(List<String> indicators, List<double[]> columns,
      int row) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int j = 0; j < columns.size(); j++) {
      double v = columns.get(j)[row];
      if (!Double.isNaN(v)) {
        values.put(indicators.get(j), v);
      }
    }
    return values;
  }

  /** The name to write: none when it is the code (reading gives the code back). */
  static String writtenName(Unit u) {
    return u.name().equals(u.code()) ? null : u.name();
  }

  /** A unit as read, absent maps read as empty. */
  static Unit unit(String code, String name, Map<String, String> groups,
      Map<String, Double> denominators) {
    return new Unit(code, name, groups == null ? Map.of() : groups,
        denominators == null ? Map.of() : denominators);
  }

  /** The indicator codes as read, in order, refusing an empty one and one listed twice. */
  static Set<String> uniqueIndicators(List<String> codes) {
    Set<String> indicators = new LinkedHashSet<>();
    for (String indicator : FrameworkJson.nonNull(codes)) {
      if (indicator.isBlank()) {
        // an empty element in XML reads as an empty code; the schemas refuse it
        throw new InvalidDatasetException("an indicator code is empty; expected a non-empty "
            + "code for every listed indicator");
      }
      if (!indicators.add(indicator)) {
        throw new InvalidDatasetException("indicator '" + indicator
            + "' is listed twice; expected unique indicator codes");
      }
    }
    return indicators;
  }

  /**
   * Sets the present values read for one unit, each of a listed indicator and not null.
   *
   * @param place where the values are, for messages, e.g. {@code unit 'AUT'}
   */
  static void putValues(Dataset.Builder b, String unit, String place,
      Map<String, Double> values, Set<String> indicators) {
    if (values == null) {
      return;
    }
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (!indicators.contains(e.getKey())) {
        throw new InvalidDatasetException(place + " has a value for '" + e.getKey()
            + "', which is not among the indicators " + indicators
            + "; expected only listed indicators");
      }
      if (e.getValue() == null) {
        throw new InvalidDatasetException(place + ", indicator '" + e.getKey()
            + "': null is invalid; expected a finite number (leave a missing value out)");
      }
      b.value(unit, e.getKey(), e.getValue());
    }
  }

  /** Unit to wire form. @since 0.1.0 */
  public static final class UnitToData extends StdConverter<Unit, UnitData> {
    @Override
    public UnitData convert(Unit u) {
      return new UnitData(u.code(), writtenName(u), u.groups(), u.denominators());
    }
  }

  /** Wire form to unit. @since 0.1.0 */
  public static final class UnitFromData extends StdConverter<UnitData, Unit> {
    @Override
    public Unit convert(UnitData d) {
      return unit(d.code(), d.name(), d.groups(), d.denominators());
    }
  }
}

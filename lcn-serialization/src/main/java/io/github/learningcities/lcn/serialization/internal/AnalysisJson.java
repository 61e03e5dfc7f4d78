package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.analysis.AnalysisException;
import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.analysis.PrincipalComponents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.util.StdConverter;

/**
 * Analysis outcomes on the wire: correlation matrices, data availability, effective weights and
 * principal components. What is derived (a unit's availability by aggregate, a matrix's cell
 * codes) is written once; an undefined statistic is left out rather than written as NaN. Every
 * value is read back through the type's checked factory.
 *
 * @since 0.1.0
 */
public final class AnalysisJson {
  private AnalysisJson() {}

  private static Double defined(OptionalDouble x) {
    return x.isPresent() ? x.getAsDouble() : null;
  }

  private static OptionalDouble optional(Double x) {
    return x == null ? OptionalDouble.empty() : OptionalDouble.of(x);
  }

  private static <T> T required(T value, String what, String expected) {
    if (value == null) {
      throw new AnalysisException(what + " is missing; expected " + expected);
    }
    return value;
  }

  // Correlation matrices.

  /**
   * A correlation matrix on the wire: the method and the column codes once, then each row with
   * its cells in column order.
   *
   * @param method the coefficient, e.g. {@code "PEARSON"}
   * @param columns the column codes
   * @param rows the rows, in order
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"method", "columns", "rows"})
  public record CorrelationMatrixData(
      @JsonProperty(required = true) CorrelationMethod method,
      List<String> columns,
      List<CorrelationRowData> rows) {}

  /**
   * One row of a correlation matrix.
   *
   * @param code the row's code
   * @param cells one cell per column, in column order
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"code", "cells"})
  public record CorrelationRowData(@JsonProperty(required = true) String code,
      List<CorrelationCellData> cells) {}

  /**
   * One cell: the correlation of its row with its column.
   *
   * @param observations the number of complete pairs
   * @param coefficient the coefficient, absent when undefined
   * @param pValue the p-value, absent when undefined
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"observations", "coefficient", "pValue"})
  public record CorrelationCellData(@JsonProperty(required = true) int observations,
      Double coefficient, Double pValue) {}

  /** Correlation matrix to wire form. @since 0.1.0 */
  public static final class CorrelationMatrixToData
      extends StdConverter<CorrelationMatrix, CorrelationMatrixData> {
    @Override
    public CorrelationMatrixData convert(CorrelationMatrix m) {
      List<CorrelationRowData> rows = new ArrayList<>();
      for (String row : m.rows()) {
        rows.add(new CorrelationRowData(row, new ArrayList<>()));
      }
      int c = m.columns().size();
      List<Correlation> cells = m.cells();
      for (int k = 0; k < cells.size(); k++) {
        Correlation x = cells.get(k);
        rows.get(k / c).cells().add(new CorrelationCellData(x.observations(),
            defined(x.coefficient()), defined(x.pValue())));
      }
      return new CorrelationMatrixData(m.method(), m.columns(), rows);
    }
  }

  /** Wire form to correlation matrix. @since 0.1.0 */
  public static final class CorrelationMatrixFromData
      extends StdConverter<CorrelationMatrixData, CorrelationMatrix> {
    @Override
    public CorrelationMatrix convert(CorrelationMatrixData d) {
      CorrelationMethod method = required(d.method(), "the method of the correlation matrix",
          "one of " + Arrays.toString(CorrelationMethod.values()));
      List<String> columns = FrameworkJson.nonNull(d.columns());
      List<String> rows = new ArrayList<>();
      List<Correlation> cells = new ArrayList<>();
      for (CorrelationRowData row : FrameworkJson.nonNull(d.rows())) {
        rows.add(row.code());
        List<CorrelationCellData> rowCells = FrameworkJson.nonNull(row.cells());
        if (rowCells.size() != columns.size()) {
          throw new AnalysisException("row '" + row.code() + "' of the correlation matrix has "
              + rowCells.size() + " cells; expected one per column " + columns);
        }
        for (int j = 0; j < columns.size(); j++) {
          CorrelationCellData cell = required(rowCells.get(j), "cell " + j + " of row '"
              + row.code() + "'", "a cell with at least its number of observations");
          cells.add(new Correlation(row.code(), columns.get(j), method, cell.observations(),
              optional(cell.coefficient()), optional(cell.pValue())));
        }
      }
      return CorrelationMatrix.ofCells(rows, columns, method, cells);
    }
  }

  // Data availability.

  /**
   * A data availability report on the wire: one entry per unit.
   *
   * @param units the units, in dataset order
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DataAvailabilityData(List<UnitAvailabilityData> units) {}

  /**
   * One unit's availability, overall and by aggregate.
   *
   * @param unit the unit's code
   * @param indicators the number of indicators
   * @param missing the number of missing values
   * @param zeros the number of zero values
   * @param available the fraction of indicators present
   * @param nonZero the fraction of present values that are not zero, absent when none is
   * @param groups aggregate code to the fraction of its indicators present, in framework order
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"unit", "indicators", "missing", "zeros", "available", "nonZero",
      "groups"})
  public record UnitAvailabilityData(@JsonProperty(required = true) String unit,
      @JsonProperty(required = true) int indicators, @JsonProperty(required = true) int missing,
      @JsonProperty(required = true) int zeros, @JsonProperty(required = true) double available,
      Double nonZero, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Double> groups) {}

  /** Data availability to wire form. @since 0.1.0 */
  public static final class DataAvailabilityToData
      extends StdConverter<DataAvailability, DataAvailabilityData> {
    @Override
    public DataAvailabilityData convert(DataAvailability a) {
      return new DataAvailabilityData(a.units().stream().map(u -> new UnitAvailabilityData(
          u.unit(), u.indicators(), u.missing(), u.zeros(), u.available(),
          defined(u.nonZero()), a.groups(u.unit()))).toList());
    }
  }

  /** Wire form to data availability. @since 0.1.0 */
  public static final class DataAvailabilityFromData
      extends StdConverter<DataAvailabilityData, DataAvailability> {
    @Override
    public DataAvailability convert(DataAvailabilityData d) {
      List<DataAvailability.UnitAvailability> units = new ArrayList<>();
      Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
      for (UnitAvailabilityData u : FrameworkJson.nonNull(d.units())) {
        units.add(new DataAvailability.UnitAvailability(u.unit(), u.indicators(), u.missing(),
            u.zeros(), u.available(), optional(u.nonZero())));
        groups.putIfAbsent(u.unit(), u.groups() == null ? Map.of() : u.groups());
      }
      return DataAvailability.ofUnits(units, groups);
    }
  }

  // Effective weights.

  /**
   * Effective weights on the wire: every node's, in framework order.
   *
   * @param nodes the nodes
   * @since 0.1.0
   */
  public record EffectiveWeightsData(List<NodeWeightData> nodes) {}

  /**
   * One node's effective weight.
   *
   * @param node the node's code
   * @param level its level, 1 for an indicator
   * @param weight its effective weight
   * @since 0.1.0
   */
  @JsonPropertyOrder({"node", "level", "weight"})
  public record NodeWeightData(@JsonProperty(required = true) String node,
      @JsonProperty(required = true) int level, @JsonProperty(required = true) double weight) {}

  /** Effective weights to wire form. @since 0.1.0 */
  public static final class EffectiveWeightsToData
      extends StdConverter<EffectiveWeights, EffectiveWeightsData> {
    @Override
    public EffectiveWeightsData convert(EffectiveWeights w) {
      return new EffectiveWeightsData(w.nodes().stream().map(n -> new NodeWeightData(n.node(),
          n.level(), n.weight())).toList());
    }
  }

  /** Wire form to effective weights. @since 0.1.0 */
  public static final class EffectiveWeightsFromData
      extends StdConverter<EffectiveWeightsData, EffectiveWeights> {
    @Override
    public EffectiveWeights convert(EffectiveWeightsData d) {
      return EffectiveWeights.ofNodes(FrameworkJson.nonNull(d.nodes()).stream()
          .map(n -> new EffectiveWeights.NodeWeight(n.node(), n.level(), n.weight()))
          .toList());
    }
  }

  // Principal components.

  /**
   * Principal components on the wire: what was analysed, then each component with its variance
   * and its loadings by column.
   *
   * @param group the group analysed, absent for an analysis of given columns
   * @param items the columns analysed, in order
   * @param unitsUsed the units with every column present
   * @param unitsDropped the units left out for a missing value
   * @param components the components, by decreasing variance
   * @since 0.1.0
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"group", "items", "unitsUsed", "unitsDropped", "components"})
  public record PrincipalComponentsData(String group, List<String> items,
      List<String> unitsUsed, List<String> unitsDropped, List<ComponentData> components) {}

  /**
   * One principal component.
   *
   * @param variance its variance
   * @param loadings its loading of each column, by column code in column order
   * @since 0.1.0
   */
  @JsonPropertyOrder({"variance", "loadings"})
  public record ComponentData(@JsonProperty(required = true) double variance,
      Map<String, Double> loadings) {}

  /** Principal components to wire form. @since 0.1.0 */
  public static final class PrincipalComponentsToData
      extends StdConverter<PrincipalComponents, PrincipalComponentsData> {
    @Override
    public PrincipalComponentsData convert(PrincipalComponents p) {
      double[] variances = p.variances();
      List<ComponentData> components = new ArrayList<>(variances.length);
      for (int c = 0; c < variances.length; c++) {
        components.add(new ComponentData(variances[c], p.loadings(c)));
      }
      return new PrincipalComponentsData(p.group().orElse(null), p.items(), p.unitsUsed(),
          p.unitsDropped(), components);
    }
  }

  /** Wire form to principal components. @since 0.1.0 */
  public static final class PrincipalComponentsFromData
      extends StdConverter<PrincipalComponentsData, PrincipalComponents> {
    @Override
    public PrincipalComponents convert(PrincipalComponentsData d) {
      List<String> items = FrameworkJson.nonNull(d.items());
      List<ComponentData> components = FrameworkJson.nonNull(d.components());
      double[] variances = new double[components.size()];
      double[][] loadings = new double[components.size()][];
      for (int c = 0; c < variances.length; c++) {
        ComponentData component = required(components.get(c), "component " + c,
            "its variance and loadings");
        Map<String, Double> byItem = component.loadings() == null ? Map.of()
            : component.loadings();
        for (String key : byItem.keySet()) {
          if (!items.contains(key)) {
            throw new AnalysisException("component " + c + " has a loading for '" + key
                + "', which is not among the items " + items + "; expected one per item");
          }
        }
        variances[c] = component.variance();
        loadings[c] = new double[items.size()];
        for (int j = 0; j < items.size(); j++) {
          loadings[c][j] = required(byItem.get(items.get(j)), "component " + c
              + "'s loading of '" + items.get(j) + "'", "a finite number for every item");
        }
      }
      return PrincipalComponents.ofComponents(Optional.ofNullable(d.group()), items,
          FrameworkJson.nonNull(d.unitsUsed()), FrameworkJson.nonNull(d.unitsDropped()),
          variances, loadings);
    }
  }
}

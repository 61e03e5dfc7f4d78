package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditThresholds;
import io.github.learningcities.lcn.indicators.audit.Finding;
import io.github.learningcities.lcn.indicators.audit.Importance;
import io.github.learningcities.lcn.indicators.audit.Reliability;
import io.github.learningcities.lcn.indicators.audit.WeightShare;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.util.StdConverter;

/**
 * A statistical audit on the wire: its sections in the audit's order, each written by its own
 * type's mapping, read back through {@link Audit#ofSections}.
 *
 * @since 0.1.0
 */
public final class AuditJson {
  private AuditJson() {}

  /**
   * An audit's sections.
   *
   * @param index the audited index's code
   * @param units the number of units scored
   * @param thresholds the thresholds
   * @param statistics the raw indicators' statistics
   * @param availability the units' data availability
   * @param indicatorCorrelations the normalised indicators' correlations
   * @param parentCorrelations every node's correlation with its parent
   * @param reliability every aggregate's alpha and components
   * @param weights every node's nominal and effective weight
   * @param importance every indicator's correlation ratio
   * @param uncertainty the uncertainty analysis, if one was run
   * @param removals the removal impacts
   * @param findings the findings
   * @since 0.1.0
   */
  @JsonPropertyOrder({"index", "units", "thresholds", "statistics", "availability",
      "indicatorCorrelations", "parentCorrelations", "reliability", "weights", "importance",
      "uncertainty", "removals", "findings"})
  public record AuditData(
      @JsonProperty(required = true) String index,
      int units,
      @JsonProperty(required = true) AuditThresholds thresholds,
      List<IndicatorStatistics> statistics,
      @JsonProperty(required = true) DataAvailability availability,
      @JsonProperty(required = true) CorrelationMatrix indicatorCorrelations,
      List<Correlation> parentCorrelations,
      List<Reliability> reliability,
      List<WeightShare> weights,
      List<Importance> importance,
      Optional<UncertaintyResult> uncertainty,
      List<RemovalImpact> removals,
      List<Finding> findings) {}

  /**
   * An audit to its sections.
   *
   * @since 0.1.0
   */
  public static final class ToData extends StdConverter<Audit, AuditData> {
    @Override
    public AuditData convert(Audit a) {
      return new AuditData(a.index(), a.units(), a.thresholds(), a.statistics(),
          a.availability(), a.indicatorCorrelations(), a.parentCorrelations(), a.reliability(),
          a.weights(), a.importance(), a.uncertainty(), a.removals(), a.findings());
    }
  }

  /**
   * Sections back to an audit.
   *
   * @since 0.1.0
   */
  public static final class FromData extends StdConverter<AuditData, Audit> {
    @Override
    public Audit convert(AuditData d) {
      return Audit.ofSections(d.index(), d.units(), d.thresholds(), orEmpty(d.statistics()),
          d.availability(), d.indicatorCorrelations(), orEmpty(d.parentCorrelations()),
          orEmpty(d.reliability()), orEmpty(d.weights()), orEmpty(d.importance()),
          d.uncertainty() == null ? Optional.empty() : d.uncertainty(),
          orEmpty(d.removals()), orEmpty(d.findings()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
      return list == null ? List.of() : list;
    }
  }
}

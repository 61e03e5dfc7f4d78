package io.github.learningcities.lcn.indicators.audit;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.uncertainty.Progress;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statistical audit of a composite indicator in one immutable artefact, in the sequence the
 * European Commission's Joint Research Centre (JRC) follows in its audits (of the Global
 * Innovation Index, the SDG indices and others):
 *
 * <ol>
 *   <li>data: statistics and flags of every raw indicator ({@link #statistics()}, COINr's
 *       {@code get_stats}) and every unit's data availability ({@link #availability()});
 *   <li>correlation: the Pearson correlations of the normalised indicators ({@link
 *       #indicatorCorrelations()}) and of every node with its parent ({@link
 *       #parentCorrelations()});
 *   <li>reliability: Cronbach's alpha and principal components of every aggregate's children
 *       ({@link #reliability()});
 *   <li>weights: nominal against effective weights of every node ({@link #weights()});
 *   <li>importance: the first-order correlation ratio of the index on each indicator with a
 *       bootstrap interval, against its effective weight ({@link #importance()}, Paruolo,
 *       Saisana and Saltelli 2013; Becker et al. 2017);
 *   <li>uncertainty: rank intervals and Sobol indices over methodological choices ({@link
 *       #uncertainty()}, from {@link io.github.learningcities.lcn.indicators.uncertainty
 *       .UncertaintyAnalysis}), when the specification asks for one;
 *   <li>removal: the index's rank shift when each component of each level below the index is
 *       removed in turn ({@link #removals()}).
 * </ol>
 *
 * <p>{@link #findings()} judge these numbers by the rules of {@link AuditThresholds}: each has
 * a {@link Severity}, a {@link FindingKind}, the place it concerns and a plain-language reason
 * such as {@code "aggregate P2P: Cronbach's alpha 0.41 < 0.70"}. Findings are ordered by section
 * (in the order above), then by decreasing severity, then in framework order.
 *
 * <p>The audit is deterministic: the importance bootstrap draws one random stream per indicator
 * from {@link AuditSpec#seed()} before any work is spread over threads, and resamples the units
 * in the order of their codes, so the audit is the same for a seed whatever the thread count and
 * whatever the order of the units in the dataset. The uncertainty analysis is deterministic in
 * its own seed.
 *
 * <pre>{@code
 * Results results = Engine.standard().run(framework, dataset, pipeline);
 * Audit audit = Audit.of(Engine.standard(), results, AuditSpec.defaults()
 *     .withUncertainty(UncertaintySpec.of(factors, 500, 42L).withSensitivity()));
 * audit.findings(Severity.WARNING); // warnings and critical findings
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Audit {
  private final String index;
  private final int units;
  private final AuditThresholds thresholds;
  private final List<IndicatorStatistics> statistics;
  private final DataAvailability availability;
  private final CorrelationMatrix indicatorCorrelations;
  private final List<Correlation> parentCorrelations;
  private final List<Reliability> reliability;
  private final List<WeightShare> weights;
  private final List<Importance> importance;
  private final Optional<UncertaintyResult> uncertainty;
  private final List<RemovalImpact> removals;
  private final List<Finding> findings;

  private Audit(String index, int units, AuditThresholds thresholds,
      List<IndicatorStatistics> statistics, DataAvailability availability,
      CorrelationMatrix indicatorCorrelations, List<Correlation> parentCorrelations,
      List<Reliability> reliability, List<WeightShare> weights, List<Importance> importance,
      Optional<UncertaintyResult> uncertainty, List<RemovalImpact> removals,
      List<Finding> findings) {
    this.index = Objects.requireNonNull(index, "index");
    if (units < 0) {
      throw new AuditException("audit of '" + index + "': units = " + units
          + "; expected 0 or more");
    }
    this.units = units;
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    this.statistics = List.copyOf(statistics);
    this.availability = Objects.requireNonNull(availability, "availability");
    this.indicatorCorrelations = Objects.requireNonNull(indicatorCorrelations,
        "indicatorCorrelations");
    this.parentCorrelations = List.copyOf(parentCorrelations);
    this.reliability = List.copyOf(reliability);
    this.weights = List.copyOf(weights);
    this.importance = List.copyOf(importance);
    this.uncertainty = Objects.requireNonNull(uncertainty, "uncertainty");
    this.removals = List.copyOf(removals);
    this.findings = findings.stream()
        .sorted((a, b) -> {
          int bySection = a.section().compareTo(b.section());
          return bySection != 0 ? bySection : b.severity().compareTo(a.severity());
        })
        .toList();
  }

  /**
   * Audits results with the default specification ({@link AuditSpec#defaults()}: JRC
   * thresholds, no uncertainty analysis).
   *
   * @param engine the engine that produced the results (it regenerates them for the removals)
   * @param results the results to audit
   * @return the audit
   */
  public static Audit of(Engine engine, Results results) {
    return of(engine, results, AuditSpec.defaults());
  }

  /**
   * Audits results.
   *
   * @param engine the engine that produced the results
   * @param results the results to audit
   * @param spec the thresholds, the optional uncertainty analysis and the bootstrap settings
   * @return the audit
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if the uncertainty
   *     specification does not fit the results' pipeline
   */
  public static Audit of(Engine engine, Results results, AuditSpec spec) {
    return of(engine, results, spec, Progress.NONE);
  }

  /**
   * Audits results, reporting the progress of the uncertainty analysis.
   *
   * @param engine the engine that produced the results
   * @param results the results to audit
   * @param spec the thresholds, the optional uncertainty analysis and the bootstrap settings
   * @param progress receives the uncertainty analysis' progress and may cancel it
   * @return the audit
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if the uncertainty
   *     specification does not fit the results' pipeline
   * @throws java.util.concurrent.CancellationException if the progress callback cancelled
   */
  public static Audit of(Engine engine, Results results, AuditSpec spec, Progress progress) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(progress, "progress");
    return new AuditComputation(engine, results, spec, progress).run();
  }

  /**
   * Rebuilds an audit from its sections, for instance as read back from a document. The
   * findings are taken as given (not recomputed) and put in the audit's order.
   *
   * @param index the code of the audited index (the framework's root)
   * @param units the number of units scored
   * @param thresholds the thresholds the findings were judged by
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
   * @return the audit
   * @throws AuditException if the number of units is negative
   */
  public static Audit ofSections(String index, int units, AuditThresholds thresholds,
      List<IndicatorStatistics> statistics, DataAvailability availability,
      CorrelationMatrix indicatorCorrelations, List<Correlation> parentCorrelations,
      List<Reliability> reliability, List<WeightShare> weights, List<Importance> importance,
      Optional<UncertaintyResult> uncertainty, List<RemovalImpact> removals,
      List<Finding> findings) {
    return new Audit(index, units, thresholds, statistics, availability, indicatorCorrelations,
        parentCorrelations, reliability, weights, importance, uncertainty, removals, findings);
  }

  /**
   * Returns the code of the audited index (the framework's root).
   *
   * @return the code
   */
  public String index() {
    return index;
  }

  /**
   * Returns the number of units scored.
   *
   * @return the count
   */
  public int units() {
    return units;
  }

  /**
   * Returns the thresholds the findings were judged by.
   *
   * @return the thresholds
   */
  public AuditThresholds thresholds() {
    return thresholds;
  }

  /**
   * Returns the statistics and flags of every raw indicator, in framework order.
   *
   * @return the statistics
   */
  public List<IndicatorStatistics> statistics() {
    return statistics;
  }

  /**
   * Returns every unit's availability of raw indicator values, overall and by aggregate.
   *
   * @return the availability
   */
  public DataAvailability availability() {
    return availability;
  }

  /**
   * Returns the Pearson correlations between the normalised indicators.
   *
   * @return the square matrix, indicators in framework order
   */
  public CorrelationMatrix indicatorCorrelations() {
    return indicatorCorrelations;
  }

  /**
   * Returns every node's Pearson correlation with its parent (the parent is {@link
   * Correlation#first()}), level by level from the indicators up, in framework order.
   *
   * @return the correlations
   */
  public List<Correlation> parentCorrelations() {
    return parentCorrelations;
  }

  /**
   * Returns the reliability and dimensionality of every aggregate with at least two children.
   *
   * @return one entry per such aggregate, bottom level first, in framework order
   */
  public List<Reliability> reliability() {
    return reliability;
  }

  /**
   * Returns every node's nominal and effective weight but the root's, in framework order.
   *
   * @return the weights
   */
  public List<WeightShare> weights() {
    return weights;
  }

  /**
   * Returns every indicator's correlation ratio against its weight, in framework order.
   *
   * @return the importance
   */
  public List<Importance> importance() {
    return importance;
  }

  /**
   * Returns the uncertainty and sensitivity analysis of the ranks, if the specification asked
   * for one.
   *
   * @return the analysis
   */
  public Optional<UncertaintyResult> uncertainty() {
    return uncertainty;
  }

  /**
   * Returns the index's rank shift when each node of each level below the index is removed in
   * turn, level by level from the indicators up.
   *
   * @return the removal impacts
   */
  public List<RemovalImpact> removals() {
    return removals;
  }

  /**
   * Returns every finding, by section, then decreasing severity, then framework order.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of at least a severity.
   *
   * @param atLeast the lowest severity wanted
   * @return those findings, in audit order
   */
  public List<Finding> findings(Severity atLeast) {
    return findings.stream().filter(f -> f.severity().compareTo(atLeast) >= 0).toList();
  }

  /**
   * Returns the findings of one section.
   *
   * @param section the section
   * @return its findings, in audit order
   */
  public List<Finding> findings(Section section) {
    return findings.stream().filter(f -> f.section() == section).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Audit a && index.equals(a.index) && units == a.units
        && thresholds.equals(a.thresholds) && statistics.equals(a.statistics)
        && availability.equals(a.availability)
        && indicatorCorrelations.equals(a.indicatorCorrelations)
        && parentCorrelations.equals(a.parentCorrelations) && reliability.equals(a.reliability)
        && weights.equals(a.weights) && importance.equals(a.importance)
        && uncertainty.equals(a.uncertainty) && removals.equals(a.removals)
        && findings.equals(a.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, units, statistics, reliability, importance, findings);
  }

  @Override
  public String toString() {
    return "Audit[" + index + ", " + units + " units, " + findings.size() + " findings]";
  }
}

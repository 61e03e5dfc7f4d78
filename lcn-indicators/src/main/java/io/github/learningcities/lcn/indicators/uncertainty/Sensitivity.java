package io.github.learningcities.lcn.indicators.uncertainty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Sobol indices of a sensitivity analysis.
 *
 * <p>The indices of the main output, the mean absolute rank change of the analysed node versus
 * nominal over all units (COINr's single output), and the convergence view are computed with
 * the analysis. The indices of each unit's rank are computed when first asked for ({@link
 * #perUnit(String)}, or {@link #perUnit()} for all units), from the same replications and with
 * the same number of bootstrap resamples, and then kept: a report that shows a few units does
 * not pay for thousands.
 *
 * @since 0.1.0
 */
public final class Sensitivity {
  private final List<SobolIndices> meanAbsoluteRankChange;
  private final Map<Integer, List<SobolIndices>> convergence;
  private final int failedSamples;
  private final SobolEstimator.UnitOutputs units;
  private final Map<String, List<SobolIndices>> perUnit = new ConcurrentHashMap<>();

  Sensitivity(List<SobolIndices> meanAbsoluteRankChange,
      Map<Integer, List<SobolIndices>> convergence, int failedSamples,
      SobolEstimator.UnitOutputs units) {
    this.meanAbsoluteRankChange = List.copyOf(meanAbsoluteRankChange);
    this.convergence = Collections.unmodifiableMap(new LinkedHashMap<>(convergence));
    this.failedSamples = failedSamples;
    this.units = units;
  }

  /**
   * Returns the indices for the output "mean absolute rank change of the analysed node versus
   * nominal, over units", one per factor in specification order.
   *
   * @return the indices
   */
  public List<SobolIndices> meanAbsoluteRankChange() {
    return meanAbsoluteRankChange;
  }

  /**
   * Returns the indices of the mean absolute rank change computed on the first N/8, N/4, N/2
   * and N sample points (those of at least 4 points), to judge convergence.
   *
   * @return sample size to indices
   */
  public Map<Integer, List<SobolIndices>> convergence() {
    return convergence;
  }

  /**
   * Returns how many sample rows were left out of the estimates because a replication of that
   * row failed.
   *
   * @return the count
   */
  public int failedSamples() {
    return failedSamples;
  }

  /**
   * Returns the indices for one unit's rank, one per factor; a unit whose rank does not vary
   * has indices 0.
   *
   * @param unit the unit's code
   * @return the indices
   * @throws io.github.learningcities.lcn.indicators.IndicatorsException if the unit was not
   *     analysed
   */
  public List<SobolIndices> perUnit(String unit) {
    return perUnit.computeIfAbsent(unit, units::indices);
  }

  /**
   * Returns the indices for every unit's rank, by unit code in the nominal results' order.
   *
   * @return unit code to indices
   */
  public Map<String, List<SobolIndices>> perUnit() {
    units.codes().parallelStream().forEach(this::perUnit);
    Map<String, List<SobolIndices>> out = new LinkedHashMap<>();
    for (String code : units.codes()) {
      out.put(code, perUnit.get(code));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sensitivity s && meanAbsoluteRankChange.equals(s.meanAbsoluteRankChange)
        && convergence.equals(s.convergence) && failedSamples == s.failedSamples
        && units.equals(s.units);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meanAbsoluteRankChange, convergence, failedSamples, units);
  }

  @Override
  public String toString() {
    return "Sensitivity[meanAbsoluteRankChange=" + meanAbsoluteRankChange + ", failedSamples="
        + failedSamples + ", units=" + units.codes().size() + "]";
  }
}

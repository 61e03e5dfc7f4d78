package io.github.learningcities.lcn.indicators.uncertainty;

import java.util.List;
import java.util.Map;

/**
 * The Sobol indices of a sensitivity analysis.
 *
 * @param meanAbsoluteRankChange indices for the output "mean absolute rank change of the
 *     analysed node versus nominal, over units" (COINr's single output), one per factor
 * @param perUnit indices for each unit's rank, by unit code, one per factor; a unit whose rank
 *     does not vary has indices 0
 * @param convergence the indices of the mean absolute rank change computed on the first N/8,
 *     N/4, N/2 and N sample points (those at least 4), to judge convergence
 * @param failedSamples sample rows left out of the estimates because a replication of that row
 *     failed
 * @since 0.1.0
 */
public record Sensitivity(List<SobolIndices> meanAbsoluteRankChange,
    Map<String, List<SobolIndices>> perUnit, Map<Integer, List<SobolIndices>> convergence,
    int failedSamples) {

  /** Copies. */
  public Sensitivity {
    meanAbsoluteRankChange = List.copyOf(meanAbsoluteRankChange);
    perUnit = Map.copyOf(perUnit);
    convergence = Map.copyOf(convergence);
  }
}

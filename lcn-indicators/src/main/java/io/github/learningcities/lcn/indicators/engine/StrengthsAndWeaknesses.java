package io.github.learningcities.lcn.indicators.engine;

import java.util.List;

/**
 * A unit's best- and worst-ranked indicators.
 *
 * @param unit the unit's code
 * @param strengths indicators with the best ranks, best first
 * @param weaknesses indicators with the worst ranks, worst first
 * @since 0.1.0
 */
public record StrengthsAndWeaknesses(String unit, List<IndicatorRank> strengths,
    List<IndicatorRank> weaknesses) {

  /** Copies the lists. */
  public StrengthsAndWeaknesses {
    strengths = List.copyOf(strengths);
    weaknesses = List.copyOf(weaknesses);
  }

  /**
   * An indicator with the unit's rank and normalised score on it.
   *
   * @param indicator the indicator's code
   * @param rank the unit's competition rank among all units
   * @param score the unit's normalised score
   * @since 0.1.0
   */
  public record IndicatorRank(String indicator, int rank, double score) {}
}

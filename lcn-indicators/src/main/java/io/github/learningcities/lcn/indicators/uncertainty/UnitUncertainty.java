package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The spread of one unit's score and rank over the replications.
 *
 * @param unit the unit's code
 * @param nominalScore the score under the nominal pipeline
 * @param nominalRank the rank under the nominal pipeline
 * @param meanRank mean rank over the replications in which the unit was ranked (this and the
 *     statistics below are NaN when the unit was never ranked)
 * @param medianRank median rank
 * @param rankQ05 5th percentile of the rank
 * @param rankQ95 95th percentile of the rank
 * @param meanScore mean score
 * @param medianScore median score
 * @param scoreQ05 5th percentile of the score
 * @param scoreQ95 95th percentile of the score
 * @since 0.1.0
 */
public record UnitUncertainty(String unit, OptionalDouble nominalScore, OptionalInt nominalRank,
    double meanRank, double medianRank, double rankQ05, double rankQ95, double meanScore,
    double medianScore, double scoreQ05, double scoreQ95) {

  /**
   * Validates.
   *
   * @throws IndicatorsException if the nominal score is present but NaN (a missing score is
   *     empty)
   */
  public UnitUncertainty {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(nominalScore, "nominalScore");
    Objects.requireNonNull(nominalRank, "nominalRank");
    if (nominalScore.isPresent() && Double.isNaN(nominalScore.getAsDouble())) {
      throw new IndicatorsException("unit '" + unit + "' has nominal score NaN; expected a "
          + "number, or an empty score when the unit has none");
    }
  }
}

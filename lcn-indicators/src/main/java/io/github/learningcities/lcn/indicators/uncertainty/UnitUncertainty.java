package io.github.learningcities.lcn.indicators.uncertainty;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The spread of one unit's score and rank over the replications.
 *
 * @param unit the unit's code
 * @param nominalScore the score under the nominal pipeline
 * @param nominalRank the rank under the nominal pipeline
 * @param meanRank mean rank over the replications in which the unit was ranked
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
    double medianScore, double scoreQ05, double scoreQ95) {}

/**
 * The UNESCO Learning City Award: its cycles (year, conference, criteria, awardees), the
 * eligibility rules of each cycle expressed as code (GNLC membership of more than 12 months at
 * the call date, a six-year cool-down after a previous award, at most one awarded city per
 * country per cycle) and the evaluation of a candidate city against them, listing every rule it
 * fails with the reason.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.award;

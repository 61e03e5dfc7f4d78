/**
 * Uncertainty and sensitivity analysis, the audit practice of the EU Joint Research Centre:
 * methodological choices are declared as {@link
 * io.github.learningcities.lcn.indicators.uncertainty.Factor factors} (alternative steps,
 * parameter ranges, weight noise), validated against the nominal pipeline, sampled with a
 * seeded scrambled Sobol sequence or plain Monte Carlo, run in parallel with results that do
 * not depend on the thread count, and summarised as rank and score intervals per unit and as
 * first-order and total Sobol indices with bootstrap confidence intervals.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.uncertainty;

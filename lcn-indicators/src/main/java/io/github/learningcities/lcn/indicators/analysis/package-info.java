/**
 * Analysis of a composite indicator's coherence and statistics, after COINr's analysis
 * functions: per-indicator statistics and data-quality flags ({@link
 * io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics}), Pearson, Spearman and
 * Kendall correlations with p-values between sets of columns and along the framework ({@link
 * io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix}, {@link
 * io.github.learningcities.lcn.indicators.analysis.Correlations}), Cronbach's alpha, principal
 * components per group, effective weights, the impact of removing one element on the ranks,
 * and data availability by unit and by group. Every computation reads a dataset (the input, or
 * the data after a step of a run) and never changes it.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.analysis;

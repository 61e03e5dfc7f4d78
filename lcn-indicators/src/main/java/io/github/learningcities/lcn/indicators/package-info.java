/**
 * The composite-indicator engine of the LCN SDK.
 *
 * <p>A {@link io.github.learningcities.lcn.indicators.framework.Framework} (a tree of indicators
 * and aggregates) and a {@link io.github.learningcities.lcn.indicators.data.Dataset} (units by
 * indicators, missing values explicit) go through a
 * {@link io.github.learningcities.lcn.indicators.pipeline.Pipeline} (screening, denomination,
 * imputation, outlier treatment, normalisation, weighting, aggregation) run by the
 * {@link io.github.learningcities.lcn.indicators.engine.Engine}, which returns
 * {@link io.github.learningcities.lcn.indicators.engine.Results}: every node's score for every
 * unit, ranks, contributions and diagnostics. The root package holds the exception every
 * engine error extends.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators;

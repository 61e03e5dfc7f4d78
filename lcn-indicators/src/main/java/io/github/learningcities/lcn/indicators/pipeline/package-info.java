/**
 * The immutable, serializable specification of a composite-indicator computation: a {@link
 * io.github.learningcities.lcn.indicators.pipeline.Pipeline} of optional steps (screening,
 * denomination, imputation, outlier treatment, normalisation, weighting, aggregation), each a
 * small value naming its method and parameters, with per-indicator overrides. Methods are
 * referred to by name so that a pipeline that uses a user's own registered method still
 * serializes and regenerates.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.pipeline;

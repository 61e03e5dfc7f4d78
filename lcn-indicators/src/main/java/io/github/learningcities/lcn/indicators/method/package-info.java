/**
 * The methods a pipeline refers to by name, and the small functional interfaces through which
 * users plug in their own: {@link io.github.learningcities.lcn.indicators.method.Normaliser},
 * {@link io.github.learningcities.lcn.indicators.method.Imputer}, {@link
 * io.github.learningcities.lcn.indicators.method.Transformer} and {@link
 * io.github.learningcities.lcn.indicators.method.Aggregator}, registered in a {@link
 * io.github.learningcities.lcn.indicators.method.MethodRegistry} so that a pipeline naming them
 * still serializes and regenerates. {@link io.github.learningcities.lcn.indicators.method.Statistics}
 * holds COINr's descriptive statistics (bias-corrected skew and kurtosis).
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.method;

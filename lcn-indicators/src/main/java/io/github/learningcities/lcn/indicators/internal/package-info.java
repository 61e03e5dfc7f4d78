/**
 * Implementation of the built-in methods and of the engine's treatment rule; not exported, not
 * API: use the names in {@link io.github.learningcities.lcn.indicators.method.MethodRegistry}.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.internal;

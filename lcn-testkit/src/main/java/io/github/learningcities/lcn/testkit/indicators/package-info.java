/**
 * jqwik arbitraries for the composite-indicator engine ({@code io.github.learningcities.lcn.indicators}):
 * frameworks as random trees of a given depth and fan-out with per-node methods, datasets with
 * missing-value patterns, groups and panels, pipeline and uncertainty specifications, the
 * engine's outputs, and edge cases on purpose.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.testkit.indicators;

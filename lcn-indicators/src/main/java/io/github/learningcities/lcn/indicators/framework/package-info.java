/**
 * The structure of a composite indicator: a tree of {@link
 * io.github.learningcities.lcn.indicators.framework.Node nodes}, indicators at the leaves and
 * aggregates above, each with its own weight, direction and (optionally) aggregation method and
 * data-availability threshold. A {@link io.github.learningcities.lcn.indicators.framework.Framework}
 * is validated as a whole when built: unique codes, one root, no cycles, no orphans, usable weights.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.framework;

/**
 * A downstream team's own service that embeds the scoring engine (a league table of cities),
 * with a property suite over it written with the published lcn-testkit only.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.examples.ranking;

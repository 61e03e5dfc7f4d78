/**
 * Networks of learning cities, global (the UNESCO Global Network of Learning Cities) or national (the Ukrainian Network of Learning Cities), and the memberships of cities in them with their status over time and the legal transitions between statuses.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.network;

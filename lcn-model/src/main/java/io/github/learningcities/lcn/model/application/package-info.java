/**
 * The application of a city for membership in the UNESCO Global Network of Learning Cities:
 * Part 1 filled in by the city (city, mayor, contact person, the mayor's signed pledge, the city
 * profile with data years, two narratives of at most 200 words, challenges rated 1 to 5) and
 * Part 2, the endorsement by the National Commission for UNESCO. An application may be a draft;
 * {@link io.github.learningcities.lcn.model.application.GnlcApplication#completeness()} lists
 * every missing or invalid field with its path.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.application;

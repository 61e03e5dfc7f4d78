/**
 * Where things are: ISO 3166-1 country codes, ISO 3166-2 subdivision codes (checked against the official list for Ukraine), WGS84 points and quantities such as population or area that are dated by the year they refer to.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.place;

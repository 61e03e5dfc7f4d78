/**
 * Cities: the {@code City} value with its identifier, localized names, country, subdivision, population, area, location and website.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.city;

/**
 * Built-in reference data shipped as versioned resources with their provenance, such as the Ukrainian Network of Learning Cities, its founding Melitopol Declaration of 27 October 2017 and the forum at which it was adopted.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.builtin;

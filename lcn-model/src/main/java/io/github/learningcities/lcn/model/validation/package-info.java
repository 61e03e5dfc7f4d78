/**
 * Declarative validation of model values with Jakarta Bean Validation: a facade over Hibernate Validator that is configured to see constraints on accessors without a {@code get} prefix.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.validation;

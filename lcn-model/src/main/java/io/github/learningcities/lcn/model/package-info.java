/**
 * The learning-city domain: shared building blocks of every model type.
 *
 * <p>This root package holds what all concept packages share: the one Immutables style
 * ({@link io.github.learningcities.lcn.model.ModelStyle}) and the typed exception
 * ({@link io.github.learningcities.lcn.model.InvalidModelException}) that every invariant check
 * throws, naming the object, the field, the offending value and what would be valid.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model;

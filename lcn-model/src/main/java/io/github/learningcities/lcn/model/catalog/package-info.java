/**
 * Reference catalogs and their provenance: where a piece of built-in reference data comes from
 * ({@link io.github.learningcities.lcn.model.catalog.Provenance}), how sure the SDK is of it
 * ({@link io.github.learningcities.lcn.model.catalog.Confidence}), and the versioned
 * {@code Catalog} abstraction that every built-in
 * catalog implements, so that an official wording can replace a paraphrase as a new edition of
 * a data resource without a code change.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.catalog;

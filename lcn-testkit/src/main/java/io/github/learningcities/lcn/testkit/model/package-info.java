/**
 * jqwik arbitraries for the domain model ({@code io.github.learningcities.lcn.model}): every
 * generated value passes the model's construction checks and its Bean Validation constraints,
 * and shrinks towards a small, readable example (Ukrainian cities with Ukrainian and English
 * names, legal membership histories, declarations with unique signatories and commitments).
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.testkit.model;

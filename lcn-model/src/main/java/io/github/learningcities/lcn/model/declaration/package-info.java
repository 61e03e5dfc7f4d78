/**
 * Declarations that found or guide networks: their preamble, purposes, commitments with progress evidence, cooperation areas, governance and signatory cities.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.declaration;

/**
 * UNESCO reference catalogs of the learning-city world, loaded from versioned data resources:
 * the Key Features of Learning Cities (3 tiers, 12 areas, key features with suggested
 * measurements), the six areas of action of the Guidelines for Building Learning Cities, the
 * five UNESCO regions and the International Conferences on Learning Cities with their outcome
 * documents. Each catalog states its provenance; the feature wording of the built-in Key
 * Features edition is a reconstruction, marked unverified, awaiting the official text.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.unesco;

/**
 * The synthetic, seeded KFLC self-assessment data of the Melitopol Declaration's signatory
 * cities that {@code lcn demo} runs on.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.cli.demo;

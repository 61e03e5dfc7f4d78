/**
 * The {@code lcn} command and its subcommands; {@link io.github.learningcities.lcn.cli.Lcn} is
 * the entry point.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.cli;

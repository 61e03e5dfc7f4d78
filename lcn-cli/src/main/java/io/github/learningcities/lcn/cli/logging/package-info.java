/**
 * The {@code lcn} command's SLF4J back end: the libraries' log lines on standard error, at the
 * level {@code -Dlcn.log.level} names ({@code warn} by default), chosen by the command's
 * {@code main} through SLF4J's {@code slf4j.provider} property, so that a run neither searches
 * the class path for providers nor reads a configuration file. Not registered as a service:
 * a program that embeds the command keeps whatever SLF4J back end it has.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.cli.logging;

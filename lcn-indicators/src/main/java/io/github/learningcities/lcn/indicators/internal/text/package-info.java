/**
 * Text of numbers as the JDK's {@link java.util.Formatter} writes it, without the Formatter's
 * format-string parsing and per-call objects; for the library's and the command line's messages
 * and reports. Not API: exported only to the command line.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.internal.text;

/**
 * The self-contained HTML report with inline SVG charts that {@code lcn report} and
 * {@code lcn demo} write.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.cli.report;

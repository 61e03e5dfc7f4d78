/**
 * Runnable examples of the LCN SDK; each one is also run as a test.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.examples;

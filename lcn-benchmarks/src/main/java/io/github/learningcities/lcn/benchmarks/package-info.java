/**
 * JMH benchmarks of the composite-indicator engine on COINr's ASEM example and on a synthetic
 * 2,000-unit, 42-indicator index; run from {@code lcn-benchmarks/target/benchmarks.jar}.
 */
package io.github.learningcities.lcn.benchmarks;

/**
 * Invariants of the engine that downstream tests can call on their own cases: permutation of
 * units, scaling of the weights within a group, monotonicity under arithmetic aggregation and
 * valid competition ranks. Each throws an {@link java.lang.AssertionError} that names the unit,
 * the node and the values when the invariant does not hold.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.testkit.invariants;

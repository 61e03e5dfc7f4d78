/**
 * The data a composite indicator is computed from: {@link
 * io.github.learningcities.lcn.indicators.data.Unit units} (with group memberships and
 * denominators) by indicators, held column by column as {@code double[]}. Missing is an explicit
 * state: a cell is either a finite number or missing, and NaN or infinity is never accepted as a
 * value. A {@link io.github.learningcities.lcn.indicators.data.Panel} holds one dataset per time
 * point.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.data;

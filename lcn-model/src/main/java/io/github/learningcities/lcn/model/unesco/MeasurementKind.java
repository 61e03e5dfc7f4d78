package io.github.learningcities.lcn.model.unesco;

/**
 * Whether a suggested measurement is a number or an assessed quality.
 *
 * @since 0.1.0
 */
public enum MeasurementKind {
  /** A number such as a rate, a ratio or a count, usually from official statistics. */
  QUANTITATIVE,
  /** An assessed quality such as the existence or maturity of a plan, structure or practice. */
  QUALITATIVE
}

package io.github.learningcities.lcn.indicators.audit;

/**
 * How much a finding of an {@link Audit} matters.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Worth knowing; no action needed. */
  INFO,
  /** Deserves a look before the index is published. */
  WARNING,
  /** Undermines the index as built: a statistical audit would ask for a change. */
  CRITICAL
}

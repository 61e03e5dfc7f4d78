package io.github.learningcities.lcn.model.application;

/**
 * The salutation asked for by the GNLC application form.
 *
 * @since 0.1.0
 */
public enum Salutation {
  /** Ms. */
  MS,
  /** Mr. */
  MR
}

package io.github.learningcities.lcn.model.application;

/**
 * Where a GNLC membership application stands.
 *
 * @since 0.1.0
 */
public enum ApplicationStatus {
  /** Being prepared; may be incomplete. */
  DRAFT,
  /** Part 1 is complete and sent to the National Commission for UNESCO. */
  SUBMITTED,
  /** Part 2 is signed: the National Commission endorsed the application. */
  ENDORSED
}

package io.github.learningcities.lcn.model.declaration;

/**
 * What kind of undertaking a {@link Commitment} is.
 *
 * @since 0.1.0
 */
public enum CommitmentKind {
  /** Adopting or changing a policy. */
  POLICY,
  /** Running or proposing a programme. */
  PROGRAMME,
  /** Drawing up and agreeing plans, such as a joint action plan. */
  PLANNING,
  /** Working together with other cities or networks, or building a shared platform. */
  COOPERATION,
  /** Developing projects in single cities, jointly, or internationally. */
  PROJECTS,
  /** Bringing new members into a network. */
  OUTREACH,
  /** Informing and exchanging, e.g. through a website. */
  COMMUNICATION,
  /** Setting up the mechanisms that put projects and plans into practice. */
  IMPLEMENTATION,
  /** Monitoring and evaluating progress. */
  MONITORING,
  /** Asking public authorities or others to act. */
  ADVOCACY,
  /** Any other kind. */
  OTHER
}

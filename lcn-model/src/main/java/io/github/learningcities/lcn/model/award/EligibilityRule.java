package io.github.learningcities.lcn.model.award;

/**
 * An eligibility rule of a UNESCO Learning City Award cycle.
 *
 * @since 0.1.0
 */
public enum EligibilityRule {
  /** Only members of the UNESCO Global Network of Learning Cities may apply. */
  GNLC_MEMBERSHIP,
  /** The city must have been a member for more than a minimum number of months at the call. */
  MINIMUM_MEMBERSHIP,
  /** A past awardee may not receive the award again within a number of years. */
  COOLDOWN,
  /** At most a given number of cities per country are awarded in one cycle. */
  ONE_PER_COUNTRY
}

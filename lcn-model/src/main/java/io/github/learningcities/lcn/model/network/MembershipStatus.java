package io.github.learningcities.lcn.model.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a city's {@link Membership} in a network, and the legal transitions between
 * statuses.
 *
 * <p>Legal transitions: {@code APPLIED -> ADMITTED | WITHDRAWN},
 * {@code ADMITTED -> ACTIVE | WITHDRAWN}, {@code ACTIVE -> INACTIVE | WITHDRAWN},
 * {@code INACTIVE -> ACTIVE | WITHDRAWN}; {@code WITHDRAWN} is terminal. A history starts with
 * {@code APPLIED}, or with {@code ADMITTED} for founding members and for members whose
 * application is not recorded.
 *
 * @since 0.1.0
 */
public enum MembershipStatus {
  /** The city has applied and awaits a decision. */
  APPLIED,
  /** The city has been admitted. */
  ADMITTED,
  /** The city takes part in the network's activities and meets its reporting duties. */
  ACTIVE,
  /** The city is a member but does not currently take part (e.g. no progress report). */
  INACTIVE,
  /** The city has left or been removed; terminal. */
  WITHDRAWN;

  /**
   * Returns the statuses this status may change to.
   *
   * @return the legal next statuses, empty for {@link #WITHDRAWN}
   */
  public Set<MembershipStatus> next() {
    switch (this) {
      case APPLIED:
        return EnumSet.of(ADMITTED, WITHDRAWN);
      case ADMITTED:
        return EnumSet.of(ACTIVE, WITHDRAWN);
      case ACTIVE:
        return EnumSet.of(INACTIVE, WITHDRAWN);
      case INACTIVE:
        return EnumSet.of(ACTIVE, WITHDRAWN);
      default:
        return EnumSet.noneOf(MembershipStatus.class);
    }
  }

  /**
   * Returns whether this status may change to the other one.
   *
   * @param other the next status
   * @return {@code true} if the transition is legal
   */
  public boolean canChangeTo(MembershipStatus other) {
    return next().contains(other);
  }

  /**
   * Returns whether a membership history may start with this status.
   *
   * @return {@code true} for {@link #APPLIED} and {@link #ADMITTED}
   */
  public boolean canStart() {
    return this == APPLIED || this == ADMITTED;
  }

  /**
   * Returns whether a city with this status counts as a member.
   *
   * @return {@code true} for {@link #ADMITTED}, {@link #ACTIVE} and {@link #INACTIVE}
   */
  public boolean isMember() {
    return this == ADMITTED || this == ACTIVE || this == INACTIVE;
  }
}

package io.github.learningcities.lcn.model.people;

/**
 * A role a person holds for a city, an organization or a network.
 *
 * @since 0.1.0
 */
public enum Role {
  /** The mayor, who endorses a city's application and pledge. */
  MAYOR,
  /** The city's contact person for a network. */
  CONTACT_PERSON,
  /** An authorized representative delegated by a member city. */
  REPRESENTATIVE,
  /** The person coordinating a network's or a declaration's activities. */
  COORDINATOR,
  /** A member of a network's steering committee. */
  STEERING_COMMITTEE_MEMBER,
  /** An expert invited to a network's meetings. */
  EXPERT,
  /** A speaker at an event. */
  SPEAKER
}

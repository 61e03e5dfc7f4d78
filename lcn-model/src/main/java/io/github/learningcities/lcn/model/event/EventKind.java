package io.github.learningcities.lcn.model.event;

/**
 * What kind of gathering an {@link Event} is.
 *
 * @since 0.1.0
 */
public enum EventKind {
  /** A forum, such as the Melitopol forum of 27 October 2017. */
  FORUM,
  /** A conference, such as an International Conference on Learning Cities. */
  CONFERENCE,
  /** A members' or steering meeting. */
  MEETING,
  /** A workshop or training. */
  WORKSHOP,
  /** A festival or other celebratory event. */
  FESTIVAL,
  /** Any other kind. */
  OTHER
}

package io.github.learningcities.lcn.model.application;

/**
 * The language in which the GNLC coordination team corresponds with the contact person.
 *
 * @since 0.1.0
 */
public enum CommunicationLanguage {
  /** English. */
  ENGLISH,
  /** French. */
  FRENCH
}

package io.github.learningcities.lcn.model.people;

/**
 * What kind of body an {@link Organization} is.
 *
 * @since 0.1.0
 */
public enum OrganizationKind {
  /** A UNESCO institute, such as the UNESCO Institute for Lifelong Learning (UIL). */
  UNESCO_INSTITUTE,
  /** A National Commission for UNESCO, which endorses its country's GNLC applications. */
  NATIONAL_COMMISSION,
  /** A non-governmental organization, such as the Ukrainian Association of Learning Cities. */
  NGO,
  /** A city council, mayor's office or other local self-government body. */
  LOCAL_GOVERNMENT,
  /** A university or other higher-education institution. */
  UNIVERSITY,
  /** Any other kind of body. */
  OTHER
}

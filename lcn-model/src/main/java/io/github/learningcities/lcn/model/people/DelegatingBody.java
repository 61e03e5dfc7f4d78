package io.github.learningcities.lcn.model.people;

/**
 * Who delegates a {@link Representative} of a member city.
 *
 * @since 0.1.0
 */
public enum DelegatingBody {
  /** The city's local self-government (city council, mayor's office). */
  LOCAL_GOVERNMENT,
  /** The city's civil society (the public, NGOs). */
  CIVIL_SOCIETY
}

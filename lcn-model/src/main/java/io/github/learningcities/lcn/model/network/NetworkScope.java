package io.github.learningcities.lcn.model.network;

/**
 * Whether a {@link Network} spans the world or one country.
 *
 * @since 0.1.0
 */
public enum NetworkScope {
  /** A worldwide network, such as the UNESCO Global Network of Learning Cities. */
  GLOBAL,
  /** A network of one country's cities, such as the Ukrainian Network of Learning Cities. */
  NATIONAL
}

/**
 * People and organizations that act in the learning-city world: organizations such as UNESCO institutes, national commissions, NGOs and local governments; persons; the roles they hold; and the representatives that cities delegate to a network's bodies.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.people;

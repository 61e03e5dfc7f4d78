/**
 * Events such as forums and conferences: dates, place, organizers, programme and planned outcomes.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.event;

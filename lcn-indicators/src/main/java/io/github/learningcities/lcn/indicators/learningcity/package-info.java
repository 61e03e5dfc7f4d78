/**
 * Learning-city scoring on the composite-indicator engine: a self-assessment against the UNESCO
 * Key Features of Learning Cities ({@link
 * io.github.learningcities.lcn.indicators.learningcity.KflcAssessment}), readiness against the
 * six areas of action of the UNESCO Guidelines ({@link
 * io.github.learningcities.lcn.indicators.learningcity.GuidelinesReadiness}), and progress on a
 * declaration's commitments across a network's member cities ({@link
 * io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress}).
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.learningcity;

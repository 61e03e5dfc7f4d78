/**
 * Weights from judgements: the Analytic Hierarchy Process (Saaty 1980) turns a matrix of
 * pairwise comparisons of a node's children into priority weights, with the consistency ratio
 * that says whether the judgements are coherent enough to use ({@link
 * io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons}); a pipeline takes the
 * result through {@link
 * io.github.learningcities.lcn.indicators.pipeline.Weighting#withComparisons}.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.ahp;

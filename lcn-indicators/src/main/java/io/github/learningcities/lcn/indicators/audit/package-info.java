/**
 * A statistical audit of a composite indicator in one call, in the manner of the European
 * Commission's Joint Research Centre (JRC): data availability and outliers, correlation
 * structure, reliability and dimensionality of every aggregate, effective against nominal
 * weights, the importance each indicator really has (the first-order correlation ratio, compared
 * with its weight), uncertainty and sensitivity of the ranks, and the effect of removing each
 * component; every finding carries a severity, the place it concerns and a plain-language
 * reason ({@link io.github.learningcities.lcn.indicators.audit.Audit}).
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.audit;

/**
 * COINr's input tables: {@link io.github.learningcities.lcn.serialization.coinr.CoinrTables}
 * reads an iData table (units by indicators, with group and denominator columns) and an iMeta
 * table (the framework: indicators, aggregates, weights, directions) into a
 * {@link io.github.learningcities.lcn.serialization.coinr.CoinrInput} that the engine runs
 * directly, and writes such an input back so that reading it again gives an equal framework
 * and dataset. Users migrating from COINr can keep their tables as they are.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.serialization.coinr;

/**
 * Tables as CSV (RFC 4180, comma-separated, UTF-8): long-format observations
 * ({@link io.github.learningcities.lcn.serialization.csv.ObservationTable}) read into a dataset
 * or a panel and written back, a wide results table
 * ({@link io.github.learningcities.lcn.serialization.csv.ResultsTable}) of every unit's scores
 * and ranks, and the replications an uncertainty analysis replays
 * ({@link io.github.learningcities.lcn.serialization.csv.ReplicationTable}).
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.serialization.csv;

/**
 * Running a pipeline: the {@link io.github.learningcities.lcn.indicators.engine.Engine} takes a
 * framework, a dataset and a pipeline and returns {@link
 * io.github.learningcities.lcn.indicators.engine.Results} (every node's score for every unit,
 * competition ranks, ranks within groups, contributions, strengths and weaknesses) with {@link
 * io.github.learningcities.lcn.indicators.engine.Diagnostics} listing every imputed cell,
 * treated point, screened unit and note. Results can be regenerated with a changed pipeline,
 * recomputing only the steps from the first change on, and compared.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.indicators.engine;

package io.github.learningcities.lcn.serialization.internal;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import tools.jackson.databind.util.StdConverter;

/**
 * Engine results on the wire: written as their {@link ResultsDocument} (with the input
 * dataset), read back by running the pipeline again with the standard engine and checking
 * that the run reproduces what was written.
 *
 * @since 0.1.0
 */
public final class ResultsJson {
  private ResultsJson() {}

  /**
   * Results to their document.
   *
   * @since 0.1.0
   */
  public static final class ToData extends StdConverter<Results, ResultsDocument> {
    @Override
    public ResultsDocument convert(Results value) {
      return ResultsDocument.of(value);
    }
  }

  /**
   * A document back to results.
   *
   * @since 0.1.0
   */
  public static final class FromData extends StdConverter<ResultsDocument, Results> {
    @Override
    public Results convert(ResultsDocument value) {
      return value.toResults(Engine.standard());
    }
  }
}

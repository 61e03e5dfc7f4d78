package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.Objects;

/**
 * One input of the engine: a framework, a dataset with a column for each of its indicators,
 * and a pipeline.
 *
 * @param framework the framework
 * @param dataset the dataset
 * @param pipeline the pipeline
 * @since 0.1.0
 */
public record ScoringCase(Framework framework, Dataset dataset, Pipeline pipeline) {

  /**
   * Checks that no part is null.
   *
   * @param framework the framework
   * @param dataset the dataset
   * @param pipeline the pipeline
   */
  public ScoringCase {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * Runs the case on the standard engine.
   *
   * @return the results
   */
  public Results run() {
    return run(Engine.standard());
  }

  /**
   * Runs the case on the given engine.
   *
   * @param engine the engine
   * @return the results
   */
  public Results run(Engine engine) {
    return engine.run(framework, dataset, pipeline);
  }

  /**
   * Returns the same case with another dataset.
   *
   * @param other the dataset
   * @return the case
   */
  public ScoringCase withDataset(Dataset other) {
    return new ScoringCase(framework, other, pipeline);
  }

  /**
   * Returns the same case with another framework.
   *
   * @param other the framework
   * @return the case
   */
  public ScoringCase withFramework(Framework other) {
    return new ScoringCase(other, dataset, pipeline);
  }

  /**
   * Returns the same case with another pipeline.
   *
   * @param other the pipeline
   * @return the case
   */
  public ScoringCase withPipeline(Pipeline other) {
    return new ScoringCase(framework, dataset, other);
  }

  /**
   * Describes the case briefly, for jqwik's report of a falsified property.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ScoringCase[" + framework + ", " + dataset + ", " + pipeline + "]";
  }
}

package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One replication: the sample point, what each factor took from it, and the pipeline that
 * reproduces it alone with {@link io.github.learningcities.lcn.indicators.engine.Engine#run}.
 *
 * @param index the replication's position (0-based; in a sensitivity analysis the blocks A, B,
 *     then A with column i from B for each factor, each of N rows)
 * @param sample the point in [0, 1)^d, one coordinate per factor
 * @param choices factor name to what it took (the alternative's index and description, the
 *     parameter value, or the weight set's index)
 * @param pipeline the pipeline of this replication
 * @param failure why the replication failed, if it did
 * @since 0.1.0
 */
public record Replication(int index, List<Double> sample, Map<String, String> choices,
    Pipeline pipeline, Optional<String> failure) {

  /** Copies. */
  public Replication {
    sample = List.copyOf(sample);
    choices = Map.copyOf(choices);
  }
}

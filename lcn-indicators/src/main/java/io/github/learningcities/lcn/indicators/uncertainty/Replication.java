package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One replication: the sample point, what each factor took from it, and the pipeline that
 * reproduces it alone with {@link io.github.learningcities.lcn.indicators.engine.Engine#run}.
 *
 * @param index the replication's position (0-based; in a sensitivity analysis the blocks A, B,
 *     then A with column i from B for each factor, each of N rows)
 * @param sample the point in [0, 1)^d, one coordinate per factor
 * @param choices factor name to what it took (the alternative's index and description, the
 *     parameter value, or the weight set's index), kept in the given order (the factors' order
 *     for the replications of an analysis)
 * @param pipeline the pipeline of this replication
 * @param failure why the replication failed, if it did
 * @since 0.1.0
 */
public record Replication(int index, List<Double> sample, Map<String, String> choices,
    Pipeline pipeline, Optional<String> failure) {

  /**
   * Validates and copies.
   *
   * @throws IndicatorsException if the index is negative or a coordinate of the sample is not
   *     in [0, 1)
   */
  public Replication {
    if (index < 0) {
      throw new IndicatorsException("replication index " + index + " is negative; expected 0 "
          + "or more");
    }
    sample = List.copyOf(sample);
    for (int i = 0; i < sample.size(); i++) {
      double u = sample.get(i);
      if (!(u >= 0 && u < 1)) {
        throw new IndicatorsException("replication " + index + ": sample coordinate " + i
            + " is " + u + "; expected a number in [0, 1)");
      }
    }
    Map<String, String> copy = new LinkedHashMap<>();
    choices.forEach((factor, choice) -> copy.put(Objects.requireNonNull(factor, "factor"),
        Objects.requireNonNull(choice, "choice")));
    choices = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(failure, "failure");
  }
}

package io.github.learningcities.lcn.indicators.uncertainty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of an uncertainty (and sensitivity) analysis.
 *
 * @param node the node analysed
 * @param replications every replication with its parameters (failed ones included, with the
 *     reason)
 * @param units per unit, the spread of score and rank (in a sensitivity analysis over the
 *     blocks A and B, as COINr does)
 * @param sensitivity the Sobol indices, when asked for
 * @since 0.1.0
 */
public record UncertaintyResult(String node, List<Replication> replications,
    List<UnitUncertainty> units, Optional<Sensitivity> sensitivity) {

  /** Copies. */
  public UncertaintyResult {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(sensitivity, "sensitivity");
    replications = List.copyOf(replications);
    units = List.copyOf(units);
  }

  /**
   * Returns the failed replications.
   *
   * @return those with a failure reason
   */
  public List<Replication> failures() {
    return replications.stream().filter(r -> r.failure().isPresent()).toList();
  }
}

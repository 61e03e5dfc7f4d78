package io.github.learningcities.lcn.indicators.audit;

import java.util.Objects;

/**
 * A node's nominal weight (its share among its siblings, as the run resolved the weights)
 * against its effective weight (its share of the index: the product of the nominal shares from
 * the node up to the root).
 *
 * @param node the node's code
 * @param level the node's level, 1 for an indicator
 * @param nominal the share among its siblings, from 0 to 1
 * @param effective the share of the index, from 0 to 1
 * @since 0.1.0
 */
public record WeightShare(String node, int level, double nominal, double effective) {

  /**
   * Checks the fields.
   *
   * @throws AuditException if a share is not between 0 and 1
   */
  public WeightShare {
    Objects.requireNonNull(node, "node");
    if (!(nominal >= 0 && nominal <= 1 + 1e-12) || !(effective >= 0 && effective <= 1 + 1e-12)) {
      throw new AuditException("weights of '" + node + "': nominal " + nominal + " and "
          + "effective " + effective + " must be shares from 0 to 1");
    }
  }
}

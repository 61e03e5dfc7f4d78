package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights implied by an aggregation that chose each unit's own weights (the Benefit-of-the-Doubt
 * methods): the mean over the units of each child's share of the unit's weighted sum, {@code
 * w_c x_c / sum_d w_d x_d} (for {@code bod}, the unit's score). The shares do not depend on the children's scales (unlike the multipliers), sum to 1
 * for each unit, and so does their mean. Use them as fixed weights for every unit:
 *
 * <pre>{@code
 * Results bod = Engine.standard().run(framework, data, pipeline.withAggregation(Aggregation.bod()));
 * Map<String, Double> w = ImpliedWeights.meanShares(bod, "Index");
 * Results fixed = Engine.standard().regenerate(bod, pipeline
 *     .withWeighting(Weighting.fromFramework().withManual(w)));
 * }</pre>
 *
 * <p>Units whose score is missing or 0 (no share is defined) are left out; a missing child has
 * share 0 for its unit.
 *
 * @since 0.1.0
 */
public final class ImpliedWeights {
  private ImpliedWeights() {}

  /**
   * Returns the mean of the units' shares of each child of an aggregate.
   *
   * @param results results of a run whose aggregate reported unit weights
   * @param node the aggregate's code
   * @return child code to mean share, in child order, summing to 1
   * @throws IndicatorsException if the aggregate's method reported no unit weights, or no unit
   *     has a positive score
   */
  public static Map<String, Double> meanShares(Results results, String node) {
    if (!results.unitWeightNodes().contains(node)) {
      throw new IndicatorsException("aggregate '" + node + "': its aggregation reported no unit "
          + "weights; expected an aggregate computed by a method that chooses each unit's "
          + "weights (bod, bod-directional), one of " + results.unitWeightNodes());
    }
    List<Node> children = results.framework().children(node);
    double[] sum = new double[children.size()];
    int counted = 0;
    for (Unit unit : results.units()) {
      double score = results.score(unit.code(), node).orElse(0);
      Map<String, Double> w = results.unitWeights(unit.code(), node);
      if (!(score > 0) || w.isEmpty()) {
        continue;
      }
      double total = 0;
      double[] part = new double[children.size()];
      for (int c = 0; c < part.length; c++) {
        String code = children.get(c).code();
        Double wc = w.get(code);
        double x = results.score(unit.code(), code).orElse(Double.NaN);
        part[c] = wc == null || Double.isNaN(x) ? 0 : wc * x;
        total += part[c];
      }
      if (total > 0) {
        for (int c = 0; c < part.length; c++) {
          sum[c] += part[c] / total;
        }
        counted++;
      }
    }
    if (counted == 0) {
      throw new IndicatorsException("aggregate '" + node + "': no unit has a positive score, "
          + "so no shares are defined; expected at least one unit with a positive score");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int c = 0; c < sum.length; c++) {
      out.put(children.get(c).code(), sum[c] / counted);
    }
    return Collections.unmodifiableMap(out);
  }
}

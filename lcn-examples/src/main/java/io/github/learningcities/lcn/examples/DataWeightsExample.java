package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import java.io.IOException;
import java.util.Map;

/**
 * Weights from the data on COINr's ASEM example: Handbook PCA weights for the indicators of
 * every pillar (level 1) and balanced optimised weights for the two sub-indices (level 3), so
 * that both correlate equally with the index; prints the computed weights of one pillar, the
 * sub-indices' weights and correlation shares, and the top five countries before and after.
 *
 * @since 0.1.0
 */
public final class DataWeightsExample {
  private DataWeightsExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   * @throws IOException if the bundled tables cannot be read
   */
  public static void main(String[] args) throws IOException {
    CoinrInput in = CoinrAsemExample.asem();
    Results nominal = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
    Weighting fromData = in.pipeline().weighting()
        .withDataWeights(DataWeights.pca(1))
        .withDataWeights(DataWeights.balance(Map.of(), 3));
    Results weighted = Engine.standard().regenerate(nominal,
        nominal.pipeline().withWeighting(fromData));

    System.out.println("PCA weights of the indicators of pillar P2P:");
    for (Node n : in.framework().children("P2P")) {
      System.out.printf("  %-12s %.4f (framework %.4f)%n", n.code(),
          weighted.weights().get(n.code()), nominal.weights().get(n.code()));
    }
    double[] index = weighted.after(Step.AGGREGATION).column("Index");
    double[] r = new double[2];
    String[] subIndices = {"Conn", "Sust"};
    for (int i = 0; i < 2; i++) {
      r[i] = Correlation.coefficientOf(weighted.after(Step.AGGREGATION).column(subIndices[i]),
          index, CorrelationMethod.PEARSON);
    }
    System.out.printf("Sub-index weights: Conn %.4f, Sust %.4f%n",
        weighted.weights().get("Conn"), weighted.weights().get("Sust"));
    System.out.printf("Correlation shares with the index: Conn %.3f, Sust %.3f%n",
        r[0] / (r[0] + r[1]), r[1] / (r[0] + r[1]));
    System.out.println("Top five (rank with framework weights -> with weights from the data):");
    weighted.ranks("Index").entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .limit(5)
        .forEach(e -> System.out.printf("  %s %d -> %d%n", e.getKey(),
            nominal.ranks("Index").get(e.getKey()), e.getValue()));
  }
}

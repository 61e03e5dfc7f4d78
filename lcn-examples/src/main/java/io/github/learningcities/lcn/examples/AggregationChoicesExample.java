package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.indicators.ahp.AhpWeights;
import io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores COINr's ASEM example with the closed-form aggregations of issue #14 and with Analytic
 * Hierarchy Process weights: prints the top three countries of the index under each
 * aggregation (every level aggregated the same way), then the AHP weights of the
 * sustainability pillars from three pairwise judgements, their consistency ratio, and the top
 * three with those weights.
 *
 * @since 0.1.0
 */
public final class AggregationChoicesExample {
  private AggregationChoicesExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   * @throws IOException if the bundled tables cannot be read
   */
  public static void main(String[] args) throws IOException {
    CoinrInput in;
    try (InputStream data = CoinrAsemExample.resource("/coinr-asem/ASEM_iData.csv");
        InputStream meta = CoinrAsemExample.resource("/coinr-asem/ASEM_iMeta.csv")) {
      in = CoinrTables.read(data, "ASEM_iData.csv", meta, "ASEM_iMeta.csv");
    }
    // min-max to [1, 100] keeps every value positive, which the ratio-scale methods need
    Pipeline base = in.pipeline().withNormalisation(Normalisation.minMax(1, 100));
    Map<String, Pipeline> choices = new LinkedHashMap<>();
    choices.put("arithmetic", base);
    choices.put("adjusted-mazziotta-pareto",
        base.withAggregation(Aggregation.adjustedMazziottaPareto(50)));
    choices.put("mean-min (z-scores 100/10)", base.withNormalisation(
        Normalisation.zScore(100, 10)).withAggregation(Aggregation.meanMin(0.5, 1)));
    choices.put("owa, mean of the 2 largest", base.withAggregation(
        Aggregation.owaAtLeast(2, true)));
    choices.put("weighted-median", base.withAggregation(Aggregation.weightedMedian()));
    choices.put("wroclaw", base.withAggregation(Aggregation.wroclaw()));
    choices.put("topsis", base.withAggregation(Aggregation.topsis()));
    Engine engine = Engine.standard();
    choices.forEach((name, p) -> System.out.println(name + ": "
        + top3(engine.run(in.framework(), in.dataset(), p))));
    System.out.printf(Locale.ROOT, "orness of owa (2 largest of 5): %.3f%n",
        Aggregation.owaAtLeast(2, true).orness(5));

    // Environmental is judged 3 times as important as Social and 5 times as SusEcFin,
    // Social twice as important as SusEcFin
    PairwiseComparisons judgements = PairwiseComparisons.fromUpperTriangle("Sust",
        List.of("Environ", "Social", "SusEcFin"), 3, 5, 2);
    AhpWeights ahp = judgements.weights();
    System.out.printf(Locale.ROOT, "AHP weights of Sust: %s, consistency ratio %.4f%n",
        ahp.weights().entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.3f",
            e.getKey(), e.getValue())).collect(Collectors.joining(", ")),
        ahp.consistencyRatio());
    Results weighted = engine.run(in.framework(), in.dataset(), base.withWeighting(
        in.pipeline().weighting().withComparisons(judgements)));
    System.out.println("arithmetic with AHP weights: " + top3(weighted));
  }

  private static String top3(Results r) {
    return r.ranks("Index").entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .limit(3).map(Map.Entry::getKey).collect(Collectors.joining(" "));
  }
}

package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benefit of the Doubt on COINr's ASEM example, as Compind's {@code ci_bod} computes it: the
 * eight pillar scores of COINr's default pipeline, each country weighted as favourably as the
 * other countries allow. Prints the ten best countries with their score and, for the first,
 * the weights that give it its score (the weight times the pillar score adds up to it); then
 * the same with every pillar's share of a country's score held between 5 % and 50 %.
 *
 * @since 0.1.0
 */
public final class BenefitOfTheDoubtExample {
  private BenefitOfTheDoubtExample() {}

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
    Results coinr = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
    // The pillars (level 2) of COINr's results become the indicators of a flat framework.
    List<String> pillars = in.framework().nodes().stream()
        .filter(n -> in.framework().level(n.code()) == 2).map(Node::code).toList();
    Framework.Builder flat = Framework.builder().node("BoD", null);
    pillars.forEach(p -> flat.node(p, "BoD"));
    Map<String, double[]> columns = new LinkedHashMap<>();
    Dataset after = coinr.after(Step.AGGREGATION);
    pillars.forEach(p -> columns.put(p, after.column(p)));
    Dataset pillarScores = Dataset.ofColumns(coinr.units(), columns);
    Pipeline asIs = Pipeline.coinrDefault().withNormalisation(null);

    Results bod = Engine.standard().run(flat.build(), pillarScores,
        asIs.withAggregation(Aggregation.bod()));
    String best = print("Benefit of the Doubt", bod);
    bod.unitWeights(best, "BoD").forEach((pillar, w) -> System.out.printf(
        "   %s: weight %.6g x score %.4f%n", pillar, w, bod.score(best, pillar).orElseThrow()));

    Results shares = Engine.standard().run(flat.build(), pillarScores,
        asIs.withAggregation(Aggregation.bod(0.05, 0.5)));
    print("with every pillar's share between 5 % and 50 %", shares);
  }

  /** Prints the top ten and returns the first. */
  private static String print(String title, Results results) {
    System.out.println(title);
    List<Map.Entry<String, Integer>> top = results.ranks("BoD").entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(
            Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .limit(10).toList();
    top.forEach(e -> System.out.printf("%2d %s %.4f%n", e.getValue(), e.getKey(),
        results.score(e.getKey(), "BoD").orElseThrow()));
    return top.get(0).getKey();
  }
}

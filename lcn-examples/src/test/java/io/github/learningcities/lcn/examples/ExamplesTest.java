package io.github.learningcities.lcn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every runnable example, run as its users would run it. */
class ExamplesTest {

  interface Main {
    void run() throws Exception;
  }

  static String output(Main main) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      main.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void declarationExampleBuildsRecordsProgressAndRefusesABrokenInvariant() throws Exception {
    String out = output(() -> DeclarationExample.main(new String[0]));
    assertThat(out).contains("Declaration (example), 2017-10-27, 2 signatories",
        "C1 Ініціювати державну програму розвитку міст, що навчаються -> IN_PROGRESS on "
            + "2018-05-15",
        "Refused: Declaration[example-declaration-2017].signatories[1].date: 2017-10-24");
  }

  @Test
  void kflcScoringExampleRanksTheCities() throws Exception {
    String out = output(() -> KflcScoringExample.main(new String[0]));
    // Hand computation: maturity on goalposts 0..4 and the measure on 80..100, both to 0..100;
    // a feature is the mean of its maturity and measure, each tier holds one feature here, and
    // the overall score is the mean of the three tiers.
    assertThat(out).contains("ua-sumy: overall 82.6, rank 1",
        "ua-melitopol: overall 72.9, rank 2", "ua-nikopol: overall 47.5, rank 3");
    assertThat(out).contains("rank intervals (200 samples, seed 7):");
  }

  /** Compind's scores, ranked as the engine ranks (ties share the best rank), top ten. */
  static List<String> compindTopTen(String file) throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ExamplesTest.class.getResourceAsStream("/compind-asem/" + file),
        StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        rows.add(line.split(","));
      }
    }
    List<String> out = new ArrayList<>();
    rows.stream().map(f -> {
      double s = Double.parseDouble(f[1]);
      long rank = 1 + rows.stream().filter(o -> Double.parseDouble(o[1]) > s).count();
      return new Object[] {rank, f[0], s};
    }).sorted(java.util.Comparator.<Object[]>comparingLong(o -> (Long) o[0])
        .thenComparing(o -> (String) o[1])).limit(10)
        .forEach(o -> out.add(String.format("%2d %s %.4f", o[0], o[1], o[2])));
    return out;
  }

  @Test
  void benefitOfTheDoubtExampleGivesCompindsScoresAndWeightsThatAddUp() throws Exception {
    List<String> lines = output(() -> BenefitOfTheDoubtExample.main(new String[0])).lines()
        .toList();
    List<String> bod = compindTopTen("I1_bod_scores.csv");
    List<String> shares = compindTopTen("I1_bod_constr_w05_50_scores.csv");
    assertThat(lines.get(0)).isEqualTo("Benefit of the Doubt");
    assertThat(lines.subList(1, 11)).containsExactlyElementsOf(bod);
    double total = 0;
    int at = 11;
    for (; lines.get(at).startsWith("   "); at++) {
      String[] f = lines.get(at).trim().split(" ");
      total += Double.parseDouble(f[2]) * Double.parseDouble(f[5]);
    }
    assertThat(at).isEqualTo(19);
    assertThat(total).isCloseTo(Double.parseDouble(bod.get(0).trim().split(" ")[2]),
        org.assertj.core.data.Offset.offset(1e-3));
    assertThat(lines.get(at)).startsWith("with every pillar's share");
    assertThat(lines.subList(at + 1, at + 11)).containsExactlyElementsOf(shares);
  }

  @Test
  void coinrAsemExampleReproducesCoinrsTopTen() throws Exception {
    String out = output(() -> CoinrAsemExample.main(new String[0]));
    List<String> expected = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        ExamplesTest.class.getResourceAsStream("/coinr-asem/P1_results_summ.csv"),
        StandardCharsets.UTF_8))) {
      r.readLine();
      for (int i = 0; i < 10; i++) {
        String[] f = r.readLine().split(",");
        expected.add(String.format("%2d %s %s", Integer.parseInt(f[2]), f[0],
            new java.math.BigDecimal(f[1]).setScale(2, java.math.RoundingMode.HALF_EVEN)));
      }
    }
    assertThat(out.lines()).containsExactlyElementsOf(expected);
  }

  @Test
  void jsonXmlExampleRoundTrips(@TempDir Path dir) throws Exception {
    String out = output(() -> JsonXmlExample.main(new String[] {dir.toString()}));
    assertThat(out).contains("JSON round trip equal: true", "XML round trip equal: true");
    assertThat(dir.resolve("ukrainian-network.json")).isNotEmptyFile();
    assertThat(dir.resolve("ukrainian-network.xml")).isNotEmptyFile();
  }

  @Test
  void uncertaintyExamplePrintsRankIntervalsAndSobolIndices() throws Exception {
    String out = output(() -> UncertaintyExample.main(new String[0]));
    assertThat(out.lines().filter(l -> l.matches("[A-Z]{3} \\d+ .*\\[.*\\]"))).hasSize(10);
    assertThat(out).contains("normalisation: first-order", "aggregation: first-order",
        "indicator weights: first-order", "0 failed replications of 1280");
  }

  @Test
  void imputationExampleFillsEveryMissingCellByEachMethod() throws Exception {
    io.github.learningcities.lcn.serialization.coinr.CoinrInput in = CoinrAsemExample.asem();
    long missing = 0;
    java.util.Set<String> units = new java.util.HashSet<>();
    for (var leaf : in.framework().indicators()) {
      double[] col = in.dataset().column(leaf.code());
      for (int i = 0; i < col.length; i++) {
        if (Double.isNaN(col[i])) {
          missing++;
          units.add(in.dataset().units().get(i).code());
        }
      }
    }
    assertThat(missing).isPositive();
    String out = output(() -> ImputationExample.main(new String[0]));
    for (String method : List.of("mean", "em", "knn", "regression")) {
      assertThat(out).contains(method + ": " + missing + " cells imputed in " + units.size()
          + " units");
    }
    assertThat(out.lines().filter(l -> l.matches("[A-Z]{3} \\d+ \\[\\d+, \\d+\\]")))
        .hasSize(5);
    assertThat(out).contains("0 failed replications of 200");
  }

  @Test
  void dataWeightsExampleBalancesTheSubIndices() throws Exception {
    String out = output(() -> DataWeightsExample.main(new String[0]));
    assertThat(out).contains("PCA weights of the indicators of pillar P2P:",
        "Correlation shares with the index: Conn 0.500, Sust 0.500");
    assertThat(out.lines().filter(l -> l.matches("  [A-Z]{3} \\d+ -> \\d+"))).hasSize(5);
  }

  @Test
  void aggregationChoicesExampleScoresWithEveryNewMethodAndAhpWeights() throws Exception {
    String out = output(() -> AggregationChoicesExample.main(new String[0]));
    for (String method : new String[] {"arithmetic", "adjusted-mazziotta-pareto",
        "mean-min (z-scores 100/10)", "owa, mean of the 2 largest", "weighted-median",
        "wroclaw", "topsis", "arithmetic with AHP weights"}) {
      assertThat(out.lines().filter(l -> l.matches(java.util.regex.Pattern.quote(method)
          + ": [A-Z]{3} [A-Z]{3} [A-Z]{3}"))).as(method).hasSize(1);
    }
    // orness of 1/2 on the 2 largest of 5: (1/2 * 4 + 1/2 * 3) / 4
    assertThat(out).contains("orness of owa (2 largest of 5): 0.875");
    // 3x3 judgements 3, 5, 2: lambda_max = 1 + r^(1/3) + r^(-1/3) with r = 3 * 2 / 5, and the
    // weights are the normalised row geometric means (15^(1/3), (2/3)^(1/3), (1/10)^(1/3))
    double r = 3.0 * 2 / 5;
    double cr = (1 + Math.cbrt(r) + 1 / Math.cbrt(r) - 3) / 2 / 0.58;
    double g1 = Math.cbrt(15);
    double g2 = Math.cbrt(2.0 / 3);
    double g3 = Math.cbrt(0.1);
    double s = g1 + g2 + g3;
    assertThat(out).contains(String.format(java.util.Locale.ROOT, "AHP weights of Sust: "
        + "Environ %.3f, Social %.3f, SusEcFin %.3f, consistency ratio %.4f", g1 / s, g2 / s,
        g3 / s, cr));
  }
}

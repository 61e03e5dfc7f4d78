package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.ImputedCell;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.IndicatorTreatment;
import io.github.learningcities.lcn.indicators.engine.Diagnostics.TreatedPoint;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.Statistics;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine, fed by the COINr table reader, against COINr 1.1.14's own outputs on the ASEM
 * example: every cell of the normalised and aggregated data and every rank, per pipeline, and
 * for P2 every imputed cell and every treated point. Rows are joined on uCode and columns by
 * name; numbers agree within a relative 1e-9 (absolute 1e-9 near zero); missing must be
 * missing.
 */
class CoinrConformanceTest {
  private static final Logger LOG = LoggerFactory.getLogger(CoinrConformanceTest.class);
  private static final String ROOT = "/coinr-asem/";
  private static final double TOLERANCE = 1e-9;
  private static final Map<String, AtomicLong> COMPARED = new java.util.TreeMap<>();

  private static CoinrInput asem;

  @BeforeAll
  static void readAsem() throws IOException {
    asem = CoinrTables.read(resource("inputs/ASEM_iData.csv"), resource("inputs/ASEM_iMeta.csv"));
  }

  @AfterAll
  static void reportCounts() {
    long total = COMPARED.values().stream().mapToLong(AtomicLong::get).sum();
    LOG.info("COINr conformance: {} values compared ({})", total, COMPARED);
  }

  static Path resource(String name) {
    try {
      return Path.of(CoinrConformanceTest.class.getResource(ROOT + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource " + ROOT + name + " is missing", e);
    }
  }

  static Stream<Arguments> pipelines() {
    return Stream.of(
        Arguments.of("P1", (UnaryOperator<CoinrInput>) in -> in),
        Arguments.of("P2", (UnaryOperator<CoinrInput>) in -> in.withPipeline(
            Pipeline.coinrDefault().withImputation(Imputation.groupMean("EurAsia_group"))
                .withTreatment(Treatment.coinrDefault()))),
        Arguments.of("P3", (UnaryOperator<CoinrInput>) in -> in.withPipeline(
            Pipeline.coinrDefault().withNormalisation(Normalisation.zScore(0, 1)))),
        Arguments.of("P4", (UnaryOperator<CoinrInput>) in -> in.withPipeline(
            Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(1, 100))
                .withAggregation(Aggregation.geometric()))),
        Arguments.of("P5", (UnaryOperator<CoinrInput>) in -> in.withPipeline(
            Pipeline.coinrDefault().withNormalisation(Normalisation.rank()))),
        Arguments.of("P7b", (UnaryOperator<CoinrInput>) in -> p7bInput()),
        Arguments.of("P8a", (UnaryOperator<CoinrInput>) in -> in.withPipeline(
            Pipeline.coinrDefault().withNormalisation(Normalisation.distanceToMax()))));
  }

  private static CoinrInput p7bInput() {
    try {
      return CoinrTables.read(resource("inputs/ASEM_iData.csv"), resource("P7b/iMeta_used.csv"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pipelines")
  void everyNormalisedAndAggregatedValueAndEveryRankMatchesCoinr(String pipeline,
      UnaryOperator<CoinrInput> setUp) {
    CoinrInput in = setUp.apply(asem);
    Results results = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
    List<String> mismatches = new ArrayList<>();

    long n = compareData(pipeline + "/normalised.csv", results.after(Step.NORMALISATION),
        mismatches);
    n += compareData(pipeline + "/aggregated.csv", results.after(Step.AGGREGATION), mismatches);
    n += compareRanks(pipeline + "/results_full_ranks.csv", results, mismatches);
    COMPARED.put(pipeline, new AtomicLong(n));

    assertThat(mismatches).as("%s: values that differ from COINr", pipeline).isEmpty();
    assertThat(n).as("values compared").isGreaterThan(51L * 49 * 2);
  }

  @Test
  void p2EveryImputedCellMatchesCoinr() {
    Results results = p2();
    List<String> mismatches = new ArrayList<>();
    long n = compareData("P2/imputed.csv", results.after(Step.IMPUTATION), mismatches);

    Map<String, Map<String, String>> expected = new HashMap<>();
    ExpectedTable.load(ROOT + "P2/imputed_points_long.csv").rows().forEach(r ->
        expected.computeIfAbsent(r.get(0), k -> new HashMap<>()).put(r.get(1), r.get(2)));
    Map<String, Double> actual = new HashMap<>();
    for (ImputedCell c : results.diagnostics().imputedCells()) {
      actual.put(c.unit() + "/" + c.indicator(), c.value());
    }
    int expectedCount = 0;
    for (var unit : expected.entrySet()) {
      for (var cell : unit.getValue().entrySet()) {
        expectedCount++;
        Double a = actual.get(unit.getKey() + "/" + cell.getKey());
        double e = Double.parseDouble(cell.getValue());
        n++;
        if (a == null || !close(a, e)) {
          mismatches.add("imputed " + unit.getKey() + "/" + cell.getKey() + ": COINr " + e
              + ", engine " + a);
        }
      }
    }
    COMPARED.put("P2 imputation", new AtomicLong(n));
    assertThat(mismatches).isEmpty();
    assertThat(actual).hasSize(expectedCount).hasSize(63);
  }

  @Test
  void p2EveryTreatedPointAndTreatmentDetailMatchesCoinr() {
    Results results = p2();
    List<String> mismatches = new ArrayList<>();
    long n = compareData("P2/treated.csv", results.after(Step.TREATMENT), mismatches);

    Map<String, TreatedPoint> actual = new HashMap<>();
    for (TreatedPoint p : results.diagnostics().treatedPoints()) {
      actual.put(p.unit() + "/" + p.indicator(), p);
    }
    List<List<String>> expected = ExpectedTable.load(ROOT + "P2/treated_points_long.csv").rows();
    for (List<String> r : expected) {
      String key = r.get(0) + "/" + r.get(1);
      TreatedPoint p = actual.get(key);
      n += 3;
      if (p == null) {
        mismatches.add("treated point " + key + " (" + r + ") not reported by the engine");
      } else if (!p.treatment().equals(r.get(2))
          || !close(p.before(), Double.parseDouble(r.get(3)))
          || !close(p.after(), Double.parseDouble(r.get(4)))) {
        mismatches.add("treated point " + key + ": COINr " + r + ", engine " + p);
      }
    }
    assertThat(actual).as("treated points reported by the engine").hasSize(expected.size());

    Map<String, IndicatorTreatment> details = new HashMap<>();
    results.diagnostics().treatments().forEach(t -> details.put(t.indicator(), t));
    Dataset imputed = results.after(Step.IMPUTATION);
    int failedBefore = 0;
    for (var row : ExpectedTable.load(ROOT + "P2/treat_details.csv").byKey().entrySet()) {
      String code = row.getKey();
      Map<String, String> e = row.getValue();
      IndicatorTreatment t = details.get(code);
      boolean passed = e.get("check_SkewKurt0.Pass").equals("TRUE");
      double skew = Double.parseDouble(e.get("check_SkewKurt0.Skew"));
      double kurt = Double.parseDouble(e.get("check_SkewKurt0.Kurt"));
      n += 2;
      if (passed) {
        double[] x = imputed.column(code);
        if (t != null || !close(Statistics.skew(x), skew)
            || !close(Statistics.kurtosis(x), kurt)) {
          mismatches.add("treat_details " + code + ": COINr passes with skew " + skew
              + ", kurtosis " + kurt + "; engine " + t + ", skew " + Statistics.skew(x)
              + ", kurtosis " + Statistics.kurtosis(x));
        }
        continue;
      }
      failedBefore++;
      n += 4;
      if (t == null) {
        mismatches.add("treat_details " + code + ": COINr treats it, the engine reports nothing");
        continue;
      }
      if (!close(t.skewBefore(), skew) || !close(t.kurtosisBefore(), kurt)
          || t.winsorised() != Integer.parseInt(e.get("winsorise.nwin"))
          || t.passes() != e.get("check_SkewKurt1.Pass").equals("TRUE")
          || !close(t.skewAfter(), Double.parseDouble(e.get("check_SkewKurt1.Skew")))
          || !close(t.kurtosisAfter(), Double.parseDouble(e.get("check_SkewKurt1.Kurt")))) {
        mismatches.add("treat_details " + code + ": COINr " + e + ", engine " + t);
      }
    }
    COMPARED.put("P2 treatment", new AtomicLong(n));
    assertThat(mismatches).isEmpty();
    assertThat(details).as("indicators treated").hasSize(failedBefore);
  }

  @Test
  void p7bWeightsAreTheWeightsCoinrUsed() {
    CoinrInput in = p7bInput();
    Map<String, Map<String, String>> expected =
        ExpectedTable.load(ROOT + "P7b/weights_used.csv").byKey();
    assertThat(expected).hasSize(in.framework().nodes().size());
    for (var e : expected.entrySet()) {
      Node node = in.framework().node(e.getKey()).orElseThrow();
      assertThat(node.weight()).as(e.getKey())
          .isEqualTo(Double.parseDouble(e.getValue().get("Weight")));
      assertThat(in.framework().level(e.getKey())).as(e.getKey())
          .isEqualTo(Integer.parseInt(e.getValue().get("Level")));
    }
    assertThat(in.framework().node("LPI").orElseThrow().weight()).isEqualTo(2.0);
    assertThat(in.framework().node("Flights").orElseThrow().weight()).isEqualTo(2.0);
  }

  private static Results p2() {
    return Engine.standard().run(asem.framework(), asem.dataset(), Pipeline.coinrDefault()
        .withImputation(Imputation.groupMean("EurAsia_group"))
        .withTreatment(Treatment.coinrDefault()));
  }

  static boolean close(double actual, double expected) {
    return Math.abs(actual - expected) <= TOLERANCE * Math.max(1.0, Math.abs(expected));
  }

  /** Compares every cell of a COINr units-by-columns table; returns the count compared. */
  private static long compareData(String file, Dataset actual, List<String> mismatches) {
    ExpectedTable table = ExpectedTable.load(ROOT + file);
    Map<String, Map<String, String>> rows = table.byKey();
    List<String> actualUnits = actual.units().stream().map(u -> u.code()).sorted().toList();
    assertThat(actualUnits).as("%s: units", file)
        .containsExactlyElementsOf(rows.keySet().stream().sorted().toList());
    long n = 0;
    for (var row : rows.entrySet()) {
      for (var cell : row.getValue().entrySet()) {
        String unit = row.getKey();
        String column = cell.getKey();
        if (!actual.hasIndicator(column)) {
          mismatches.add(file + ": column " + column + " missing from the engine's result");
          continue;
        }
        OptionalDouble a = actual.value(unit, column);
        n++;
        if (cell.getValue().isEmpty()) {
          if (a.isPresent()) {
            mismatches.add(file + " " + unit + "/" + column + ": COINr missing, engine "
                + a.getAsDouble());
          }
        } else {
          double e = Double.parseDouble(cell.getValue());
          if (a.isEmpty() || !close(a.getAsDouble(), e)) {
            mismatches.add(file + " " + unit + "/" + column + ": COINr " + e + ", engine "
                + (a.isPresent() ? a.getAsDouble() : "missing"));
          }
        }
      }
    }
    return n;
  }

  private static long compareRanks(String file, Results results, List<String> mismatches) {
    ExpectedTable table = ExpectedTable.load(ROOT + file);
    assertThat(table.header().subList(1, table.header().size()))
        .as("%s: every node has ranks", file)
        .hasSize(results.framework().nodes().size());
    long n = 0;
    for (String node : table.header().subList(1, table.header().size())) {
      Map<String, Integer> ranks = results.ranks(node);
      for (var row : table.byKey().entrySet()) {
        String e = row.getValue().get(node);
        Integer a = ranks.get(row.getKey());
        n++;
        boolean same = e.isEmpty() ? a == null
            : a != null && a == (int) Double.parseDouble(e);
        if (!same) {
          mismatches.add(file + " " + row.getKey() + "/" + node + ": COINr rank '" + e
              + "', engine " + a);
        }
      }
    }
    return n;
  }
}

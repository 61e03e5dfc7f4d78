package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #14: the closed-form aggregations as {@code --aggregation} values, and Analytic
 * Hierarchy Process weights from {@code --comparisons} files.
 */
class ClosedFormOptionsTest {
  @TempDir
  Path dir;

  @Test
  void theNewAggregationsAreOptionValues() throws Exception {
    Map<String, Aggregation> expected = Map.of(
        "mean-min:alpha=0.5,beta=1", Aggregation.meanMin(0.5, 1),
        "adjusted-mazziotta-pareto:centre=50", Aggregation.adjustedMazziottaPareto(50),
        "owa:j=2,from=smallest", Aggregation.owaAtLeast(2, false),
        "owa:positions=0.4 0.3 0.2 0.1", Aggregation.of("owa",
            Parameters.of(Map.of("positions", "0.4 0.3 0.2 0.1"))),
        "weighted-median", Aggregation.weightedMedian(),
        "wroclaw", Aggregation.wroclaw(),
        "topsis", Aggregation.topsis(),
        "mazziotta-pareto:deviation=sample", Aggregation.of("mazziotta-pareto",
            Parameters.of(Map.of("deviation", "sample"))));
    for (Map.Entry<String, Aggregation> e : expected.entrySet()) {
      PipelineOptions o = new PipelineOptions();
      o.aggregation = e.getKey();
      assertThat(o.apply(Pipeline.coinrDefault()).aggregation()).as(e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mean-min:alpha=2,beta=1|'alpha' is 2.0; expected a number >= 0 and <= 1",
      "mean-min:alpha=0.5|needs the parameter 'beta'",
      "owa:j=2,positions=1 1|not both j and positions",
      "owa:positions=1 x|separated by commas, semicolons or spaces",
      "adjusted-mazziotta-pareto:lower=5,upper=1|lower < upper",
      "topsis:p=1|takes no parameters",
  })
  void badParametersOfTheNewAggregationsAreExitTwo(String value, String message) {
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-a", value, "-q");

    assertThat(r.exit()).as(r.err()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains(value).contains(message);
  }

  @Test
  void comparisonsGiveTheChildrenTheirEigenvectorWeights() throws Exception {
    Path f = dir.resolve("conn.csv");
    Files.writeString(f, """
        Conn,Physical,ConEcFin,Political,Instit,P2P
        Physical,1,3,5,1,1/2
        ConEcFin,,1,2,1/3,1/5
        Political,,,,1/5,1/9
        Instit,,,,1,1/2
        P2P,,,,,1
        """);
    PipelineOptions o = new PipelineOptions();
    o.comparisons = List.of(f);
    o.consistencyThreshold = 0.1;
    Pipeline p = o.apply(Pipeline.coinrDefault());
    Map<String, Double> w = PairwiseComparisons.fromUpperTriangle("Conn",
        List.of("Physical", "ConEcFin", "Political", "Instit", "P2P"),
        3, 5, 1, 0.5, 2, 1.0 / 3, 0.2, 0.2, 1.0 / 9, 0.5).weights().weights();
    assertThat(p.weighting().manual()).isEqualTo(w);
  }

  @Test
  void inconsistentOrMalformedComparisonsAreRefusedWithTheFileAndPlace() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "Conn,A,B,C\nA,1,9,1/9\nB,,1,9\nC,,,1\n");
    PipelineOptions o = new PipelineOptions();
    o.comparisons = List.of(bad);
    o.consistencyThreshold = 0.1;
    assertThatThrownBy(() -> o.apply(Pipeline.coinrDefault()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--comparisons " + bad)
        .hasMessageContaining("pairwise comparisons 'Conn' have consistency ratio 6.13");
    o.consistencyThreshold = 7;
    assertThat(o.apply(Pipeline.coinrDefault()).weighting().manual()).containsKeys("A", "B",
        "C");

    Path cell = dir.resolve("cell.csv");
    Files.writeString(cell, "Conn,A,B\nA,1,three\nB,,1\n");
    o.comparisons = List.of(cell);
    assertThatThrownBy(() -> o.apply(Pipeline.coinrDefault()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(cell + ", line 2, column 3: 'three'; expected a positive "
            + "judgement");
    Path lower = dir.resolve("lower.csv");
    Files.writeString(lower, "Conn,A,B\nA,1,3\nB,3,1\n");
    o.comparisons = List.of(lower);
    assertThatThrownBy(() -> o.apply(Pipeline.coinrDefault()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(lower + ", line 3, column 2: 'B' over 'A' is 3")
        .hasMessageContaining("expected reciprocals");
    Path order = dir.resolve("order.csv");
    Files.writeString(order, "Conn,A,B\nB,1,3\nA,,1\n");
    o.comparisons = List.of(order);
    assertThatThrownBy(() -> o.apply(Pipeline.coinrDefault()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(order + ", line 2, column 1: 'B'; expected 'A'");
    // Regression: blank lines were dropped before counting, so places after one were off.
    Path gaps = dir.resolve("gaps.csv");
    Files.writeString(gaps, "\nConn,A,B\n\nA,1,three\nB,,1\n");
    o.comparisons = List.of(gaps);
    assertThatThrownBy(() -> o.apply(Pipeline.coinrDefault()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(gaps + ", line 4, column 3: 'three'");
  }

  @Test
  void scoringWithComparisonsAndAClosedFormAggregationRuns() throws Exception {
    Path f = dir.resolve("conn.csv");
    Files.writeString(f, "Conn,Physical,ConEcFin,Political,Instit,P2P\n"
        + "Physical,1,2,2,1,1\nConEcFin,,1,1,1/2,1/2\nPolitical,,,1,1/2,1/2\n"
        + "Instit,,,,1,1\nP2P,,,,,1\n");
    Path out = dir.resolve("scores.csv");
    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-a", "topsis",
        "--comparisons", f.toString(), "-o", out.toString(), "-q");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("Conn");
  }
}

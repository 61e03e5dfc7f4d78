package io.github.learningcities.lcn.serialization.coinr;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.InvalidParameterException;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.LcnJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: iMeta's columns from which COINr's {@code Normalise(..., f_n_para = "use_iMeta")}
 * takes each indicator's parameters. The expectations follow COINr's own recipe
 * ({@code get_iMeta_norm_paras} then {@code n_goalposts} in {@code R/normalise.R}: multiply the
 * column by the direction, flip and swap the goalposts of a negative indicator, divide, truncate,
 * scale), written out here independently of the SDK's normaliser, which flips the other way.
 */
class IMetaParametersTest {
  private static final List<String> GOALPOST_COLUMNS = List.of("goalpost_lower",
      "goalpost_upper", "goalpost_scale", "goalpost_trunc2posts");
  private static CoinrInput asem;

  @TempDir Path dir;

  @BeforeAll
  static void readAsem() throws IOException {
    asem = CoinrTables.read(CoinrConformanceTest.resource("inputs/ASEM_iData.csv"),
        CoinrConformanceTest.resource("inputs/ASEM_iMeta.csv"));
  }

  /**
   * ASEM's iMeta with goalposts 10% inside each indicator's range (so some points are
   * truncated), scale 100, truncation on every other indicator, and an unknown column after
   * them; written as CSV and read back.
   */
  private CoinrInput withGoalposts(String file) throws IOException {
    Map<String, Map<String, String>> extras = new LinkedHashMap<>();
    int k = 0;
    for (Node leaf : asem.framework().indicators()) {
      double[] x = asem.dataset().column(leaf.code());
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : x) {
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      double r = max - min;
      Map<String, String> e = new LinkedHashMap<>();
      e.put("goalpost_lower", Double.toString(min + 0.1 * r));
      e.put("goalpost_upper", Double.toString(max - 0.1 * r));
      e.put("goalpost_scale", "100");
      e.put("goalpost_trunc2posts", k++ % 2 == 0 ? "TRUE" : "FALSE");
      e.put("Source", "survey " + leaf.code());
      extras.put(leaf.code(), e);
    }
    List<String> columns = new ArrayList<>(CoinrTables.META_COLUMNS);
    columns.addAll(GOALPOST_COLUMNS);
    columns.add("Source");
    CoinrInput in = new CoinrInput(asem.framework(), asem.dataset(), asem.pipeline(),
        asem.variables(), asem.times(), asem.otherData(), extras, asem.dataColumns(), columns,
        asem.metaOrder());
    Path d = dir.resolve(file + "_iData.csv");
    Path m = dir.resolve(file + "_iMeta.csv");
    CoinrTables.write(in, d, m);
    return CoinrTables.read(d, m);
  }

  /** COINr's n_goalposts on the parameters get_iMeta_norm_paras makes from one iMeta row. */
  private static double coinrGoalposts(double raw, int direction, double lower, double upper,
      double scale, boolean trunc) {
    double x = raw * direction;
    double[] gp = direction == -1
        ? new double[] {upper * direction, lower * direction, scale}
        : new double[] {lower * direction, upper * direction, scale};
    double y = (x - gp[0]) / (gp[1] - gp[0]);
    if (trunc) {
      y = Math.min(1, Math.max(0, y));
    }
    return y * gp[2];
  }

  @Test
  void goalpostsFromIMetaGiveWhatCoinrGives() throws IOException {
    CoinrInput in = withGoalposts("gp");
    Pipeline p = in.resolve(in.pipeline().withNormalisation(Normalisation.fromIMeta("goalposts")));
    Results results = Engine.standard().run(in.framework(), in.dataset(), p);
    Dataset normalised = results.after(Step.NORMALISATION);
    long compared = 0;
    long truncated = 0;
    for (Node leaf : in.framework().indicators()) {
      Map<String, String> row = in.metaExtras().get(leaf.code());
      double lower = Double.parseDouble(row.get("goalpost_lower"));
      double upper = Double.parseDouble(row.get("goalpost_upper"));
      boolean trunc = row.get("goalpost_trunc2posts").equals("TRUE");
      double[] raw = in.dataset().column(leaf.code());
      double[] got = normalised.column(leaf.code());
      for (int i = 0; i < raw.length; i++) {
        if (Double.isNaN(raw[i])) {
          assertThat(got[i]).isNaN();
          continue;
        }
        double want = coinrGoalposts(raw[i], leaf.direction().sign(), lower, upper, 100, trunc);
        assertThat(got[i]).as("%s of %s", leaf.code(), in.dataset().units().get(i).code())
            .isCloseTo(want, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1,
                Math.abs(want))));
        compared++;
        truncated += trunc && (want == 0 || want == 100) ? 1 : 0;
      }
    }
    assertThat(compared).isEqualTo(49L * 51 - 63);
    assertThat(truncated).isPositive();
    assertThat(in.framework().indicators().stream().filter(n -> n.direction().sign() < 0))
        .isNotEmpty();
  }

  @Test
  void theResolvedPipelineHasOneOverridePerIndicatorAndSurvivesAResultsDocument()
      throws IOException {
    CoinrInput in = withGoalposts("doc");
    Pipeline p = in.resolve(in.pipeline().withNormalisation(Normalisation.fromIMeta("goalposts")));
    Normalisation n = p.normalisation().orElseThrow();
    assertThat(n.overrides()).hasSize(49);
    Map<String, String> lpi = in.metaExtras().get("LPI");
    assertThat(n.forIndicator("LPI")).isEqualTo(Normalisation.goalposts(
        Double.parseDouble(lpi.get("goalpost_lower")),
        Double.parseDouble(lpi.get("goalpost_upper")), 100, true));
    assertThat(in.resolve(p)).isEqualTo(p);
    Results results = Engine.standard().run(in.framework(), in.dataset(), p);
    LcnJson json = LcnJson.standard();
    Results back = json.read(json.writeToString(results), Results.class);
    assertThat(back.scores("Index")).isEqualTo(results.scores("Index"));
  }

  @Test
  void overridesWithoutTheFlagAreKept() throws IOException {
    CoinrInput in = withGoalposts("keep");
    Normalisation own = Normalisation.minMax(0, 10);
    Pipeline p = in.resolve(in.pipeline().withNormalisation(
        Normalisation.fromIMeta("goalposts").withOverride("LPI", own)));
    assertThat(p.normalisation().orElseThrow().forIndicator("LPI")).isEqualTo(own);
    assertThat(p.normalisation().orElseThrow().forIndicator("Flights").method())
        .isEqualTo("goalposts");
  }

  @Test
  void unknownAndParameterColumnsAreWrittenBackInTheirOrder() throws IOException {
    CoinrInput in = withGoalposts("order");
    List<String> expected = new ArrayList<>(CoinrTables.META_COLUMNS);
    expected.addAll(GOALPOST_COLUMNS);
    expected.add("Source");
    assertThat(in.metaColumns()).isEqualTo(expected);
    Path d = dir.resolve("again_iData.csv");
    Path m = dir.resolve("again_iMeta.csv");
    CoinrTables.write(in, d, m);
    assertThat(Files.readAllLines(m, UTF_8).get(0)).isEqualTo(String.join(",", expected));
    CoinrInput again = CoinrTables.read(d, m);
    assertThat(again.metaExtras()).isEqualTo(in.metaExtras());
    assertThat(again.metaExtras().get("LPI")).containsEntry("Source", "survey LPI");
  }

  @Test
  void theOtherMethodsTakeTheirCoinrColumns() {
    Map<String, Map<String, String>> extras = new LinkedHashMap<>();
    for (Node leaf : asem.framework().indicators()) {
      extras.put(leaf.code(), Map.of("minmax_lower", "1", "minmax_upper", "10",
          "zscore_mean", "50", "zscore_sd", "5", "scaled_lower", "-1", "scaled_upper", "1000",
          "scale_factor", "10", "dist2targ_cap_max", "T"));
    }
    CoinrInput in = new CoinrInput(asem.framework(), asem.dataset(), asem.pipeline(),
        asem.variables(), asem.times(), asem.otherData(), extras, asem.dataColumns(),
        List.of(), asem.metaOrder());
    assertThat(in.resolve(asem.pipeline().withNormalisation(Normalisation.fromIMeta("minmax")))
        .normalisation().orElseThrow().forIndicator("LPI"))
        .isEqualTo(Normalisation.minMax(1, 10));
    assertThat(in.resolve(asem.pipeline().withNormalisation(Normalisation.fromIMeta("zscore")))
        .normalisation().orElseThrow().forIndicator("LPI"))
        .isEqualTo(Normalisation.zScore(50, 5));
    assertThat(in.resolve(asem.pipeline().withNormalisation(Normalisation.fromIMeta("scaled")))
        .normalisation().orElseThrow().forIndicator("LPI"))
        .isEqualTo(Normalisation.scaled(-1, 1000, 10));
    Normalisation d2t = in.resolve(asem.pipeline().withNormalisation(
        Normalisation.fromIMeta("dist2targ"))).normalisation().orElseThrow().forIndicator("LPI");
    assertThat(d2t.parameters().asMap()).containsEntry("target", 4.11803135)
        .containsEntry("cap", true);
  }

  @Test
  void aMissingColumnOrCellNamesTheIndicatorAndTheColumn() throws IOException {
    CoinrInput in = withGoalposts("missing");
    Map<String, Map<String, String>> extras = new LinkedHashMap<>(in.metaExtras());
    Map<String, String> lpi = new LinkedHashMap<>(extras.get("LPI"));
    lpi.remove("goalpost_upper");
    extras.put("LPI", lpi);
    CoinrInput holed = new CoinrInput(in.framework(), in.dataset(), in.pipeline(),
        in.variables(), in.times(), in.otherData(), extras, in.dataColumns(), in.metaColumns(),
        in.metaOrder());
    Pipeline p = in.pipeline().withNormalisation(Normalisation.fromIMeta("goalposts"));
    assertThatThrownBy(() -> holed.resolve(p)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("indicator 'LPI'").hasMessageContaining("goalpost_upper");
    assertThatThrownBy(() -> asem.resolve(p)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("iMeta has no column 'goalpost_lower'")
        .hasMessageContaining("goalpost_trunc2posts");
    assertThatThrownBy(() -> asem.resolve(asem.pipeline().withNormalisation(
        Normalisation.of("rank", io.github.learningcities.lcn.indicators.method.Parameters.of(
            Map.of("iMeta", true)))))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("'iMeta' is unknown");
  }

  @Test
  void goalpostsThatInvertTheRankingAreRefusedNamingTheIndicator() {
    Map<String, Map<String, String>> extras = new LinkedHashMap<>();
    for (Node leaf : asem.framework().indicators()) {
      extras.put(leaf.code(), Map.of("goalpost_lower", "5", "goalpost_upper",
          leaf.code().equals("Flights") ? "1" : "50", "goalpost_scale", "1",
          "goalpost_trunc2posts", "FALSE"));
    }
    CoinrInput in = new CoinrInput(asem.framework(), asem.dataset(), asem.pipeline(),
        asem.variables(), asem.times(), asem.otherData(), extras, asem.dataColumns(),
        List.of(), asem.metaOrder());
    assertThatThrownBy(() -> in.resolve(in.pipeline().withNormalisation(
        Normalisation.fromIMeta("goalposts")))).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("indicator 'Flights'").hasMessageContaining("lower < upper");
  }

  @Test
  void aCellThatIsNotANumberOrLogicalIsAReadErrorWithItsPlace() throws IOException {
    String meta = Files.readString(CoinrConformanceTest.resource("inputs/ASEM_iMeta.csv"),
        UTF_8);
    String[] lines = meta.split("\n", -1);
    StringBuilder b = new StringBuilder(lines[0].strip()).append(",goalpost_lower,"
        + "goalpost_trunc2posts\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String cells = i == 1 ? ",0,yes" : i == 2 ? ",low,TRUE" : ",0,TRUE";
      b.append(lines[i].strip()).append(cells).append('\n');
    }
    Path m = dir.resolve("bad_iMeta.csv");
    Files.writeString(m, b, UTF_8);
    Path d = CoinrConformanceTest.resource("inputs/ASEM_iData.csv");
    List<TableProblem> problems = CoinrTables.validate(d, m);
    assertThat(problems).extracting(TableProblem::line).containsExactly(2, 3);
    assertThat(problems.get(0).field()).isEqualTo("goalpost_trunc2posts");
    assertThat(problems.get(0).message()).contains("'yes' is not a logical value")
        .contains("TRUE or FALSE").contains("LPI");
    assertThat(problems.get(1).field()).isEqualTo("goalpost_lower");
    assertThat(problems.get(1).fieldNumber()).isEqualTo(11);
    assertThatThrownBy(() -> CoinrTables.read(d, m)).isInstanceOf(DocumentReadException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void theEngineRefusesAnUnresolvedIMetaNormalisation() {
    Pipeline p = asem.pipeline().withNormalisation(Normalisation.fromIMeta("goalposts"));
    assertThatThrownBy(() -> Engine.standard().run(asem.framework(), asem.dataset(), p))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("iMeta=true").hasMessageContaining("CoinrInput.resolve");
  }
}

package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.analysis.Correlations;
import io.github.learningcities.lcn.indicators.analysis.CronbachAlpha;
import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis package against COINr 1.1.14's analysis outputs on the ASEM example with
 * pipeline P1 (min-max [0, 100], arithmetic mean): indicator statistics of the raw data,
 * Cronbach's alpha, effective weights, indicator-pillar correlations and the Pearson matrix of
 * the normalised indicators. Numbers agree within a relative 1e-9 (absolute 1e-9 near zero);
 * flags and counts exactly.
 */
class CoinrAnalysisConformanceTest {
  private static final Logger LOG = LoggerFactory.getLogger(CoinrAnalysisConformanceTest.class);
  private static final String ROOT = "/coinr-asem/";
  private static final Map<String, AtomicLong> COMPARED = new TreeMap<>();

  private static Results p1;

  @BeforeAll
  static void runP1() throws IOException {
    CoinrInput asem = CoinrTables.read(resource("inputs/ASEM_iData.csv"),
        resource("inputs/ASEM_iMeta.csv"));
    p1 = Engine.standard().run(asem.framework(), asem.dataset(), asem.pipeline());
  }

  @AfterAll
  static void reportCounts() {
    long total = COMPARED.values().stream().mapToLong(AtomicLong::get).sum();
    LOG.info("COINr analysis conformance: {} values compared ({})", total, COMPARED);
  }

  static Path resource(String name) {
    try {
      return Path.of(CoinrAnalysisConformanceTest.class.getResource(ROOT + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource " + ROOT + name + " is missing", e);
    }
  }

  static boolean close(double actual, double expected) {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }

  static long check(String what, OptionalDouble actual, String expected,
      List<String> mismatches) {
    if (expected.isEmpty() || expected.equals("NA")) {
      if (actual.isPresent()) {
        mismatches.add(what + ": COINr NA, engine " + actual.getAsDouble());
      }
    } else if (actual.isEmpty() || !close(actual.getAsDouble(), Double.parseDouble(expected))) {
      mismatches.add(what + ": COINr " + expected + ", engine " + actual);
    }
    return 1;
  }

  static long check(String what, double actual, String expected,
      List<String> mismatches) {
    return check(what, OptionalDouble.of(actual), expected, mismatches);
  }

  static long checkText(String what, String actual, String expected,
      List<String> mismatches) {
    if (!actual.equals(expected)) {
      mismatches.add(what + ": COINr " + expected + ", engine " + actual);
    }
    return 1;
  }

  private static Dataset raw() {
    List<String> codes = p1.framework().indicators().stream().map(Node::code).toList();
    return p1.dataset().select(codes);
  }

  @Test
  void indicatorStatisticsOfTheRawDataMatchCoinrsGetStats() {
    List<String> mismatches = new ArrayList<>();
    long n = compareStatistics(IndicatorStatistics.of(raw()), mismatches);
    COMPARED.put("stats", new AtomicLong(n));
    assertThat(mismatches).as("statistics that differ from COINr").isEmpty();
    assertThat(n).isEqualTo(49L * 19);
  }

  /** Compares statistics with COINr's get_stats on the raw data; returns the values compared. */
  static long compareStatistics(List<IndicatorStatistics> statistics, List<String> mismatches) {
    ExpectedTable t = ExpectedTable.load(ROOT + "analysis/stats_raw_unrounded.csv");
    Map<String, IndicatorStatistics> actual = new HashMap<>();
    statistics.forEach(s -> actual.put(s.code(), s));
    long n = 0;
    for (var row : t.byKey().entrySet()) {
      IndicatorStatistics s = actual.get(row.getKey());
      assertThat(s).as("statistics of %s", row.getKey()).isNotNull();
      Map<String, String> e = row.getValue();
      String at = "stats " + row.getKey() + " ";
      n += check(at + "Min", s.min(), e.get("Min"), mismatches);
      n += check(at + "Max", s.max(), e.get("Max"), mismatches);
      n += check(at + "Mean", s.mean(), e.get("Mean"), mismatches);
      n += check(at + "Median", s.median(), e.get("Median"), mismatches);
      n += check(at + "Std", s.sd(), e.get("Std"), mismatches);
      n += check(at + "Skew", s.skew(), e.get("Skew"), mismatches);
      n += check(at + "Kurt", s.kurtosis(), e.get("Kurt"), mismatches);
      n += check(at + "N.Avail", s.available(), e.get("N.Avail"), mismatches);
      n += check(at + "N.NonZero", s.nonZero(), e.get("N.NonZero"), mismatches);
      n += check(at + "N.Unique", s.unique(), e.get("N.Unique"), mismatches);
      n += check(at + "N.Same", s.same(), e.get("N.Same"), mismatches);
      n += check(at + "Frc.Avail", s.availableFraction(), e.get("Frc.Avail"), mismatches);
      n += check(at + "Frc.NonZero", s.nonZeroFraction(), e.get("Frc.NonZero"), mismatches);
      n += check(at + "Frc.Unique", s.uniqueFraction(), e.get("Frc.Unique"), mismatches);
      n += check(at + "Frc.Same", s.sameFraction(), e.get("Frc.Same"), mismatches);
      n += checkText(at + "Flag.Avail", s.lowAvailability() ? "LOW" : "ok",
          e.get("Flag.Avail"), mismatches);
      n += checkText(at + "Flag.NonZero", s.lowNonZero() ? "LOW" : "ok", e.get("Flag.NonZero"),
          mismatches);
      n += checkText(at + "Flag.Unique", s.lowUnique() ? "LOW" : "ok", e.get("Flag.Unique"),
          mismatches);
      n += checkText(at + "Flag.SkewKurt", s.outliers() ? "OUT" : "ok", e.get("Flag.SkewKurt"),
          mismatches);
    }
    assertThat(t.rows()).hasSize(49);
    return n;
  }

  @Test
  void effectiveWeightsMatchCoinrsGetEffWeights() {
    Framework fw = p1.framework();
    EffectiveWeights w = EffectiveWeights.of(p1);
    List<String> mismatches = new ArrayList<>();
    long n = compareEffectiveWeights(fw, w::weight, mismatches);
    COMPARED.put("effective weights", new AtomicLong(n));
    assertThat(mismatches).as("effective weights that differ from COINr").isEmpty();
    for (int level = 1; level <= fw.levels(); level++) {
      assertThat(w.sumAtLevel(level)).as("sum at level %d", level)
          .isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  /**
   * Compares effective weights with COINr's get_eff_weights (levels and framework weights too);
   * returns the values compared.
   */
  static long compareEffectiveWeights(Framework fw, ToDoubleFunction<String> effective,
      List<String> mismatches) {
    ExpectedTable t = ExpectedTable.load(ROOT + "analysis/effective_weights.csv");
    long n = 0;
    for (var row : t.byKey().entrySet()) {
      String code = row.getKey();
      Map<String, String> e = row.getValue();
      n += check(code + " Level", fw.level(code), e.get("Level"), mismatches);
      n += check(code + " Weight", fw.node(code).orElseThrow().weight(), e.get("Weight"),
          mismatches);
      n += check(code + " EffWeight", effective.applyAsDouble(code), e.get("EffWeight"),
          mismatches);
    }
    assertThat(t.rows()).hasSize(fw.nodes().size());
    return n;
  }

  @Test
  void indicatorPillarCorrelationsMatchCoinrsWithParent() {
    List<String> mismatches = new ArrayList<>();
    long n = compareParentCorrelations(Correlations.withAncestors(p1, 1, 2,
        CorrelationMethod.PEARSON), mismatches);
    COMPARED.put("indicator-pillar correlations", new AtomicLong(n));
    assertThat(mismatches).as("correlations that differ from COINr").isEmpty();
    assertThat(n).isEqualTo(49);
  }

  /**
   * Compares indicator-pillar correlations with COINr's get_corr(withparent = TRUE); every
   * correlation must be one COINr reports. Returns the values compared.
   */
  static long compareParentCorrelations(List<Correlation> correlations,
      List<String> mismatches) {
    ExpectedTable t = ExpectedTable.load(ROOT + "analysis/corr_ind_vs_parent_pillar.csv");
    Map<String, Correlation> actual = new HashMap<>();
    correlations.forEach(c -> actual.put(c.first() + "/" + c.second(), c));
    long n = 0;
    for (List<String> row : t.rows()) {
      String key = row.get(0) + "/" + row.get(1);
      Correlation c = actual.remove(key);
      assertThat(c).as("engine correlation %s", key).isNotNull();
      n += check("corr " + key, c.coefficient(), row.get(2), mismatches);
    }
    assertThat(actual).as("pairs COINr does not report").isEmpty();
    return n;
  }

  @Test
  void pearsonMatrixOfTheNormalisedIndicatorsMatchesCoinr() {
    CorrelationMatrix m = CorrelationMatrix.of(p1.after(Step.NORMALISATION),
        ExpectedTable.load(ROOT + "analysis/corr_L1_normalised_pearson_wide.csv").header(),
        CorrelationMethod.PEARSON);
    List<String> mismatches = new ArrayList<>();
    long n = compareNormalisedMatrix(m, mismatches);
    COMPARED.put("normalised Pearson matrix", new AtomicLong(n));
    assertThat(mismatches).as("correlations that differ from COINr").isEmpty();
    assertThat(n).isEqualTo(49L * 49);
  }

  /**
   * Compares a matrix of the normalised indicators with COINr's wide Pearson table; returns the
   * values compared.
   */
  static long compareNormalisedMatrix(CorrelationMatrix m, List<String> mismatches) {
    ExpectedTable t = ExpectedTable.load(ROOT + "analysis/corr_L1_normalised_pearson_wide.csv");
    List<String> codes = t.header();
    // the wide table has no row names: row i is indicator i, which its unit diagonal confirms
    for (int i = 0; i < codes.size(); i++) {
      assertThat(t.rows().get(i).get(i)).as("diagonal of %s", codes.get(i)).isEqualTo("1");
    }
    long n = 0;
    for (int i = 0; i < codes.size(); i++) {
      for (int j = 0; j < codes.size(); j++) {
        n += check("corr " + codes.get(i) + "/" + codes.get(j),
            m.coefficient(codes.get(i), codes.get(j)), t.rows().get(i).get(j), mismatches);
      }
    }
    return n;
  }

  @Test
  void cronbachAlphaMatchesCoinrsGetCronbach() throws IOException {
    List<String> mismatches = new ArrayList<>();
    long n = 0;
    int rows = 0;
    for (String[] f : cronbachRows()) {
      String dset = f[0];
      String group = f[1];
      int level = Integer.parseInt(f[3]);
      Dataset data = switch (dset) {
        case "Raw" -> raw();
        case "Normalised" -> p1.after(Step.NORMALISATION);
        case "Aggregated" -> p1.after(Step.AGGREGATION);
        default -> throw new IllegalStateException("unknown dset " + dset);
      };
      CronbachAlpha a = CronbachAlpha.of(p1.framework(), data, group, level);
      String at = "cronbach " + dset + "/" + group + "/L" + level;
      n += check(at + " n_items", a.items().size(), f[f.length - 2], mismatches);
      n += check(at + " alpha", a.alpha(), f[f.length - 1], mismatches);
      rows++;
    }
    COMPARED.put("cronbach", new AtomicLong(n));
    assertThat(mismatches).as("alphas that differ from COINr").isEmpty();
    assertThat(rows).isEqualTo(15);
  }

  /**
   * The rows of COINr's cronbach.csv split on commas: dset, group, group_level and Level come
   * first, n_items and alpha last (the quoted call in the middle may hold commas; the other
   * fields hold none).
   */
  static List<String[]> cronbachRows() throws IOException {
    String text;
    try (InputStream in = CoinrAnalysisConformanceTest.class.getResourceAsStream(
        ROOT + "analysis/cronbach.csv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = text.split("\r?\n");
    assertThat(lines[0]).isEqualTo("dset,group,group_level,Level,call,n_items,alpha");
    List<String[]> out = new ArrayList<>();
    for (String line : List.of(lines).subList(1, lines.length)) {
      if (!line.isEmpty()) {
        out.add(line.split(",", -1));
      }
    }
    return out;
  }
}

package io.github.learningcities.lcn.serialization.coinr;

import static io.github.learningcities.lcn.serialization.coinr.CoinrAnalysisConformanceTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditSpec;
import io.github.learningcities.lcn.indicators.audit.Reliability;
import io.github.learningcities.lcn.indicators.audit.WeightShare;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit's sections against COINr 1.1.14 on the ASEM example with pipeline P1, for every
 * section COINr covers: the raw indicators' statistics ({@code get_stats}), the normalised
 * indicators' Pearson matrix and the indicator-pillar correlations ({@code get_corr}),
 * Cronbach's alpha of every aggregate's children ({@code get_cronbach}) and the effective
 * weights ({@code get_eff_weights}), within a relative 1e-9. COINr has no correlation ratio;
 * that section is checked against an analytic truth in lcn-indicators.
 */
class CoinrAuditConformanceTest {
  private static Results p1;
  private static Audit audit;

  @BeforeAll
  static void auditP1() throws IOException {
    CoinrInput asem = CoinrTables.read(CoinrAnalysisConformanceTest.resource(
        "inputs/ASEM_iData.csv"), CoinrAnalysisConformanceTest.resource("inputs/ASEM_iMeta.csv"));
    p1 = Engine.standard().run(asem.framework(), asem.dataset(), asem.pipeline());
    audit = Audit.of(Engine.standard(), p1, AuditSpec.defaults().withBootstrap(50));
  }

  @Test
  void theDataSectionHoldsCoinrsStatistics() {
    List<String> mismatches = new ArrayList<>();
    long n = CoinrAnalysisConformanceTest.compareStatistics(audit.statistics(), mismatches);
    assertThat(mismatches).as("statistics that differ from COINr").isEmpty();
    assertThat(n).isEqualTo(49L * 19);
  }

  @Test
  void theCorrelationSectionHoldsCoinrsMatrixAndPillarCorrelations() {
    List<String> mismatches = new ArrayList<>();
    long n = CoinrAnalysisConformanceTest.compareNormalisedMatrix(audit.indicatorCorrelations(),
        mismatches);
    Framework fw = p1.framework();
    List<Correlation> indicatorPillar = audit.parentCorrelations().stream()
        .filter(c -> fw.level(c.second()) == 1).toList();
    n += CoinrAnalysisConformanceTest.compareParentCorrelations(indicatorPillar, mismatches);
    assertThat(mismatches).as("correlations that differ from COINr").isEmpty();
    assertThat(n).isEqualTo(49L * 49 + 49);
  }

  /**
   * COINr's alpha of a group's direct children: the normalised indicators of a pillar, the
   * aggregated pillars of a sub-index, the aggregated sub-indices of the index (rows whose
   * group_level is Level + 1).
   */
  @Test
  void theReliabilitySectionHoldsCoinrsAlphaOfEveryAggregate() throws IOException {
    Map<String, Reliability> byAggregate = new HashMap<>();
    audit.reliability().forEach(r -> byAggregate.put(r.aggregate(), r));
    List<String> mismatches = new ArrayList<>();
    long n = 0;
    for (String[] f : CoinrAnalysisConformanceTest.cronbachRows()) {
      int groupLevel = Integer.parseInt(f[2]);
      int level = Integer.parseInt(f[3]);
      if (groupLevel != level + 1 || f[0].equals("Raw")) {
        continue;
      }
      Reliability r = byAggregate.remove(f[1]);
      assertThat(r).as("reliability of %s", f[1]).isNotNull();
      n += check("alpha " + f[1] + " n_items", r.items().size(), f[f.length - 2], mismatches);
      n += check("alpha " + f[1], r.alpha(), f[f.length - 1], mismatches);
    }
    assertThat(mismatches).as("alphas that differ from COINr").isEmpty();
    assertThat(byAggregate).as("aggregates COINr has no alpha for").isEmpty();
    assertThat(n).isEqualTo(2L * (8 + 2 + 1));
  }

  @Test
  void theWeightsSectionHoldsCoinrsEffectiveWeightsAndTheirNominalShares() {
    Framework fw = p1.framework();
    Map<String, WeightShare> byNode = new HashMap<>();
    audit.weights().forEach(w -> byNode.put(w.node(), w));
    List<String> mismatches = new ArrayList<>();
    long n = CoinrAnalysisConformanceTest.compareEffectiveWeights(fw,
        code -> byNode.containsKey(code) ? byNode.get(code).effective() : 1.0, mismatches);
    // nominal share: COINr's Weight over the sum of the siblings' Weight column
    ExpectedTable t = ExpectedTable.load("/coinr-asem/analysis/effective_weights.csv");
    Map<String, Map<String, String>> rows = t.byKey();
    for (WeightShare w : audit.weights()) {
      String parent = fw.node(w.node()).flatMap(Node::parent).orElseThrow();
      double sum = 0;
      for (Node s : fw.children(parent)) {
        sum += Double.parseDouble(rows.get(s.code()).get("Weight"));
      }
      n += check("nominal " + w.node(), w.nominal(),
          Double.toString(Double.parseDouble(rows.get(w.node()).get("Weight")) / sum),
          mismatches);
    }
    assertThat(mismatches).as("weights that differ from COINr").isEmpty();
    assertThat(n).isEqualTo(3L * fw.nodes().size() + fw.nodes().size() - 1);
  }

  @Test
  void everyIndicatorHasAnImportanceAndEveryLevelBelowTheIndexIsRemoved() {
    assertThat(audit.importance()).hasSize(49).allSatisfy(i -> {
      assertThat(i.ratio()).isPresent();
      assertThat(i.low()).isPresent();
    });
    Framework fw = p1.framework();
    assertThat(audit.removals()).hasSize(fw.nodes().size() - 1);
    assertThat(audit.findings()).isNotEmpty().allSatisfy(f ->
        assertThat(f.reason()).contains(f.place().replace("~", " and ")));
  }
}

package io.github.learningcities.lcn.indicators.engine;

import static io.github.learningcities.lcn.indicators.engine.Fixtures.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineTest {
  private final Engine engine = Engine.standard();

  /** Index I -> pillars A (a1, a2), B (b1); weights 1. */
  private static Framework tree() {
    return Framework.builder().node("I", null).node("A", "I").node("B", "I")
        .node("a1", "A").node("a2", "A").node("b1", "B").build();
  }

  private static Dataset treeData() {
    List<Unit> units = List.of(
        new Unit("p", "P", Map.of("g", "east"), Map.of("pop", 10.0)),
        new Unit("q", "Q", Map.of("g", "east"), Map.of("pop", 20.0)),
        new Unit("r", "R", Map.of("g", "west"), Map.of("pop", 40.0)));
    return Dataset.ofColumns(units, Map.of(
        "a1", new double[] {1, 2, 3},
        "a2", new double[] {10, NA, 30},
        "b1", new double[] {5, 4, 3}));
  }

  @Test
  void constantIndicatorUnderMinMaxGetsTheMidpointAndANote() {
    Results r = engine.run(Fixtures.single(), Fixtures.column(4, 4, 4),
        Pipeline.coinrDefault());
    assertThat(r.after(Step.NORMALISATION).column("x")).containsExactly(50, 50, 50);
    assertThat(r.diagnostics().notes()).singleElement().satisfies(n -> {
      assertThat(n.code()).isEqualTo("constant-indicator");
      assertThat(n.place()).isEqualTo("x");
    });
  }

  @Test
  void zeroUnderGeometricMeanIsAnErrorNamingNodeChildAndUnit() {
    assertThatThrownBy(() -> engine.run(tree(), treeData(),
        Pipeline.coinrDefault().withAggregation(Aggregation.geometric())))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("aggregate 'A'")
        .hasMessageContaining("'a1' is 0.0")
        .hasMessageContaining("unit 'p'")
        .hasMessageContaining("min-max to [1, 100]");
    assertThatThrownBy(() -> engine.run(tree(), treeData(),
        Pipeline.coinrDefault().withAggregation(Aggregation.harmonic())))
        .hasMessageContaining("harmonic mean needs positive values");
  }

  @Test
  void generalisedMeanSkipsMissingValues() {
    Results r = engine.run(Fixtures.flat(1, 1, 1), Fixtures.rows(new double[][] {{10, NA, 40}}),
        Pipeline.coinrDefault().withNormalisation(null)
            .withAggregation(Aggregation.generalised(2)));
    assertThat(r.score("u0", "I").orElseThrow())
        .isCloseTo(Math.sqrt((100 + 1600) / 2.0), within(1e-12));
  }

  @Test
  void copelandRunsThroughThePipeline() {
    Results r = engine.run(tree(), treeData(),
        Pipeline.coinrDefault().withAggregation(Aggregation.copeland()));
    assertThat(r.ranks("I")).containsOnlyKeys("p", "q", "r");
  }

  @Test
  void presentWeightsSummingToZeroGiveMissingAndANote() {
    Results r = engine.run(Fixtures.flat(0, 1), Fixtures.rows(new double[][] {{5, NA}, {1, 2}}),
        Pipeline.coinrDefault().withNormalisation(null));
    assertThat(r.score("u0", "I")).isEmpty();
    assertThat(r.score("u1", "I").orElseThrow()).isEqualTo(2.0);
    assertThat(r.diagnostics().notes()).anySatisfy(n -> {
      assertThat(n.code()).isEqualTo("zero-weight-sum");
      assertThat(n.place()).isEqualTo("I");
      assertThat(n.unit()).contains("u0");
    });
  }

  @Test
  void availabilityThresholdMakesAggregateMissing() {
    double[][] rows = {{1, NA, NA, NA, NA}, {1, 2, 3, 4, 5}};
    Results r = engine.run(Fixtures.flat(1, 1, 1, 1, 1), Fixtures.rows(rows),
        Pipeline.coinrDefault().withNormalisation(null)
            .withAggregation(Aggregation.arithmetic().withAvailabilityThreshold(0.5)));
    assertThat(r.score("u0", "I")).isEmpty();
    assertThat(r.score("u1", "I").orElseThrow()).isEqualTo(3.0);
  }

  @Test
  void nodeCanCarryItsOwnAggregation() {
    Framework fw = tree().withNode(tree().node("B").orElseThrow()
        .withAggregation(Aggregation.of("geometric", Parameters.none())));
    Results r = engine.run(fw, treeData(), Pipeline.coinrDefault().withNormalisation(null));
    assertThat(r.score("p", "B").orElseThrow()).isCloseTo(5.0, within(1e-12));
    assertThat(r.score("p", "A").orElseThrow()).isEqualTo(5.5);
  }

  @Test
  void ranksAreCompetitionRanksAndGroupRanksRankWithinGroups() {
    Results r = engine.run(Fixtures.single(), Fixtures.column(3, 7, 7, 1, NA),
        Pipeline.coinrDefault());
    assertThat(r.ranks("x")).containsExactly(Map.entry("u0", 3), Map.entry("u1", 1),
        Map.entry("u2", 1), Map.entry("u3", 4));
    assertThat(r.rank("u4", "x")).isEmpty();

    Results t = engine.run(tree(), treeData(), Pipeline.coinrDefault());
    assertThat(t.groupRanks("g", "b1")).containsExactly(Map.entry("p", 1), Map.entry("q", 2),
        Map.entry("r", 1));
  }

  @Test
  void contributionsAddUpToTheIndexUnderArithmeticMeans() {
    Results r = engine.run(tree(), treeData(), Pipeline.coinrDefault());
    for (Unit u : r.units()) {
      Map<String, Double> c = r.contributions(u.code());
      double sum = c.values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(sum).isCloseTo(r.score(u.code(), "I").orElseThrow(), within(1e-9));
    }
    // effective weight x normalised score: a1 weighs 1/2 * 1/2 for unit r (a1 = 100).
    assertThat(r.contributions("r").get("a1")).isCloseTo(25.0, within(1e-12));
    // unit q has no a2: a1 carries all of A's half.
    assertThat(r.contributions("q").get("a1")).isCloseTo(0.5 * 50, within(1e-12));
  }

  @Test
  void strengthsAndWeaknesses() {
    Results r = engine.run(tree(), treeData(), Pipeline.coinrDefault());
    StrengthsAndWeaknesses sw = r.strengthsAndWeaknesses("p", 1);
    assertThat(sw.strengths()).extracting(StrengthsAndWeaknesses.IndicatorRank::indicator)
        .containsExactly("b1");
    // p has the lowest a1 of three units (rank 3) and the lower a2 of two (rank 2).
    assertThat(sw.weaknesses()).extracting(StrengthsAndWeaknesses.IndicatorRank::indicator)
        .containsExactly("a1");
  }

  @Test
  void regenerationRecomputesOnlyFromTheFirstChangedStep() {
    Pipeline p = Pipeline.coinrDefault().withImputation(Imputation.mean());
    Results base = engine.run(tree(), treeData(), p);
    Results weights = engine.regenerate(base, p.withWeighting(
        Weighting.fromFramework().withManual(Map.of("A", 3.0))));
    assertThat(weights.recomputedFrom()).isEqualTo(Step.AGGREGATION);
    Results full = engine.run(tree(), treeData(), weights.pipeline());
    assertThat(weights.scores("I")).containsExactly(full.scores("I"));

    assertThat(weights).isEqualTo(full).hasSameHashCodeAs(full).isNotEqualTo(base);

    Results norm = engine.regenerate(base, p.withNormalisation(Normalisation.zScore(0, 1)));
    assertThat(norm.recomputedFrom()).isEqualTo(Step.NORMALISATION);
    assertThat(norm.diagnostics().imputedCells()).hasSize(1);
    assertThat(norm).isEqualTo(engine.run(tree(), treeData(), norm.pipeline()));

    Comparison cmp = base.compareTo(weights, "I");
    assertThat(cmp.changes()).hasSize(3);
    assertThat(cmp.meanAbsoluteRankChange()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void imputationAndTreatmentAreListedInDiagnostics() {
    Results r = engine.run(tree(), treeData(),
        Pipeline.coinrDefault().withImputation(Imputation.groupMean("g")));
    assertThat(r.diagnostics().imputedCells()).singleElement().satisfies(c -> {
      assertThat(c.unit()).isEqualTo("q");
      assertThat(c.indicator()).isEqualTo("a2");
      assertThat(c.value()).isEqualTo(10.0);
    });
  }

  @Test
  void cellsLeftMissingByImputationAreNoted() {
    Dataset d = Dataset.ofColumns(List.of(new Unit("p", null, Map.of("g", "solo"), Map.of()),
        new Unit("q", null, Map.of("g", "pair"), Map.of()),
        new Unit("r", null, Map.of("g", "pair"), Map.of())),
        Map.of("a1", new double[] {NA, 1, 2}, "a2", new double[] {1, 2, 3},
            "b1", new double[] {1, 2, 3}));
    Results r = engine.run(tree(), d, Pipeline.coinrDefault()
        .withImputation(Imputation.groupMean("g")));
    assertThat(r.diagnostics().imputedCells()).isEmpty();
    assertThat(r.diagnostics().notes()).singleElement().satisfies(n -> {
      assertThat(n.code()).isEqualTo("not-imputed");
      assertThat(n.unit()).contains("p");
    });
  }

  @Test
  void screeningRemovesUnitsWithTooLittleDataAndSaysWhy() {
    Dataset d = Dataset.ofColumns(List.of(Unit.of("p", null), Unit.of("q", null),
        Unit.of("r", null)), Map.of("a1", new double[] {1, NA, 3},
        "a2", new double[] {1, NA, 3}, "b1", new double[] {1, 2, 3}));
    Results r = engine.run(tree(), d, Pipeline.coinrDefault().withScreening(
        Screening.byMissing()));
    assertThat(r.units()).extracting(Unit::code).containsExactly("p", "r");
    assertThat(r.diagnostics().screenedUnits()).singleElement().satisfies(s -> {
      assertThat(s.unit()).isEqualTo("q");
      assertThat(s.reason()).contains("1/3");
    });
    Results forced = engine.run(tree(), d, Pipeline.coinrDefault().withScreening(
        Screening.byMissing().forceInclude("q").forceExclude("p")));
    assertThat(forced.units()).extracting(Unit::code).containsExactly("q", "r");
  }

  @Test
  void denominationDividesByTheUnitDenominator() {
    Framework fw = Framework.builder().node("I", null)
        .node(new Node("x", "x", java.util.Optional.of("I"), 1,
            io.github.learningcities.lcn.indicators.framework.Direction.POSITIVE, "",
            java.util.OptionalDouble.empty(), java.util.Optional.of("pop"),
            java.util.Optional.empty())).build();
    Dataset d = Dataset.ofColumns(List.of(new Unit("p", null, Map.of(), Map.of("pop", 4.0)),
        Unit.of("q", null)), Map.of("x", new double[] {2, 3}));
    Results r = engine.run(fw, d, Pipeline.coinrDefault().withNormalisation(null)
        .withDenomination(new Denomination(Map.of(), Map.of("x", 1000.0))));
    assertThat(r.after(Step.DENOMINATION).column("x")[0]).isEqualTo(500.0);
    assertThat(r.score("q", "x")).isEmpty();
    assertThat(r.diagnostics().notes()).anySatisfy(n ->
        assertThat(n.code()).isEqualTo("missing-denominator"));
  }

  @Test
  void userMethodsAreRegisteredByName() {
    MethodRegistry methods = MethodRegistry.standard()
        .withNormaliser("double", (x, out, p, c) -> {
          for (int i = 0; i < x.length; i++) {
            out[i] = 2 * x[i];
          }
        })
        .withAggregator("max", io.github.learningcities.lcn.indicators.method.Aggregator
            .rowWise((v, w, n, p) -> {
              double m = v[0];
              for (int i = 1; i < n; i++) {
                m = Math.max(m, v[i]);
              }
              return m;
            }))
        .withImputer("zero", (x, p, c) -> {
          double[] o = x.clone();
          for (int i = 0; i < o.length; i++) {
            if (Double.isNaN(o[i])) {
              o[i] = 0;
            }
          }
          return o;
        })
        .withTransformer("cap10", (x, p) -> {
          double[] o = x.clone();
          for (int i = 0; i < o.length; i++) {
            o[i] = Math.min(o[i], 10);
          }
          return o;
        });
    Pipeline p = Pipeline.coinrDefault()
        .withImputation(Imputation.of("zero", Parameters.none()))
        .withTreatment(Treatment.of("cap10", Parameters.none()))
        .withNormalisation(Normalisation.of("double", Parameters.none()))
        .withAggregation(Aggregation.of("max", Parameters.none()));
    Results r = Engine.using(methods).run(tree(), treeData(), p);
    assertThat(r.score("r", "A").orElseThrow()).isEqualTo(20.0);
    assertThat(r.diagnostics().treatedPoints()).singleElement().satisfies(t -> {
      assertThat(t.unit()).isEqualTo("r");
      assertThat(t.before()).isEqualTo(30.0);
      assertThat(t.after()).isEqualTo(10.0);
    });
    assertThatThrownBy(() -> engine.run(tree(), treeData(), p))
        .hasMessageContaining("'zero' is unknown");
    assertThatThrownBy(() -> methods.withNormaliser("minmax", (x, out, q, c) -> { }))
        .hasMessageContaining("built in");
  }

  @Test
  void imputerThatAltersPresentDataIsRejected() {
    MethodRegistry methods = MethodRegistry.standard()
        .withImputer("bad", (x, p, c) -> new double[] {0, 0, 0});
    assertThatThrownBy(() -> Engine.using(methods).run(tree(), treeData(),
        Pipeline.coinrDefault().withImputation(Imputation.of("bad", Parameters.none()))))
        .hasMessageContaining("unit 'p'").hasMessageContaining("may only fill missing");
  }

  @Test
  void everyLeafNeedsData() {
    Dataset d = Dataset.ofColumns(List.of(Unit.of("p", null)), Map.of("a1", new double[] {1}));
    assertThatThrownBy(() -> engine.run(tree(), d, Pipeline.coinrDefault()))
        .hasMessageContaining("indicator 'a2'").hasMessageContaining("no column");
  }

  @Test
  void unknownOverrideAndWeightSetAreNamed() {
    assertThatThrownBy(() -> engine.run(tree(), treeData(), Pipeline.coinrDefault()
        .withNormalisation(Normalisation.minMax(0, 1).withOverride("zz", Normalisation.rank()))))
        .hasMessageContaining("'zz'");
    assertThatThrownBy(() -> engine.run(tree(), treeData(), Pipeline.coinrDefault()
        .withWeighting(Weighting.set("expert"))))
        .hasMessageContaining("weight set 'expert'");
  }

  @Test
  void namedWeightSetsAndEqualWeights() {
    Framework fw = tree().withWeightSet("expert", Map.of("A", 3.0));
    Results set = engine.run(fw, treeData(), Pipeline.coinrDefault()
        .withWeighting(Weighting.set("expert")));
    Results manual = engine.run(fw, treeData(), Pipeline.coinrDefault()
        .withWeighting(Weighting.fromFramework().withManual(Map.of("A", 3.0))));
    assertThat(set.scores("I")).containsExactly(manual.scores("I"));
    Results equal = engine.run(fw.withWeights(Map.of("A", 5.0)), treeData(),
        Pipeline.coinrDefault().withWeighting(Weighting.equal()));
    assertThat(equal.scores("I")).containsExactly(
        engine.run(tree(), treeData(), Pipeline.coinrDefault()).scores("I"));
  }
}

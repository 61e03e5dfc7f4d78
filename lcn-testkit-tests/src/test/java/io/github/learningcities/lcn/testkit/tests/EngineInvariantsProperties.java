package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.testkit.indicators.ScoringCase;
import io.github.learningcities.lcn.testkit.indicators.ScoringCases;
import io.github.learningcities.lcn.testkit.invariants.EngineInvariants;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The engine's invariants over the testkit's cases and edge cases. */
class EngineInvariantsProperties {

  private static final Engine ENGINE = Engine.standard();

  @Provide
  Arbitrary<ScoringCase> cases() {
    return ScoringCases.cases();
  }

  @Provide
  Arbitrary<ScoringCase> edgeCases() {
    return ScoringCases.edgeCases();
  }

  @Provide
  Arbitrary<ScoringCase> arithmeticCases() {
    return ScoringCases.arithmeticCases();
  }

  @Property(tries = 150)
  void permutingUnitsPermutesResults(@ForAll("cases") ScoringCase c, @ForAll long seed) {
    EngineInvariants.permutationOfUnits(ENGINE, c, seed);
  }

  @Property(tries = 150)
  void edgeCasesRunAndRankValidly(@ForAll("edgeCases") ScoringCase c, @ForAll long seed) {
    EngineInvariants.validCompetitionRanks(c.run(ENGINE));
    EngineInvariants.permutationOfUnits(ENGINE, c, seed);
  }

  @Provide
  Arbitrary<ScoringCase> multivariateImputationCases() {
    return net.jqwik.api.Combinators.combine(
        net.jqwik.api.Arbitraries.oneOf(ScoringCases.cases(), ScoringCases.edgeCases()),
        io.github.learningcities.lcn.testkit.indicators.PipelineArbitraries
            .multivariateImputations())
        .as((c, i) -> c.withPipeline(c.pipeline().withImputation(i)));
  }

  @Property(tries = 150)
  void permutingUnitsPermutesResultsUnderMultivariateImputation(
      @ForAll("multivariateImputationCases") ScoringCase c, @ForAll long seed) {
    EngineInvariants.validCompetitionRanks(c.run(ENGINE));
    EngineInvariants.permutationOfUnits(ENGINE, c, seed);
  }

  @Property(tries = 150)
  void ranksAreCompetitionRanks(@ForAll("cases") ScoringCase c) {
    EngineInvariants.validCompetitionRanks(c.run(ENGINE));
  }

  @Property(tries = 150)
  void scalingTheWeightsOfOneGroupChangesNoIndexScore(@ForAll("cases") ScoringCase c,
      @ForAll @IntRange(min = 0, max = 1000) int pick,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    List<Node> groups = c.framework().nodes().stream()
        .filter(n -> !c.framework().children(n.code()).isEmpty()).toList();
    String parent = groups.get(pick % groups.size()).code();
    EngineInvariants.weightScalingWithinAGroup(ENGINE, c, parent, factor);
  }

  @Property(tries = 150)
  void improvingAValueNeverLowersAnArithmeticIndex(@ForAll("arithmeticCases") ScoringCase c,
      @ForAll @IntRange(min = 0, max = 1000) int unitPick,
      @ForAll @IntRange(min = 0, max = 1000) int indicatorPick,
      @ForAll @DoubleRange(min = 0, max = 500) double improvement) {
    List<Node> indicators = c.framework().indicators();
    EngineInvariants.monotonicityUnderArithmeticAggregation(ENGINE, c,
        unitPick % c.dataset().unitCount(), indicators.get(indicatorPick % indicators.size())
            .code(), improvement);
  }

  @Property(tries = 150)
  void addingAConstantToAnIndicatorLeavesMinMaxResultsUnchanged(
      @ForAll("cases") ScoringCase c, @ForAll @IntRange(min = 0, max = 1000) int pick,
      @ForAll @DoubleRange(min = -1000, max = 1000) double shift) {
    List<Node> indicators = c.framework().indicators();
    Set<String> shifted = Set.of(indicators.get(pick % indicators.size()).code());
    Assume.that(EngineInvariants.constantShiftApplies(c, shifted));
    EngineInvariants.constantShift(ENGINE, c, shifted, shift);
  }

  @Property(tries = 150)
  void addingAConstantToEveryIndicatorLeavesMinMaxResultsUnchanged(
      @ForAll("cases") ScoringCase c,
      @ForAll @DoubleRange(min = -1000, max = 1000) double shift) {
    Assume.that(EngineInvariants.constantShiftApplies(c, c.dataset().indicators()));
    EngineInvariants.constantShift(ENGINE, c, c.dataset().indicators(), shift);
  }

  /**
   * COINr's default pipeline (min-max to [0, 100], arithmetic means) keeps every invariant:
   * the properties that the engine's own suite once checked with a private generator.
   */
  @Property(tries = 150)
  void coinrDefaultPipelineKeepsTheInvariants(@ForAll("arithmeticCases") ScoringCase arithmetic,
      @ForAll long seed, @ForAll @DoubleRange(min = -1000, max = 1000) double shift,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
    ScoringCase c = arithmetic.withPipeline(Pipeline.coinrDefault());
    EngineInvariants.permutationOfUnits(ENGINE, c, seed);
    EngineInvariants.validCompetitionRanks(c.run(ENGINE));
    EngineInvariants.constantShift(ENGINE, c, c.dataset().indicators(), shift);
    EngineInvariants.weightScalingWithinAGroup(ENGINE, c, c.framework().root().code(), factor);
  }

  @Property(tries = 50)
  void zerosAndNegativesUnderAGeometricMeanAreRefused(
      @ForAll("refused") ScoringCase c) {
    assertThatThrownBy(() -> c.run(ENGINE)).isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("positive");
  }

  @Provide
  Arbitrary<ScoringCase> refused() {
    return ScoringCases.nonPositiveUnderGeometricMean();
  }

  @Provide
  Arbitrary<ScoringCase> directedAcyclicCases() {
    return ScoringCases.arithmeticCases().flatMap(c ->
        io.github.learningcities.lcn.testkit.indicators.FrameworkArbitraries
            .withSharedNodes(c.framework(), 4).map(c::withFramework));
  }

  /**
   * Frameworks that are graphs (issue 14): the engine's invariants hold, and the indicators'
   * contributions still add up to the index score.
   */
  @Property(tries = 100)
  void graphFrameworksKeepTheInvariantsAndContributionsAddUp(
      @ForAll("directedAcyclicCases") ScoringCase c, @ForAll long seed) {
    net.jqwik.api.statistics.Statistics.label("graph").collect(!c.framework().isTree());
    net.jqwik.api.statistics.Statistics.label("graph").coverage(cover ->
        cover.check(true).percentage(p -> p >= 20));
    io.github.learningcities.lcn.indicators.engine.Results r = c.run(ENGINE);
    EngineInvariants.validCompetitionRanks(r);
    EngineInvariants.permutationOfUnits(ENGINE, c, seed);
    String root = c.framework().nodes().stream().filter(n -> n.parent().isEmpty()).findFirst()
        .orElseThrow().code();
    for (io.github.learningcities.lcn.indicators.data.Unit u : c.dataset().units()) {
      java.util.OptionalDouble score = r.score(u.code(), root);
      if (score.isPresent()) {
        double sum = r.contributions(u.code()).values().stream()
            .mapToDouble(Double::doubleValue).sum();
        org.assertj.core.api.Assertions.assertThat(sum).as(u.code())
            .isCloseTo(score.getAsDouble(), org.assertj.core.api.Assertions.within(
                1e-9 * Math.max(1, Math.abs(score.getAsDouble()))));
      }
    }
  }
}

package io.github.learningcities.lcn.examples.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.examples.ranking.CityRankingService.Entry;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.testkit.indicators.ScoringCase;
import io.github.learningcities.lcn.testkit.indicators.ScoringCases;
import io.github.learningcities.lcn.testkit.invariants.EngineInvariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * How a team that embeds the SDK tests its own code: properties of {@link CityRankingService}
 * over the testkit's generated frameworks, datasets and pipelines ({@link ScoringCases}), plus
 * the SDK's contracts that the service relies on ({@link EngineInvariants}). Only the published
 * lcn-testkit API is used.
 */
class CityRankingServiceProperties {

  private static final Engine ENGINE = Engine.standard();

  private static CityRankingService serviceFor(ScoringCase c) {
    return new CityRankingService(ENGINE, c.framework(), c.pipeline());
  }

  @Provide
  Arbitrary<ScoringCase> cities() {
    return ScoringCases.cases();
  }

  @Provide
  Arbitrary<ScoringCase> awkwardCities() {
    return ScoringCases.edgeCases();
  }

  @Property(tries = 100)
  void theTableGoesFromTheBestScoreDownAndPlacesCountTheBetterCities(
      @ForAll("cities") ScoringCase c) {
    List<Entry> table = serviceFor(c).leagueTable(c.dataset());
    assertPlacesAreCompetitionRanks(table);
    EngineInvariants.validCompetitionRanks(c.run(ENGINE));
  }

  @Property(tries = 100)
  void awkwardDataStillGivesAValidTable(@ForAll("awkwardCities") ScoringCase c) {
    List<Entry> table = serviceFor(c).leagueTable(c.dataset());
    assertPlacesAreCompetitionRanks(table);
    assertThat(table.stream().map(Entry::code).toList()).doesNotHaveDuplicates()
        .isSubsetOf(c.dataset().units().stream().map(Unit::code).toList());
  }

  @Property(tries = 100)
  void theOrderOfTheCitiesInTheFileDoesNotMatter(@ForAll("cities") ScoringCase c,
      @ForAll long seed) {
    EngineInvariants.permutationOfUnits(ENGINE, c, seed);
    List<String> order = new ArrayList<>(c.dataset().units().stream().map(Unit::code).toList());
    Collections.shuffle(order, new Random(seed));
    List<Entry> before = serviceFor(c).leagueTable(c.dataset());
    List<Entry> after = serviceFor(c).leagueTable(c.dataset().reorderUnits(order));
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).code()).isEqualTo(before.get(i).code());
      assertThat(after.get(i).place()).isEqualTo(before.get(i).place());
      assertThat(after.get(i).score()).isCloseTo(before.get(i).score(),
          within(EngineInvariants.TOLERANCE * Math.max(1, Math.abs(before.get(i).score()))));
    }
  }

  /**
   * Holds where every step before aggregation sees only distances between cities (built-in
   * imputation, COINr's treatment of x - min, min-max normalisation, ranks of indicators
   * without imputed cells, no denomination, no screening by zeros): {@link
   * EngineInvariants#constantShiftApplies} keeps those cases, and {@link
   * EngineInvariants#constantShift} would refuse the others.
   */
  @Property(tries = 100)
  void shiftingAnIndicatorLeavesTheTableAlone(@ForAll("cities") ScoringCase c,
      @ForAll @DoubleRange(min = -500, max = 500) double shift) {
    Assume.that(EngineInvariants.constantShiftApplies(c, c.dataset().indicators()));
    EngineInvariants.constantShift(ENGINE, c, c.dataset().indicators(), shift);
  }

  @Property(tries = 100)
  void theTopIsTheHeadOfTheTable(@ForAll("cities") ScoringCase c,
      @ForAll @IntRange(min = 0, max = 15) int n) {
    CityRankingService service = serviceFor(c);
    List<Entry> table = service.leagueTable(c.dataset());
    List<Entry> top = service.top(c.dataset(), n);
    assertThat(top).hasSize(Math.min(n, table.size()));
    assertThat(top).isEqualTo(table.subList(0, top.size()));
  }

  private static void assertPlacesAreCompetitionRanks(List<Entry> table) {
    for (int i = 0; i < table.size(); i++) {
      Entry e = table.get(i);
      long better = table.stream().filter(o -> o.score() > e.score()).count();
      assertThat(e.place()).as("place of %s in %s", e.code(), table).isEqualTo(better + 1);
      if (i > 0) {
        assertThat(e.score()).isLessThanOrEqualTo(table.get(i - 1).score());
      }
    }
  }
}

package com.example.cityportal;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.testkit.indicators.ScoringCase;
import io.github.learningcities.lcn.testkit.indicators.ScoringCases;
import io.github.learningcities.lcn.testkit.invariants.EngineInvariants;
import io.github.learningcities.lcn.testkit.invariants.SerializationInvariants;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

// The README's property-test example, verbatim (a *Properties class: the pom's surefire
// includes make it run; target/surefire-reports proves it did, see verify.groovy).
// README: property test (begin)
class CityRankingServiceProperties {
  @Provide Arbitrary<ScoringCase> cities() { return ScoringCases.cases(); }

  @Property
  void theOrderOfTheCitiesDoesNotMatter(@ForAll("cities") ScoringCase c, @ForAll long seed) {
    EngineInvariants.permutationOfUnits(Engine.standard(), c, seed);
    // ... and your own assertions on your service built on c.framework() and c.pipeline()
  }

  @Property
  void frameworksRoundTrip(@ForAll Framework f) {       // default arbitraries via @ForAll
    LcnJson json = LcnJson.standard();
    SerializationInvariants.writeThenRead("JSON", f, Framework.class, json::writeToString,
        json::read);
  }
}
// README: property test (end)

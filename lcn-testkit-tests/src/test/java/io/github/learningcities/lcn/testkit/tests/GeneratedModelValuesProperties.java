package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.application.GnlcApplication;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.MembershipStatus;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.validation.ModelValidator;
import io.github.learningcities.lcn.testkit.LcnArbitraries;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Generated model values pass the model's checks at construction (they were built) and its
 * Bean Validation constraints, 100% of the time.
 */
class GeneratedModelValuesProperties {

  private static final ModelValidator VALIDATOR = ModelValidator.create();

  @Example
  void everyModelTypeGeneratesValidValues() {
    for (Class<?> type : LcnArbitraries.types()) {
      if (!type.getPackageName().startsWith("io.github.learningcities.lcn.model")) {
        continue;
      }
      Arbitrary<?> arbitrary = LcnArbitraries.forType(type).orElseThrow();
      arbitrary.sampleStream().limit(25).forEach(v -> {
        assertThat(v).isInstanceOf(type);
        assertThat(VALIDATOR.validate(v)).as(type.getSimpleName() + " " + v).isEmpty();
      });
    }
  }

  @Example
  void everyTypeGeneratesInstancesOfItself() {
    for (Class<?> type : LcnArbitraries.types()) {
      Object v = LcnArbitraries.forType(type).orElseThrow().sample();
      assertThat(v).as(type.getName()).isInstanceOf(type);
    }
  }

  @Property(tries = 200)
  void citiesAreValidAndNamedInUkrainianAndEnglish(@ForAll City city) {
    assertThat(VALIDATOR.validate(city)).isEmpty();
    assertThat(city.names().find("uk")).isPresent();
    assertThat(city.names().find("en")).isPresent();
    city.location().ifPresent(p -> assertThat(p.latitude()).isBetween(44.0, 53.0));
  }

  @Property(tries = 200)
  void membershipsOnlyTakeLegalTransitions(@ForAll Network network) {
    for (Membership m : network.memberships()) {
      assertThat(m.history().get(0).status().canStart()).isTrue();
      for (int i = 1; i < m.history().size(); i++) {
        MembershipStatus before = m.history().get(i - 1).status();
        StatusChange change = m.history().get(i);
        assertThat(before.canChangeTo(change.status())).isTrue();
      }
    }
    assertThat(network.memberships().stream().map(Membership::city)
        .collect(Collectors.toSet())).hasSize(network.memberships().size());
  }

  @Property(tries = 100)
  void declarationsHaveUniqueSignatoriesAndCommitments(@ForAll Declaration d) {
    assertThat(d.signatoryCities()).doesNotHaveDuplicates();
    assertThat(d.commitments().stream().map(c -> c.code()).toList()).doesNotHaveDuplicates();
    assertThat(VALIDATOR.validate(d)).isEmpty();
  }

  @Property(tries = 100)
  void applicationsAreCompleteAsTheirStatusRequires(@ForAll GnlcApplication a) {
    assertThat(VALIDATOR.validate(a)).isEmpty();
    switch (a.status()) {
      case ENDORSED -> assertThat(a.completeness().isComplete()).isTrue();
      case SUBMITTED -> assertThat(a.completeness().isPart1Complete()).isTrue();
      default -> assertThat(a.completeness().issues()).isNotNull();
    }
  }
}

package io.github.learningcities.lcn.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipTest {

  private static final CityId SUMY = CityId.of("ua-sumy");
  private static final NetworkId GNLC = NetworkId.of("unesco-gnlc");

  private final Membership applied = Membership.builder().city(SUMY).network(GNLC)
      .addHistory(StatusChange.of(MembershipStatus.APPLIED, LocalDate.of(2019, 5, 31)))
      .build();

  @Test
  void followsLegalTransitionsAndAnswersStatusOnADate() {
    Membership m = applied
        .withTransition(MembershipStatus.ADMITTED, LocalDate.of(2024, 2, 14))
        .withTransition(MembershipStatus.ACTIVE, LocalDate.of(2024, 2, 14))
        .withTransition(MembershipStatus.INACTIVE, LocalDate.of(2026, 1, 1))
        .withTransition(MembershipStatus.ACTIVE, LocalDate.of(2026, 6, 1));
    assertThat(m.currentStatus()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(m.statusOn(LocalDate.of(2019, 5, 30))).isEmpty();
    assertThat(m.statusOn(LocalDate.of(2020, 1, 1))).contains(MembershipStatus.APPLIED);
    assertThat(m.statusOn(LocalDate.of(2024, 2, 14))).contains(MembershipStatus.ACTIVE);
    assertThat(m.statusOn(LocalDate.of(2026, 3, 1))).contains(MembershipStatus.INACTIVE);
    assertThat(m.admittedOn()).contains(LocalDate.of(2024, 2, 14));
    assertThat(applied.history()).hasSize(1);
  }

  @Test
  void rejectsAnIllegalTransition() {
    assertThatThrownBy(() -> applied.withTransition(MembershipStatus.ACTIVE,
            LocalDate.of(2020, 1, 1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Membership[ua-sumy in unesco-gnlc].history[1].status: ACTIVE is invalid;"
            + " expected one of [ADMITTED, WITHDRAWN] after APPLIED");
  }

  @Test
  void treatsWithdrawnAsTerminal() {
    Membership withdrawn = applied.withTransition(MembershipStatus.WITHDRAWN,
        LocalDate.of(2020, 1, 1));
    assertThatThrownBy(() -> withdrawn.withTransition(MembershipStatus.ADMITTED,
            LocalDate.of(2021, 1, 1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("expected no further change after WITHDRAWN, which is terminal");
  }

  @Test
  void rejectsADateBeforeTheLastChange() {
    assertThatThrownBy(() -> applied.withTransition(MembershipStatus.ADMITTED,
            LocalDate.of(2019, 5, 30)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Membership[ua-sumy in unesco-gnlc].history[1].date: 2019-05-30 is invalid;"
            + " expected a date on or after 2019-05-31, the date of the change before");
  }

  @Test
  void startsWithAppliedOrAdmittedOnly() {
    assertThatThrownBy(() -> Membership.builder().city(SUMY).network(GNLC)
            .addHistory(StatusChange.of(MembershipStatus.ACTIVE, LocalDate.of(2024, 2, 14)))
            .build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("history[0].status: ACTIVE is invalid; expected APPLIED or"
            + " ADMITTED");
    assertThatThrownBy(() -> Membership.builder().city(SUMY).network(GNLC).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("history");
    assertThat(Membership.admitted(SUMY, GNLC, LocalDate.of(2024, 2, 14)).currentStatus())
        .isEqualTo(MembershipStatus.ADMITTED);
  }

  @Test
  void networkAllowsOneMembershipPerCityOfItsOwn() {
    Membership sumy = Membership.admitted(SUMY, GNLC, LocalDate.of(2024, 2, 14));
    var gnlc = Network.builder().id(GNLC)
        .name(LocalizedText.of("en", "UNESCO Global Network of Learning Cities"))
        .scope(NetworkScope.GLOBAL).founded(LocalDate.of(2013, 10, 23));
    ImmutableNetwork network = gnlc.addMemberships(sumy).build();
    assertThat(network.membersOn(LocalDate.of(2024, 3, 1))).containsExactly(SUMY);
    assertThat(network.membersOn(LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(network.membership(SUMY)).contains(sumy);

    assertThatThrownBy(() -> network.withMemberships(sumy, sumy))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Network[unesco-gnlc].memberships[1]: ua-sumy is invalid; expected a city"
            + " that appears only once in memberships");
    Membership elsewhere = Membership.admitted(SUMY, NetworkId.of("other"),
        LocalDate.of(2024, 2, 14));
    assertThatThrownBy(() -> network.withMemberships(elsewhere))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("memberships[0].network: other is invalid");
  }

  @Test
  void nationalNetworksNeedACountryAndGlobalOnesHaveNone() {
    var national = Network.builder().id(NetworkId.of("ua-learning-cities"))
        .name(LocalizedText.of("uk", "Українська мережа міст, що навчаються"))
        .scope(NetworkScope.NATIONAL).founded(LocalDate.of(2017, 10, 27));
    assertThatThrownBy(national::build)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Network[ua-learning-cities].country: null is invalid; expected the country"
            + " of a NATIONAL network, e.g. UA");
    ImmutableNetwork ukrainian = national.country(CountryCode.UKRAINE).build();
    assertThatThrownBy(() -> ukrainian.withScope(NetworkScope.GLOBAL))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("no country for a GLOBAL network");
  }
}

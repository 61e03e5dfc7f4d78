package io.github.learningcities.lcn.model.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.city.CityId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MembershipProperties {

  private static final CityId CITY = CityId.of("ua-melitopol");
  private static final NetworkId NETWORK = NetworkId.of("unesco-gnlc");
  private static final LocalDate START = LocalDate.of(2015, 9, 1);

  /** The legal transitions, written out from the specification rather than from the code. */
  private static Set<MembershipStatus> legalAfter(MembershipStatus s) {
    switch (s) {
      case APPLIED:
        return EnumSet.of(MembershipStatus.ADMITTED, MembershipStatus.WITHDRAWN);
      case ADMITTED:
        return EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.WITHDRAWN);
      case ACTIVE:
      case INACTIVE:
        return EnumSet.of(s == MembershipStatus.ACTIVE ? MembershipStatus.INACTIVE
            : MembershipStatus.ACTIVE, MembershipStatus.WITHDRAWN);
      default:
        return EnumSet.noneOf(MembershipStatus.class);
    }
  }

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(12);
  }

  /** Builds a legal history by picking, at each step, one of the legal next statuses. */
  private static Membership legalHistory(boolean startApplied, List<Integer> choices,
      List<Integer> gaps) {
    MembershipStatus status = startApplied ? MembershipStatus.APPLIED : MembershipStatus.ADMITTED;
    LocalDate date = START;
    Membership m = Membership.builder().city(CITY).network(NETWORK)
        .addHistory(StatusChange.of(status, date)).build();
    for (int i = 0; i < choices.size(); i++) {
      List<MembershipStatus> next = new ArrayList<>(legalAfter(status));
      if (next.isEmpty()) {
        break;
      }
      status = next.get(choices.get(i) % next.size());
      date = date.plusDays(gaps.isEmpty() ? 0 : gaps.get(i % gaps.size()));
      m = m.withTransition(status, date);
    }
    return m;
  }

  @Property
  void acceptsEveryLegalHistory(@ForAll boolean startApplied,
      @ForAll("choices") List<Integer> choices, @ForAll("choices") List<Integer> gaps) {
    Membership m = legalHistory(startApplied, choices, gaps);
    List<StatusChange> history = m.history();
    assertThat(history.get(0).status())
        .isIn(MembershipStatus.APPLIED, MembershipStatus.ADMITTED);
    for (int i = 1; i < history.size(); i++) {
      assertThat(legalAfter(history.get(i - 1).status())).contains(history.get(i).status());
      assertThat(history.get(i).date()).isAfterOrEqualTo(history.get(i - 1).date());
    }
    assertThat(m.currentStatus()).isEqualTo(history.get(history.size() - 1).status());
    assertThat(m.statusOn(START.minusDays(1))).isEmpty();
    assertThat(m.statusOn(LocalDate.of(3000, 1, 1))).contains(m.currentStatus());
  }

  @Property
  void rejectsEveryIllegalTransition(@ForAll boolean startApplied,
      @ForAll("choices") List<Integer> choices, @ForAll MembershipStatus next) {
    Membership m = legalHistory(startApplied, choices, List.of(1));
    LocalDate later = m.history().get(m.history().size() - 1).date().plusDays(1);
    if (legalAfter(m.currentStatus()).contains(next)) {
      assertThat(m.withTransition(next, later).currentStatus()).isEqualTo(next);
    } else {
      assertThatThrownBy(() -> m.withTransition(next, later))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("Membership[ua-melitopol in unesco-gnlc].history[");
    }
  }

  @Property
  void rejectsADateBeforeTheLastChange(@ForAll("choices") List<Integer> choices,
      @ForAll @IntRange(min = 1, max = 3650) int daysEarlier) {
    Membership m = legalHistory(true, choices, List.of(30));
    MembershipStatus current = m.currentStatus();
    if (legalAfter(current).isEmpty()) {
      return;
    }
    MembershipStatus next = legalAfter(current).iterator().next();
    LocalDate last = m.history().get(m.history().size() - 1).date();
    assertThatThrownBy(() -> m.withTransition(next, last.minusDays(daysEarlier)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining(".date: ");
  }

  @Property
  void rejectsHistoriesThatStartElsewhere(@ForAll MembershipStatus first) {
    var builder = Membership.builder().city(CITY).network(NETWORK)
        .addHistory(StatusChange.of(first, START));
    if (first == MembershipStatus.APPLIED || first == MembershipStatus.ADMITTED) {
      assertThat(builder.build().currentStatus()).isEqualTo(first);
    } else {
      assertThatThrownBy(builder::build).isInstanceOf(InvalidModelException.class);
    }
  }
}

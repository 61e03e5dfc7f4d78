package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.network.DatePrecision;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.MembershipStatus;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.network.NetworkScope;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.place.CountryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Networks of learning cities whose memberships only ever take legal status transitions
 * ({@link MembershipStatus#next()}) on non-decreasing dates.
 *
 * @since 0.1.0
 */
public final class NetworkArbitraries {

  private NetworkArbitraries() {}

  /**
   * Returns network identifiers such as {@code "ua-learning-cities-2"}.
   *
   * @return the identifiers
   */
  public static Arbitrary<NetworkId> networkIds() {
    return Arbitraries.integers().between(1, 99)
        .map(n -> NetworkId.of("ua-learning-cities-" + n));
  }

  /**
   * Returns single status changes, with a note at times, dates known to the day, month or year
   * (the first day of the period for a month or year) and at times only as an upper bound
   * ({@code onOrBefore}).
   *
   * @return the changes
   */
  public static Arbitrary<StatusChange> statusChanges() {
    return Combinators.combine(Arbitraries.of(MembershipStatus.class), TimeArbitraries.dates(),
        Arbitraries.of(DatePrecision.class), Arbitraries.of(false, true),
        TextArbitraries.englishPhrases().optional())
        .as((status, date, precision, onOrBefore, note) -> StatusChange.builder().status(status)
            .date(startOfPeriod(date, precision)).precision(precision).onOrBefore(onOrBefore)
            .note(note).build());
  }

  private static LocalDate startOfPeriod(LocalDate date, DatePrecision precision) {
    switch (precision) {
      case MONTH:
        return date.withDayOfMonth(1);
      case YEAR:
        return date.withDayOfYear(1);
      default:
        return date;
    }
  }

  /**
   * Returns membership histories that start with ADMITTED (a founding member) or APPLIED and
   * then take up to {@code maxSteps} legal transitions, each on or after the one before.
   *
   * @param maxSteps the largest number of transitions after the first status
   * @return the histories, shrinking towards a single ADMITTED
   */
  public static Arbitrary<List<StatusChange>> histories(int maxSteps) {
    Arbitrary<Tuple.Tuple2<Integer, Integer>> step = Combinators.combine(
        Arbitraries.integers().between(0, 1), TimeArbitraries.gaps(900)).as(Tuple::of);
    return Combinators.combine(
        Arbitraries.of(MembershipStatus.ADMITTED, MembershipStatus.APPLIED),
        TimeArbitraries.dates(TimeArbitraries.EPOCH, LocalDate.of(2024, 12, 31)),
        step.list().ofMaxSize(maxSteps))
        .as((first, start, steps) -> {
          List<StatusChange> history = new ArrayList<>();
          history.add(StatusChange.of(first, start));
          MembershipStatus status = first;
          LocalDate date = start;
          for (Tuple.Tuple2<Integer, Integer> s : steps) {
            List<MembershipStatus> next = new ArrayList<>(status.next());
            if (next.isEmpty()) {
              break;
            }
            status = next.get(s.get1() % next.size());
            date = date.plusDays(s.get2());
            history.add(StatusChange.of(status, date));
          }
          return List.copyOf(history);
        });
  }

  /**
   * Returns memberships of the given city in the given network.
   *
   * @param city the member city
   * @param network the network
   * @return the memberships
   */
  public static Arbitrary<Membership> memberships(CityId city, NetworkId network) {
    return Combinators.combine(histories(4), Arbitraries.integers().between(2013, 2024)
        .optional(), PeopleArbitraries.organizationIds().optional())
        .as((history, cohort, admittedBy) -> Membership.builder().city(city).network(network)
            .cohort(cohort.map(y -> "cohort " + y)).admittedBy(admittedBy).addAllHistory(history)
            .build());
  }

  /**
   * Returns memberships of random cities in random networks.
   *
   * @return the memberships
   */
  public static Arbitrary<Membership> memberships() {
    return Combinators.combine(CityArbitraries.cityIds(), networkIds()).as(Tuple::of)
        .flatMap(t -> memberships(t.get1(), t.get2()));
  }

  /**
   * Returns national (Ukrainian) or global networks with up to {@code maxMembers} member
   * cities, each city at most once.
   *
   * @param maxMembers the largest number of memberships
   * @return the networks
   */
  public static Arbitrary<Network> networks(int maxMembers) {
    return Combinators.combine(networkIds(), Arbitraries.of(NetworkScope.NATIONAL,
            NetworkScope.GLOBAL), TextArbitraries.localizedTexts(),
        CityArbitraries.distinctCities(0, maxMembers),
        TimeArbitraries.dates(LocalDate.of(2013, 1, 1), LocalDate.of(2020, 12, 31)),
        PeopleArbitraries.organizationIds().optional(),
        DeclarationArbitraries.declarationIds().optional(),
        CatalogArbitraries.provenances().optional())
        .as(Tuple::of)
        .flatMap(t -> {
          List<Arbitrary<Membership>> members = new ArrayList<>();
          for (City c : t.get4()) {
            members.add(memberships(c.id(), t.get1()));
          }
          return Combinators.combine(members).as(ms -> Network.builder()
              .id(t.get1())
              .scope(t.get2())
              .country(t.get2() == NetworkScope.NATIONAL ? Optional.of(CountryCode.UKRAINE)
                  : Optional.empty())
              .name(t.get3())
              .founded(t.get5())
              .coordinator(t.get6())
              .foundingDeclaration(t.get7())
              .addAllMemberships(ms)
              .provenance(t.get8())
              .build());
        });
  }

  /**
   * Returns networks with up to 8 members.
   *
   * @return the networks
   */
  public static Arbitrary<Network> networks() {
    return networks(8);
  }
}

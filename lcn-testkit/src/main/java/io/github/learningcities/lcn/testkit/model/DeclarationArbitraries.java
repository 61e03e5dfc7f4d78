package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.CommitmentKind;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.declaration.Governance;
import io.github.learningcities.lcn.model.declaration.ProgressRecord;
import io.github.learningcities.lcn.model.declaration.ProgressStatus;
import io.github.learningcities.lcn.model.declaration.Signatory;
import io.github.learningcities.lcn.model.declaration.TargetPeriod;
import io.github.learningcities.lcn.model.people.DelegatingBody;
import io.github.learningcities.lcn.model.people.Representative;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Declarations such as the Melitopol Declaration: unique signatory cities that sign on or
 * after the declaration's date, commitments with unique codes and dated progress, and
 * governance whose members are delegated by the declared bodies.
 *
 * @since 0.1.0
 */
public final class DeclarationArbitraries {

  private DeclarationArbitraries() {}

  /**
   * Returns declaration identifiers such as {@code "declaration-2017"}.
   *
   * @return the identifiers
   */
  public static Arbitrary<DeclarationId> declarationIds() {
    return Arbitraries.integers().between(2013, 2030).map(y -> DeclarationId.of("declaration-"
        + y));
  }

  /**
   * Returns commitment codes such as {@code "C1"} or {@code "A2.3"}.
   *
   * @return the codes
   */
  public static Arbitrary<CommitmentCode> commitmentCodes() {
    return Combinators.combine(Arbitraries.of("C", "A", "P", "GOV"),
        Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, 9).optional())
        .as((prefix, n, sub) -> CommitmentCode.of(prefix + n + sub.map(s -> "." + s)
            .orElse("")));
  }

  /**
   * Returns target periods of one to ten years between 2017 and 2035.
   *
   * @return the periods
   */
  public static Arbitrary<TargetPeriod> targetPeriods() {
    return Combinators.combine(Arbitraries.integers().between(2017, 2030),
        Arbitraries.integers().between(0, 5)).as((s, d) -> TargetPeriod.of(s, s + d));
  }

  /**
   * Returns progress records, with a city and an https link at times.
   *
   * @return the records
   */
  public static Arbitrary<ProgressRecord> progressRecords() {
    return Combinators.combine(TimeArbitraries.dates(), Arbitraries.of(ProgressStatus.class),
        CityArbitraries.cityIds().optional(), TextArbitraries.localizedTexts(),
        Arbitraries.of(false, true))
        .as((date, status, city, text, link) -> ProgressRecord.builder().date(date)
            .status(status).city(city).description(text)
            .link(link ? Optional.of(URI.create("https://ualc.org.ua/progress")) : Optional.empty())
            .build());
  }

  /**
   * Returns commitments with progress records in date order.
   *
   * @return the commitments
   */
  public static Arbitrary<Commitment> commitments() {
    return commitmentCodes().flatMap(DeclarationArbitraries::commitments);
  }

  private static Arbitrary<Commitment> commitments(CommitmentCode code) {
    return Combinators.combine(Arbitraries.of(CommitmentKind.class),
        TextArbitraries.localizedTexts(), targetPeriods().optional(),
        progressRecords().list().ofMaxSize(3))
        .as((kind, text, period, progress) -> {
          List<ProgressRecord> sorted = new ArrayList<>(progress);
          sorted.sort(Comparator.comparing(ProgressRecord::date));
          return Commitment.builder().code(code).kind(kind).text(text).targetPeriod(period)
              .addAllProgress(sorted).build();
        });
  }

  /**
   * Returns signatories, at times with their representative.
   *
   * @return the signatories
   */
  public static Arbitrary<Signatory> signatories() {
    return Combinators.combine(CityArbitraries.cityIds(), TimeArbitraries.dates(),
        PeopleArbitraries.personIds().optional())
        .as((city, date, person) -> Signatory.builder().city(city).date(date)
            .representative(person).build());
  }

  /**
   * Returns governance bodies whose members are each delegated by one of the declared bodies,
   * at most one per city and body.
   *
   * @return the governance bodies
   */
  public static Arbitrary<Governance> governances() {
    return Combinators.combine(TextArbitraries.localizedTexts(),
        Arbitraries.of(DelegatingBody.class).set().ofMinSize(1),
        Arbitraries.integers().between(1, 4), Arbitraries.of(false, true),
        TextArbitraries.localizedTexts().list().ofMaxSize(2),
        PeopleArbitraries.organizationIds(),
        CityArbitraries.cityIds().set().ofMaxSize(4),
        TextArbitraries.localizedTexts().list().ofMaxSize(2))
        .as(Tuple::of)
        .flatMap(t -> {
          Set<DelegatingBody> bodies = EnumSet.copyOf(t.get2());
          List<Arbitrary<Representative>> members = new ArrayList<>();
          for (CityId city : t.get7()) {
            for (DelegatingBody body : bodies) {
              members.add(PeopleArbitraries.representativesOf(city, body));
            }
          }
          return Combinators.combine(members).as(ms -> Governance.builder()
              .body(t.get1()).addAllDelegatingBodies(bodies).minimumMeetingsPerYear(t.get3())
              .meetsInMemberCity(t.get4()).addAllInvitedParticipants(t.get5())
              .coordinator(t.get6()).addAllMembers(ms).addAllClauses(t.get8()).build());
        });
  }

  /**
   * Returns declarations signed by up to {@code maxSignatories} distinct cities, with up to
   * {@code maxCommitments} commitments of distinct codes.
   *
   * @param maxSignatories the largest number of signatories
   * @param maxCommitments the largest number of commitments
   * @return the declarations
   */
  public static Arbitrary<Declaration> declarations(int maxSignatories, int maxCommitments) {
    return Combinators.combine(declarationIds(), TextArbitraries.localizedTexts(),
        TimeArbitraries.dates(LocalDate.of(2013, 1, 1), LocalDate.of(2025, 12, 31)),
        CityArbitraries.cities(), PeopleArbitraries.organizationIds(),
        PeopleArbitraries.organizationIds().list().ofMaxSize(3).uniqueElements(),
        commitments().list().ofMaxSize(maxCommitments).uniqueElements(Commitment::code),
        CityArbitraries.distinctCities(0, maxSignatories))
        .as(Tuple::of)
        .flatMap(t -> {
          List<Arbitrary<Signatory>> signatories = new ArrayList<>();
          for (City c : t.get8()) {
            signatories.add(Combinators.combine(TimeArbitraries.gaps(60),
                PeopleArbitraries.personIds().optional()).as((gap, person) -> Signatory
                .builder().city(c.id()).date(t.get3().plusDays(gap)).representative(person)
                .build()));
          }
          return Combinators.combine(Combinators.combine(signatories).as(s -> s),
              governances().optional(), TextArbitraries.localizedTexts().list().ofMaxSize(3),
              CatalogArbitraries.provenances().optional())
              .as((sigs, governance, purposes, provenance) -> Declaration.builder()
                  .id(t.get1()).title(t.get2()).date(t.get3()).place(t.get4().id())
                  .initiator(t.get5()).addAllSupporters(t.get6().stream()
                      .filter(s -> !s.equals(t.get5())).toList())
                  .introduction(Optional.of(t.get2())).addAllPurposes(purposes)
                  .addAllCommitments(t.get7()).governance(governance).addAllSignatories(sigs)
                  .provenance(provenance).build());
        });
  }

  /**
   * Returns declarations with up to 15 signatories (as many as the Melitopol Declaration) and
   * up to 8 commitments.
   *
   * @return the declarations
   */
  public static Arbitrary<Declaration> declarations() {
    return declarations(15, 8);
  }
}

package io.github.learningcities.lcn.model.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.people.DelegatingBody;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.PersonId;
import io.github.learningcities.lcn.model.people.Representative;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class DeclarationTest {

  private static final LocalDate SIGNED = LocalDate.of(2017, 10, 27);
  private static final CityId MELITOPOL = CityId.of("ua-melitopol");

  private final Commitment c1 = Commitment.of(CommitmentCode.of("C1"), CommitmentKind.PLANNING,
      LocalizedText.of("en", "Develop a joint action plan"));

  private final ImmutableDeclaration declaration = Declaration.builder()
      .id(DeclarationId.of("melitopol-declaration-2017"))
      .title(LocalizedText.of("en", "Declaration"))
      .date(SIGNED).place(MELITOPOL).initiator(OrganizationId.of("ualc"))
      .addCommitments(c1)
      .addSignatories(Signatory.of(MELITOPOL, SIGNED))
      .build();

  @Test
  void rejectsDuplicateCommitmentCodes() {
    assertThatThrownBy(() -> declaration.withCommitments(c1, c1))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Declaration[melitopol-declaration-2017].commitments[1]: C1 is invalid;"
            + " expected a commitment code that appears only once in commitments");
  }

  @Test
  void rejectsACitySigningTwiceOrBeforeTheDeclaration() {
    assertThatThrownBy(() -> declaration.withSignatories(Signatory.of(MELITOPOL, SIGNED),
            Signatory.of(MELITOPOL, SIGNED.plusDays(1))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("signatories[1]: ua-melitopol is invalid");
    assertThatThrownBy(() -> declaration.withSignatories(
            Signatory.of(MELITOPOL, SIGNED.minusDays(1))))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Declaration[melitopol-declaration-2017].signatories[0].date: 2017-10-26 is"
            + " invalid; expected a signing date on or after the declaration's date 2017-10-27");
  }

  @Test
  void keepsProgressInDateOrder() {
    ProgressRecord earlier = ProgressRecord.builder().date(LocalDate.of(2018, 1, 1))
        .status(ProgressStatus.IN_PROGRESS).description(LocalizedText.of("en", "Draft"))
        .link(URI.create("http://ualc.org.ua")).build();
    ProgressRecord later = ProgressRecord.builder().date(LocalDate.of(2018, 6, 1))
        .status(ProgressStatus.ACHIEVED).description(LocalizedText.of("en", "Adopted")).build();
    Commitment done = c1.withProgress(earlier).withProgress(later);
    assertThat(done.latestProgress()).contains(later);
    assertThatThrownBy(() -> c1.withProgress(later).withProgress(earlier))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Commitment[C1].progress[1].date: 2018-01-01 is invalid; expected a date on"
            + " or after 2018-06-01, the record before");
  }

  @Test
  void checksTargetPeriods() {
    TargetPeriod programme = TargetPeriod.of(2018, 2021);
    assertThat(programme.contains(Year.of(2018))).isTrue();
    assertThat(programme.contains(Year.of(2021))).isTrue();
    assertThat(programme.contains(Year.of(2022))).isFalse();
    assertThat(TargetPeriod.of(2018, 2018).start()).isEqualTo(Year.of(2018));
    assertThatThrownBy(() -> TargetPeriod.of(2021, 2018))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("TargetPeriod[2021-2018].end: 2018 is invalid; expected a year on or after"
            + " the start year 2021");
  }

  @Test
  void allowsOneSteeringCommitteeMemberPerCityAndDelegatingBody() {
    var governance = Governance.builder()
        .body(LocalizedText.of("en", "Steering Committee"))
        .addDelegatingBodies(DelegatingBody.LOCAL_GOVERNMENT, DelegatingBody.CIVIL_SOCIETY)
        .minimumMeetingsPerYear(1).meetsInMemberCity(true)
        .coordinator(OrganizationId.of("ualc"));
    Representative mayorOffice = Representative.of(PersonId.of("a"), MELITOPOL,
        DelegatingBody.LOCAL_GOVERNMENT);
    Representative ngo = Representative.of(PersonId.of("b"), MELITOPOL,
        DelegatingBody.CIVIL_SOCIETY);
    ImmutableGovernance valid = governance.build();
    assertThat(valid.withMembers(mayorOffice, ngo).members()).hasSize(2);
    assertThatThrownBy(() -> valid.withMembers(mayorOffice,
            Representative.of(PersonId.of("c"), MELITOPOL, DelegatingBody.LOCAL_GOVERNMENT)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("members[1]: \"ua-melitopol/LOCAL_GOVERNMENT\" is invalid");
    assertThatThrownBy(() -> valid.withMinimumMeetingsPerYear(0))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("minimumMeetingsPerYear: 0 is invalid; expected at least 1");
  }
}

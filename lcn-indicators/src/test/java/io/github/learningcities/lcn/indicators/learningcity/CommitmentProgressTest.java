package io.github.learningcities.lcn.indicators.learningcity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.ImmutableDeclaration;
import io.github.learningcities.lcn.model.declaration.ImmutableProgressRecord;
import io.github.learningcities.lcn.model.declaration.ProgressRecord;
import io.github.learningcities.lcn.model.declaration.ProgressStatus;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentProgressTest {
  private static final double EPS = 1e-12;
  private static final CommitmentCode C1 = CommitmentCode.of("C1");
  private static final CommitmentCode C2 = CommitmentCode.of("C2");
  private static final CommitmentCode C3 = CommitmentCode.of("C3");

  private static final Declaration MELITOPOL = UkrainianNetwork.get().declaration();
  private static final List<CityId> SIGNATORIES = MELITOPOL.signatoryCities();
  private static final CityId FIRST = SIGNATORIES.get(0);
  private static final CityId SECOND = SIGNATORIES.get(1);
  private static final CityId THIRD = SIGNATORIES.get(2);

  private static ProgressRecord record(String date, ProgressStatus status, CityId city) {
    ImmutableProgressRecord.Builder b = ProgressRecord.builder().date(LocalDate.parse(date))
        .status(status).description(LocalizedText.of("en", "illustrative record"));
    if (city != null) {
      b.city(city);
    }
    return b.build();
  }

  /**
   * Illustrative records on the built-in Melitopol Declaration (7 commitments, 15 signatories).
   * C1: first achieved; second in progress in 2018 then achieved in 2019; third abandoned. C2:
   * first partially achieved. C3: one network-wide record without a city (not attributed).
   */
  private static Declaration withRecords() {
    List<Commitment> commitments = new ArrayList<>();
    for (Commitment c : MELITOPOL.commitments()) {
      Commitment changed = c;
      if (c.code().equals(C1)) {
        changed = c.withProgress(record("2018-03-01", ProgressStatus.ACHIEVED, FIRST))
            .withProgress(record("2018-03-01", ProgressStatus.IN_PROGRESS, SECOND))
            .withProgress(record("2018-05-01", ProgressStatus.ABANDONED, THIRD))
            .withProgress(record("2019-06-01", ProgressStatus.ACHIEVED, SECOND));
      } else if (c.code().equals(C2)) {
        changed = c.withProgress(record("2018-04-01", ProgressStatus.PARTIALLY_ACHIEVED, FIRST));
      } else if (c.code().equals(C3)) {
        changed = c.withProgress(record("2018-04-01", ProgressStatus.ACHIEVED, null));
      }
      commitments.add(changed);
    }
    return ImmutableDeclaration.copyOf(MELITOPOL).withCommitments(commitments);
  }

  @Test
  void sharesPerCityPerCommitmentAndOverallByHand() {
    assertThat(MELITOPOL.commitments()).hasSize(7);
    assertThat(SIGNATORIES).hasSize(15);
    CommitmentProgress p = CommitmentProgress.of(withRecords(), SIGNATORIES);
    // first: (1 + 2/3) / 7 = 5/21; second: 1/7; third: abandoned counts 0.
    assertThat(p.cityShare(FIRST)).isCloseTo(5.0 / 21, within(EPS));
    assertThat(p.cityShare(SECOND)).isCloseTo(1.0 / 7, within(EPS));
    assertThat(p.cityShare(THIRD)).isZero();
    assertThat(p.cityShare(SIGNATORIES.get(14))).isZero();
    // C1: (1 + 1 + 0) / 15; C2: (2/3) / 15; C3: the network-wide record is not attributed.
    assertThat(p.commitmentShare(C1)).isCloseTo(2.0 / 15, within(EPS));
    assertThat(p.commitmentShare(C2)).isCloseTo(2.0 / 45, within(EPS));
    assertThat(p.commitmentShare(C3)).isZero();
    // (5/21 + 3/21) / 15 = 8/315
    assertThat(p.overall()).isCloseTo(8.0 / 315, within(EPS));
    assertThat(p.cityShares()).hasSize(15);
    assertThat(p.commitmentShares()).hasSize(7).containsKeys(C1, C2, C3);
    assertThat(p.status(SECOND, C1)).isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(p.status(THIRD, C1)).isEqualTo(ProgressStatus.ABANDONED);
    assertThat(p.recordedStatus(FIRST, C3)).isEmpty();
    assertThat(p.status(FIRST, C3)).isEqualTo(ProgressStatus.NOT_STARTED);
  }

  @Test
  void citiesWithoutRecordsAreListedAsNotStarted() {
    CommitmentProgress p = CommitmentProgress.of(withRecords(), SIGNATORIES);
    assertThat(p.unrecorded(FIRST)).extracting(CommitmentCode::value)
        .containsExactly("C3", "C4", "C5", "C6", "C7");
    assertThat(p.unrecorded(SECOND)).hasSize(6).doesNotContain(C1);
    assertThat(p.unrecorded(THIRD)).hasSize(6).doesNotContain(C1);
    assertThat(p.unrecorded(SIGNATORIES.get(3))).hasSize(7);
    assertThat(p.unrecorded()).hasSize(15);
  }

  @Test
  void networkMembersOnADateUseOnlyTheRecordsUpToThatDate() {
    UkrainianNetwork ua = UkrainianNetwork.get();
    CommitmentProgress end2018 = CommitmentProgress.of(withRecords(), ua.network(),
        LocalDate.of(2018, 12, 31));
    assertThat(end2018.cities()).containsExactlyInAnyOrderElementsOf(SIGNATORIES);
    assertThat(end2018.status(SECOND, C1)).isEqualTo(ProgressStatus.IN_PROGRESS);
    // C1 at the end of 2018: (1 + 1/3 + 0) / 15
    assertThat(end2018.commitmentShare(C1)).isCloseTo((4.0 / 3) / 15, within(EPS));
    CommitmentProgress before = CommitmentProgress.of(withRecords(), ua.network(),
        LocalDate.of(2018, 1, 1));
    assertThat(before.overall()).isZero();
    assertThat(before.unrecorded()).hasSize(15);
  }

  @Test
  void statusMappingIsDocumentedShares() {
    assertThat(CommitmentProgress.valueOf(ProgressStatus.NOT_STARTED)).isZero();
    assertThat(CommitmentProgress.valueOf(ProgressStatus.IN_PROGRESS))
        .isCloseTo(1.0 / 3, within(EPS));
    assertThat(CommitmentProgress.valueOf(ProgressStatus.PARTIALLY_ACHIEVED))
        .isCloseTo(2.0 / 3, within(EPS));
    assertThat(CommitmentProgress.valueOf(ProgressStatus.ACHIEVED)).isEqualTo(1.0);
    assertThat(CommitmentProgress.valueOf(ProgressStatus.ABANDONED)).isZero();
  }

  @Test
  void errorsNameTheDeclarationAndTheCityOrCommitment() {
    assertThatThrownBy(() -> CommitmentProgress.of(MELITOPOL, List.of()))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("melitopol-declaration-2017").hasMessageContaining("no city");
    assertThatThrownBy(() -> CommitmentProgress.of(MELITOPOL, List.of(FIRST, FIRST)))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining(FIRST.value()).hasMessageContaining("twice");
    CommitmentProgress p = CommitmentProgress.of(MELITOPOL, List.of(FIRST));
    assertThatThrownBy(() -> p.commitmentShare(CommitmentCode.of("C9")))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("C9").hasMessageContaining("melitopol-declaration-2017");
    assertThatThrownBy(() -> p.cityShare(SECOND))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining(SECOND.value()).hasMessageContaining("not assessed");
    assertThatThrownBy(() -> CommitmentProgress.of(MELITOPOL, UkrainianNetwork.get().network(),
        LocalDate.of(2000, 1, 1)))
        .isInstanceOf(InvalidAssessmentException.class)
        .hasMessageContaining("ua-learning-cities").hasMessageContaining("no member");
  }
}

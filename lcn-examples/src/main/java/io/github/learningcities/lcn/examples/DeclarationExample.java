package io.github.learningcities.lcn.examples;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.CommitmentKind;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.declaration.ImmutableDeclaration;
import io.github.learningcities.lcn.model.declaration.ProgressRecord;
import io.github.learningcities.lcn.model.declaration.ProgressStatus;
import io.github.learningcities.lcn.model.declaration.Signatory;
import io.github.learningcities.lcn.model.declaration.TargetPeriod;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDate;

/**
 * Builds a declaration in the style of the Melitopol Declaration with the model's builders,
 * records progress on a commitment, and shows what happens when an invariant is broken: the
 * builder throws and nothing half-built escapes.
 */
public final class DeclarationExample {
  private DeclarationExample() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    LocalDate signed = LocalDate.of(2017, 10, 27);
    CityId melitopol = CityId.of("ua-melitopol");
    CityId sumy = CityId.of("ua-sumy");
    Commitment programme = Commitment.builder()
        .code(CommitmentCode.of("C1"))
        .kind(CommitmentKind.ADVOCACY)
        .text(LocalizedText.of("uk", "Ініціювати державну програму розвитку міст, що навчаються",
            "en", "Initiate a state programme for learning cities"))
        .targetPeriod(TargetPeriod.of(2018, 2021))
        .build()
        .withProgress(ProgressRecord.builder().date(LocalDate.of(2018, 5, 15))
            .status(ProgressStatus.IN_PROGRESS).city(melitopol)
            .description(LocalizedText.of("en", "Draft submitted to the ministry")).build());
    Declaration declaration = Declaration.builder()
        .id(DeclarationId.of("example-declaration-2017"))
        .title(LocalizedText.of("uk", "Декларація (приклад)", "en", "Declaration (example)"))
        .date(signed).place(melitopol).initiator(OrganizationId.of("ualc"))
        .addCommitments(programme)
        .addSignatories(Signatory.of(melitopol, signed), Signatory.of(sumy, signed))
        .build();

    System.out.println(declaration.title().in("en") + ", " + declaration.date() + ", "
        + declaration.signatoryCities().size() + " signatories");
    for (Commitment c : declaration.commitments()) {
      System.out.println(c.code() + " " + c.text().in("uk") + " -> "
          + c.latestProgress().map(p -> p.status() + " on " + p.date()).orElse("no record"));
    }
    try {
      ImmutableDeclaration.copyOf(declaration).withSignatories(Signatory.of(melitopol, signed),
          Signatory.of(sumy, signed.minusDays(3)));
    } catch (InvalidModelException e) {
      System.out.println("Refused: " + e.getMessage());
    }
  }
}

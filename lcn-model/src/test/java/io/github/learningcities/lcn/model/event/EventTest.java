package io.github.learningcities.lcn.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EventTest {

  private static final LocalDate DAY = LocalDate.of(2017, 10, 27);

  private final ImmutableEvent forum = Event.builder().id(EventId.of("melitopol-forum-2017"))
      .kind(EventKind.FORUM).title(LocalizedText.of("en", "Learning cities"))
      .startDate(DAY).endDate(DAY).place(CityId.of("ua-melitopol"))
      .addOrganizers(OrganizationId.of("ualc"))
      .addProgramme(ProgrammeItem.builder().order(1).title(LocalizedText.of("en", "Opening"))
          .startsAt(LocalDateTime.of(2017, 10, 27, 10, 0)).build())
      .build();

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(() -> forum.withEndDate(DAY.minusDays(1)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Event[melitopol-forum-2017].endDate: 2017-10-26 is invalid; expected a date"
            + " on or after the start date 2017-10-27");
    assertThat(forum.withEndDate(DAY.plusDays(2)).endDate()).isEqualTo(DAY.plusDays(2));
  }

  @Test
  void rejectsDuplicateOrganizers() {
    assertThatThrownBy(() -> forum.withOrganizers(OrganizationId.of("ualc"),
            OrganizationId.of("ualc")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("organizers[1]: ualc is invalid");
  }

  @Test
  void rejectsAProgrammeOutOfOrderOrOutsideTheEvent() {
    ProgrammeItem opening = forum.programme().get(0);
    ProgrammeItem same = ProgrammeItem.of(1, LocalizedText.of("en", "Panel"));
    assertThatThrownBy(() -> forum.withProgramme(opening, same))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("programme[1].order: 1 is invalid; expected a position greater"
            + " than 1");
    ProgrammeItem earlier = ProgrammeItem.builder().order(2)
        .title(LocalizedText.of("en", "Coffee")).startsAt(LocalDateTime.of(2017, 10, 27, 9, 0))
        .build();
    assertThatThrownBy(() -> forum.withProgramme(opening, earlier))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("programme[1].startsAt: 2017-10-27T09:00 is invalid");
    ProgrammeItem nextDay = ProgrammeItem.builder().order(2)
        .title(LocalizedText.of("en", "Visit")).startsAt(LocalDateTime.of(2017, 10, 28, 9, 0))
        .build();
    assertThatThrownBy(() -> forum.withProgramme(opening, nextDay))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("expected a time between 2017-10-27 and 2017-10-27");
    assertThatThrownBy(() -> ProgrammeItem.of(0, LocalizedText.of("en", "x")))
        .isInstanceOf(InvalidModelException.class);
  }
}

package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.event.Event;
import io.github.learningcities.lcn.model.event.EventId;
import io.github.learningcities.lcn.model.event.EventKind;
import io.github.learningcities.lcn.model.event.ProgrammeItem;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Events and forums whose programme items are numbered in increasing order and start, when
 * timed, within the event's days and in order.
 *
 * @since 0.1.0
 */
public final class EventArbitraries {

  private EventArbitraries() {}

  /**
   * Returns event identifiers such as {@code "forum-2017"}.
   *
   * @return the identifiers
   */
  public static Arbitrary<EventId> eventIds() {
    return Combinators.combine(Arbitraries.of("forum", "conference", "meeting"),
        Arbitraries.integers().between(2013, 2030)).as((k, y) -> EventId.of(k + "-" + y));
  }

  /**
   * Returns untimed programme items.
   *
   * @return the items
   */
  public static Arbitrary<ProgrammeItem> programmeItems() {
    return Combinators.combine(Arbitraries.integers().between(1, 20),
        TextArbitraries.localizedTexts(), PeopleArbitraries.personIds().list().ofMaxSize(2))
        .as((order, title, speakers) -> ProgrammeItem.builder().order(order).title(title)
            .addAllSpeakers(speakers).build());
  }

  /**
   * Returns events of one to three days with an ordered programme.
   *
   * @return the events
   */
  public static Arbitrary<Event> events() {
    return Combinators.combine(eventIds(), Arbitraries.of(EventKind.class),
        TextArbitraries.localizedTexts(), TimeArbitraries.dates(),
        Arbitraries.integers().between(0, 2), CityArbitraries.cityIds(),
        PeopleArbitraries.organizationIds().list().ofMaxSize(3).uniqueElements(),
        Combinators.combine(TextArbitraries.localizedTexts(), Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 60)).as(Item::new).list().ofMaxSize(5))
        .as((id, kind, title, start, days, place, organizers, items) -> {
          LocalDate end = start.plusDays(days);
          List<ProgrammeItem> programme = new ArrayList<>();
          java.time.LocalDateTime time = start.atTime(9, 0);
          for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            time = time.plusMinutes(item.minutes());
            boolean timed = item.timed() && !time.toLocalDate().isAfter(end);
            programme.add(ProgrammeItem.builder().order(i + 1).title(item.title())
                .startsAt(timed ? Optional.of(time) : Optional.empty()).build());
          }
          return Event.builder().id(id).kind(kind).title(title).startDate(start).endDate(end)
              .place(place).addAllOrganizers(organizers).addAllProgramme(programme)
              .website(Optional.of(URI.create("https://ualc.org.ua/" + id.value())))
              .build();
        });
  }

  private record Item(io.github.learningcities.lcn.model.text.LocalizedText title, boolean timed,
      int minutes) {}
}

package io.github.learningcities.lcn.model.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * An event such as a forum or a conference, for example the forum "Learning cities: new
 * opportunities for community development" held in Melitopol on 27 October 2017.
 *
 * <p>Invariants: the start date is not after the end date; organizers are unique; programme
 * items have strictly increasing positions, their start times never decrease and fall within
 * the event's dates; the website is http(s).
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "kind", "title", "startDate", "endDate", "place", "organizers",
    "description", "programme", "plannedOutcomes", "website", "provenance"})
public abstract class Event {

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract EventId id();

  /**
   * Returns the kind of event.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract EventKind kind();

  /**
   * Returns the title by language.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns the first day.
   *
   * @return the start date
   */
  @JsonProperty("startDate")
  public abstract LocalDate startDate();

  /**
   * Returns the last day; equal to the start date for a one-day event.
   *
   * @return the end date, not before the start date
   */
  @JsonProperty("endDate")
  public abstract LocalDate endDate();

  /**
   * Returns the host city.
   *
   * @return the place
   */
  @JsonProperty("place")
  public abstract CityId place();

  /**
   * Returns the organizers.
   *
   * @return the organizers, unique
   */
  @JsonProperty("organizers")
  public abstract List<OrganizationId> organizers();

  /**
   * Returns a description of the event's background and aims.
   *
   * @return the description, paragraph by paragraph
   */
  @JsonProperty("description")
  public abstract List<LocalizedText> description();

  /**
   * Returns the programme.
   *
   * @return the items in order
   */
  @JsonProperty("programme")
  public abstract List<ProgrammeItem> programme();

  /**
   * Returns the planned outcomes.
   *
   * @return the outcomes
   */
  @JsonProperty("plannedOutcomes")
  public abstract List<LocalizedText> plannedOutcomes();

  /**
   * Returns the event's web page.
   *
   * @return an http or https URI
   */
  @JsonProperty("website")
  public abstract Optional<URI> website();

  /**
   * Returns where the event data comes from and how sure it is.
   *
   * @return the provenance
   */
  @JsonProperty("provenance")
  public abstract Optional<Provenance> provenance();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the dates are out of order, an organizer repeats, or the
   *     programme is out of order or outside the event's dates
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "Event[" + id() + "]";
    if (endDate().isBefore(startDate())) {
      throw new InvalidModelException(object.get(), "endDate", endDate(),
          "a date on or after the start date " + startDate());
    }
    Checks.unique(object, "organizers", organizers(), o -> o, "organizer");
    Checks.webLink(object, "website", website());
    LocalDateTime lastTime = null;
    for (int i = 0; i < programme().size(); i++) {
      ProgrammeItem item = programme().get(i);
      if (i > 0 && item.order() <= programme().get(i - 1).order()) {
        throw new InvalidModelException(object.get(), "programme[" + i + "].order", item.order(),
            "a position greater than " + programme().get(i - 1).order()
                + ", the item before");
      }
      if (item.startsAt().isPresent()) {
        LocalDateTime t = item.startsAt().get();
        LocalDate day = t.toLocalDate();
        if (day.isBefore(startDate()) || day.isAfter(endDate())) {
          throw new InvalidModelException(object.get(), "programme[" + i + "].startsAt", t,
              "a time between " + startDate() + " and " + endDate());
        }
        if (lastTime != null && t.isBefore(lastTime)) {
          throw new InvalidModelException(object.get(), "programme[" + i + "].startsAt", t,
              "a time on or after " + lastTime + ", the start of an earlier item");
        }
        lastTime = t;
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableEvent.Builder builder() {
    return ImmutableEvent.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Event fromJackson(ImmutableEvent value) {
    return value;
  }
}

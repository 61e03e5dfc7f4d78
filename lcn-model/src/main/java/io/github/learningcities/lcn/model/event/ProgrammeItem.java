package io.github.learningcities.lcn.model.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.people.PersonId;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of an event's programme: its position, optionally its start time, its title and
 * its speakers.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"order", "startsAt", "title", "speakers"})
public abstract class ProgrammeItem {

  /**
   * Returns the position in the programme, counting from 1.
   *
   * @return the order
   */
  @JsonProperty("order")
  public abstract int order();

  /**
   * Returns the start time, where known.
   *
   * @return the start
   */
  @JsonProperty("startsAt")
  public abstract Optional<LocalDateTime> startsAt();

  /**
   * Returns the title.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns the speakers.
   *
   * @return the speakers, possibly empty
   */
  @JsonProperty("speakers")
  public abstract List<PersonId> speakers();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the order is below 1
   */
  @Value.Check
  protected void check() {
    Checks.atLeastOne(() -> "ProgrammeItem[" + title() + "]", "order", order(), "position");
  }

  /**
   * Returns an item without time or speakers.
   *
   * @param order the position, from 1
   * @param title the title
   * @return the item
   */
  public static ProgrammeItem of(int order, LocalizedText title) {
    return builder().order(order).title(title).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableProgrammeItem.Builder builder() {
    return ImmutableProgrammeItem.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ProgrammeItem fromJackson(ImmutableProgrammeItem value) {
    return value;
  }
}

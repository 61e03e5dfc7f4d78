package io.github.learningcities.lcn.model.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.people.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A city's membership in a network, with its status over time.
 *
 * <p>The history is a non-empty list of {@link StatusChange}s in date order (dates never
 * decrease). It starts with {@link MembershipStatus#APPLIED} or, for founding members and
 * members whose application is not recorded, {@link MembershipStatus#ADMITTED}, and each
 * further change is a legal transition ({@link MembershipStatus#next()}). Use
 * {@link #withTransition(MembershipStatus, LocalDate)} to append a checked change.
 *
 * <pre>{@code
 * Membership m = Membership.admitted(CityId.of("ua-melitopol"), NetworkId.of("unesco-gnlc"),
 *         LocalDate.of(2016, 6, 1))
 *     .withTransition(MembershipStatus.ACTIVE, LocalDate.of(2016, 11, 15));
 * m.statusOn(LocalDate.of(2016, 7, 1)); // Optional[ADMITTED]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"city", "network", "cohort", "admittedBy", "history", "provenance"})
public abstract class Membership {

  /**
   * Returns the member city.
   *
   * @return the city's id
   */
  @JsonProperty("city")
  public abstract CityId city();

  /**
   * Returns the network.
   *
   * @return the network's id
   */
  @JsonProperty("network")
  public abstract NetworkId network();

  /**
   * Returns the cohort the city was admitted with, e.g. {@code "2024"} or {@code "founding"}.
   *
   * @return the cohort
   */
  @JsonProperty("cohort")
  public abstract Optional<String> cohort();

  /**
   * Returns the body that admitted the city (for the GNLC: UIL).
   *
   * @return the organization's id
   */
  @JsonProperty("admittedBy")
  public abstract Optional<OrganizationId> admittedBy();

  /**
   * Returns the status history in date order.
   *
   * @return the changes, never empty
   */
  @JsonProperty("history")
  public abstract List<StatusChange> history();

  /**
   * Returns where the membership data comes from and how sure it is.
   *
   * @return the provenance
   */
  @JsonProperty("provenance")
  public abstract Optional<Provenance> provenance();

  /**
   * Returns the status in force on a date: that of the last change on or before it.
   *
   * @param date the date
   * @return the status, or empty before the first change
   */
  public Optional<MembershipStatus> statusOn(LocalDate date) {
    MembershipStatus status = null;
    for (StatusChange change : history()) {
      if (change.date().isAfter(date)) {
        break;
      }
      status = change.status();
    }
    return Optional.ofNullable(status);
  }

  /**
   * Returns the latest status.
   *
   * @return the status of the last change
   */
  public MembershipStatus currentStatus() {
    return history().get(history().size() - 1).status();
  }

  /**
   * Returns the admission: the first {@link MembershipStatus#ADMITTED} change, whose
   * {@link StatusChange#precision()} and {@link StatusChange#onOrBefore()} say how exactly its
   * date is known ({@link StatusChange#dateAsKnown()}: e.g. {@code "2016-06"} or
   * {@code "on or before 2025"}).
   *
   * @return the admission, if any
   */
  public Optional<StatusChange> admission() {
    return history().stream().filter(c -> c.status() == MembershipStatus.ADMITTED).findFirst();
  }

  /**
   * Returns the date the city was admitted: for a date known only to the month or year, the
   * first day of that period. Use {@link #admission()} to see how exactly the date is known.
   *
   * @return the date of the first {@link MembershipStatus#ADMITTED} change, if any
   */
  public Optional<LocalDate> admittedOn() {
    return admission().map(StatusChange::date);
  }

  /**
   * Returns a copy with one more status change at the end of the history.
   *
   * @param status the new status
   * @param date the date of the change, not before the last change
   * @return the new membership
   * @throws InvalidModelException if the transition is illegal or the date is earlier than the
   *     last change
   */
  public Membership withTransition(MembershipStatus status, LocalDate date) {
    return withChange(StatusChange.of(status, date));
  }

  /**
   * Returns a copy with one more status change at the end of the history.
   *
   * @param change the change
   * @return the new membership
   * @throws InvalidModelException if the transition is illegal or the date is earlier than the
   *     last change
   */
  public Membership withChange(StatusChange change) {
    List<StatusChange> history = new ArrayList<>(history());
    history.add(change);
    return ImmutableMembership.copyOf(this).withHistory(history);
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the history is empty, starts wrongly, has an illegal
   *     transition or a date earlier than the one before, or the cohort is blank
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "Membership[" + city() + " in " + network() + "]";
    Checks.nonBlank(object, "cohort", cohort());
    List<StatusChange> history = history();
    if (history.isEmpty()) {
      throw new InvalidModelException(object.get(), "history", "[]",
          "at least one status change, starting with APPLIED or ADMITTED");
    }
    MembershipStatus first = history.get(0).status();
    if (!first.canStart()) {
      throw new InvalidModelException(object.get(), "history[0].status", first,
          "APPLIED or ADMITTED (for founding members)");
    }
    for (int i = 1; i < history.size(); i++) {
      StatusChange before = history.get(i - 1);
      StatusChange change = history.get(i);
      if (!before.status().canChangeTo(change.status())) {
        throw new InvalidModelException(object.get(), "history[" + i + "].status", change.status(),
            before.status().next().isEmpty()
                ? "no further change after " + before.status() + ", which is terminal"
                : "one of " + before.status().next() + " after " + before.status());
      }
      if (change.date().isBefore(before.date())) {
        throw new InvalidModelException(object.get(), "history[" + i + "].date", change.date(),
            "a date on or after " + before.date() + ", the date of the change before");
      }
    }
  }

  /**
   * Returns a membership admitted on a date, without cohort or admitting body.
   *
   * @param city the member city
   * @param network the network
   * @param admitted the admission date
   * @return the membership
   */
  public static Membership admitted(CityId city, NetworkId network, LocalDate admitted) {
    return builder().city(city).network(network)
        .addHistory(StatusChange.of(MembershipStatus.ADMITTED, admitted)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Membership fromJackson(ImmutableMembership value) {
    return value;
  }
}

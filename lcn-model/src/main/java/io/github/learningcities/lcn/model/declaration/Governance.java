package io.github.learningcities.lcn.model.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.people.DelegatingBody;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.Representative;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * How a declaration is carried out: a steering body with one representative per member city
 * from each delegating body, meeting at least a number of times a year, possibly in a member
 * city, with invited partners and experts, and a coordinating organization.
 *
 * <p>The Melitopol Declaration's steering committee has one local-government and one
 * civil-society representative per member city, meets at least once a year in one of the member
 * cities, invites partners and experts of the UNESCO Institute for Lifelong Learning, and is
 * coordinated by the NGO Ukrainian Association of Learning Cities.
 *
 * <p>Invariants: at least one delegating body; at least one meeting a year; each committee
 * member is delegated by one of the delegating bodies, and a city has at most one member per
 * delegating body.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"body", "delegatingBodies", "minimumMeetingsPerYear", "meetsInMemberCity",
    "invitedParticipants", "coordinator", "members", "clauses"})
public abstract class Governance {

  /**
   * Returns the name of the steering body, e.g. "Керуючий комітет" / "Steering Committee".
   *
   * @return the name
   */
  @JsonProperty("body")
  public abstract LocalizedText body();

  /**
   * Returns the bodies that each delegate one representative per member city.
   *
   * @return the delegating bodies, at least one
   */
  @JsonProperty("delegatingBodies")
  public abstract Set<DelegatingBody> delegatingBodies();

  /**
   * Returns how many times a year the body meets at least.
   *
   * @return the minimum number of meetings a year, at least 1
   */
  @JsonProperty("minimumMeetingsPerYear")
  public abstract int minimumMeetingsPerYear();

  /**
   * Returns whether the body meets in one of the member cities.
   *
   * @return {@code true} if meetings take place in a member city
   */
  @JsonProperty("meetsInMemberCity")
  public abstract boolean meetsInMemberCity();

  /**
   * Returns who is invited to the meetings, e.g. partners and experts.
   *
   * @return the invited participants
   */
  @JsonProperty("invitedParticipants")
  public abstract List<LocalizedText> invitedParticipants();

  /**
   * Returns the organization that coordinates the implementation.
   *
   * @return the coordinator
   */
  @JsonProperty("coordinator")
  public abstract OrganizationId coordinator();

  /**
   * Returns the members of the steering body, where known.
   *
   * @return the members, possibly empty
   */
  @JsonProperty("members")
  public abstract List<Representative> members();

  /**
   * Returns the declaration's governance clauses verbatim, paragraph by paragraph.
   *
   * @return the clauses, possibly empty
   */
  @JsonProperty("clauses")
  public abstract List<LocalizedText> clauses();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if a rule of the governance is broken
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "Governance[" + body() + "]";
    if (delegatingBodies().isEmpty()) {
      throw new InvalidModelException(object.get(), "delegatingBodies", "[]",
          "at least one of " + List.of(DelegatingBody.values()));
    }
    if (minimumMeetingsPerYear() < 1) {
      throw new InvalidModelException(object.get(), "minimumMeetingsPerYear",
          minimumMeetingsPerYear(), "at least 1 meeting a year");
    }
    for (int i = 0; i < members().size(); i++) {
      DelegatingBody by = members().get(i).delegatedBy();
      if (!delegatingBodies().contains(by)) {
        throw new InvalidModelException(object.get(), "members[" + i + "].delegatedBy", by,
            "one of the delegating bodies " + delegatingBodies());
      }
    }
    Checks.unique(object, "members", members(), m -> m.city() + "/" + m.delegatedBy(),
        "city and delegating body");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableGovernance.Builder builder() {
    return ImmutableGovernance.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Governance fromJackson(ImmutableGovernance value) {
    return value;
  }
}

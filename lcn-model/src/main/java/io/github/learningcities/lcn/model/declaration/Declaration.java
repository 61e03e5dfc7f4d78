package io.github.learningcities.lcn.model.declaration;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.event.EventId;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A declaration adopted by cities, such as the Declaration on the Establishment of the
 * Ukrainian Network of Learning Cities, signed in Melitopol on 27 October 2017.
 *
 * <p>Parts: an introduction, the recognitions of the preamble, the purposes, the commitments
 * (with unique codes), the areas of cooperation, the governance, a closing statement and the
 * signatories. Invariants: commitment codes and signatory cities are unique; no city signs
 * before the declaration's date; supporters are unique.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "title", "date", "place", "event", "initiator", "supporters",
    "introduction", "recognitions", "purposes", "commitments", "cooperationAreas", "governance",
    "closing", "signatories", "provenance", "signatoriesProvenance"})
public abstract class Declaration {

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract DeclarationId id();

  /**
   * Returns the title by language.
   *
   * @return the title
   */
  @JsonProperty("title")
  public abstract LocalizedText title();

  /**
   * Returns the date of adoption.
   *
   * @return the date
   */
  @JsonProperty("date")
  public abstract LocalDate date();

  /**
   * Returns the city where the declaration was adopted.
   *
   * @return the place
   */
  @JsonProperty("place")
  public abstract CityId place();

  /**
   * Returns the event at which the declaration was adopted.
   *
   * @return the event
   */
  @JsonProperty("event")
  public abstract Optional<EventId> event();

  /**
   * Returns the organization on whose initiative the declaration was made.
   *
   * @return the initiator
   */
  @JsonProperty("initiator")
  public abstract OrganizationId initiator();

  /**
   * Returns the organizations that support the declaration.
   *
   * @return the supporters, unique
   */
  @JsonProperty("supporters")
  public abstract List<OrganizationId> supporters();

  /**
   * Returns the introductory statement of intent.
   *
   * @return the introduction
   */
  @JsonProperty("introduction")
  public abstract Optional<LocalizedText> introduction();

  /**
   * Returns what all parties recognize (the preamble), item by item.
   *
   * @return the recognitions
   */
  @JsonProperty("recognitions")
  public abstract List<LocalizedText> recognitions();

  /**
   * Returns the purposes, item by item.
   *
   * @return the purposes
   */
  @JsonProperty("purposes")
  public abstract List<LocalizedText> purposes();

  /**
   * Returns the commitments of the signatories.
   *
   * @return the commitments, with unique codes
   */
  @JsonProperty("commitments")
  public abstract List<Commitment> commitments();

  /**
   * Returns the areas in which the signatories agree to cooperate.
   *
   * @return the cooperation areas
   */
  @JsonProperty("cooperationAreas")
  public abstract List<LocalizedText> cooperationAreas();

  /**
   * Returns how the declaration is carried out.
   *
   * @return the governance
   */
  @JsonProperty("governance")
  public abstract Optional<Governance> governance();

  /**
   * Returns the closing statement, e.g. where and when it was signed.
   *
   * @return the closing statement
   */
  @JsonProperty("closing")
  public abstract Optional<LocalizedText> closing();

  /**
   * Returns the signatory cities.
   *
   * @return the signatories, one per city
   */
  @JsonProperty("signatories")
  public abstract List<Signatory> signatories();

  /**
   * Returns where the text comes from and how sure it is.
   *
   * @return the provenance of the text
   */
  @JsonProperty("provenance")
  public abstract Optional<Provenance> provenance();

  /**
   * Returns where the list of signatories comes from and how sure it is.
   *
   * @return the provenance of the signatories
   */
  @JsonProperty("signatoriesProvenance")
  public abstract Optional<Provenance> signatoriesProvenance();

  /**
   * Returns a commitment by code.
   *
   * @param code the code
   * @return the commitment, or empty
   */
  public Optional<Commitment> commitment(CommitmentCode code) {
    return commitments().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * Returns the signatory cities in order.
   *
   * @return the cities
   */
  public List<CityId> signatoryCities() {
    return signatories().stream().map(Signatory::city)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if a commitment code, signatory city or supporter repeats,
   *     or a city signed before the declaration's date
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "Declaration[" + id() + "]";
    Checks.unique(object, "commitments", commitments(), Commitment::code, "commitment code");
    Checks.unique(object, "signatories", signatories(), Signatory::city, "city");
    Checks.unique(object, "supporters", supporters(), s -> s, "supporter");
    for (int i = 0; i < signatories().size(); i++) {
      Signatory s = signatories().get(i);
      if (s.date().isBefore(date())) {
        throw new InvalidModelException(object.get(), "signatories[" + i + "].date", s.date(),
            "a signing date on or after the declaration's date " + date());
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableDeclaration.Builder builder() {
    return ImmutableDeclaration.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Declaration fromJackson(ImmutableDeclaration value) {
    return value;
  }
}

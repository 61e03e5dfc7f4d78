package io.github.learningcities.lcn.model.people;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import jakarta.validation.constraints.Email;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * An organization that acts in the learning-city world, such as the UNESCO Institute for
 * Lifelong Learning, the National Commission of Ukraine for UNESCO or the NGO Ukrainian
 * Association of Learning Cities (UALC, based in Melitopol).
 *
 * <p>Invariants: the acronym, if any, is non-blank; the website is an http or https URI. The
 * contact e-mail is a declarative {@link Email} constraint checked on demand by a Bean
 * Validation validator.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "name", "acronym", "kind", "country", "city", "website",
    "contactEmail"})
public abstract class Organization {

  /**
   * Returns the identifier.
   *
   * @return the id, e.g. {@code ualc}
   */
  @JsonProperty("id")
  public abstract OrganizationId id();

  /**
   * Returns the full name by language.
   *
   * @return the name
   */
  @JsonProperty("name")
  public abstract LocalizedText name();

  /**
   * Returns the usual acronym, e.g. {@code UIL} or {@code UALC}.
   *
   * @return the acronym
   */
  @JsonProperty("acronym")
  public abstract Optional<String> acronym();

  /**
   * Returns what kind of body this is.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract OrganizationKind kind();

  /**
   * Returns the country of the organization's seat.
   *
   * @return the country
   */
  @JsonProperty("country")
  public abstract CountryCode country();

  /**
   * Returns the city of the organization's seat, when it is a city of the model.
   *
   * @return the city
   */
  @JsonProperty("city")
  public abstract Optional<CityId> city();

  /**
   * Returns the website.
   *
   * @return an http or https URI
   */
  @JsonProperty("website")
  public abstract Optional<URI> website();

  /**
   * Returns a contact e-mail address; its syntax is checked by a Bean Validation validator.
   *
   * @return the address
   */
  @JsonProperty("contactEmail")
  public abstract Optional<@Email String> contactEmail();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the acronym or e-mail is blank or the website not http(s)
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "Organization[" + id() + "]";
    Checks.nonBlank(object, "acronym", acronym());
    Checks.webLink(object, "website", website());
    Checks.nonBlank(object, "contactEmail", contactEmail());
  }

  /**
   * Returns an organization with only the mandatory attributes.
   *
   * @param id the identifier
   * @param name the name
   * @param kind the kind
   * @param country the country of the seat
   * @return the organization
   */
  public static Organization of(OrganizationId id, LocalizedText name, OrganizationKind kind,
      CountryCode country) {
    return builder().id(id).name(name).kind(kind).country(country).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Organization fromJackson(ImmutableOrganization value) {
    return value;
  }
}

package io.github.learningcities.lcn.model.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.internal.Checks;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A network of learning cities, global (the UNESCO Global Network of Learning Cities) or
 * national (the Ukrainian Network of Learning Cities, founded by the Melitopol Declaration).
 *
 * <p>Invariants: a national network names its country and a global one names none; every
 * membership belongs to this network; a city has at most one membership.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"id", "name", "scope", "country", "founded", "coordinator",
    "foundingDeclaration", "memberships", "provenance"})
public abstract class Network {

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  @JsonProperty("id")
  public abstract NetworkId id();

  /**
   * Returns the name by language.
   *
   * @return the name
   */
  @JsonProperty("name")
  public abstract LocalizedText name();

  /**
   * Returns whether the network is global or national.
   *
   * @return the scope
   */
  @JsonProperty("scope")
  public abstract NetworkScope scope();

  /**
   * Returns the country of a national network.
   *
   * @return the country, present exactly when the scope is {@link NetworkScope#NATIONAL}
   */
  @JsonProperty("country")
  public abstract Optional<CountryCode> country();

  /**
   * Returns the founding date.
   *
   * @return the date
   */
  @JsonProperty("founded")
  public abstract LocalDate founded();

  /**
   * Returns the organization that coordinates the network.
   *
   * @return the coordinator
   */
  @JsonProperty("coordinator")
  public abstract Optional<OrganizationId> coordinator();

  /**
   * Returns the declaration that founded the network.
   *
   * @return the declaration's id
   */
  @JsonProperty("foundingDeclaration")
  public abstract Optional<DeclarationId> foundingDeclaration();

  /**
   * Returns the memberships, at most one per city.
   *
   * @return the memberships
   */
  @JsonProperty("memberships")
  public abstract List<Membership> memberships();

  /**
   * Returns where the network data comes from and how sure it is.
   *
   * @return the provenance
   */
  @JsonProperty("provenance")
  public abstract Optional<Provenance> provenance();

  /**
   * Returns the membership of a city.
   *
   * @param city the city
   * @return the membership, or empty if the city has none
   */
  public Optional<Membership> membership(CityId city) {
    return memberships().stream().filter(m -> m.city().equals(city)).findFirst();
  }

  /**
   * Returns the cities that are members on a date (admitted, active or inactive).
   *
   * @param date the date
   * @return the cities, in membership order
   */
  public List<CityId> membersOn(LocalDate date) {
    return memberships().stream()
        .filter(m -> m.statusOn(date).map(MembershipStatus::isMember).orElse(false))
        .map(Membership::city).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if the country does not fit the scope, a membership belongs
   *     to another network, or a city has two memberships
   */
  @Value.Check
  protected void check() {
    Supplier<String> object = () -> "Network[" + id() + "]";
    if (scope() == NetworkScope.NATIONAL && country().isEmpty()) {
      throw new InvalidModelException(object.get(), "country", null,
          "the country of a NATIONAL network, e.g. UA");
    }
    if (scope() == NetworkScope.GLOBAL && country().isPresent()) {
      throw new InvalidModelException(object.get(), "country", country().get(),
          "no country for a GLOBAL network");
    }
    for (int i = 0; i < memberships().size(); i++) {
      NetworkId other = memberships().get(i).network();
      if (!other.equals(id())) {
        throw new InvalidModelException(object.get(), "memberships[" + i + "].network", other,
            "this network's id " + id());
      }
    }
    Checks.unique(object, "memberships", memberships(), Membership::city, "city");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ImmutableNetwork.Builder builder() {
    return ImmutableNetwork.builder();
  }

  /**
   * Lets Jackson 2 or 3 read this type through its generated implementation without a databind
   * annotation on this type, so that consumers compile against the model with only
   * {@code jackson-annotations} on their class path (see {@code ModelStyle}).
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Network fromJackson(ImmutableNetwork value) {
    return value;
  }
}

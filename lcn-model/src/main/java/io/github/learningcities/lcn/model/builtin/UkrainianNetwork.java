package io.github.learningcities.lcn.model.builtin;

import io.github.learningcities.lcn.model.catalog.Confidence;
import io.github.learningcities.lcn.model.catalog.Provenance;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.CommitmentKind;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.declaration.Governance;
import io.github.learningcities.lcn.model.declaration.Signatory;
import io.github.learningcities.lcn.model.declaration.TargetPeriod;
import io.github.learningcities.lcn.model.event.Event;
import io.github.learningcities.lcn.model.event.EventId;
import io.github.learningcities.lcn.model.event.EventKind;
import io.github.learningcities.lcn.model.internal.TabularResource;
import io.github.learningcities.lcn.model.network.DatePrecision;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.MembershipStatus;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.network.NetworkScope;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.people.DelegatingBody;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.OrganizationKind;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.GeoPoint;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in data of the Ukrainian Network of Learning Cities: the network, its founding
 * Melitopol Declaration of 27 October 2017 with its 15 signatory cities, the forum at which it
 * was adopted, the organizations involved (UALC as coordinator, UNESCO UIL as supporter) and the
 * Ukrainian members of the UNESCO Global Network of Learning Cities with their join dates.
 *
 * <p>The data ships as versioned UTF-8 table resources next to this class, each with its
 * {@link Provenance}; membership rows carry their own confidence tag from the project's
 * research ({@code [V]}, {@code [P]}, {@code [U]}). The Declaration's Ukrainian text is the
 * published original, character for character; its English text is an unofficial translation.
 * The list of signatories is tagged unverified: the draft names the 15 cities, but their
 * signing is not independently confirmed.
 *
 * <pre>{@code
 * UkrainianNetwork data = UkrainianNetwork.get();
 * Declaration melitopol = data.declaration();
 * melitopol.signatories().size();          // 15
 * data.network().coordinator();            // Optional[ualc]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UkrainianNetwork {

  /** The Ukrainian Network of Learning Cities. */
  public static final NetworkId NETWORK = NetworkId.of("ua-learning-cities");

  /** The UNESCO Global Network of Learning Cities (Ukrainian members only in this data). */
  public static final NetworkId GNLC = NetworkId.of("unesco-gnlc");

  /** The Melitopol Declaration of 27 October 2017. */
  public static final DeclarationId DECLARATION = DeclarationId.of("melitopol-declaration-2017");

  /** The Melitopol forum of 27 October 2017. */
  public static final EventId FORUM = EventId.of("melitopol-forum-2017");

  /** The NGO Ukrainian Association of Learning Cities. */
  public static final OrganizationId UALC = OrganizationId.of("ualc");

  /** The UNESCO Institute for Lifelong Learning. */
  public static final OrganizationId UIL = OrganizationId.of("uil");

  private static final LocalDate MELITOPOL_DAY = LocalDate.of(2017, 10, 27);
  private static final CityId MELITOPOL = CityId.of("ua-melitopol");

  private final Map<CityId, City> cities;
  private final Map<OrganizationId, Organization> organizations;
  private final Provenance citiesProvenance;
  private final Declaration declaration;
  private final Event forum;
  private final Network network;
  private final Network gnlc;

  private UkrainianNetwork() {
    TabularResource cityTable = TabularResource.load(UkrainianNetwork.class,
        "ukrainian-cities.tsv");
    this.cities = Collections.unmodifiableMap(readCities(cityTable));
    this.citiesProvenance = cityTable.provenance();
    this.organizations = Collections.unmodifiableMap(readOrganizations(
        TabularResource.load(UkrainianNetwork.class, "organizations.tsv")));
    this.declaration = readDeclaration(
        TabularResource.load(UkrainianNetwork.class, "melitopol-declaration-2017.tsv"));
    this.forum = readForum(TabularResource.load(UkrainianNetwork.class,
        "melitopol-forum-2017.tsv"));
    Map<NetworkId, List<Membership>> memberships = readMemberships(
        TabularResource.load(UkrainianNetwork.class, "memberships.tsv"));
    Map<NetworkId, Network> networks = readNetworks(
        TabularResource.load(UkrainianNetwork.class, "networks.tsv"), memberships);
    this.network = networks.get(NETWORK);
    this.gnlc = networks.get(GNLC);
  }

  /**
   * Returns the built-in data, read from the resources once and shared.
   *
   * @return the data
   */
  public static UkrainianNetwork get() {
    return Holder.INSTANCE;
  }

  /**
   * Returns the Ukrainian Network of Learning Cities with its 15 founding members.
   *
   * @return the national network
   */
  public Network network() {
    return network;
  }

  /**
   * Returns the UNESCO Global Network of Learning Cities with only its Ukrainian members.
   *
   * @return the global network, restricted to Ukraine
   */
  public Network globalNetworkInUkraine() {
    return gnlc;
  }

  /**
   * Returns the Melitopol Declaration of 27 October 2017.
   *
   * @return the declaration
   */
  public Declaration declaration() {
    return declaration;
  }

  /**
   * Returns the forum "Learning Cities: New Opportunities for Community Development" of
   * 27 October 2017 in Melitopol.
   *
   * @return the forum
   */
  public Event forum() {
    return forum;
  }

  /**
   * Returns the cities of the data: the signatories and the Ukrainian GNLC members.
   *
   * @return the cities
   */
  public List<City> cities() {
    return List.copyOf(cities.values());
  }

  /**
   * Returns a city of the data.
   *
   * @param id the city's id
   * @return the city, or empty
   */
  public Optional<City> city(CityId id) {
    return Optional.ofNullable(cities.get(id));
  }

  /**
   * Returns where the city data (names, oblasts, approximate locations) comes from.
   *
   * @return the provenance
   */
  public Provenance citiesProvenance() {
    return citiesProvenance;
  }

  /**
   * Returns the organizations of the data: UALC, UIL and the National Commission of Ukraine
   * for UNESCO.
   *
   * @return the organizations
   */
  public List<Organization> organizations() {
    return List.copyOf(organizations.values());
  }

  /**
   * Returns an organization of the data.
   *
   * @param id the organization's id
   * @return the organization, or empty
   */
  public Optional<Organization> organization(OrganizationId id) {
    return Optional.ofNullable(organizations.get(id));
  }

  private static Map<CityId, City> readCities(TabularResource table) {
    Map<CityId, City> result = new LinkedHashMap<>();
    for (Map<String, String> row : table.rows()) {
      var city = City.builder().id(CityId.of(row.get("id")))
          .names(LocalizedText.ukrainianAndEnglish(row.get("uk"), row.get("en")))
          .country(CountryCode.UKRAINE)
          .subdivision(SubdivisionCode.of(row.get("subdivision")));
      if (!row.get("latitude").isEmpty()) {
        city.location(GeoPoint.of(Double.parseDouble(row.get("latitude")),
            Double.parseDouble(row.get("longitude"))));
      }
      if (!row.get("population").isEmpty()) {
        city.population(DatedQuantity.population(Long.parseLong(row.get("population")),
            Integer.parseInt(row.get("populationYear"))));
      }
      City built = city.build();
      result.put(built.id(), built);
    }
    return result;
  }

  private static Map<OrganizationId, Organization> readOrganizations(TabularResource table) {
    Map<OrganizationId, Organization> result = new LinkedHashMap<>();
    for (Map<String, String> row : table.rows()) {
      var org = Organization.builder().id(OrganizationId.of(row.get("id")))
          .name(LocalizedText.ukrainianAndEnglish(row.get("uk"), row.get("en")))
          .kind(OrganizationKind.valueOf(row.get("kind")))
          .country(CountryCode.of(row.get("country")));
      optional(row, "city").map(CityId::of).ifPresent(org::city);
      optional(row, "acronym").ifPresent(org::acronym);
      optional(row, "website").map(URI::create).ifPresent(org::website);
      Organization built = org.build();
      result.put(built.id(), built);
    }
    return result;
  }

  private Declaration readDeclaration(TabularResource table) {
    var builder = Declaration.builder().id(DECLARATION).date(MELITOPOL_DAY).place(MELITOPOL)
        .event(FORUM).initiator(UALC).addSupporters(UIL).provenance(table.provenance())
        .signatoriesProvenance(Provenance.builder()
            .source("Signature blocks of the draft declaration on the UALC forum page")
            .date(MELITOPOL_DAY)
            .confidence(Confidence.UNVERIFIED)
            .note("The draft names 15 signatory cities; that all of them signed on"
                + " 27 October 2017 is not confirmed by an independent source (research tag"
                + " [U]).")
            .build());
    var governance = Governance.builder().coordinator(UALC)
        .addDelegatingBodies(DelegatingBody.LOCAL_GOVERNMENT, DelegatingBody.CIVIL_SOCIETY)
        .minimumMeetingsPerYear(1).meetsInMemberCity(true);
    for (Map<String, String> row : table.rows()) {
      LocalizedText text = LocalizedText.ukrainianAndEnglish(row.get("uk"), row.get("en"));
      switch (row.get("part")) {
        case "title":
          builder.title(text);
          break;
        case "introduction":
          builder.introduction(text);
          break;
        case "recognition":
          builder.addRecognitions(text);
          break;
        case "purpose":
          builder.addPurposes(text);
          break;
        case "commitment":
          builder.addCommitments(commitment(row.get("code"), row.get("kind"), text));
          break;
        case "cooperation":
          builder.addCooperationAreas(text);
          break;
        case "governance":
          governance.addClauses(text);
          break;
        case "steering-body":
          governance.body(text);
          break;
        case "invited":
          governance.addInvitedParticipants(text);
          break;
        case "closing":
          builder.closing(text);
          break;
        case "signatory":
          builder.addSignatories(Signatory.of(CityId.of(row.get("code")), MELITOPOL_DAY));
          break;
        default:
          throw new IllegalStateException(table.name() + ": unknown part " + row.get("part"));
      }
    }
    return builder.governance(governance.build()).build();
  }

  private static Commitment commitment(String code, String kindAndPeriod, LocalizedText text) {
    String[] parts = kindAndPeriod.split("\\|");
    var commitment = Commitment.builder().code(CommitmentCode.of(code))
        .kind(CommitmentKind.valueOf(parts[0])).text(text);
    if (parts.length > 1) {
      String[] years = parts[1].split("-");
      commitment.targetPeriod(TargetPeriod.of(Integer.parseInt(years[0]),
          Integer.parseInt(years[1])));
    }
    return commitment.build();
  }

  private static Event readForum(TabularResource table) {
    var forum = Event.builder().id(FORUM).kind(EventKind.FORUM).startDate(MELITOPOL_DAY)
        .endDate(MELITOPOL_DAY).place(MELITOPOL).addOrganizers(UALC)
        .website(URI.create(
            "http://ualc.org.ua/forum-mista-shho-navchajutsja-novi-mozhlivosti-dlja-rozvitku-gromadi/"))
        .provenance(table.provenance());
    for (Map<String, String> row : table.rows()) {
      LocalizedText text = LocalizedText.ukrainianAndEnglish(row.get("uk"), row.get("en"));
      switch (row.get("part")) {
        case "title":
          forum.title(text);
          break;
        case "description":
        case "outcomes-lead":
          forum.addDescription(text);
          break;
        case "outcome":
          forum.addPlannedOutcomes(text);
          break;
        default:
          throw new IllegalStateException(table.name() + ": unknown part " + row.get("part"));
      }
    }
    return forum.build();
  }

  private static Map<NetworkId, List<Membership>> readMemberships(TabularResource table) {
    Map<NetworkId, Map<CityId, Membership>> byNetwork = new LinkedHashMap<>();
    for (Map<String, String> row : table.rows()) {
      NetworkId networkId = NetworkId.of(row.get("network"));
      CityId city = CityId.of(row.get("city"));
      Confidence confidence = Confidence.parse(row.get("confidence")).orElseThrow(
          () -> new IllegalStateException(table.name() + ": unknown confidence " + row));
      StatusChange change = StatusChange.builder()
          .status(MembershipStatus.valueOf(row.get("status")))
          .date(LocalDate.parse(row.get("date")))
          .precision(DatePrecision.valueOf(row.get("precision")))
          .note(row.get("source") + " " + confidence.tag())
          .build();
      Map<CityId, Membership> members = byNetwork.computeIfAbsent(networkId,
          k -> new LinkedHashMap<>());
      Membership existing = members.get(city);
      if (existing != null) {
        members.put(city, existing.withChange(change));
        continue;
      }
      var provenance = Provenance.builder().source(row.get("source")).confidence(confidence);
      optional(row, "link").map(URI::create).ifPresent(provenance::addLinks);
      var membership = Membership.builder().city(city).network(networkId)
          .addHistory(change).provenance(provenance.build());
      optional(row, "cohort").ifPresent(membership::cohort);
      optional(row, "admittedBy").map(OrganizationId::of).ifPresent(membership::admittedBy);
      members.put(city, membership.build());
    }
    Map<NetworkId, List<Membership>> result = new LinkedHashMap<>();
    byNetwork.forEach((k, v) -> result.put(k, new ArrayList<>(v.values())));
    return result;
  }

  private static Map<NetworkId, Network> readNetworks(TabularResource table,
      Map<NetworkId, List<Membership>> memberships) {
    Map<NetworkId, Network> result = new LinkedHashMap<>();
    for (Map<String, String> row : table.rows()) {
      NetworkId id = NetworkId.of(row.get("id"));
      var network = Network.builder().id(id)
          .name(LocalizedText.ukrainianAndEnglish(row.get("uk"), row.get("en")))
          .scope(NetworkScope.valueOf(row.get("scope")))
          .founded(LocalDate.parse(row.get("founded")))
          .addAllMemberships(memberships.getOrDefault(id, List.of()))
          .provenance(table.provenance());
      optional(row, "country").map(CountryCode::of).ifPresent(network::country);
      optional(row, "coordinator").map(OrganizationId::of).ifPresent(network::coordinator);
      optional(row, "declaration").map(DeclarationId::of).ifPresent(network::foundingDeclaration);
      result.put(id, network.build());
    }
    return result;
  }

  private static Optional<String> optional(Map<String, String> row, String column) {
    String value = row.get(column);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static final class Holder {
    static final UkrainianNetwork INSTANCE = new UkrainianNetwork();
  }
}

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
import io.github.learningcities.lcn.model.internal.AsciiText;
import io.github.learningcities.lcn.model.internal.CatalogDocument;
import io.github.learningcities.lcn.model.internal.CatalogRecord;
import io.github.learningcities.lcn.model.internal.CatalogResourceReader;
import io.github.learningcities.lcn.model.internal.CatalogSupport;
import io.github.learningcities.lcn.model.network.DatePrecision;
import io.github.learningcities.lcn.model.network.ImmutableStatusChange;
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
import java.time.DateTimeException;
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
 * <p>The data ships as versioned catalog resources (format {@code lcn-catalog/1}) next to this
 * class, each with its {@link Provenance}; membership rows carry their own confidence tag from
 * the project's research ({@code [V]}, {@code [P]}, {@code [U]}). The Declaration's Ukrainian
 * text is the published original, character for character; its English text is an unofficial
 * translation. The list of signatories is tagged unverified: the draft names the 15 cities,
 * but their signing is not independently confirmed.
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
  private final Provenance citiesProvenance;
  private final Declaration declaration;
  private final Network network;
  private final Network gnlc;
  /**
   * The organizations and the forum, read on first use: the network, its cities and the
   * declaration refer to them by identifier only, and a short run that needs no more (lcn demo)
   * reads two catalogs fewer. Guarded by this object's lock.
   */
  private Map<OrganizationId, Organization> organizations;
  private Event forum;

  private UkrainianNetwork() {
    CatalogDocument cityTable = read("ukrainian-cities");
    this.cities = Collections.unmodifiableMap(readCities(cityTable));
    this.citiesProvenance = cityTable.provenance();
    this.declaration = readDeclaration(read("melitopol-declaration-2017"));
    Map<NetworkId, List<Membership>> memberships = readMemberships(read("memberships"));
    Map<NetworkId, Network> networks = readNetworks(read("networks"), memberships);
    this.network = networks.get(NETWORK);
    this.gnlc = networks.get(GNLC);
  }

  /**
   * Returns the built-in data, read from the resources once and shared (the organizations and
   * the forum when first asked for).
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
  public synchronized Event forum() {
    if (forum == null) {
      forum = readForum(read("melitopol-forum-2017"));
    }
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
    return List.copyOf(organizationsById().values());
  }

  /**
   * Returns an organization of the data.
   *
   * @param id the organization's id
   * @return the organization, or empty
   */
  public Optional<Organization> organization(OrganizationId id) {
    return Optional.ofNullable(organizationsById().get(id));
  }

  private synchronized Map<OrganizationId, Organization> organizationsById() {
    if (organizations == null) {
      organizations = Collections.unmodifiableMap(readOrganizations(read("organizations")));
    }
    return organizations;
  }

  private static CatalogDocument read(String name) {
    CatalogDocument doc = CatalogResourceReader.readResource(UkrainianNetwork.class,
        "/io/github/learningcities/lcn/model/builtin/" + name + ".tsv");
    doc.requireCatalog("builtin." + name);
    return doc;
  }

  private static Map<CityId, City> readCities(CatalogDocument doc) {
    doc.requireKinds("city");
    Map<CityId, City> result = new LinkedHashMap<>();
    for (CatalogRecord r : CatalogSupport.unique(doc.records("city"), "id").values()) {
      City built = r.create("city " + r.required("id"), () -> {
        var city = City.builder().id(CityId.of(r.required("id")))
            .names(CatalogSupport.ukrainianAndEnglish(r))
            .country(CountryCode.UKRAINE)
            .subdivision(SubdivisionCode.of(r.required("subdivision")));
        if (r.optional("latitude").isPresent()) {
          city.location(GeoPoint.of(r.decimal("latitude"), r.decimal("longitude")));
        }
        if (r.optional("population").isPresent()) {
          city.population(DatedQuantity.population(r.integer("population"),
              r.integer("population-year")));
        }
        return city.build();
      });
      result.put(built.id(), built);
    }
    return result;
  }

  private static Map<OrganizationId, Organization> readOrganizations(CatalogDocument doc) {
    doc.requireKinds("organization");
    Map<OrganizationId, Organization> result = new LinkedHashMap<>();
    for (CatalogRecord r : CatalogSupport.unique(doc.records("organization"), "id").values()) {
      Organization built = r.create("organization " + r.required("id"), () -> {
        var org = Organization.builder().id(OrganizationId.of(r.required("id")))
            .name(CatalogSupport.ukrainianAndEnglish(r))
            .kind(r.enumValue("kind", OrganizationKind.class))
            .country(CountryCode.of(r.required("country")));
        r.optional("city").map(CityId::of).ifPresent(org::city);
        r.optional("acronym").ifPresent(org::acronym);
        r.optional("website").map(URI::create).ifPresent(org::website);
        return org.build();
      });
      result.put(built.id(), built);
    }
    return result;
  }

  private Declaration readDeclaration(CatalogDocument doc) {
    doc.requireKinds("title", "introduction", "recognition", "purpose", "commitment",
        "cooperation", "governance", "steering-body", "invited", "closing", "signatory");
    var builder = Declaration.builder().id(DECLARATION).date(MELITOPOL_DAY).place(MELITOPOL)
        .event(FORUM).initiator(UALC).addSupporters(UIL).provenance(doc.provenance())
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
    for (CatalogRecord r : doc.records()) {
      LocalizedText text = CatalogSupport.ukrainianAndEnglish(r);
      switch (r.kind()) {
        case "title" -> builder.title(text);
        case "introduction" -> builder.introduction(text);
        case "recognition" -> builder.addRecognitions(text);
        case "purpose" -> builder.addPurposes(text);
        case "commitment" -> builder.addCommitments(commitment(r, text));
        case "cooperation" -> builder.addCooperationAreas(text);
        case "governance" -> governance.addClauses(text);
        case "steering-body" -> governance.body(text);
        case "invited" -> governance.addInvitedParticipants(text);
        case "closing" -> builder.closing(text);
        case "signatory" -> builder.addSignatories(r.create("signatory",
            () -> Signatory.of(CityId.of(r.required("city")), MELITOPOL_DAY)));
        default -> throw r.error("record of kind \"" + r.kind() + "\" is not read");
      }
    }
    return CatalogSupport.build(doc, () -> builder.governance(governance.build()).build());
  }

  private static Commitment commitment(CatalogRecord r, LocalizedText text) {
    return r.create("commitment " + r.required("code"), () -> {
      var commitment = Commitment.builder().code(CommitmentCode.of(r.required("code")))
          .kind(r.enumValue("kind", CommitmentKind.class)).text(text);
      r.optional("target-period").ifPresent(period -> {
        if (!isYearRange(period)) {
          throw r.error("column \"target-period\" is \"" + period
              + "\"; expected startYear-endYear, e.g. 2018-2021");
        }
        commitment.targetPeriod(TargetPeriod.of(AsciiText.digits(period, 0, 4),
            AsciiText.digits(period, 5, 9)));
      });
      return commitment.build();
    });
  }

  private static Event readForum(CatalogDocument doc) {
    doc.requireKinds("title", "description", "outcomes-lead", "outcome");
    var forum = Event.builder().id(FORUM).kind(EventKind.FORUM).startDate(MELITOPOL_DAY)
        .endDate(MELITOPOL_DAY).place(MELITOPOL).addOrganizers(UALC)
        .website(URI.create(
            "http://ualc.org.ua/forum-mista-shho-navchajutsja-novi-mozhlivosti-dlja-rozvitku-gromadi/"))
        .provenance(doc.provenance());
    for (CatalogRecord r : doc.records()) {
      LocalizedText text = CatalogSupport.ukrainianAndEnglish(r);
      switch (r.kind()) {
        case "title" -> forum.title(text);
        case "description", "outcomes-lead" -> forum.addDescription(text);
        case "outcome" -> forum.addPlannedOutcomes(text);
        default -> throw r.error("record of kind \"" + r.kind() + "\" is not read");
      }
    }
    return CatalogSupport.build(doc, forum::build);
  }

  private static Map<NetworkId, List<Membership>> readMemberships(CatalogDocument doc) {
    doc.requireKinds("membership");
    Map<NetworkId, Map<CityId, Membership>> byNetwork = new LinkedHashMap<>();
    for (CatalogRecord r : doc.records("membership")) {
      NetworkId networkId = r.create("network", () -> NetworkId.of(r.required("network")));
      CityId city = r.create("city", () -> CityId.of(r.required("city")));
      Confidence confidence = r.confidence("confidence");
      String source = r.required("source");
      StatusChange change = r.create("status change", () -> dated(r, StatusChange.builder()
          .status(r.enumValue("status", MembershipStatus.class)))
          .note(source + " " + confidence.tag())
          .build());
      Map<CityId, Membership> members = byNetwork.computeIfAbsent(networkId,
          k -> new LinkedHashMap<>());
      Membership existing = members.get(city);
      if (existing != null) {
        members.put(city, r.create("membership of " + city, () -> existing.withChange(change)));
        continue;
      }
      members.put(city, r.create("membership of " + city, () -> {
        var provenance = Provenance.builder().source(source).confidence(confidence);
        r.optional("link").map(URI::create).ifPresent(provenance::addLinks);
        var membership = Membership.builder().city(city).network(networkId)
            .addHistory(change).provenance(provenance.build());
        r.optional("cohort").ifPresent(membership::cohort);
        r.optional("admitted-by").map(OrganizationId::of).ifPresent(membership::admittedBy);
        return membership.build();
      }));
    }
    Map<NetworkId, List<Membership>> result = new LinkedHashMap<>();
    byNetwork.forEach((k, v) -> result.put(k, new ArrayList<>(v.values())));
    return result;
  }

  private static final String ON_OR_BEFORE = "on-or-before";

  /** Whether the text is two years, {@code ([0-9]{4})-([0-9]{4})}, e.g. 2018-2021. */
  static boolean isYearRange(String s) {
    return s.length() == 9 && s.charAt(4) == '-' && AsciiText.isDigits(s, 0, 4)
        && AsciiText.isDigits(s, 5, 9);
  }

  /**
   * Whether the text is a date as exactly as the source gives it, {@code
   * (\d{4})(?:-(\d{2})(?:-(\d{2}))?)?}: 2024-02-14, 2016-06 or 2025.
   */
  static boolean isPartialDate(String s) {
    int n = s.length();
    return (n == 4 || n == 7 || n == 10) && AsciiText.isDigits(s, 0, 4)
        && (n == 4 || s.charAt(4) == '-' && AsciiText.isDigits(s, 5, 7))
        && (n < 10 || s.charAt(7) == '-' && AsciiText.isDigits(s, 8, 10));
  }

  /** Sets the date, its precision and its bound from the columns "date" and "bound". */
  private static ImmutableStatusChange.Builder dated(CatalogRecord r,
      ImmutableStatusChange.Builder change) {
    String text = r.required("date");
    if (!isPartialDate(text)) {
      throw r.error("column \"date\" is \"" + text + "\"; expected an ISO 8601 date to the day,"
          + " month or year: 2024-02-14, 2016-06 or 2025");
    }
    int n = text.length();
    DatePrecision precision = n == 10 ? DatePrecision.DAY
        : n == 7 ? DatePrecision.MONTH : DatePrecision.YEAR;
    LocalDate date;
    try {
      date = LocalDate.of(AsciiText.digits(text, 0, 4),
          n == 4 ? 1 : AsciiText.digits(text, 5, 7),
          n < 10 ? 1 : AsciiText.digits(text, 8, 10));
    } catch (DateTimeException e) {
      throw r.error("column \"date\" is \"" + text + "\", which is no calendar date ("
          + e.getMessage() + ")");
    }
    Optional<String> bound = r.optional("bound");
    if (bound.isPresent() && !bound.get().equals(ON_OR_BEFORE)) {
      throw r.error("column \"bound\" is \"" + bound.get() + "\"; expected empty or \""
          + ON_OR_BEFORE + "\"");
    }
    return change.date(date).precision(precision).onOrBefore(bound.isPresent());
  }

  private static Map<NetworkId, Network> readNetworks(CatalogDocument doc,
      Map<NetworkId, List<Membership>> memberships) {
    doc.requireKinds("network");
    Provenance provenance = doc.provenance();
    Map<NetworkId, Network> result = new LinkedHashMap<>();
    for (CatalogRecord r : CatalogSupport.unique(doc.records("network"), "id").values()) {
      Network built = r.create("network " + r.required("id"), () -> {
        NetworkId id = NetworkId.of(r.required("id"));
        var network = Network.builder().id(id)
            .name(CatalogSupport.ukrainianAndEnglish(r))
            .scope(r.enumValue("scope", NetworkScope.class))
            .founded(r.date("founded"))
            .addAllMemberships(memberships.getOrDefault(id, List.of()))
            .provenance(provenance);
        r.optional("country").map(CountryCode::of).ifPresent(network::country);
        r.optional("coordinator").map(OrganizationId::of).ifPresent(network::coordinator);
        r.optional("declaration").map(DeclarationId::of)
            .ifPresent(network::foundingDeclaration);
        return network.build();
      });
      result.put(built.id(), built);
    }
    return result;
  }

  private static final class Holder {
    static final UkrainianNetwork INSTANCE = new UkrainianNetwork();
  }
}

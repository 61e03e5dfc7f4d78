package io.github.learningcities.lcn.benchmarks;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.network.DatePrecision;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.MembershipStatus;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.network.NetworkScope;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.people.Organization;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.people.OrganizationKind;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.GeoPoint;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import io.github.learningcities.lcn.serialization.NetworkDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The seeded data of {@link DocumentBenchmark}, built twice from the same random values: once
 * as SDK objects (a {@link NetworkDocument} built with the lcn-model builders, a {@link Panel}
 * of yearly {@link Dataset}s) and once as plain public-field classes of the same shape as the
 * SDK's wire form (the Jackson baseline).
 */
final class DocumentData {
  static final String NETWORK_ID = "ua-learning-cities";
  static final String COORDINATOR = "ua-dvv";
  static final int FIRST_YEAR = 2020;

  private DocumentData() {}

  /** The SDK network document and the plain-class one, with the same content. */
  record Networks(NetworkDocument sdk, NetworkDocP plain) {}

  /** The SDK panel and the plain-class yearly documents and long rows, same content. */
  record Datasets(Panel sdk, List<DatasetDocP> plainDocuments, List<ObsP> plainRows) {}

  /**
   * A national network of {@code cities} member cities, each with a Ukrainian and English
   * name, an oblast, a population and a location, and a legal status history of 1 to 3
   * changes (ADMITTED, then ACTIVE, then INACTIVE or WITHDRAWN).
   */
  static Networks network(int cities, long seed) {
    Random random = new Random(seed);
    List<SubdivisionCode> oblasts = new ArrayList<>(SubdivisionCode.ukrainian());
    LocalDate founded = LocalDate.of(2013, 1, 1);
    NetworkId networkId = NetworkId.of(NETWORK_ID);
    List<City> sdkCities = new ArrayList<>(cities);
    List<Membership> sdkMembers = new ArrayList<>(cities);
    NetworkDocP plain = new NetworkDocP();
    plain.network = new NetworkP();
    plain.network.id = NETWORK_ID;
    plain.network.name = texts("Українська мережа міст, що навчаються",
        "Ukrainian Network of Learning Cities");
    plain.network.scope = NetworkScope.NATIONAL;
    plain.network.country = "UA";
    plain.network.founded = founded;
    plain.network.coordinator = COORDINATOR;
    plain.network.memberships = new ArrayList<>(cities);
    plain.cities = new ArrayList<>(cities);
    for (int i = 1; i <= cities; i++) {
      String id = String.format("ua-city-%05d", i);
      String uk = "Місто номер " + i;
      String en = "City number " + i;
      SubdivisionCode oblast = oblasts.get(random.nextInt(oblasts.size()));
      long population = 5_000 + random.nextInt(2_000_000);
      int populationYear = 2015 + random.nextInt(10);
      double latitude = Math.round((44.5 + 7.5 * random.nextDouble()) * 1e4) / 1e4;
      double longitude = Math.round((22.5 + 17.5 * random.nextDouble()) * 1e4) / 1e4;
      sdkCities.add(City.builder().id(CityId.of(id))
          .names(LocalizedText.ukrainianAndEnglish(uk, en))
          .country(CountryCode.UKRAINE).subdivision(oblast)
          .population(DatedQuantity.population(population, populationYear))
          .location(GeoPoint.of(latitude, longitude)).build());
      CityP city = new CityP();
      city.id = id;
      city.names = texts(uk, en);
      city.country = "UA";
      city.subdivision = oblast.value();
      city.population = new QuantityP();
      city.population.value = population;
      city.population.unit = DatedQuantity.INHABITANTS;
      city.population.year = populationYear;
      city.location = new PointP();
      city.location.latitude = latitude;
      city.location.longitude = longitude;
      plain.cities.add(city);

      List<StatusChange> history = new ArrayList<>(3);
      LocalDate date = founded.plusDays(random.nextInt(3_000));
      history.add(StatusChange.of(MembershipStatus.ADMITTED, date));
      int steps = random.nextInt(3);
      if (steps >= 1) {
        date = date.plusDays(30 + random.nextInt(700));
        history.add(StatusChange.of(MembershipStatus.ACTIVE, date));
      }
      if (steps >= 2) {
        date = date.plusDays(30 + random.nextInt(700));
        history.add(StatusChange.of(random.nextBoolean() ? MembershipStatus.INACTIVE
            : MembershipStatus.WITHDRAWN, date));
      }
      sdkMembers.add(Membership.builder().city(CityId.of(id)).network(networkId)
          .addAllHistory(history).build());
      MembershipP member = new MembershipP();
      member.city = id;
      member.network = NETWORK_ID;
      member.history = new ArrayList<>(history.size());
      for (StatusChange c : history) {
        ChangeP change = new ChangeP();
        change.status = c.status();
        change.date = c.date();
        change.precision = DatePrecision.DAY;
        member.history.add(change);
      }
      plain.network.memberships.add(member);
    }
    Network network = Network.builder().id(networkId)
        .name(LocalizedText.ukrainianAndEnglish("Українська мережа міст, що навчаються",
            "Ukrainian Network of Learning Cities"))
        .scope(NetworkScope.NATIONAL).country(CountryCode.UKRAINE).founded(founded)
        .coordinator(OrganizationId.of(COORDINATOR)).addAllMemberships(sdkMembers).build();
    Organization dvv = Organization.builder().id(OrganizationId.of(COORDINATOR))
        .name(LocalizedText.of(LocalizedText.ENGLISH, "DVV International Ukraine"))
        .kind(OrganizationKind.NGO).country(CountryCode.UKRAINE).build();
    OrgP org = new OrgP();
    org.id = COORDINATOR;
    org.name = new LinkedHashMap<>(Map.of("en", "DVV International Ukraine"));
    org.kind = OrganizationKind.NGO;
    org.country = "UA";
    plain.organizations = List.of(org);
    return new Networks(new NetworkDocument(network, sdkCities, List.of(dvv)), plain);
  }

  /**
   * {@code years} yearly datasets of {@code units} x {@code indicators} ({@link
   * SyntheticIndex}, one seed per year: about 5 % missing cells, every unit in one of 6
   * regions), as an SDK panel and as plain classes.
   */
  static Datasets datasets(int units, int indicators, int years, long seed) {
    Map<Integer, Dataset> byTime = new TreeMap<>();
    List<DatasetDocP> documents = new ArrayList<>(years);
    List<ObsP> rows = new ArrayList<>(units * indicators * years);
    for (int y = 0; y < years; y++) {
      int year = FIRST_YEAR + y;
      Dataset d = SyntheticIndex.generate(units, indicators, seed + y).dataset();
      byTime.put(year, d);
      DatasetDocP doc = new DatasetDocP();
      doc.dataset = new DataP();
      doc.dataset.indicators = new ArrayList<>(d.indicators());
      doc.dataset.units = new ArrayList<>(units);
      List<double[]> columns = new ArrayList<>();
      for (String indicator : d.indicators()) {
        columns.add(d.column(indicator));
      }
      for (int i = 0; i < d.units().size(); i++) {
        Unit u = d.units().get(i);
        RowP row = new RowP();
        row.code = u.code();
        row.name = u.name();
        row.groups = new LinkedHashMap<>(u.groups());
        row.values = new LinkedHashMap<>();
        for (int j = 0; j < columns.size(); j++) {
          double v = columns.get(j)[i];
          String indicator = d.indicators().get(j);
          if (!Double.isNaN(v)) {
            row.values.put(indicator, v);
          }
          ObsP obs = new ObsP();
          obs.unit = u.code();
          obs.indicator = indicator;
          obs.time = year;
          obs.value = Double.isNaN(v) ? null : v;
          obs.source = "";
          obs.flags = "";
          rows.add(obs);
        }
        doc.dataset.units.add(row);
      }
      documents.add(doc);
    }
    return new Datasets(Panel.of(byTime), documents, rows);
  }

  private static Map<String, String> texts(String uk, String en) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("uk", uk);
    m.put("en", en);
    return m;
  }

  // The plain classes of the baseline: public fields, no annotations beyond property order and
  // the XML names of list items (which LcnXml derives from the list's name), the same
  // properties and nesting as the SDK's wire form.

  /** Baseline network document. */
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "network", "cities", "organizations"})
  public static final class NetworkDocP {
    public String lcnDocument = "network";
    public String formatVersion = "1.0";
    public NetworkP network;
    @JacksonXmlElementWrapper(localName = "cities")
    @JacksonXmlProperty(localName = "city")
    public List<CityP> cities;
    @JacksonXmlElementWrapper(localName = "organizations")
    @JacksonXmlProperty(localName = "organization")
    public List<OrgP> organizations;
  }

  /** Baseline network. */
  @JsonPropertyOrder({"id", "name", "scope", "country", "founded", "coordinator",
      "memberships"})
  public static final class NetworkP {
    public String id;
    public Map<String, String> name;
    public NetworkScope scope;
    public String country;
    public LocalDate founded;
    public String coordinator;
    @JacksonXmlElementWrapper(localName = "memberships")
    @JacksonXmlProperty(localName = "membership")
    public List<MembershipP> memberships;
  }

  /** Baseline membership. */
  @JsonPropertyOrder({"city", "network", "history"})
  public static final class MembershipP {
    public String city;
    public String network;
    @JacksonXmlElementWrapper(localName = "history")
    @JacksonXmlProperty(localName = "statusChange")
    public List<ChangeP> history;
  }

  /** Baseline status change. */
  @JsonPropertyOrder({"status", "date", "precision"})
  public static final class ChangeP {
    public MembershipStatus status;
    public LocalDate date;
    public DatePrecision precision;
  }

  /** Baseline city. */
  @JsonPropertyOrder({"id", "names", "country", "subdivision", "population", "location"})
  public static final class CityP {
    public String id;
    public Map<String, String> names;
    public String country;
    public String subdivision;
    public QuantityP population;
    public PointP location;
  }

  /** Baseline dated quantity. */
  @JsonPropertyOrder({"value", "unit", "year"})
  public static final class QuantityP {
    public double value;
    public String unit;
    public int year;
  }

  /** Baseline point. */
  @JsonPropertyOrder({"latitude", "longitude"})
  public static final class PointP {
    public double latitude;
    public double longitude;
  }

  /** Baseline organization. */
  @JsonPropertyOrder({"id", "name", "kind", "country"})
  public static final class OrgP {
    public String id;
    public Map<String, String> name;
    public OrganizationKind kind;
    public String country;
  }

  /** Baseline dataset document (one year). */
  @JsonPropertyOrder({"lcnDocument", "formatVersion", "dataset"})
  public static final class DatasetDocP {
    public String lcnDocument = "dataset";
    public String formatVersion = "1.0";
    public DataP dataset;
  }

  /** Baseline dataset. */
  @JsonPropertyOrder({"indicators", "units"})
  public static final class DataP {
    @JacksonXmlElementWrapper(localName = "indicators")
    @JacksonXmlProperty(localName = "indicator")
    public List<String> indicators;
    @JacksonXmlElementWrapper(localName = "units")
    @JacksonXmlProperty(localName = "unit")
    public List<RowP> units;
  }

  /** Baseline unit row: present values by indicator code. */
  @JsonPropertyOrder({"code", "name", "groups", "values"})
  public static final class RowP {
    public String code;
    public String name;
    public Map<String, String> groups;
    public Map<String, Double> values;
  }

  /** Baseline long-format observation row. */
  @JsonPropertyOrder({"unit", "indicator", "time", "value", "source", "flags"})
  public static final class ObsP {
    public String unit;
    public String indicator;
    public int time;
    public Double value;
    public String source;
    public String flags;
  }
}

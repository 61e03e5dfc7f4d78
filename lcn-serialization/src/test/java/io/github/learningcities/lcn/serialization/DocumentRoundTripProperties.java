package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Commitment;
import io.github.learningcities.lcn.model.declaration.CommitmentCode;
import io.github.learningcities.lcn.model.declaration.CommitmentKind;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.declaration.DeclarationId;
import io.github.learningcities.lcn.model.declaration.Signatory;
import io.github.learningcities.lcn.model.declaration.TargetPeriod;
import io.github.learningcities.lcn.model.network.Membership;
import io.github.learningcities.lcn.model.network.MembershipStatus;
import io.github.learningcities.lcn.model.network.Network;
import io.github.learningcities.lcn.model.network.NetworkId;
import io.github.learningcities.lcn.model.network.NetworkScope;
import io.github.learningcities.lcn.model.network.StatusChange;
import io.github.learningcities.lcn.model.people.OrganizationId;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.GeoPoint;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing any value of a document kind and reading it back, in JSON and in XML, gives an equal
 * value, and writing that again gives the same text. The generators are local and small
 * (lcn-testkit's arbitraries were not yet released when this was written); texts mix
 * Ukrainian, Latin and the characters that JSON and XML must escape.
 */
class DocumentRoundTripProperties {

  private static final String LETTERS =
      "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯabcxyzXYZ";

  private static void assertRoundTrips(Object value, Class<?> type) {
    for (Object lcn : List.of(LcnJson.standard(), LcnXml.standard())) {
      DocumentWriter writer = (DocumentWriter) lcn;
      DocumentReader reader = (DocumentReader) lcn;
      String text = writer.writeToString(value);
      Object back = reader.read(text, type);
      assertThat(back).as("%s%n%s", lcn.getClass().getSimpleName(), text).isEqualTo(value);
      assertThat(writer.writeToString(back)).isEqualTo(text);
    }
  }

  @Property(tries = 150)
  void aFrameworkRoundTrips(@ForAll("frameworks") Framework framework) {
    assertRoundTrips(framework, Framework.class);
  }

  @Property(tries = 150)
  void aPipelineWithItsStepsRoundTrips(@ForAll("pipelines") Pipeline pipeline) {
    assertRoundTrips(pipeline, Pipeline.class);
  }

  @Property(tries = 150)
  void aDatasetWithMissingCellsRoundTrips(@ForAll("datasets") Dataset dataset) {
    assertRoundTrips(dataset, Dataset.class);
  }

  @Property(tries = 100)
  void aNetworkDocumentWithCitiesRoundTrips(@ForAll("networks") NetworkDocument document) {
    assertRoundTrips(document, NetworkDocument.class);
  }

  @Property(tries = 100)
  void aResultsDocumentWithMissingScoresAndDiagnosticsRoundTrips(
      @ForAll("results") ResultsDocument document) {
    assertRoundTrips(document, ResultsDocument.class);
  }

  @Provide
  Arbitrary<ResultsDocument> results() {
    return Combinators.combine(frameworks(), pipelines(), Arbitraries.integers().between(0, 4),
        texts()).flatAs((framework, pipeline, units, reason) -> {
          List<String> nodes = framework.nodes().stream().map(Node::code).toList();
          Arbitrary<List<Optional<Double>>> scores = finite().optional(0.8).list()
              .ofSize(units * nodes.size());
          Arbitrary<List<Integer>> ranks = Arbitraries.integers().between(1, 5).list()
              .ofSize(units * nodes.size());
          Arbitrary<Optional<Double>> imputed = finite().optional();
          return Combinators.combine(scores, ranks, imputed).as((s, r, cell) -> {
            List<ResultsDocument.UnitResults> rows = new ArrayList<>();
            for (int u = 0; u < units; u++) {
              Map<String, Double> unitScores = new java.util.LinkedHashMap<>();
              Map<String, Integer> unitRanks = new java.util.LinkedHashMap<>();
              for (int n = 0; n < nodes.size(); n++) {
                Optional<Double> score = s.get(u * nodes.size() + n);
                if (score.isPresent()) {
                  unitScores.put(nodes.get(n), score.get());
                  unitRanks.put(nodes.get(n), r.get(u * nodes.size() + n));
                }
              }
              rows.add(new ResultsDocument.UnitResults("ua-u" + u, unitScores, unitRanks));
            }
            Diagnostics diagnostics = new Diagnostics(
                cell.map(v -> List.of(new Diagnostics.ImputedCell("ua-u0", nodes.get(0), v,
                    "mean"))).orElse(List.of()),
                List.of(), List.of(),
                units == 0 ? List.of() : List.of(new Diagnostics.ScreenedUnit("ua-u0", reason)),
                List.of());
            return new ResultsDocument(framework, pipeline, rows, diagnostics);
          });
        });
  }

  @Property(tries = 100)
  void aDeclarationRoundTrips(@ForAll("declarations") Declaration declaration) {
    assertRoundTrips(declaration, Declaration.class);
  }

  private static Arbitrary<LocalizedText> localized() {
    return Combinators.combine(texts(), texts().optional()).as((uk, en) -> en
        .map(e -> LocalizedText.ukrainianAndEnglish(uk, e))
        .orElse(LocalizedText.of(LocalizedText.UKRAINIAN, uk)));
  }

  /** A commitment without its code, which the declaration numbers. */
  private record CommitmentParts(CommitmentKind kind, LocalizedText text,
      Optional<Integer> start) {
    Commitment withCode(String code) {
      var b = Commitment.builder().code(CommitmentCode.of(code)).kind(kind).text(text);
      start.ifPresent(y -> b.targetPeriod(TargetPeriod.of(y, y + 3)));
      return b.build();
    }
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    Arbitrary<CommitmentParts> commitment = Combinators.combine(
        Arbitraries.of(CommitmentKind.class), localized(),
        Arbitraries.integers().between(2000, 2030).optional()).as(CommitmentParts::new);
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 10_000)
        .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    return Combinators.combine(localized(), date, localized().list().ofMaxSize(3),
        commitment.list().ofMaxSize(3), Arbitraries.integers().between(0, 3),
        localized().optional())
        .as((title, day, purposes, commitments, signatories, closing) -> {
          var b = Declaration.builder().id(DeclarationId.of("decl-" + day.getYear()))
              .title(title).date(day).place(CityId.of("ua-city-0"))
              .initiator(OrganizationId.of("ua-dvv")).addAllPurposes(purposes);
          for (int i = 0; i < commitments.size(); i++) {
            b.addCommitments(commitments.get(i).withCode("C" + (i + 1)));
          }
          for (int i = 0; i < signatories; i++) {
            b.addSignatories(Signatory.of(CityId.of("ua-city-" + i), day.plusDays(i)));
          }
          closing.ifPresent(b::closing);
          return b.build();
        });
  }

  /** A non-blank text that starts and ends with a letter. */
  static Arbitrary<String> texts() {
    Arbitrary<Character> letter = Arbitraries.of(LETTERS.chars().mapToObj(c -> (char) c)
        .toList());
    Arbitrary<String> middle = Arbitraries.strings().withChars(LETTERS + " -'’\"<>&;.,0123456789")
        .ofMaxLength(12);
    return Combinators.combine(letter, middle, letter).as((a, m, b) -> a + m + b);
  }

  static Arbitrary<Double> weights() {
    return Arbitraries.oneOf(Arbitraries.of(1.0, 0.5, 2.0, 1e-9),
        Arbitraries.doubles().between(0.001, 1_000.0).ofScale(9));
  }

  static Arbitrary<Double> finite() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, -1.5, 1e-300, 1e300, Double.MIN_VALUE,
        Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1.0 / 3.0),
        Arbitraries.doubles().between(-1e9, 1e9).ofScale(15));
  }

  static Arbitrary<Aggregation> aggregations() {
    return Arbitraries.oneOf(
        Arbitraries.of(Aggregation.arithmetic(), Aggregation.geometric(),
            Aggregation.harmonic(), Aggregation.copeland(), Aggregation.mazziottaPareto()),
        Arbitraries.doubles().between(-3.0, 3.0).filter(p -> p != 0.0)
            .map(Aggregation::generalised),
        Arbitraries.doubles().between(0.0, 1.0)
            .map(share -> Aggregation.arithmetic().withAvailabilityThreshold(share)));
  }

  private static Arbitrary<Node> node(String code, String parent) {
    return Combinators.combine(texts().optional(), weights(),
        Arbitraries.of(Direction.class), finite().optional(), aggregations().optional())
        .as((name, weight, direction, target, aggregation) -> {
          Node n = Node.of(code, parent).withWeight(weight).withDirection(direction);
          n = name.map(n::withName).orElse(n);
          n = target.map(n::withTarget).orElse(n);
          return aggregation.map(n::withAggregation).orElse(n);
        });
  }

  @Provide
  Arbitrary<Framework> frameworks() {
    return Arbitraries.integers().between(1, 3).list().ofMinSize(1).ofMaxSize(3)
        .flatMap(shape -> {
          List<Arbitrary<Node>> nodes = new ArrayList<>();
          nodes.add(node("Index", null));
          for (int p = 0; p < shape.size(); p++) {
            nodes.add(node("P" + p, "Index"));
            for (int i = 0; i < shape.get(p); i++) {
              nodes.add(node("Ind_" + p + "." + i, "P" + p));
            }
          }
          return Combinators.combine(nodes).as(list -> list);
        })
        .flatMap(nodes -> weights().optional().map(w -> {
          Framework.Builder b = Framework.builder();
          nodes.forEach(b::node);
          w.ifPresent(weight -> b.weightSet("політика", Map.of("P0", weight)));
          return b.build();
        }));
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    Arbitrary<Optional<Denomination>> denomination = Arbitraries.of(
        Denomination.fromFramework()).optional();
    Arbitrary<Optional<Screening>> screening = Combinators.combine(
        Arbitraries.of(Screening.Rule.class), Arbitraries.doubles().between(0.0, 1.0),
        Arbitraries.doubles().between(0.0, 1.0))
        .as((rule, a, z) -> new Screening(rule, a, z, java.util.Set.of("ua-kyiv"),
            java.util.Set.of()))
        .optional();
    Arbitrary<Imputation> imputation = Arbitraries.of(Imputation.mean(), Imputation.median(),
        Imputation.groupMean("size"), Imputation.groupMedian("розмір"), Imputation.none(),
        Imputation.mean().withOverride("Ind_0.0", Imputation.median()));
    Arbitrary<Treatment> treatment = Arbitraries.of(Treatment.coinrDefault(),
        Treatment.boxCox(0.5), Treatment.none(),
        Treatment.coinrDefault().withOverride("Ind_0.0", Treatment.none()));
    Arbitrary<Normalisation> normalisation = Arbitraries.oneOf(
        Arbitraries.of(Normalisation.rank(), Normalisation.borda(),
            Normalisation.percentRank(), Normalisation.fractionOfMax(),
            Normalisation.distanceToMax(), Normalisation.distanceToTarget(true),
            Normalisation.distanceToReference("ua-kyiv", false), Normalisation.none()),
        Arbitraries.doubles().between(-100.0, 0.0).map(lo -> Normalisation.minMax(lo, 100.0)),
        Arbitraries.doubles().between(0.0, 10.0).map(m -> Normalisation.zScore(m, 2.0)));
    Arbitrary<Weighting> weighting = Arbitraries.of(Weighting.fromFramework(),
        Weighting.equal(), Weighting.set("політика"),
        Weighting.fromFramework().withManual(Map.of("P0", 2.5)));
    return Combinators.combine(denomination, screening, imputation.optional(),
        treatment.optional(), normalisation.optional(), weighting, aggregations())
        .as((d, s, i, t, n, w, a) -> {
          Pipeline p = Pipeline.coinrDefault().withWeighting(w).withAggregation(a);
          p = p.withDenomination(d.orElse(null)).withScreening(s.orElse(null))
              .withImputation(i.orElse(null)).withTreatment(t.orElse(null));
          return p.withNormalisation(n.orElse(null));
        });
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    Arbitrary<Integer> units = Arbitraries.integers().between(1, 5);
    Arbitrary<Integer> indicators = Arbitraries.integers().between(1, 4);
    return Combinators.combine(units, indicators).flatAs((u, k) -> {
      Arbitrary<List<Optional<Double>>> cells = finite().optional(0.7).list().ofSize(u * k);
      Arbitrary<List<Optional<String>>> names = texts().optional().list().ofSize(u);
      Arbitrary<List<Optional<Double>>> populations = Arbitraries.doubles()
          .between(1.0, 3e6).optional().list().ofSize(u);
      return Combinators.combine(cells, names, populations).as((c, n, pop) -> {
        Dataset.Builder b = Dataset.builder();
        for (int j = 0; j < k; j++) {
          b.indicator("Ind_" + j);
        }
        for (int i = 0; i < u; i++) {
          Map<String, String> groups = i % 2 == 0 ? Map.of("розмір", "великий") : Map.of();
          Map<String, Double> denominators = pop.get(i).map(p -> Map.of("population", p))
              .orElse(Map.of());
          b.unit(new Unit("ua-u" + i, n.get(i).orElse(null), groups, denominators));
        }
        for (int i = 0; i < u; i++) {
          for (int j = 0; j < k; j++) {
            Optional<Double> v = c.get(i * k + j);
            if (v.isPresent()) {
              b.value("ua-u" + i, "Ind_" + j, v.get());
            } else {
              b.missing("ua-u" + i, "Ind_" + j);
            }
          }
        }
        return b.build();
      });
    });
  }

  private static Arbitrary<City> city(int index) {
    Arbitrary<Optional<DatedQuantity>> population = Combinators.combine(
        Arbitraries.longs().between(1, 5_000_000), Arbitraries.integers().between(1990, 2030))
        .as(DatedQuantity::population).optional();
    Arbitrary<Optional<GeoPoint>> location = Combinators.combine(
        Arbitraries.doubles().between(44.0, 52.0), Arbitraries.doubles().between(22.0, 40.0))
        .as(GeoPoint::of).optional();
    return Combinators.combine(texts(), texts().optional(), population, location)
        .as((uk, en, pop, loc) -> City.builder()
            .id(CityId.of("ua-city-" + index))
            .names(en.map(e -> LocalizedText.ukrainianAndEnglish(uk, e))
                .orElse(LocalizedText.of(LocalizedText.UKRAINIAN, uk)))
            .country(CountryCode.UKRAINE)
            .population(pop)
            .location(loc)
            .build());
  }

  @Provide
  Arbitrary<NetworkDocument> networks() {
    return Arbitraries.integers().between(0, 4).flatMap(count -> {
      List<Arbitrary<City>> cities = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        cities.add(city(i));
      }
      Arbitrary<List<City>> cityList = Combinators.combine(cities).as(list -> list);
      Arbitrary<LocalDate> founded = Arbitraries.integers().between(0, 10_000)
          .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
      Arbitrary<List<Boolean>> suspended = Arbitraries.of(true, false).list().ofSize(count);
      return Combinators.combine(cityList, founded, texts(), suspended)
          .as((list, date, name, susp) -> {
            NetworkId id = NetworkId.of("ua-network");
            List<Membership> memberships = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
              Membership m = Membership.admitted(list.get(i).id(), id, date.plusDays(i));
              if (susp.get(i)) {
                m = m.withChange(StatusChange.of(MembershipStatus.ACTIVE,
                    date.plusDays(i + 30L))).withChange(StatusChange.of(
                    MembershipStatus.WITHDRAWN, date.plusDays(i + 400L)));
              }
              memberships.add(m);
            }
            Network network = Network.builder().id(id)
                .name(LocalizedText.ukrainianAndEnglish(name, "Learning cities"))
                .scope(NetworkScope.NATIONAL).country(CountryCode.UKRAINE).founded(date)
                .addAllMemberships(memberships).build();
            return new NetworkDocument(network, list, List.of());
          });
    });
  }
}

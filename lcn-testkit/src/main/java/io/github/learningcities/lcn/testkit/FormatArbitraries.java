package io.github.learningcities.lcn.testkit;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Values that stress a document format rather than the engine: texts that mix Ukrainian,
 * Latin and the characters that JSON and XML must escape ({@code " < > & ; '}), finite
 * doubles at the extremes ({@link Double#MIN_VALUE}, {@link Double#MAX_VALUE}, 1e-300,
 * 1/3), frameworks with every optional node property, pipelines with every step and method
 * option, datasets with missing cells, unit names, groups and denominators, and the parts of
 * a results document (scores with missing values, ranks, hand-made diagnostics). The engine
 * need not be able to run these values (use {@code FrameworkArbitraries},
 * {@code PipelineArbitraries} and {@code DatasetArbitraries} for that); they are meant for
 * writing and reading back.
 *
 * @since 0.1.0
 */
public final class FormatArbitraries {

  private static final String LETTERS =
      "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯabcxyzXYZ";

  private static final String ESCAPED = " -'’\"<>&;.,0123456789";

  private FormatArbitraries() {}

  /**
   * The scores and ranks of one unit in a results table.
   *
   * @param unit the unit's code
   * @param scores score by node code, in node order; a missing score is absent
   * @param ranks rank by node code (1 is best); absent where the score is missing
   * @since 0.1.0
   */
  public record UnitScores(String unit, Map<String, Double> scores, Map<String, Integer> ranks) {

    /** Validates and copies, keeping the order of the maps. */
    public UnitScores {
      Objects.requireNonNull(unit, "unit");
      scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
      ranks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ranks));
    }
  }

  /**
   * What a results document holds, without the document type (which lives in
   * lcn-serialization): the framework and pipeline, each unit's scores and ranks, and the
   * diagnostics.
   *
   * @param framework the framework
   * @param pipeline the pipeline
   * @param units the units' scores and ranks
   * @param diagnostics the diagnostics
   * @since 0.1.0
   */
  public record ResultsParts(Framework framework, Pipeline pipeline, List<UnitScores> units,
      Diagnostics diagnostics) {

    /** Validates and copies. */
    public ResultsParts {
      Objects.requireNonNull(framework, "framework");
      Objects.requireNonNull(pipeline, "pipeline");
      units = List.copyOf(units);
      Objects.requireNonNull(diagnostics, "diagnostics");
    }
  }

  /**
   * Returns non-blank texts that start and end with a letter and mix Ukrainian and Latin
   * letters, digits, spaces, apostrophes and the characters JSON and XML escape.
   *
   * @return the texts, up to 14 characters
   */
  public static Arbitrary<String> escapingTexts() {
    Arbitrary<Character> letter = Arbitraries.of(LETTERS.chars().mapToObj(c -> (char) c)
        .toList());
    Arbitrary<String> middle = Arbitraries.strings().withChars(LETTERS + ESCAPED)
        .ofMaxLength(12);
    return Combinators.combine(letter, middle, letter).as((a, m, b) -> a + m + b);
  }

  /**
   * Returns names for the keys of maps that are not all XML names: Ukrainian and Latin words,
   * the empty name, names with spaces, a leading digit, a colon or {@code "_x"}, and
   * {@link #escapingTexts()} (XML writes such keys escaped).
   *
   * @return the names
   */
  public static Arbitrary<String> mapKeys() {
    return Arbitraries.oneOf(Arbitraries.of("розмір", "population", "GDP per capita", "1st",
        "size:big", "_x0020_", "", "tax_x"), escapingTexts());
  }

  /**
   * Returns texts in Ukrainian, sometimes with English, made of {@link #escapingTexts()}.
   *
   * @return the texts
   */
  public static Arbitrary<LocalizedText> escapingLocalizedTexts() {
    return Combinators.combine(escapingTexts(), escapingTexts().optional()).as((uk, en) -> en
        .map(e -> LocalizedText.ukrainianAndEnglish(uk, e))
        .orElse(LocalizedText.of(LocalizedText.UKRAINIAN, uk)));
  }

  /**
   * Returns finite doubles, often at the extremes: 0, {@link Double#MIN_VALUE}, 1e-300,
   * 1e300, {@link Double#MAX_VALUE} and its negation, 0.1, 1/3, and numbers of up to 15
   * decimals between -1e9 and 1e9.
   *
   * @return the doubles, never NaN or infinite
   */
  public static Arbitrary<Double> extremeDoubles() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, -1.5, 1e-300, 1e300, Double.MIN_VALUE,
        Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1.0 / 3.0),
        Arbitraries.doubles().between(-1e9, 1e9).ofScale(15));
  }

  /**
   * Returns positive weights: 1, 0.5, 2, 1e-9 and numbers of nine decimals up to 1000.
   *
   * @return the weights
   */
  public static Arbitrary<Double> weights() {
    return Arbitraries.oneOf(Arbitraries.of(1.0, 0.5, 2.0, 1e-9),
        Arbitraries.doubles().between(0.001, 1_000.0).ofScale(9));
  }

  /**
   * Returns every kind of aggregation, generalised means of any non-zero power in [-3, 3],
   * arithmetic means with an availability threshold and the closed-form aggregations with
   * every kind of parameter ({@link
   * io.github.learningcities.lcn.testkit.indicators.AggregationArbitraries#withAllParameters}).
   *
   * @return the aggregations
   */
  public static Arbitrary<Aggregation> aggregations() {
    return Arbitraries.oneOf(
        Arbitraries.of(Aggregation.arithmetic(), Aggregation.geometric(),
            Aggregation.harmonic(), Aggregation.copeland(), Aggregation.mazziottaPareto()),
        io.github.learningcities.lcn.testkit.indicators.AggregationArbitraries
            .withAllParameters(),
        Arbitraries.doubles().between(-3.0, 3.0).filter(p -> p != 0.0)
            .map(Aggregation::generalised),
        Arbitraries.doubles().between(0.0, 1.0)
            .map(share -> Aggregation.arithmetic().withAvailabilityThreshold(share)),
        io.github.learningcities.lcn.testkit.indicators.FrameworkArbitraries
            .benefitOfTheDoubtAggregations());
  }

  private static Arbitrary<Node> node(String code, String parent) {
    return Combinators.combine(escapingTexts().optional(), weights(),
        Arbitraries.of(Direction.class), extremeDoubles().optional(),
        aggregations().optional())
        .as((name, weight, direction, target, aggregation) -> {
          Node n = Node.of(code, parent).withWeight(weight).withDirection(direction);
          n = name.map(n::withName).orElse(n);
          n = target.map(n::withTarget).orElse(n);
          return aggregation.map(n::withAggregation).orElse(n);
        });
  }

  /**
   * Returns frameworks of an index, one to three pillars ({@code P0}, {@code P1}, ...) and one
   * to three indicators per pillar ({@code Ind_0.0}, ...), whose nodes have escaping names,
   * extreme targets, any direction, weight and aggregation, and sometimes a weight set named
   * in Ukrainian.
   *
   * @return the frameworks
   */
  public static Arbitrary<Framework> frameworks() {
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

  /**
   * Returns pipelines with or without each step, using every method and option: screening
   * with exclusions, imputation and treatment overrides, every normalisation, weight sets and
   * manual weights, every aggregation.
   *
   * @return the pipelines
   */
  public static Arbitrary<Pipeline> pipelines() {
    Arbitrary<Optional<Denomination>> denomination = Arbitraries.of(
        Denomination.fromFramework()).optional();
    Arbitrary<Optional<Screening>> screening = Combinators.combine(
        Arbitraries.of(Screening.Rule.class), Arbitraries.doubles().between(0.0, 1.0),
        Arbitraries.doubles().between(0.0, 1.0))
        .as((rule, a, z) -> new Screening(rule, a, z, Set.of("ua-kyiv"), Set.of()))
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
        Weighting.fromFramework().withManual(Map.of("P0", 2.5)),
        Weighting.equal().withDataWeights(DataWeights.pca("ch", 2, 1))
            .withDataWeights(DataWeights.balance(Map.of("P0", 2.0), 2)));
    return Combinators.combine(denomination, screening, imputation.optional(),
        treatment.optional(), normalisation.optional(), weighting, aggregations())
        .as((d, s, i, t, n, w, a) -> {
          Pipeline p = Pipeline.coinrDefault().withWeighting(w).withAggregation(a);
          p = p.withDenomination(d.orElse(null)).withScreening(s.orElse(null))
              .withImputation(i.orElse(null)).withTreatment(t.orElse(null));
          return p.withNormalisation(n.orElse(null));
        });
  }

  /**
   * Returns datasets of one to five units ({@code ua-u0}, ...) and one to four indicators
   * ({@code Ind_0}, ...) with missing cells, extreme values, units with and without escaping
   * names, a group and a denominator named by {@link #mapKeys()}.
   *
   * @return the datasets
   */
  public static Arbitrary<Dataset> datasets() {
    Arbitrary<Integer> units = Arbitraries.integers().between(1, 5);
    Arbitrary<Integer> indicators = Arbitraries.integers().between(1, 4);
    return Combinators.combine(units, indicators).flatAs((u, k) -> {
      Arbitrary<List<Optional<Double>>> cells = extremeDoubles().optional(0.7).list()
          .ofSize(u * k);
      Arbitrary<List<Optional<String>>> names = escapingTexts().optional().list().ofSize(u);
      Arbitrary<List<Optional<Double>>> populations = Arbitraries.doubles()
          .between(1.0, 3e6).optional().list().ofSize(u);
      return Combinators.combine(cells, names, populations, mapKeys(), mapKeys())
          .as((c, n, pop, group, denominator) -> {
            Dataset.Builder b = Dataset.builder();
            for (int j = 0; j < k; j++) {
              b.indicator("Ind_" + j);
            }
            for (int i = 0; i < u; i++) {
              Map<String, String> groups = i % 2 == 0 ? Map.of(group, "великий") : Map.of();
              Map<String, Double> denominators = pop.get(i).map(p -> Map.of(denominator, p))
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

  /**
   * Returns the parts of results documents for {@link #frameworks()} and {@link #pipelines()}:
   * zero to four units ({@code ua-u0}, ...) with extreme scores, about a fifth of them missing
   * (and then without a rank), and diagnostics with an imputed cell and a screened unit whose
   * reason is an escaping text.
   *
   * @return the parts
   */
  public static Arbitrary<ResultsParts> resultsParts() {
    return Combinators.combine(frameworks(), pipelines(), Arbitraries.integers().between(0, 4),
        escapingTexts()).flatAs((framework, pipeline, units, reason) -> {
          List<String> nodes = framework.nodes().stream().map(Node::code).toList();
          Arbitrary<List<Optional<Double>>> scores = extremeDoubles().optional(0.8).list()
              .ofSize(units * nodes.size());
          Arbitrary<List<Integer>> ranks = Arbitraries.integers().between(1, 5).list()
              .ofSize(units * nodes.size());
          Arbitrary<Optional<Double>> imputed = extremeDoubles().optional();
          return Combinators.combine(scores, ranks, imputed).as((s, r, cell) -> {
            List<UnitScores> rows = new ArrayList<>();
            for (int u = 0; u < units; u++) {
              Map<String, Double> unitScores = new LinkedHashMap<>();
              Map<String, Integer> unitRanks = new LinkedHashMap<>();
              for (int n = 0; n < nodes.size(); n++) {
                Optional<Double> score = s.get(u * nodes.size() + n);
                if (score.isPresent()) {
                  unitScores.put(nodes.get(n), score.get());
                  unitRanks.put(nodes.get(n), r.get(u * nodes.size() + n));
                }
              }
              rows.add(new UnitScores("ua-u" + u, unitScores, unitRanks));
            }
            Diagnostics diagnostics = new Diagnostics(
                cell.map(v -> List.of(new Diagnostics.ImputedCell("ua-u0", nodes.get(0), v,
                    "mean"))).orElse(List.of()),
                List.of(), List.of(),
                units == 0 ? List.of() : List.of(new Diagnostics.ScreenedUnit("ua-u0", reason)),
                List.of());
            return new ResultsParts(framework, pipeline, rows, diagnostics);
          });
        });
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

  /**
   * Returns declarations whose title, purposes, commitments and closing are
   * {@link #escapingLocalizedTexts()}, with up to three commitments (numbered {@code C1},
   * ...) and signatories.
   *
   * @return the declarations
   */
  public static Arbitrary<Declaration> declarations() {
    Arbitrary<CommitmentParts> commitment = Combinators.combine(
        Arbitraries.of(CommitmentKind.class), escapingLocalizedTexts(),
        Arbitraries.integers().between(2000, 2030).optional()).as(CommitmentParts::new);
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 10_000)
        .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    return Combinators.combine(escapingLocalizedTexts(), date,
        escapingLocalizedTexts().list().ofMaxSize(3), commitment.list().ofMaxSize(3),
        Arbitraries.integers().between(0, 3), escapingLocalizedTexts().optional())
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

  private static Arbitrary<City> city(int index) {
    Arbitrary<Optional<DatedQuantity>> population = Combinators.combine(
        Arbitraries.longs().between(1, 5_000_000), Arbitraries.integers().between(1990, 2030))
        .as(DatedQuantity::population).optional();
    Arbitrary<Optional<GeoPoint>> location = Combinators.combine(
        Arbitraries.doubles().between(44.0, 52.0), Arbitraries.doubles().between(22.0, 40.0))
        .as(GeoPoint::of).optional();
    return Combinators.combine(escapingLocalizedTexts(), population, location)
        .as((names, pop, loc) -> City.builder()
            .id(CityId.of("ua-city-" + index))
            .names(names)
            .country(CountryCode.UKRAINE)
            .population(pop)
            .location(loc)
            .build());
  }

  /**
   * A network with the cities it names, ready to be put in a network document.
   *
   * @param network the network
   * @param cities its members' cities, in membership order
   * @since 0.1.0
   */
  public record NetworkWithCities(Network network, List<City> cities) {

    /** Validates and copies. */
    public NetworkWithCities {
      Objects.requireNonNull(network, "network");
      cities = List.copyOf(cities);
    }
  }

  /**
   * Returns a national network {@code ua-network} with an escaping name and zero to four
   * member cities ({@code ua-city-0}, ...) with escaping names, optional population and
   * location, some of whose memberships were suspended and withdrawn.
   *
   * @return the networks with their cities
   */
  public static Arbitrary<NetworkWithCities> networksWithCities() {
    return Arbitraries.integers().between(0, 4).flatMap(count -> {
      List<Arbitrary<City>> cities = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        cities.add(city(i));
      }
      Arbitrary<List<City>> cityList = Combinators.combine(cities).as(list -> list);
      Arbitrary<LocalDate> founded = Arbitraries.integers().between(0, 10_000)
          .map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
      Arbitrary<List<Boolean>> suspended = Arbitraries.of(true, false).list().ofSize(count);
      return Combinators.combine(cityList, founded, escapingTexts(), suspended)
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
            return new NetworkWithCities(network, list);
          });
    });
  }
}

package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.testkit.invariants.SerializationInvariants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every value of an uncertainty analysis, read as a plain value through the configured mappers
 * ({@link LcnJson#mapper()}, {@link LcnXml#mapper()}), round-trips in JSON and in XML
 * ({@link SerializationInvariants#writeThenRead}): the testkit's default factors (of every
 * kind), specifications, replications, per-unit spreads, Sobol indices, sensitivities and
 * results; values whose names and texts are awkward for the formats; and the result of a real
 * sensitivity analysis. Broken values are refused with a message that names the place.
 */
class UncertaintyRoundTripProperties {

  private static final ObjectMapper JSON_MAPPER = LcnJson.standard().mapper();
  private static final ObjectMapper XML_MAPPER = LcnXml.standard().mapper();


  // The testkit's default values.

  @Property(tries = 50)
  void factorsRoundTrip(@ForAll Factor factor) {
    MapperRoundTrips.inBothFormats(factor, Factor.class);
  }

  @Property(tries = 50)
  void specificationsRoundTrip(@ForAll UncertaintySpec spec) {
    MapperRoundTrips.inBothFormats(spec, UncertaintySpec.class);
  }

  @Property(tries = 50)
  void sobolIndicesRoundTrip(@ForAll SobolIndices indices) {
    MapperRoundTrips.inBothFormats(indices, SobolIndices.class);
  }

  @Property(tries = 30)
  void replicationsRoundTrip(@ForAll Replication replication) {
    MapperRoundTrips.inBothFormats(replication, Replication.class);
  }

  @Property(tries = 30)
  void unitUncertaintiesRoundTrip(@ForAll UnitUncertainty unit) {
    MapperRoundTrips.inBothFormats(unit, UnitUncertainty.class);
  }

  @Property(tries = 20)
  void sensitivitiesWithTheIndicesOfEveryUnitRoundTrip(@ForAll Sensitivity sensitivity) {
    MapperRoundTrips.inBothFormats(sensitivity, Sensitivity.class);
    Sensitivity back = JSON_MAPPER.readValue(JSON_MAPPER.writeValueAsString(sensitivity),
        Sensitivity.class);
    assertThat(back.perUnit()).isEqualTo(sensitivity.perUnit());
    assertThat(List.copyOf(back.perUnit().keySet()))
        .isEqualTo(List.copyOf(sensitivity.perUnit().keySet()));
  }

  @Property(tries = 20)
  void resultsRoundTrip(@ForAll UncertaintyResult result) {
    MapperRoundTrips.inBothFormats(result, UncertaintyResult.class);
  }

  // Values that are awkward for the formats.

  @Provide
  Arbitrary<String> awkwardNames() {
    return Arbitraries.of("weights", "ваги й шум", "1st factor", "a<b> & \"c\"", "x:y/z",
        "  padded", "true", "1.5");
  }

  @Provide
  Arbitrary<Factor> awkwardFactors() {
    return Combinators.combine(awkwardNames(), Arbitraries.of(
        List.<Object>of(1.5, "1.5", "true", false, -0.0),
        List.<Object>of("NaN", " spaced ", "mean", "<tag/> & \"quoted\""),
        List.<Object>of(Double.MAX_VALUE, -Double.MIN_VALUE, 0.1))).as((name, values) ->
        Factor.values(name, Step.TREATMENT, name, values));
  }

  @Property(tries = 40)
  void factorsWithAwkwardNamesAndValuesOfMixedTypesRoundTrip(
      @ForAll("awkwardFactors") Factor factor, @ForAll("awkwardNames") String other) {
    MapperRoundTrips.inBothFormats(factor, Factor.class);
    MapperRoundTrips.inBothFormats(Factor.range(other, Step.NORMALISATION, other, -0.0, 1e-300, false),
        Factor.class);
    MapperRoundTrips.inBothFormats(new Factor(other, Factor.Kind.ALTERNATIVES, Step.AGGREGATION,
        Optional.of(other), List.of(Aggregation.arithmetic(), Aggregation.generalised(3)),
        2, 1, true, 3, 0.5, 7), Factor.class);
  }

  @Property(tries = 40)
  void replicationsWithChoicesOfAnyNameRoundTripInTheirOrder(
      @ForAll("awkwardNames") String first, @ForAll("awkwardNames") String second) {
    Map<String, String> choices = new LinkedHashMap<>();
    choices.put(second, "1: " + first);
    choices.put(first + "#", "weight set 0");
    Replication r = new Replication(3, List.of(0.0, Math.nextDown(1.0)), choices,
        Pipeline.coinrDefault(), Optional.of("IndicatorsException: <" + first + "> & more"));
    MapperRoundTrips.inBothFormats(r, Replication.class);
    Replication back = XML_MAPPER.readValue(XML_MAPPER.writeValueAsString(r),
        Replication.class);
    assertThat(List.copyOf(back.choices().keySet())).containsExactly(second, first + "#");
  }

  @Example
  void undefinedStatisticsAreLeftOutAndReadBackAsUndefined() {
    UnitUncertainty never = new UnitUncertainty("u1", OptionalDouble.empty(),
        OptionalInt.empty(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN);
    SobolIndices noBootstrap = new SobolIndices("weights", 0.25, Double.NaN, Double.NaN, 0.5,
        Double.NaN, Double.NaN);
    MapperRoundTrips.inBothFormats(never, UnitUncertainty.class);
    MapperRoundTrips.inBothFormats(noBootstrap, SobolIndices.class);
    assertThat(JSON_MAPPER.readTree(JSON_MAPPER.writeValueAsString(never)).propertyNames())
        .containsExactly("unit");
    assertThat(JSON_MAPPER.readTree(JSON_MAPPER.writeValueAsString(noBootstrap))
        .propertyNames()).containsExactly("factor", "first", "total");
    assertThat(XML_MAPPER.writeValueAsString(noBootstrap)).doesNotContain("NaN");
  }

  // A real analysis.

  /** 12 units, 6 indicators in 2 pillars, a few missing cells, skewed data. */
  private static Results nominal() {
    Framework.Builder b = Framework.builder().node("Index", null).node("Access", "Index")
        .node("Events", "Index");
    Random rnd = new Random(11);
    Map<String, double[]> columns = new LinkedHashMap<>();
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      units.add(Unit.of("city-" + u, "City " + u));
    }
    for (int k = 0; k < 6; k++) {
      b.node(Node.of("i" + k, k < 3 ? "Access" : "Events"));
      double[] c = new double[units.size()];
      for (int u = 0; u < c.length; u++) {
        c[u] = rnd.nextDouble() < 0.05 ? Double.NaN : Math.exp(rnd.nextGaussian() * (k + 1) / 3);
      }
      columns.put("i" + k, c);
    }
    return Engine.standard().run(b.build(), Dataset.ofColumns(units, columns),
        Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(1, 100))
            .withTreatment(Treatment.coinrDefault()));
  }

  @Example
  void theResultOfASensitivityAnalysisRoundTripsWithTheIndicesOfEveryUnit() {
    Results nominal = nominal();
    UncertaintySpec spec = UncertaintySpec.of(List.of(
            Factor.normalisation("normalisation", List.of(Normalisation.minMax(1, 100),
                Normalisation.zScore(100, 10))),
            Factor.aggregation("aggregation", List.of(Aggregation.arithmetic(),
                Aggregation.geometric())),
            Factor.range("winmax", Step.TREATMENT, "winmax", 1, 4, true),
            Factor.weightNoise("weights", 1, 0.5, 20)),
        16, 42L).withSensitivity().withBootstrap(50).withThreads(1);
    UncertaintyResult result = UncertaintyAnalysis.run(Engine.standard(), nominal, spec);
    Sensitivity sensitivity = result.sensitivity().orElseThrow();

    MapperRoundTrips.inBothFormats(spec, UncertaintySpec.class);
    MapperRoundTrips.inBothFormats(result, UncertaintyResult.class);

    String json = JSON_MAPPER.writeValueAsString(result);
    JsonNode tree = JSON_MAPPER.readTree(json);
    assertThat(tree.propertyNames()).containsExactly("node", "replications", "units",
        "sensitivity");
    assertThat(tree.get("replications")).hasSize(16 * (4 + 2));
    JsonNode perUnit = tree.get("sensitivity").get("perUnit");
    assertThat(perUnit).hasSize(12);
    assertThat(perUnit.get(0).get("unit").asString()).isEqualTo("city-0");
    assertThat(perUnit.get(0).get("indices")).hasSize(4);
    assertThat(tree.get("sensitivity").get("convergence")).extracting(c -> c.get("samples")
        .asInt()).containsExactly(4, 8, 16);
    assertThat(json).doesNotContain("NaN").doesNotContain("null");

    UncertaintyResult back = XML_MAPPER.readValue(XML_MAPPER.writeValueAsString(result),
        UncertaintyResult.class);
    assertThat(back).isEqualTo(result);
    assertThat(back.sensitivity().orElseThrow().perUnit("city-7"))
        .isEqualTo(sensitivity.perUnit("city-7"));
    assertThat(back.replications().get(5).pipeline())
        .isEqualTo(result.replications().get(5).pipeline());
  }

  // Broken values.

  @Example
  void anUnknownFactorKindIsRefusedNamingTheFactor() {
    String json = """
        {"name": "weights", "kind": "noise", "step": "aggregation", "level": 1,
         "noise": 0.25, "sets": 4}""";
    assertThatThrownBy(() -> JSON_MAPPER.readValue(json, Factor.class))
        .hasMessageContaining("factor 'weights': kind 'noise' is invalid; expected one of "
            + "alternatives, values, range, weight-noise");
    String xml = "<Factor><name>normalisation</name><kind>alternatives</kind>"
        + "<step>scaling</step></Factor>";
    assertThatThrownBy(() -> XML_MAPPER.readValue(xml, Factor.class))
        .hasMessageContaining("factor 'normalisation': step 'scaling' is invalid; expected one "
            + "of denomination, screening, imputation, treatment, normalisation, aggregation");
  }

  @Example
  void aFactorsAlternativesAndValuesAreChecked() {
    assertThatThrownBy(() -> JSON_MAPPER.readValue("""
        {"name": "p", "kind": "values", "step": "aggregation", "parameter": "p",
         "values": [{"number": 1.0}, {"number": 2.0, "text": "two"}]}""", Factor.class))
        .hasMessageContaining("factor 'p': a value gives 2 of number, text and flag; "
            + "expected exactly one");
    assertThatThrownBy(() -> JSON_MAPPER.readValue("""
        {"name": "agg", "kind": "alternatives", "step": "aggregation",
         "aggregations": [{"method": "arithmetic"}, {"method": "geometric"}],
         "weightings": [{"source": "equal"}, {"source": "framework"}]}""", Factor.class))
        .hasMessageContaining("factor 'agg' lists [aggregations, weightings]; expected the "
            + "alternatives of one kind only");
    assertThatThrownBy(() -> JSON_MAPPER.readValue("""
        {"name": "norm", "kind": "alternatives", "step": "imputation",
         "normalisations": [{"method": "rank"}, {"method": "minmax"}]}""", Factor.class))
        .hasMessageContaining("factor 'norm': alternative")
        .hasMessageContaining("expected every alternative of step IMPUTATION to be one");
    assertThatThrownBy(() -> JSON_MAPPER.readValue("""
        {"name": "winmax", "kind": "range", "step": "treatment", "parameter": "winmax",
         "low": 1}""", Factor.class))
        .hasMessageContaining("factor 'winmax' of kind range needs 'low' and 'high'");
  }

  @Example
  void aSampleOutsideTheUnitIntervalIsRefused() {
    Replication r = new Replication(7, List.of(0.25, 0.5), Map.of("a", "0", "b", "1"),
        Pipeline.coinrDefault(), Optional.empty());
    JsonNode tree = JSON_MAPPER.readTree(JSON_MAPPER.writeValueAsString(r));
    ((ArrayNode) tree.get("sample")).set(1, 1.5);
    String broken = JSON_MAPPER.writeValueAsString(tree);
    assertThatThrownBy(() -> JSON_MAPPER.readValue(broken, Replication.class))
        .hasMessageContaining("replication 7: sample coordinate 1 is 1.5; expected a number "
            + "in [0, 1)");
    String xml = XML_MAPPER.writeValueAsString(r).replace("<value>0.25</value>",
        "<value>-0.25</value>");
    assertThatThrownBy(() -> XML_MAPPER.readValue(xml, Replication.class))
        .hasMessageContaining("replication 7: sample coordinate 0 is -0.25");
  }

  @Example
  void perUnitIndicesForOtherFactorsAreRefused() {
    SobolIndices a = new SobolIndices("a", 0.1, 0, 0.2, 0.3, 0.1, 0.5);
    SobolIndices b = new SobolIndices("b", 0.2, 0, 0.2, 0.3, 0.1, 0.5);
    JsonNode tree = JSON_MAPPER.readTree(JSON_MAPPER.writeValueAsString(Sensitivity.of(
        List.of(a, b), Map.of(), 0, Map.of("u1", List.of(a, b)))));
    ((ObjectNode) tree.get("perUnit").get(0).get("indices").get(1)).put("factor", "c");
    String json = JSON_MAPPER.writeValueAsString(tree);
    assertThatThrownBy(() -> JSON_MAPPER.readValue(json, Sensitivity.class))
        .hasMessageContaining("are for factors [a, c]; expected the factors of the mean "
            + "absolute rank change [a, b], in that order");
  }
}

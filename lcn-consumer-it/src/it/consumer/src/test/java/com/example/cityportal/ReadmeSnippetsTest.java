package com.example.cityportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.indicators.learningcity.KflcAssessment;
import io.github.learningcities.lcn.indicators.learningcity.KflcResults;
import io.github.learningcities.lcn.indicators.learningcity.MaturityLevel;
import io.github.learningcities.lcn.indicators.learningcity.MeasureScale;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.indicators.uncertainty.Factor;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.model.award.AwardCandidate;
import io.github.learningcities.lcn.model.award.AwardCycle;
import io.github.learningcities.lcn.model.award.AwardRules;
import io.github.learningcities.lcn.model.award.LearningCityAwardCatalog;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.UkrainianRomanization;
import io.github.learningcities.lcn.model.unesco.KeyFeature;
import io.github.learningcities.lcn.model.unesco.KeyFeaturesCatalog;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.NetworkDocument;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import io.github.learningcities.lcn.serialization.csv.ObservationTable;
import io.github.learningcities.lcn.serialization.csv.ResultsTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets, copied verbatim between the markers (ReadmeVerbatimTest checks
 * that each marked block still appears in the README), with their context around them.
 */
class ReadmeSnippetsTest {

  @Test
  void domainModel() {
    // README: domain model (begin)
    UkrainianNetwork data = UkrainianNetwork.get();
    Declaration melitopol = data.declaration();          // Melitopol, 27 October 2017
    melitopol.signatories().size();                      // 15
    data.city(CityId.of("ua-bila-tserkva")).orElseThrow().romanizedName();  // Optional["Bila Tserkva"]
    UkrainianRomanization.romanize("Згурівка");          // "Zghurivka" (CMU resolution No. 55)

    KeyFeaturesCatalog kflc = KeyFeaturesCatalog.builtIn();   // 3 tiers, 12 areas, 43 features (reconstruction)
    KeyFeature feature = kflc.feature("2.1.a").orElseThrow();
    feature.title().in("uk");                            // explicit fallback: uk -> en -> first

    AwardCycle next = AwardCycle.builder().year(Year.of(2027))
        .callDate(LocalDate.of(2027, 3, 1)).rules(AwardRules.standard2024()).build();
    LearningCityAwardCatalog.builtIn().eligibility(AwardCandidate.member(CityId.of("ua-sumy"),
        CountryCode.UKRAINE, LocalDate.of(2024, 2, 14)), next).failures();   // [] : eligible
    // README: domain model (end)
    assertEquals(15, melitopol.signatories().size());
    assertTrue(LearningCityAwardCatalog.builtIn().eligibility(AwardCandidate.member(
        CityId.of("ua-sumy"), CountryCode.UKRAINE, LocalDate.of(2024, 2, 14)), next)
        .failures().isEmpty());
    assertFalse(feature.title().in("uk").isBlank());
  }

  @Test
  void engine() {
    Results results = engineExample();
    assertEquals(1, results.ranks("Index").get("ua-melitopol"));
  }

  /** The README's engine example; returns its results for the other snippets. */
  static Results engineExample() {
    // README: engine (begin)
    Framework framework = Framework.builder()
        .node("Index", null)
        .node("Access", "Index")
        .node("Participation", "Index")
        .node(Node.of("libraries", "Access"))
        .node(Node.of("travelTime", "Access").withDirection(Direction.NEGATIVE))
        .node(Node.of("adultLearners", "Participation").withWeight(2))
        .build();

    Dataset data = Dataset.builder()
        .unit(new Unit("ua-melitopol", "Мелітополь", Map.of("region", "south"), Map.of()))
        .unit(new Unit("ua-sumy", "Суми", Map.of("region", "south"), Map.of()))
        .unit(new Unit("ua-nikopol", "Нікополь", Map.of("region", "south"), Map.of()))
        .value("ua-melitopol", "libraries", 12).value("ua-melitopol", "travelTime", 25)
        .value("ua-melitopol", "adultLearners", 8.5)
        .value("ua-sumy", "libraries", 20).value("ua-sumy", "travelTime", 40)
        .missing("ua-sumy", "adultLearners")
        .value("ua-nikopol", "libraries", 9).value("ua-nikopol", "travelTime", 15)
        .value("ua-nikopol", "adultLearners", 6.1)
        .build();

    Pipeline pipeline = Pipeline.coinrDefault()              // min-max [0,100], arithmetic
        .withImputation(Imputation.groupMean("region"));
    Results results = Engine.standard().run(framework, data, pipeline);

    results.ranks("Index");                                   // {ua-melitopol=1, ...}
    results.contributions("ua-sumy");                         // indicator -> points
    results.diagnostics().imputedCells();                     // what was filled, and how

    // A variant: only re-aggregates, the normalised data is reused.
    Results geometric = Engine.standard().regenerate(results, pipeline
        .withNormalisation(Normalisation.minMax(1, 100))
        .withAggregation(Aggregation.geometric()));
    Results equal = Engine.standard().regenerate(results,
        pipeline.withWeighting(Weighting.equal()));
    double shift = results.compareTo(equal, "Index").meanAbsoluteRankChange();
    // README: engine (end)
    assertTrue(shift >= 0);
    assertTrue(geometric.ranks("Index").size() == 3);
    return results;
  }

  @Test
  void uncertainty() {
    Results nominal = engineExample();
    // README: uncertainty (begin)
    UncertaintySpec spec = UncertaintySpec.of(List.of(
            Factor.normalisation("normalisation",
                List.of(Normalisation.minMax(1, 100), Normalisation.zScore(100, 10))),
            Factor.aggregation("aggregation",
                List.of(Aggregation.arithmetic(), Aggregation.geometric())),
            Factor.weightNoise("indicator weights", 1, 0.25, 100)),
        256, 42L)                                        // N sample points, seed
        .withSensitivity();                              // Saltelli design: N (d + 2) runs
    UncertaintyResult result = UncertaintyAnalysis.run(Engine.standard(), nominal, spec,
        (done, total) -> { });                           // progress callback (any thread)

    for (UnitUncertainty u : result.units()) {
      // u.nominalRank(), u.medianRank(), u.rankQ05(), u.rankQ95(), ...
    }
    for (SobolIndices s : result.sensitivity().orElseThrow().meanAbsoluteRankChange()) {
      // s.factor(), s.first() in [s.firstLow(), s.firstHigh()], s.total(), ...
    }
    result.replications().get(17).pipeline();            // reproduce any run alone
    // README: uncertainty (end)
    assertEquals(3, result.units().size());
    assertEquals(3, result.sensitivity().orElseThrow().meanAbsoluteRankChange().size());
  }

  @Test
  void learningCities() {
    // README: learning cities (begin)
    CityId kyiv = CityId.of("ua-kyiv");
    CityId sumy = CityId.of("ua-sumy");
    KflcResults kflc = KflcAssessment.builder()
        .city(kyiv, "Kyiv").city(sumy, "Sumy")
        .maturity(kyiv, "1.1.a", MaturityLevel.ESTABLISHED)
        .maturity(sumy, "1.1.a", MaturityLevel.INITIATED)
        .measure("1.1.a.1", MeasureScale.goalposts(80, 100))
        .value(kyiv, "1.1.a.1", 99.7)
        .value(sumy, "1.1.a.1", 91.0)
        .build().score();
    kflc.overall(kyiv);                      // OptionalDouble, 0..100
    kflc.uncertainty(200, 42L).units();      // score and rank intervals per city

    UkrainianNetwork ua = UkrainianNetwork.get();
    CommitmentProgress progress =
        CommitmentProgress.of(ua.declaration(), ua.network(), LocalDate.of(2019, 1, 1));
    progress.overall();                      // share of commitments achieved, 0..1
    progress.unrecorded();                   // city x commitment without any record
    // README: learning cities (end)
    assertTrue(kflc.overall(kyiv).orElseThrow() > kflc.overall(sumy).orElseThrow());
    assertTrue(progress.overall() >= 0 && progress.overall() <= 1);
  }

  @Test
  void documents(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Results results = engineExample();
    Framework framework = results.framework();
    UkrainianNetwork ua = UkrainianNetwork.get();
    UncertaintySpec spec = UncertaintySpec.of(List.of(Factor.aggregation("aggregation",
        List.of(Aggregation.arithmetic(), Aggregation.geometric()))), 16, 7L);
    // the snippet reads and writes in the working directory: the consumer project's own
    Files.writeString(Path.of("observations.csv"), "unit,indicator,time,value,source,flags\n"
        + "ua-sumy,libraries,2018,20,,\nua-sumy,libraries,2019,22,,\n", StandardCharsets.UTF_8);
    // README: documents (begin)
    LcnJson json = LcnJson.standard();                 // LcnXml.standard() for XML
    String text = json.writeToString(framework);        // {"lcnDocument":"framework","formatVersion":"1.0",...}
    Framework back = json.read(text, Framework.class);  // or read(Path), read(InputStream), ...
    json.write(new NetworkDocument(ua.network(), ua.cities(), ua.organizations()), Path.of("ua.json"));
    Results same = json.read(json.writeToString(results), Results.class); // runs the pipeline again: equal
    String specText = json.mapper().writeValueAsString(spec);             // any other public value
    UncertaintySpec sameSpec = json.mapper().readValue(specText, UncertaintySpec.class);

    Panel panel = ObservationTable.readPanel(Path.of("observations.csv"));   // unit,indicator,time,value,source,flags
    ResultsTable.write(ResultsDocument.of(results), Path.of("results.csv")); // unit,score:<node>...,rank:<node>...
    // your own mapper: JsonMapper.builder().addModule(new LcnModule()).build()
    // lenient reading: LcnJson.with(ReadOptions.defaults().withAllowUnknownProperties(true))
    // README: documents (end)
    assertEquals(framework, back);
    assertEquals(results.ranks("Index"), same.ranks("Index"));
    assertEquals(spec, sameSpec);
    assertEquals(java.util.Set.of("ua-sumy"), panel.unitCodes());
    assertTrue(Files.size(Path.of("ua.json")) > 0 && Files.size(Path.of("results.csv")) > 0);
    assertTrue(dir.toFile().isDirectory());
  }
}

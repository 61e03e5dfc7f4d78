package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.testkit.FormatArbitraries;
import io.github.learningcities.lcn.testkit.indicators.AuditArbitraries;
import io.github.learningcities.lcn.testkit.indicators.UncertaintyArbitraries;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import javax.xml.transform.stream.StreamSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The XML form of every document kind, and of the uncertainty analysis an audit holds, carries
 * every value its JSON form carries, and no more: the values of both texts, counted by value
 * ({@link FormatContent}), are equal, and no XML element holds only elements of its own name
 * (Jackson's unwrapped-list shape, which a reader cannot tell from an item whose one property
 * is named like it). The values come from lcn-testkit's arbitraries, with undefined
 * statistics (Sobol indices of too few sample points, units never ranked) mixed in, since
 * those are left out of both forms and may leave an item with its name alone.
 */
class FormatsCarryTheSameContentProperties {

  static void assertSameContent(Object value) {
    assertSameContent(LcnJson.standard().writeToString(value),
        LcnXml.standard().writeToString(value));
  }

  private static void assertSameContent(String json, String xml) {
    assertThat(FormatContent.difference(FormatContent.ofJson(json), FormatContent.ofXml(xml)))
        .as("values counted in JSON minus those in XML, of\n%s", xml).isEmpty();
    assertThat(FormatContent.itemsNamedLikeTheirOnlyContent(xml)).as(xml).isEmpty();
  }

  @Property(tries = 40)
  void frameworks(@ForAll("frameworks") Framework value) {
    assertSameContent(value);
  }

  @Property(tries = 40)
  void pipelines(@ForAll("pipelines") Pipeline value) {
    assertSameContent(value);
  }

  @Property(tries = 40)
  void datasets(@ForAll("datasets") Dataset value) {
    assertSameContent(value);
  }

  @Property(tries = 30)
  void panels(@ForAll Panel value) {
    assertSameContent(value);
  }

  @Property(tries = 30)
  void declarations(@ForAll("declarations") Declaration value) {
    assertSameContent(value);
  }

  @Property(tries = 30)
  void networks(@ForAll("networks") NetworkDocument value) {
    assertSameContent(value);
  }

  @Property(tries = 40)
  void resultsDocuments(@ForAll("results") ResultsDocument value) {
    assertSameContent(value);
  }

  @Property(tries = 15)
  void resultsOfEngineRuns(@ForAll Results value) {
    assertSameContent(ResultsDocument.of(value));
  }

  @Property(tries = 15)
  void auditsWithUncertaintyAnalyses(@ForAll("audits") Audit value) throws Exception {
    assertSameContent(value);
    String json = LcnJson.standard().writeToString(value);
    assertThat(GoldenDocumentTest.jsonSchemaErrors(DocumentKind.AUDIT, json)).isEmpty();
    GoldenDocumentTest.xsdValidator(DocumentKind.AUDIT).validate(new StreamSource(
        new StringReader(LcnXml.standard().writeToString(value))));
  }

  /**
   * Regression: Sobol indices all undefined (too few sample points) were written as
   * {@code <factor><factor>weights</factor></factor>}, and a unit never ranked as
   * {@code <unit><unit>u1</unit></unit>}: items holding only an element of their own name.
   */
  @Example
  void undefinedStatisticsLeaveEachItemNamedApartFromItsName() {
    double n = Double.NaN;
    List<SobolIndices> undefined = List.of(new SobolIndices("weights", n, n, n, n, n, n));
    UncertaintyResult result = new UncertaintyResult("I", List.of(), List.of(
        new UnitUncertainty("u1", OptionalDouble.empty(), OptionalInt.empty(), n, n, n, n, n, n,
            n, n)), Optional.of(Sensitivity.of(undefined, Map.of(4, undefined), 0,
                Map.of("u1", undefined))));
    String xml = LcnXml.standard().mapper().writeValueAsString(result);

    assertSameContent(LcnJson.standard().mapper().writeValueAsString(result), xml);
    assertThat(xml).contains("<meanAbsoluteRankChange>\n      <sobolIndices>\n"
            + "        <factor>weights</factor>\n      </sobolIndices>")
        .contains("<unitUncertainty>\n      <unit>u1</unit>\n    </unitUncertainty>")
        .contains("<unitIndices>\n        <unit>u1</unit>")
        .doesNotContain("<factor>\n").doesNotContain("<unit>\n");
    assertThat(LcnXml.standard().mapper().readValue(xml, UncertaintyResult.class))
        .isEqualTo(result);
  }

  @Property(tries = 15)
  void uncertaintySpecifications(@ForAll("specs") UncertaintySpec value) {
    assertSameContent(LcnJson.standard().mapper().writeValueAsString(value),
        LcnXml.standard().mapper().writeValueAsString(value));
  }

  @Provide
  Arbitrary<Framework> frameworks() {
    return FormatArbitraries.frameworks();
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return FormatArbitraries.pipelines();
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return FormatArbitraries.datasets();
  }

  @Provide
  Arbitrary<Declaration> declarations() {
    return FormatArbitraries.declarations();
  }

  @Provide
  Arbitrary<NetworkDocument> networks() {
    return FormatArbitraries.networksWithCities()
        .map(n -> new NetworkDocument(n.network(), n.cities(), List.of()));
  }

  @Provide
  Arbitrary<ResultsDocument> results() {
    return FormatArbitraries.resultsParts().map(p -> new ResultsDocument(p.framework(),
        p.pipeline(), p.units().stream().map(u -> new ResultsDocument.UnitResults(u.unit(),
            u.scores(), u.ranks())).toList(), p.diagnostics()));
  }

  @Provide
  Arbitrary<UncertaintySpec> specs() {
    return UncertaintyArbitraries.specs();
  }

  /** Audits whose uncertainty analysis has some statistics undefined, chosen by a seed. */
  @Provide
  Arbitrary<Audit> audits() {
    return Combinators.combine(AuditArbitraries.audits(), UncertaintyArbitraries.results(),
        Arbitraries.longs()).as((a, u, seed) -> Audit.ofSections(a.index(), a.units(),
            a.thresholds(), a.statistics(), a.availability(), a.indicatorCorrelations(),
            a.parentCorrelations(), a.reliability(), a.weights(), a.importance(),
            Optional.of(withUndefined(u, new SplittableRandom(seed))), a.removals(),
            a.findings()));
  }

  /** The result with about a third of its units never ranked and of its indices undefined. */
  private static UncertaintyResult withUndefined(UncertaintyResult r, SplittableRandom rnd) {
    List<UnitUncertainty> units = r.units().stream().map(u -> rnd.nextInt(3) > 0 ? u
        : new UnitUncertainty(u.unit(), OptionalDouble.empty(), OptionalInt.empty(), Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN)).toList();
    Optional<Sensitivity> sensitivity = r.sensitivity().map(s -> {
      Map<Integer, List<SobolIndices>> convergence = new LinkedHashMap<>();
      s.convergence().forEach((n, list) -> convergence.put(n, undefined(list, rnd)));
      Map<String, List<SobolIndices>> perUnit = new LinkedHashMap<>();
      s.perUnit().forEach((unit, list) -> perUnit.put(unit, undefined(list, rnd)));
      return Sensitivity.of(undefined(s.meanAbsoluteRankChange(), rnd), convergence,
          s.failedSamples(), perUnit);
    });
    return new UncertaintyResult(r.node(), r.replications(), units, sensitivity);
  }

  private static List<SobolIndices> undefined(List<SobolIndices> list, SplittableRandom rnd) {
    double n = Double.NaN;
    return list.stream().map(s -> rnd.nextInt(3) > 0 ? s
        : new SobolIndices(s.factor(), n, n, n, n, n, n)).toList();
  }
}

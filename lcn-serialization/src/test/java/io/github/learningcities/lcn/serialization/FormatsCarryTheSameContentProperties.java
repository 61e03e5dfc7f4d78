package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
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
import org.xml.sax.SAXException;

/**
 * The XML form of an audit with its uncertainty analysis, and of an uncertainty specification,
 * carries every value its JSON form carries, and no more: the values of both texts, counted by
 * value ({@link FormatContent}), are equal, and no XML element holds only elements of its own
 * name (Jackson's unwrapped-list shape, which a reader cannot tell from an item whose one
 * property is named like it); the audit conforms to its JSON Schema and XSD. The values come
 * from lcn-testkit's arbitraries, with undefined statistics (Sobol indices of too few sample
 * points, units never ranked) mixed in, since those are left out of both forms and may leave an
 * item with its name alone. The other document kinds are checked alike in {@link
 * SchemaConformanceProperties}.
 */
class FormatsCarryTheSameContentProperties {

  @Property(tries = 15)
  void auditsWithUncertaintyAnalyses(@ForAll("audits") Audit value) throws Exception {
    SchemaConformanceProperties.assertConforms(DocumentKind.AUDIT, value);
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

    FormatContent.assertSameContent(LcnJson.standard().mapper().writeValueAsString(result),
        xml);
    assertThat(xml).contains("<meanAbsoluteRankChange>\n      <sobolIndices>\n"
            + "        <factor>weights</factor>\n      </sobolIndices>")
        .contains("<unitUncertainty>\n      <unit>u1</unit>\n    </unitUncertainty>")
        .contains("<unitIndices>\n        <unit>u1</unit>")
        .doesNotContain("<factor>\n").doesNotContain("<unit>\n");
    assertThat(LcnXml.standard().mapper().readValue(xml, UncertaintyResult.class))
        .isEqualTo(result);
  }

  /**
   * The reader holds an audit's uncertainty lists to their item names, as the XSD does: the
   * former names ({@code <factor>} for Sobol indices, {@code <unit>} for a unit's spread or
   * indices) are refused with the place and the expected name, as every other list item of
   * another name is.
   */
  @Example
  void theReaderAndTheXsdRefuseTheFormerItemNames() throws Exception {
    String xml = LcnXml.standard().writeToString(Samples.auditWithUncertainty());
    assertThat(LcnXml.standard().read(xml, Audit.class))
        .isEqualTo(Samples.auditWithUncertainty());
    for (String item : List.of("sobolIndices", "unitUncertainty", "unitIndices")) {
      assertThat(xml).contains("<" + item + ">");
      String former = xml.replace("<" + item + ">", item.equals("sobolIndices") ? "<factor>"
          : "<unit>").replace("</" + item + ">", item.equals("sobolIndices") ? "</factor>"
          : "</unit>");
      assertThatThrownBy(() -> LcnXml.standard().read(former, Audit.class))
          .isInstanceOf(DocumentReadException.class).hasMessageContaining("line")
          .hasMessageContaining(item);
      assertThatThrownBy(() -> GoldenDocumentTest.xsdValidator(DocumentKind.AUDIT)
          .validate(new StreamSource(new StringReader(former))))
          .isInstanceOf(SAXException.class);
    }
  }

  @Property(tries = 15)
  void uncertaintySpecifications(@ForAll("specs") UncertaintySpec value) {
    FormatContent.assertSameContent(LcnJson.standard().mapper().writeValueAsString(value),
        LcnXml.standard().mapper().writeValueAsString(value));
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

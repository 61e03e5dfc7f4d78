package io.github.learningcities.lcn.serialization.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMethod;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditThresholds;
import io.github.learningcities.lcn.indicators.audit.Finding;
import io.github.learningcities.lcn.indicators.audit.FindingKind;
import io.github.learningcities.lcn.indicators.audit.Importance;
import io.github.learningcities.lcn.indicators.audit.Reliability;
import io.github.learningcities.lcn.indicators.audit.Severity;
import io.github.learningcities.lcn.indicators.audit.WeightShare;
import io.github.learningcities.lcn.indicators.engine.Comparison;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.Replication;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.ReadOptions;
import io.github.learningcities.lcn.testkit.indicators.AuditArbitraries;
import io.github.learningcities.lcn.testkit.indicators.PipelineArbitraries;
import io.github.learningcities.lcn.testkit.indicators.UncertaintyArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming audit document against the databind mapping, its reference: the same bytes
 * for audits computed from generated indexes and for audits made of edge values (texts with
 * quotes, backslashes, control, line-separator and non-BMP characters, empty texts; NaN,
 * infinite, negative zero, huge and tiny doubles; empty lists and maps; absent optionals;
 * pipelines of every step repeated, equal and identical), whatever the budget of kept
 * pipeline text.
 */
class AuditDocumentWriterProperties {
  private static final DocumentCodec PLAIN = new DocumentCodec(RepeatedValueWriterProperties
      .plain(LcnJson.newMapper(ReadOptions.defaults()).rebuild()), false);

  private static final String[] TEXTS = {"", "a", "L1.1.a", "\"", "\\", "/", "a\"b\\c",
      "\u0000", "\u001f", "\n\r\t\b\f", "\u007f", "\u2028\u2029", "</script>", "Київ",
      "\uD83D\uDE00", "x\uD800\uDC00y", "é\u0301", " ", "{\"k\" : [1]}"};

  private static final double[] DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, -0.0, 0.0, 1.0, -1.5, 0.1, 1e-7, 1e7, 1e21, 1e-300,
      123456789.0, 0.30000000000000004, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
      -Double.MAX_VALUE, 4.9e-324, 2.2250738585072014E-308};

  @Property(tries = 15)
  void computedAuditsAreWrittenWithTheMappersBytes(@ForAll("computed") Audit audit)
      throws IOException {
    assertSameBytes(audit);
  }

  @Property(tries = 200)
  void edgeAuditsAreWrittenWithTheMappersBytes(@ForAll long seed,
      @ForAll("pipelines") List<Pipeline> pipelines) throws IOException {
    assertSameBytes(edgeAudit(new SplittableRandom(seed), pipelines));
  }

  @Provide
  Arbitrary<Audit> computed() {
    return Combinators.combine(AuditArbitraries.audits(),
        UncertaintyArbitraries.results().optional())
        .as((a, u) -> Audit.ofSections(a.index(), a.units(), a.thresholds(), a.statistics(),
            a.availability(), a.indicatorCorrelations(), a.parentCorrelations(),
            a.reliability(), a.weights(), a.importance(), u, a.removals(), a.findings()));
  }

  /** Pipelines with every optional step, denominations and data weights included. */
  @Provide
  Arbitrary<List<Pipeline>> pipelines() {
    Arbitrary<Pipeline> one = Combinators.combine(PipelineArbitraries.pipelines(),
        PipelineArbitraries.denominations().optional(),
        PipelineArbitraries.dataWeightings().optional(), Arbitraries.of(false, true))
        .as((p, d, w, noNormalisation) -> new Pipeline(d, p.screening(), p.imputation(),
            p.treatment(), noNormalisation ? Optional.empty() : p.normalisation(),
            w.orElse(p.weighting()), p.aggregation()));
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  private static void assertSameBytes(Audit audit) throws IOException {
    ByteArrayOutputStream reference = new ByteArrayOutputStream();
    LcnJson.standard().write(audit, reference);
    String expected = reference.toString(UTF_8);
    // the reference with repeated pipelines is the plain mapping's text too
    assertThat(new String(PLAIN.writeToBytes(audit), UTF_8)).isEqualTo(expected);
    for (int budget : new int[] {RepeatedValueWriter.BUDGET, 0, 600}) {
      ByteArrayOutputStream streamed = new ByteArrayOutputStream();
      AuditDocumentWriter.write(audit, streamed, budget);
      assertThat(streamed.toString(UTF_8)).isEqualTo(expected);
      assertThat(streamed.toByteArray()).isEqualTo(reference.toByteArray());
    }
  }

  private static Audit edgeAudit(SplittableRandom rnd, List<Pipeline> pipelines) {
    List<String> codes = codes(rnd, rnd.nextInt(4));
    List<IndicatorStatistics> statistics = new ArrayList<>();
    for (String code : codes) {
      statistics.add(new IndicatorStatistics(code, rnd.nextInt(), optional(rnd),
          optional(rnd), optional(rnd), optional(rnd), optional(rnd), optional(rnd),
          optional(rnd), rnd.nextInt(), rnd.nextInt(), rnd.nextInt(), rnd.nextInt(),
          number(rnd), optional(rnd), optional(rnd), optional(rnd), rnd.nextBoolean(),
          rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean()));
    }
    CorrelationMethod method = rnd.nextBoolean() ? CorrelationMethod.PEARSON
        : CorrelationMethod.SPEARMAN;
    List<String> rows = codes(rnd, rnd.nextInt(3));
    List<String> columns = codes(rnd, rnd.nextInt(3));
    List<Correlation> cells = new ArrayList<>();
    for (String r : rows) {
      for (String c : columns) {
        cells.add(new Correlation(r, c, method, rnd.nextInt(), optional(rnd), optional(rnd)));
      }
    }
    List<Correlation> parents = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      parents.add(new Correlation(text(rnd), text(rnd), method, rnd.nextInt(), optional(rnd),
          optional(rnd)));
    }
    List<Reliability> reliability = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      reliability.add(new Reliability(text(rnd), rnd.nextInt(), codes(rnd, rnd.nextInt(3)),
          optional(rnd), numbers(rnd), rnd.nextInt(), rnd.nextBoolean()
              ? Optional.of(text(rnd)) : Optional.empty()));
    }
    List<WeightShare> weights = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      weights.add(new WeightShare(text(rnd), rnd.nextInt(), fraction(rnd), fraction(rnd)));
    }
    List<Importance> importance = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      importance.add(new Importance(text(rnd), rnd.nextInt(100), fraction(rnd), optionalFraction(rnd),
          optionalFraction(rnd), optionalFraction(rnd), optionalFraction(rnd)));
    }
    List<RemovalImpact> removals = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      Optional<Comparison> comparison = Optional.empty();
      if (rnd.nextBoolean()) {
        List<Comparison.UnitChange> changes = new ArrayList<>();
        for (int k = rnd.nextInt(3); k > 0; k--) {
          changes.add(new Comparison.UnitChange(text(rnd), optional(rnd), optional(rnd),
              optionalInt(rnd), optionalInt(rnd)));
        }
        comparison = Optional.of(new Comparison(text(rnd), changes));
      }
      removals.add(new RemovalImpact(text(rnd), text(rnd), optional(rnd), comparison,
          rnd.nextBoolean() ? Optional.of(text(rnd)) : Optional.empty()));
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      findings.add(new Finding(pick(rnd, Severity.values()), pick(rnd, FindingKind.values()),
          "p" + text(rnd), finite(rnd), finite(rnd), "r" + text(rnd)));
    }
    AuditThresholds thresholds = AuditThresholds.jrcDefault().toBuilder()
        .alpha(rnd.nextBoolean() ? -0.0 : -1e300 * rnd.nextDouble()).build();
    return Audit.ofSections(text(rnd), rnd.nextInt(Integer.MAX_VALUE), thresholds,
        statistics, availability(rnd), CorrelationMatrix.ofCells(rows, columns, method, cells),
        parents, reliability, weights, importance, uncertainty(rnd, pipelines), removals,
        findings);
  }

  private static DataAvailability availability(SplittableRandom rnd) {
    List<String> aggregates = codes(rnd, rnd.nextInt(3));
    List<DataAvailability.UnitAvailability> units = new ArrayList<>();
    Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
    for (String unit : codes(rnd, rnd.nextInt(3))) {
      units.add(new DataAvailability.UnitAvailability(unit, rnd.nextInt(), rnd.nextInt(),
          rnd.nextInt(), fraction(rnd), optionalFraction(rnd)));
      Map<String, Double> byAggregate = new LinkedHashMap<>();
      for (String a : aggregates) {
        byAggregate.put(a, fraction(rnd));
      }
      groups.put(unit, byAggregate);
    }
    return DataAvailability.ofUnits(units, groups);
  }

  private static Optional<UncertaintyResult> uncertainty(SplittableRandom rnd,
      List<Pipeline> pipelines) {
    if (rnd.nextInt(4) == 0) {
      return Optional.empty();
    }
    List<Replication> replications = new ArrayList<>();
    for (int i = rnd.nextInt(8); i > 0; i--) {
      Pipeline p = pipelines.get(rnd.nextInt(pipelines.size()));
      if (rnd.nextBoolean()) {
        // an equal pipeline that is another instance
        p = new Pipeline(p.denomination(), p.screening(), p.imputation(), p.treatment(),
            p.normalisation(), p.weighting(), p.aggregation());
      }
      List<Double> sample = new ArrayList<>();
      for (int k = rnd.nextInt(3); k > 0; k--) {
        sample.add(rnd.nextBoolean() ? 0.0 : rnd.nextDouble());
      }
      Map<String, String> choices = new LinkedHashMap<>();
      for (int k = rnd.nextInt(3); k > 0; k--) {
        choices.put(text(rnd) + k, text(rnd));
      }
      replications.add(new Replication(rnd.nextInt(1000), sample, choices, p,
          rnd.nextBoolean() ? Optional.empty() : Optional.of(text(rnd))));
    }
    List<UnitUncertainty> units = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      double score = number(rnd);
      units.add(new UnitUncertainty(text(rnd), Double.isNaN(score) ? OptionalDouble.empty()
          : OptionalDouble.of(score), optionalInt(rnd), number(rnd), number(rnd), number(rnd),
          number(rnd), number(rnd), number(rnd), number(rnd), number(rnd)));
    }
    Optional<Sensitivity> sensitivity = Optional.empty();
    if (rnd.nextBoolean()) {
      List<String> factors = codes(rnd, rnd.nextInt(3));
      Map<Integer, List<SobolIndices>> convergence = new LinkedHashMap<>();
      for (int i = rnd.nextInt(3); i > 0; i--) {
        convergence.put(1 + rnd.nextInt(1000), indices(rnd, factors));
      }
      Map<String, List<SobolIndices>> perUnit = new LinkedHashMap<>();
      for (String unit : codes(rnd, rnd.nextInt(3))) {
        perUnit.put(unit, indices(rnd, factors));
      }
      sensitivity = Optional.of(Sensitivity.of(indices(rnd, factors), convergence,
          rnd.nextInt(100), perUnit));
    }
    return Optional.of(new UncertaintyResult(text(rnd), replications, units, sensitivity));
  }

  private static List<SobolIndices> indices(SplittableRandom rnd, List<String> factors) {
    List<SobolIndices> indices = new ArrayList<>();
    for (String f : factors) {
      indices.add(new SobolIndices(f, number(rnd), number(rnd), number(rnd), number(rnd),
          number(rnd), number(rnd)));
    }
    return indices;
  }

  /** Distinct texts (codes of one list must differ). */
  private static List<String> codes(SplittableRandom rnd, int n) {
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < n) {
      codes.add(text(rnd));
    }
    return List.copyOf(codes);
  }

  private static String text(SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder();
    for (int i = rnd.nextInt(3); i >= 0; i--) {
      sb.append(TEXTS[rnd.nextInt(TEXTS.length)]);
    }
    if (rnd.nextInt(4) == 0) {
      sb.appendCodePoint(rnd.nextBoolean() ? rnd.nextInt(0x20, 0xD800)
          : rnd.nextInt(0x10000, 0x110000));
    }
    return sb.toString();
  }

  private static double number(SplittableRandom rnd) {
    return rnd.nextBoolean() ? DOUBLES[rnd.nextInt(DOUBLES.length)]
        : (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-30, 30));
  }

  private static double finite(SplittableRandom rnd) {
    double x = number(rnd);
    return Double.isFinite(x) ? x : -0.0;
  }

  private static List<Double> numbers(SplittableRandom rnd) {
    List<Double> numbers = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      numbers.add(number(rnd));
    }
    return numbers;
  }

  private static OptionalDouble optional(SplittableRandom rnd) {
    return rnd.nextInt(3) == 0 ? OptionalDouble.empty() : OptionalDouble.of(number(rnd));
  }

  private static double fraction(SplittableRandom rnd) {
    return rnd.nextBoolean() ? pick(rnd, new Double[] {0.0, -0.0, 1.0, Double.MIN_VALUE})
        : rnd.nextDouble();
  }

  private static OptionalDouble optionalFraction(SplittableRandom rnd) {
    return rnd.nextInt(3) == 0 ? OptionalDouble.empty() : OptionalDouble.of(fraction(rnd));
  }

  private static OptionalInt optionalInt(SplittableRandom rnd) {
    return rnd.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(rnd.nextInt());
  }

  private static <T> T pick(SplittableRandom rnd, T[] values) {
    return values[rnd.nextInt(values.length)];
  }
}

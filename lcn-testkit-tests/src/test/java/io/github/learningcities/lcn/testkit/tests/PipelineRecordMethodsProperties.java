package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Screening;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import io.github.learningcities.lcn.testkit.indicators.PipelineArbitraries;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The pipeline records spell out {@code equals}, {@code hashCode} and {@code toString} (so that
 * a run spins no classes for them): each behaves as the method the compiler generates for a
 * record, taken here from a record of the same components declared in this test (its name
 * ending in {@code Shape}). Equal components give equal values with the same hash, a value
 * with one component taken from another value is equal to it exactly when the generated
 * equality says so (and never when that component differs), and the text is the generated one.
 */
class PipelineRecordMethodsProperties {

  record AggregationShape(String method, Parameters parameters,
      OptionalDouble availabilityThreshold) {}

  record DataWeightsShape(String method, Parameters parameters, List<Integer> levels) {}

  record DenominationShape(Map<String, String> denominators, Map<String, Double> scaleFactors) {}

  record ImputationShape(String method, Parameters parameters,
      Map<String, Imputation> overrides) {}

  record NormalisationShape(String method, Parameters parameters,
      Map<String, Normalisation> overrides) {}

  record TreatmentShape(String method, Parameters parameters, Map<String, Treatment> overrides) {}

  record ScreeningShape(Screening.Rule rule, double availabilityThreshold,
      double nonZeroThreshold, Set<String> forceInclude, Set<String> forceExclude) {}

  record WeightingShape(String source, Optional<String> set, Map<String, Double> manual,
      List<DataWeights> fromData) {}

  record PipelineShape(Optional<Denomination> denomination, Optional<Screening> screening,
      Optional<Imputation> imputation, Optional<Treatment> treatment,
      Optional<Normalisation> normalisation, Weighting weighting, Aggregation aggregation) {}

  /** How to take a value apart, build it again, and build its shape from the same parts. */
  record Kind<T>(Function<T, Object[]> parts, Function<Object[], T> make,
      Function<Object[], Record> shape) {}

  static final Kind<Aggregation> AGGREGATION = new Kind<>(
      a -> new Object[] {a.method(), a.parameters(), a.availabilityThreshold()},
      p -> new Aggregation((String) p[0], (Parameters) p[1], (OptionalDouble) p[2]),
      p -> new AggregationShape((String) p[0], (Parameters) p[1], (OptionalDouble) p[2]));

  @SuppressWarnings("unchecked")
  static final Kind<DataWeights> DATA_WEIGHTS = new Kind<>(
      d -> new Object[] {d.method(), d.parameters(), d.levels()},
      p -> new DataWeights((String) p[0], (Parameters) p[1], (List<Integer>) p[2]),
      p -> new DataWeightsShape((String) p[0], (Parameters) p[1], (List<Integer>) p[2]));

  @SuppressWarnings("unchecked")
  static final Kind<Denomination> DENOMINATION = new Kind<>(
      d -> new Object[] {d.denominators(), d.scaleFactors()},
      p -> new Denomination((Map<String, String>) p[0], (Map<String, Double>) p[1]),
      p -> new DenominationShape((Map<String, String>) p[0], (Map<String, Double>) p[1]));

  @SuppressWarnings("unchecked")
  static final Kind<Imputation> IMPUTATION = new Kind<>(
      i -> new Object[] {i.method(), i.parameters(), i.overrides()},
      p -> new Imputation((String) p[0], (Parameters) p[1], (Map<String, Imputation>) p[2]),
      p -> new ImputationShape((String) p[0], (Parameters) p[1],
          (Map<String, Imputation>) p[2]));

  @SuppressWarnings("unchecked")
  static final Kind<Normalisation> NORMALISATION = new Kind<>(
      n -> new Object[] {n.method(), n.parameters(), n.overrides()},
      p -> new Normalisation((String) p[0], (Parameters) p[1],
          (Map<String, Normalisation>) p[2]),
      p -> new NormalisationShape((String) p[0], (Parameters) p[1],
          (Map<String, Normalisation>) p[2]));

  @SuppressWarnings("unchecked")
  static final Kind<Treatment> TREATMENT = new Kind<>(
      t -> new Object[] {t.method(), t.parameters(), t.overrides()},
      p -> new Treatment((String) p[0], (Parameters) p[1], (Map<String, Treatment>) p[2]),
      p -> new TreatmentShape((String) p[0], (Parameters) p[1], (Map<String, Treatment>) p[2]));

  @SuppressWarnings("unchecked")
  static final Kind<Screening> SCREENING = new Kind<>(
      s -> new Object[] {s.rule(), s.availabilityThreshold(), s.nonZeroThreshold(),
          s.forceInclude(), s.forceExclude()},
      p -> new Screening((Screening.Rule) p[0], (Double) p[1], (Double) p[2],
          (Set<String>) p[3], (Set<String>) p[4]),
      p -> new ScreeningShape((Screening.Rule) p[0], (Double) p[1], (Double) p[2],
          (Set<String>) p[3], (Set<String>) p[4]));

  @SuppressWarnings("unchecked")
  static final Kind<Weighting> WEIGHTING = new Kind<>(
      w -> new Object[] {w.source(), w.set(), w.manual(), w.fromData()},
      p -> new Weighting((String) p[0], (Optional<String>) p[1], (Map<String, Double>) p[2],
          (List<DataWeights>) p[3]),
      p -> new WeightingShape((String) p[0], (Optional<String>) p[1],
          (Map<String, Double>) p[2], (List<DataWeights>) p[3]));

  @SuppressWarnings("unchecked")
  static final Kind<Pipeline> PIPELINE = new Kind<>(
      q -> new Object[] {q.denomination(), q.screening(), q.imputation(), q.treatment(),
          q.normalisation(), q.weighting(), q.aggregation()},
      p -> new Pipeline((Optional<Denomination>) p[0], (Optional<Screening>) p[1],
          (Optional<Imputation>) p[2], (Optional<Treatment>) p[3],
          (Optional<Normalisation>) p[4], (Weighting) p[5], (Aggregation) p[6]),
      p -> new PipelineShape((Optional<Denomination>) p[0], (Optional<Screening>) p[1],
          (Optional<Imputation>) p[2], (Optional<Treatment>) p[3],
          (Optional<Normalisation>) p[4], (Weighting) p[5], (Aggregation) p[6]));

  /**
   * Checks one value against the generated methods, and every value made of it with one
   * component taken from the other value.
   */
  static <T> void behavesAsARecord(Kind<T> kind, T a, T b) {
    Object[] parts = kind.parts().apply(a);
    Record shape = kind.shape().apply(parts);
    T again = kind.make().apply(parts.clone());
    assertThat(again).isEqualTo(a).isNotSameAs(a);
    assertThat(again.hashCode()).isEqualTo(a.hashCode());
    assertThat(a.hashCode()).isEqualTo(shape.hashCode());
    assertThat(a.toString()).isEqualTo(a.getClass().getSimpleName()
        + shape.toString().substring(shape.getClass().getSimpleName().length()));
    assertThat(a.equals(null)).isFalse();
    assertThat(a.equals(shape)).isFalse();

    Object[] other = kind.parts().apply(b);
    for (int k = 0; k < parts.length; k++) {
      Object[] mixed = parts.clone();
      mixed[k] = other[k];
      T m;
      try {
        m = kind.make().apply(mixed.clone());
      } catch (RuntimeException invalid) {
        // A component of one value may not suit the others of another (e.g. a method's
        // parameters): nothing to compare.
        continue;
      }
      boolean generated = kind.shape().apply(mixed).equals(shape);
      assertThat(m.equals(a)).as("component %d", k).isEqualTo(generated);
      assertThat(a.equals(m)).as("component %d", k).isEqualTo(generated);
      if (!Objects.equals(parts[k], other[k])) {
        assertThat(m).as("component %d differs", k).isNotEqualTo(a);
      } else {
        assertThat(m.hashCode()).isEqualTo(a.hashCode());
      }
    }
  }

  @Provide
  Arbitrary<Aggregation> aggregations() {
    Arbitrary<OptionalDouble> thresholds = Arbitraries.oneOf(
        Arbitraries.just(OptionalDouble.empty()),
        Arbitraries.of(0.0, -0.0, 0.5, 1.0).map(OptionalDouble::of),
        Arbitraries.doubles().between(0, 1).map(OptionalDouble::of));
    return Combinators.combine(PipelineArbitraries.aggregations(), thresholds)
        .as((a, t) -> new Aggregation(a.method(), a.parameters(), t));
  }

  @Provide
  Arbitrary<Screening> screenings() {
    Arbitrary<Double> shares = Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, 0.05, 2.0 / 3, 1.0),
        Arbitraries.doubles().between(0, 1));
    Arbitrary<Set<String>> units = Arbitraries.of("u1", "u2", "u3").set().ofMaxSize(2);
    return Combinators.combine(Arbitraries.of(Screening.Rule.class), shares, shares, units,
        units).as((rule, available, nonZero, in, out) -> {
          Set<String> excluded = new TreeSet<>(out);
          excluded.removeAll(in);
          return new Screening(rule, available, nonZero, in, excluded);
        });
  }

  @Provide
  Arbitrary<Imputation> imputations() {
    return Combinators.combine(PipelineArbitraries.imputations(),
        PipelineArbitraries.imputations(), Arbitraries.of(false, true))
        .as((i, o, over) -> over ? i.withOverride("i1", o) : i);
  }

  @Provide
  Arbitrary<Normalisation> normalisations() {
    Arbitrary<Normalisation> base = Arbitraries.oneOf(
        PipelineArbitraries.positiveNormalisations(),
        Arbitraries.of(Normalisation.zScore(0, 1), Normalisation.none(),
            Normalisation.percentRank()));
    return Combinators.combine(base, base, Arbitraries.of(false, true))
        .as((n, o, over) -> over ? n.withOverride("i2", o) : n);
  }

  @Provide
  Arbitrary<Treatment> treatments() {
    return Combinators.combine(PipelineArbitraries.treatments(),
        PipelineArbitraries.treatments(), Arbitraries.of(false, true))
        .as((t, o, over) -> over ? t.withOverride("i1", o) : t);
  }

  @Provide
  Arbitrary<Weighting> weightings() {
    Arbitrary<Weighting> base = Arbitraries.oneOf(PipelineArbitraries.weightings(),
        PipelineArbitraries.dataWeightings(), Arbitraries.just(Weighting.set("alternative")));
    Arbitrary<Map<String, Double>> manual = Arbitraries.maps(Arbitraries.of("i1", "i2", "a1"),
        Arbitraries.of(0.0, 0.5, 1.0, 2.0)).ofMaxSize(2);
    return Combinators.combine(base, manual).as(Weighting::withManual);
  }

  @Provide
  Arbitrary<Denomination> denominations() {
    return PipelineArbitraries.denominations();
  }

  @Provide
  Arbitrary<DataWeights> dataWeights() {
    return PipelineArbitraries.dataWeights();
  }

  @Provide
  Arbitrary<Pipeline> pipelines() {
    return Combinators.combine(denominations().optional(), screenings().optional(),
        imputations().optional(), treatments().optional(), normalisations().optional(),
        weightings(), aggregations()).as(Pipeline::new);
  }

  @Property(tries = 200)
  void aggregation(@ForAll("aggregations") Aggregation a, @ForAll("aggregations") Aggregation b) {
    behavesAsARecord(AGGREGATION, a, b);
  }

  @Property(tries = 100)
  void dataWeights(@ForAll("dataWeights") DataWeights a, @ForAll("dataWeights") DataWeights b) {
    behavesAsARecord(DATA_WEIGHTS, a, b);
  }

  @Property(tries = 20)
  void denomination(@ForAll("denominations") Denomination a,
      @ForAll("denominations") Denomination b) {
    behavesAsARecord(DENOMINATION, a, b);
  }

  @Property(tries = 100)
  void imputation(@ForAll("imputations") Imputation a, @ForAll("imputations") Imputation b) {
    behavesAsARecord(IMPUTATION, a, b);
  }

  @Property(tries = 100)
  void normalisation(@ForAll("normalisations") Normalisation a,
      @ForAll("normalisations") Normalisation b) {
    behavesAsARecord(NORMALISATION, a, b);
  }

  @Property(tries = 50)
  void treatment(@ForAll("treatments") Treatment a, @ForAll("treatments") Treatment b) {
    behavesAsARecord(TREATMENT, a, b);
  }

  @Property(tries = 200)
  void screening(@ForAll("screenings") Screening a, @ForAll("screenings") Screening b) {
    behavesAsARecord(SCREENING, a, b);
  }

  @Property(tries = 200)
  void weighting(@ForAll("weightings") Weighting a, @ForAll("weightings") Weighting b) {
    behavesAsARecord(WEIGHTING, a, b);
  }

  @Property(tries = 200)
  void pipeline(@ForAll("pipelines") Pipeline a, @ForAll("pipelines") Pipeline b) {
    behavesAsARecord(PIPELINE, a, b);
  }
}

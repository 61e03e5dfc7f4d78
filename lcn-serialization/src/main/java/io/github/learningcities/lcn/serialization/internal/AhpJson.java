package io.github.learningcities.lcn.serialization.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.learningcities.lcn.indicators.ahp.AhpWeights;
import io.github.learningcities.lcn.indicators.ahp.InvalidComparisonsException;
import io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons;
import io.github.learningcities.lcn.indicators.ahp.PriorityMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.util.StdConverter;

/**
 * Analytic Hierarchy Process values on the wire: a comparison matrix as its name, its elements
 * and the judgements above the diagonal row by row (the rest follows by reciprocity), read back
 * through {@link PairwiseComparisons#fromUpperTriangle}; AHP weights as the matrix's name, the
 * method, each element's weight in order and the consistency figures.
 *
 * @since 0.1.0
 */
public final class AhpJson {
  private AhpJson() {}

  /**
   * Pairwise comparisons on the wire.
   *
   * @param name the matrix's name
   * @param elements the compared elements, in row order
   * @param judgements a_12, a_13, ..., a_(n-1)n
   * @since 0.1.0
   */
  @JsonPropertyOrder({"name", "elements", "judgements"})
  public record ComparisonsData(@JsonProperty(required = true) String name,
      List<String> elements, List<Double> judgements) {}

  /** Comparisons to wire form. @since 0.1.0 */
  public static final class ComparisonsToData
      extends StdConverter<PairwiseComparisons, ComparisonsData> {
    @Override
    public ComparisonsData convert(PairwiseComparisons c) {
      double[][] a = c.matrix();
      List<Double> upper = new ArrayList<>();
      for (int i = 0; i < a.length; i++) {
        for (int j = i + 1; j < a.length; j++) {
          upper.add(a[i][j]);
        }
      }
      return new ComparisonsData(c.name(), c.codes(), upper);
    }
  }

  /** Wire form to comparisons. @since 0.1.0 */
  public static final class ComparisonsFromData
      extends StdConverter<ComparisonsData, PairwiseComparisons> {
    @Override
    public PairwiseComparisons convert(ComparisonsData d) {
      List<Double> upper = FrameworkJson.nonNull(d.judgements());
      double[] u = new double[upper.size()];
      for (int i = 0; i < u.length; i++) {
        Double v = upper.get(i);
        if (v == null) {
          throw new InvalidComparisonsException(d.name(), "pairwise comparisons '" + d.name()
              + "': judgement " + (i + 1) + " is missing; expected a positive number");
        }
        u[i] = v;
      }
      return PairwiseComparisons.fromUpperTriangle(d.name(),
          FrameworkJson.nonNull(d.elements()), u);
    }
  }

  /**
   * AHP weights on the wire.
   *
   * @param matrix the matrix's name
   * @param method how the weights were derived
   * @param priorities each element's weight (its priority), in the matrix's order; named
   *     {@code priorities} on the wire, as AHP names the vector (the XML list item name
   *     {@code weights} is the audit's)
   * @param lambdaMax the principal eigenvalue
   * @param consistencyIndex the consistency index
   * @param consistencyRatio the consistency ratio
   * @since 0.1.0
   */
  @JsonPropertyOrder({"matrix", "method", "priorities", "lambdaMax", "consistencyIndex",
      "consistencyRatio"})
  public record WeightsData(@JsonProperty(required = true) String matrix,
      @JsonProperty(required = true) PriorityMethod method, List<ElementWeightData> priorities,
      @JsonProperty(required = true) double lambdaMax,
      @JsonProperty(required = true) double consistencyIndex,
      @JsonProperty(required = true) double consistencyRatio) {}

  /**
   * One element's weight.
   *
   * @param element the element's code
   * @param weight its weight
   * @since 0.1.0
   */
  @JsonPropertyOrder({"element", "weight"})
  public record ElementWeightData(@JsonProperty(required = true) String element,
      @JsonProperty(required = true) double weight) {}

  /** Weights to wire form. @since 0.1.0 */
  public static final class WeightsToData extends StdConverter<AhpWeights, WeightsData> {
    @Override
    public WeightsData convert(AhpWeights w) {
      return new WeightsData(w.matrix(), w.method(), w.weights().entrySet().stream()
          .map(e -> new ElementWeightData(e.getKey(), e.getValue())).toList(), w.lambdaMax(),
          w.consistencyIndex(), w.consistencyRatio());
    }
  }

  /** Wire form to weights. @since 0.1.0 */
  public static final class WeightsFromData extends StdConverter<WeightsData, AhpWeights> {
    @Override
    public AhpWeights convert(WeightsData d) {
      Map<String, Double> weights = new LinkedHashMap<>();
      for (ElementWeightData e : FrameworkJson.nonNull(d.priorities())) {
        if (weights.put(e.element(), e.weight()) != null) {
          throw new InvalidComparisonsException(d.matrix(), "AHP weights of '" + d.matrix()
              + "' name element '" + e.element() + "' twice; expected each element once");
        }
      }
      return new AhpWeights(d.matrix(), weights, d.method(), d.lambdaMax(),
          d.consistencyIndex(), d.consistencyRatio());
    }
  }
}

package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.RecordMethods;
import java.util.Objects;
import java.util.Optional;

/**
 * The specification of a composite-indicator computation: each step optional except weighting
 * and aggregation, run in this order: denomination, screening, imputation, outlier treatment,
 * normalisation, aggregation (with the weighting). Immutable; {@code with*} methods return
 * changed copies, which is how variants are made for regeneration and uncertainty analysis.
 *
 * @param denomination optional denomination
 * @param screening optional unit screening
 * @param imputation optional imputation
 * @param treatment optional outlier treatment
 * @param normalisation optional normalisation (absent: values pass through, directions applied)
 * @param weighting the weights
 * @param aggregation the default aggregation (nodes may carry their own)
 * @since 0.1.0
 */
public record Pipeline(
    Optional<Denomination> denomination,
    Optional<Screening> screening,
    Optional<Imputation> imputation,
    Optional<Treatment> treatment,
    Optional<Normalisation> normalisation,
    Weighting weighting,
    Aggregation aggregation) {

  /** Validates. */
  public Pipeline {
    Objects.requireNonNull(denomination, "denomination");
    Objects.requireNonNull(screening, "screening");
    Objects.requireNonNull(imputation, "imputation");
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(normalisation, "normalisation");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(aggregation, "aggregation");
  }

  /**
   * COINr's defaults: min-max to [0, 100], framework weights, weighted arithmetic mean.
   *
   * @return the pipeline
   */
  public static Pipeline coinrDefault() {
    return new Pipeline(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Normalisation.minMax(0, 100)), Weighting.fromFramework(),
        Aggregation.arithmetic());
  }

  /**
   * Returns a copy with a denomination step.
   *
   * @param step the step, or {@code null} to remove it
   * @return the copy
   */
  public Pipeline withDenomination(Denomination step) {
    return new Pipeline(Optional.ofNullable(step), screening, imputation, treatment,
        normalisation, weighting, aggregation);
  }

  /**
   * Returns a copy with a screening step.
   *
   * @param step the step, or {@code null} to remove it
   * @return the copy
   */
  public Pipeline withScreening(Screening step) {
    return new Pipeline(denomination, Optional.ofNullable(step), imputation, treatment,
        normalisation, weighting, aggregation);
  }

  /**
   * Returns a copy with an imputation step.
   *
   * @param step the step, or {@code null} to remove it
   * @return the copy
   */
  public Pipeline withImputation(Imputation step) {
    return new Pipeline(denomination, screening, Optional.ofNullable(step), treatment,
        normalisation, weighting, aggregation);
  }

  /**
   * Returns a copy with an outlier-treatment step.
   *
   * @param step the step, or {@code null} to remove it
   * @return the copy
   */
  public Pipeline withTreatment(Treatment step) {
    return new Pipeline(denomination, screening, imputation, Optional.ofNullable(step),
        normalisation, weighting, aggregation);
  }

  /**
   * Returns a copy with a normalisation step.
   *
   * @param step the step, or {@code null} to remove it
   * @return the copy
   */
  public Pipeline withNormalisation(Normalisation step) {
    return new Pipeline(denomination, screening, imputation, treatment,
        Optional.ofNullable(step), weighting, aggregation);
  }

  /**
   * Returns a copy with other weights.
   *
   * @param step the weighting
   * @return the copy
   */
  public Pipeline withWeighting(Weighting step) {
    return new Pipeline(denomination, screening, imputation, treatment, normalisation,
        Objects.requireNonNull(step, "weighting"), aggregation);
  }

  /**
   * Returns a copy with another default aggregation.
   *
   * @param step the aggregation
   * @return the copy
   */
  public Pipeline withAggregation(Aggregation step) {
    return new Pipeline(denomination, screening, imputation, treatment, normalisation,
        weighting, Objects.requireNonNull(step, "aggregation"));
  }

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Pipeline that
        && Objects.equals(denomination, that.denomination)
        && Objects.equals(screening, that.screening) && Objects.equals(imputation, that.imputation)
        && Objects.equals(treatment, that.treatment)
        && Objects.equals(normalisation, that.normalisation)
        && Objects.equals(weighting, that.weighting)
        && Objects.equals(aggregation, that.aggregation);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(denomination, screening, imputation, treatment,
        normalisation, weighting, aggregation);
  }

  @Override
  public String toString() {
    return RecordMethods.text("Pipeline", "denomination", denomination, "screening", screening,
        "imputation", imputation, "treatment", treatment, "normalisation", normalisation,
        "weighting", weighting, "aggregation", aggregation);
  }
}

package io.github.learningcities.lcn.indicators.audit;

import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import java.util.Objects;

/**
 * The thresholds of an {@link Audit}'s rules. {@link #jrcDefault()} follows the published
 * practice of the European Commission's Joint Research Centre (JRC) audits and the OECD/JRC
 * Handbook on Constructing Composite Indicators (2008); {@link #builder()} changes any of them.
 *
 * <ul>
 *   <li>{@code statistics}: indicator availability below 0.65 and outliers when |skewness| &gt; 2
 *       and kurtosis &gt; 3.5 (the rule of the JRC audits of the Global Innovation Index, also
 *       COINr's defaults), non-zero and distinct fractions below 0.5 (COINr).
 *   <li>{@code unitAvailability} 0.66: a unit with less than two thirds of its indicator values is
 *       flagged (the Global Innovation Index's coverage rule for an economy).
 *   <li>{@code weakParentCorrelation} 0.3: a node that correlates less than this (or negatively)
 *       with its parent is "statistically not well placed" (JRC audits flag insignificant or
 *       negative correlations; 0.3 is the conventional weak-correlation bound).
 *   <li>{@code collinearWarning} 0.92 and {@code collinearCritical} 0.95: siblings more
 *       correlated than this may be measuring the same thing twice (the JRC's collinearity
 *       bounds in its index audits).
 *   <li>{@code negativePair} -0.4: siblings correlating below this are in a trade-off (COINr's
 *       {@code get_corr_flags} default {@code thresh_low}).
 *   <li>{@code alpha} 0.7: Cronbach's alpha below it signals a weak internal consistency
 *       (Nunnally 1978, used throughout the OECD/JRC Handbook).
 *   <li>{@code firstComponentShare} 0.5: the first principal component should explain at least
 *       half of the variance of an aggregate's children, and only one eigenvalue should exceed 1
 *       (Kaiser's criterion), for the aggregate to be one-dimensional.
 *   <li>{@code weightRatio} 2: an indicator whose effective weight is more than this factor above
 *       or below an equal share of the index is reported (INFO).
 *   <li>{@code importanceRatio} 2: an indicator whose normalised first-order correlation ratio is
 *       more than this factor above or below its normalised effective weight does not have the
 *       importance its weight suggests (Paruolo, Saisana and Saltelli 2013, "Ratings and
 *       rankings: voodoo or science?", JRSS A 176; Becker, Paruolo, Saisana and Saltelli 2017,
 *       "Weights and importance in composite indicators: closing the gap", Ecological Indicators
 *       80).
 *   <li>{@code rankIntervalWidth} 0.25: a unit whose 5 %-95 % rank interval spans more than this
 *       fraction of the units has a rank the methodology does not settle.
 *   <li>{@code dominantFactor} 0.5: a factor whose first-order Sobol index on the mean absolute
 *       rank shift reaches this drives most of the rank variation (INFO).
 *   <li>{@code removalShift} 0.05: removing one component that moves the index's ranks by more
 *       than this fraction of the units on average is reported (INFO).
 * </ul>
 *
 * @param statistics the indicator statistics' flag thresholds
 * @param unitAvailability the fraction of indicators a unit should have, between 0 and 1
 * @param weakParentCorrelation the correlation with the parent below which a node is flagged
 * @param collinearWarning the sibling correlation above which a pair is a warning
 * @param collinearCritical the sibling correlation above which a pair is critical
 * @param negativePair the sibling correlation below which a pair is a warning
 * @param alpha the Cronbach's alpha below which an aggregate is a warning
 * @param firstComponentShare the variance share of the first component below which an
 *     aggregate is a warning
 * @param weightRatio the factor between effective weight and an equal share that is reported
 * @param importanceRatio the factor between importance share and weight share that is a
 *     warning
 * @param rankIntervalWidth the rank-interval width, as a fraction of the units, that is a
 *     warning
 * @param dominantFactor the first-order Sobol index at which a factor is reported
 * @param removalShift the mean absolute rank change, as a fraction of the units, that is
 *     reported
 * @since 0.1.0
 */
public record AuditThresholds(IndicatorStatistics.Thresholds statistics, double unitAvailability,
    double weakParentCorrelation, double collinearWarning, double collinearCritical,
    double negativePair, double alpha, double firstComponentShare, double weightRatio,
    double importanceRatio, double rankIntervalWidth, double dominantFactor,
    double removalShift) {

  /**
   * Validates the thresholds.
   *
   * @throws AuditException naming the threshold that is out of range and its valid range
   */
  public AuditThresholds {
    Objects.requireNonNull(statistics, "statistics");
    between("unitAvailability", unitAvailability, 0, 1);
    between("weakParentCorrelation", weakParentCorrelation, -1, 1);
    between("collinearWarning", collinearWarning, -1, 1);
    between("collinearCritical", collinearCritical, collinearWarning, 1);
    between("negativePair", negativePair, -1, 1);
    if (!(alpha <= 1) || Double.isInfinite(alpha)) {
      throw new AuditException("audit threshold alpha = " + alpha + " is invalid; expected a "
          + "finite number of at most 1 (alpha itself can be below -1)");
    }
    between("firstComponentShare", firstComponentShare, 0, 1);
    between("weightRatio", weightRatio, 1, Double.MAX_VALUE);
    between("importanceRatio", importanceRatio, 1, Double.MAX_VALUE);
    between("rankIntervalWidth", rankIntervalWidth, 0, 1);
    between("dominantFactor", dominantFactor, 0, 1);
    between("removalShift", removalShift, 0, 1);
  }

  private static void between(String name, double v, double low, double high) {
    if (!(v >= low && v <= high)) {
      throw new AuditException("audit threshold " + name + " = " + v + " is invalid; expected "
          + "a number from " + low + " to " + high);
    }
  }

  /**
   * The JRC's published practice, as listed in the class description.
   *
   * @return the default thresholds
   */
  public static AuditThresholds jrcDefault() {
    return new AuditThresholds(IndicatorStatistics.Thresholds.coinrDefault(), 0.66, 0.3, 0.92,
        0.95, -0.4, 0.7, 0.5, 2, 2, 0.25, 0.5, 0.05);
  }

  /**
   * A builder that starts from {@link #jrcDefault()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(jrcDefault());
  }

  /**
   * A builder that starts from these thresholds.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds {@link AuditThresholds}; each setter replaces one threshold, {@link #build()}
   * validates them all.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private IndicatorStatistics.Thresholds statistics;
    private double unitAvailability;
    private double weakParentCorrelation;
    private double collinearWarning;
    private double collinearCritical;
    private double negativePair;
    private double alpha;
    private double firstComponentShare;
    private double weightRatio;
    private double importanceRatio;
    private double rankIntervalWidth;
    private double dominantFactor;
    private double removalShift;

    private Builder(AuditThresholds t) {
      statistics = t.statistics;
      unitAvailability = t.unitAvailability;
      weakParentCorrelation = t.weakParentCorrelation;
      collinearWarning = t.collinearWarning;
      collinearCritical = t.collinearCritical;
      negativePair = t.negativePair;
      alpha = t.alpha;
      firstComponentShare = t.firstComponentShare;
      weightRatio = t.weightRatio;
      importanceRatio = t.importanceRatio;
      rankIntervalWidth = t.rankIntervalWidth;
      dominantFactor = t.dominantFactor;
      removalShift = t.removalShift;
    }

    /**
     * Sets the indicator statistics' thresholds.
     *
     * @param value the thresholds
     * @return this builder
     */
    public Builder statistics(IndicatorStatistics.Thresholds value) {
      statistics = Objects.requireNonNull(value, "statistics");
      return this;
    }

    /**
     * Sets the unit availability threshold.
     *
     * @param value a fraction
     * @return this builder
     */
    public Builder unitAvailability(double value) {
      unitAvailability = value;
      return this;
    }

    /**
     * Sets the weak parent correlation threshold.
     *
     * @param value a correlation
     * @return this builder
     */
    public Builder weakParentCorrelation(double value) {
      weakParentCorrelation = value;
      return this;
    }

    /**
     * Sets the collinearity warning threshold.
     *
     * @param value a correlation
     * @return this builder
     */
    public Builder collinearWarning(double value) {
      collinearWarning = value;
      return this;
    }

    /**
     * Sets the collinearity critical threshold.
     *
     * @param value a correlation, at least the warning threshold
     * @return this builder
     */
    public Builder collinearCritical(double value) {
      collinearCritical = value;
      return this;
    }

    /**
     * Sets the negative pair threshold.
     *
     * @param value a correlation
     * @return this builder
     */
    public Builder negativePair(double value) {
      negativePair = value;
      return this;
    }

    /**
     * Sets the Cronbach's alpha threshold.
     *
     * @param value an alpha
     * @return this builder
     */
    public Builder alpha(double value) {
      alpha = value;
      return this;
    }

    /**
     * Sets the first principal component's variance share threshold.
     *
     * @param value a fraction
     * @return this builder
     */
    public Builder firstComponentShare(double value) {
      firstComponentShare = value;
      return this;
    }

    /**
     * Sets the effective weight ratio threshold.
     *
     * @param value a factor of at least 1
     * @return this builder
     */
    public Builder weightRatio(double value) {
      weightRatio = value;
      return this;
    }

    /**
     * Sets the importance ratio threshold.
     *
     * @param value a factor of at least 1
     * @return this builder
     */
    public Builder importanceRatio(double value) {
      importanceRatio = value;
      return this;
    }

    /**
     * Sets the rank interval width threshold.
     *
     * @param value a fraction of the units
     * @return this builder
     */
    public Builder rankIntervalWidth(double value) {
      rankIntervalWidth = value;
      return this;
    }

    /**
     * Sets the dominant factor threshold.
     *
     * @param value a first-order Sobol index
     * @return this builder
     */
    public Builder dominantFactor(double value) {
      dominantFactor = value;
      return this;
    }

    /**
     * Sets the removal shift threshold.
     *
     * @param value a fraction of the units
     * @return this builder
     */
    public Builder removalShift(double value) {
      removalShift = value;
      return this;
    }

    /**
     * Builds and validates the thresholds.
     *
     * @return the thresholds
     * @throws AuditException if a threshold is out of range
     */
    public AuditThresholds build() {
      return new AuditThresholds(statistics, unitAvailability, weakParentCorrelation,
          collinearWarning, collinearCritical, negativePair, alpha, firstComponentShare,
          weightRatio, importanceRatio, rankIntervalWidth, dominantFactor, removalShift);
    }
  }
}

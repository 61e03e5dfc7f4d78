package io.github.learningcities.lcn.indicators.analysis;

import java.util.List;
import java.util.Map;

/**
 * Weights from a principal-component factor analysis, by the procedure of the OECD/JRC
 * Handbook on Constructing Composite Indicators (2008, section 6.1), with the factor extraction
 * of R's {@code psych::principal} that Compind's {@code ci_factor} uses.
 *
 * <p>Extraction: the columns are standardised on the units where all are present (listwise
 * deletion); R is their Pearson correlation matrix with eigenvalues l<sub>1</sub> &ge; ... &ge;
 * l<sub>k</sub> (values below 2<sup>-52</sup> are raised to it, as psych does) and unit
 * eigenvectors v; the loadings of the first q factors are v<sub>c</sub> sqrt(l<sub>c</sub>),
 * each column's sign chosen so that its column sum is positive. With q &gt; 1 they are
 * rotated by {@link Varimax} (Kaiser normalisation, eps 1e-5), the columns ordered by
 * decreasing sum of squares (the variance each rotated factor explains) and their signs fixed
 * again by their sums. How many factors q: {@link Variant#KAISER} keeps those with an
 * eigenvalue above 1 (at least one), {@link Variant#ONE} one, {@link Variant#ALL} all k, and
 * {@link Variant#CH} a given number (Compind's {@code method = "ONE"/"ALL"/"CH"}); never more
 * than the numerical rank of R (eigenvalues above 1e-10 times the largest), since components
 * beyond it (with as few units as columns, or collinear columns) are rounding noise.
 *
 * <p>Weights (the Handbook): each factor's squared loadings are scaled to unity (divided by
 * the variance the factor explains); each indicator belongs to the factor on which its scaled
 * squared loading is largest (the first such factor on a tie); its weight is that scaled squared
 * loading times its factor's share of the variance the q factors explain; the weights are then
 * divided by their sum. An indicator whose largest scaled squared loading is shared, to within a
 * relative 1e-9, by several factors is split evenly among them (its weight is the mean of the
 * candidates): such ties are exact in theory in symmetric cases (two indicators and two factors
 * give every scaled squared loading 1/2), and otherwise rounding alone would pick the factor,
 * so that merely re-ordering the units could change the weights. Weights are therefore never
 * negative and sum to 1, whatever the signs of the loadings; they depend on the data only through the correlation matrix, so rescaling
 * a column by a positive factor or re-ordering the units leaves them unchanged.
 *
 * <p>Compind's own composite ({@link #compindScores}) is the regression factor scores
 * (standardised data times R<sup>-1</sup> times the loadings) weighted by Compind's
 * component weights ({@link #componentWeights}: each factor's sum of squared loadings over
 * k); for {@code ONE} the first factor's score alone; NaN when R is singular. It is reported
 * for comparison; see the
 * README section "Where the SDK differs from Compind" for why the pipeline uses the
 * Handbook's weights instead.
 *
 * @since 0.1.0
 */

public final class FactorWeights {
  private FactorWeights() {}

  /**
   * How many factors are kept.
   *
   * @since 0.1.0
   */
  public enum Variant {
    /** Factors with an eigenvalue above 1 (Kaiser's rule; at least one): the Handbook. */
    KAISER,
    /** The first component only (Compind's {@code "ONE"}). */
    ONE,
    /** All k components, rotated (Compind's {@code "ALL"}). */
    ALL,
    /** A given number of components, rotated (Compind's {@code "CH"} with {@code dim}). */
    CH;

    /**
     * Reads a variant name, case-insensitive.
     *
     * @param name {@code kaiser}, {@code one}, {@code all} or {@code ch}
     * @return the variant
     * @throws AnalysisException for any other name
     */
    public static Variant of(String name) {
      for (Variant v : values()) {
        if (v.name().equalsIgnoreCase(name)) {
          return v;
        }
      }
      throw new AnalysisException("factor variant '" + name + "' is unknown; expected kaiser, "
          + "one, all or ch");
    }
  }

  /**
   * Returns the Handbook weights with Kaiser's rule.
   *
   * @param items the column names, each once
   * @param columns one column per item, all of the same length (units), NaN for missing
   * @return item to weight, in input order; non-negative, summing to 1
   * @throws AnalysisException if the columns do not match the names, fewer than 2 units are
   *     complete or a column is constant on them
   */
  public static Map<String, Double> weights(List<String> items, double[][] columns) {
    return FactorAnalysis.of(items, columns).weights();
  }

  /**
   * Returns the Handbook weights.
   *
   * @param items the column names, each once
   * @param columns one column per item, all of the same length (units), NaN for missing
   * @param variant how many factors to keep
   * @param dim the number of factors for {@link Variant#CH} (1 to k); ignored otherwise
   * @return item to weight, in input order; non-negative, summing to 1
   * @throws AnalysisException if the columns do not match the names, {@code dim} is out of
   *     range, fewer than 2 units are complete or a column is constant on them
   */
  public static Map<String, Double> weights(List<String> items, double[][] columns,
      Variant variant, int dim) {
    return FactorAnalysis.of(items, columns, variant, dim).weights();
  }

  /**
   * Returns the Handbook weights and hands the one-line description of the same analysis (see
   * {@link #describe}) to {@code description}: one analysis for both, as the engine's
   * {@code data-weights} notes need.
   *
   * @param items the column names, each once
   * @param columns one column per item, all of the same length (units), NaN for missing
   * @param variant how many factors to keep
   * @param dim the number of factors for {@link Variant#CH} (1 to k); ignored otherwise
   * @param description receives the description
   * @return item to weight, in input order; non-negative, summing to 1
   * @throws AnalysisException as {@link #weights(List, double[][], Variant, int)}
   */
  public static Map<String, Double> weights(List<String> items, double[][] columns,
      Variant variant, int dim, java.util.function.Consumer<String> description) {
    FactorAnalysis analysis = FactorAnalysis.of(items, columns, variant, dim);
    Map<String, Double> weights = analysis.weights();
    description.accept(analysis.describe());
    return weights;
  }

  /**
   * Describes the analysis in one line: factors kept, variance explained, each item's weight
   * and factor (as in the engine's {@code data-weights} notes).
   *
   * @param items the column names, each once
   * @param columns one column per item
   * @param variant how many factors to keep
   * @param dim the number of factors for {@link Variant#CH}
   * @return the description
   * @throws AnalysisException as {@link #weights(List, double[][], Variant, int)}
   */
  public static String describe(List<String> items, double[][] columns, Variant variant,
      int dim) {
    return FactorAnalysis.of(items, columns, variant, dim).describe();
  }

  /**
   * Returns the (rotated) loadings, in psych's order and signs.
   *
   * @param items the column names, each once
   * @param columns one column per item
   * @param variant how many factors to keep
   * @param dim the number of factors for {@link Variant#CH}
   * @return k rows (items) x q columns (factors)
   * @throws AnalysisException as {@link #weights(List, double[][], Variant, int)}
   */
  public static double[][] loadings(List<String> items, double[][] columns, Variant variant,
      int dim) {
    return FactorAnalysis.of(items, columns, variant, dim).loadings();
  }

  /**
   * Returns Compind's component weights ({@code loadings_fact}): each kept factor's sum of
   * squared loadings divided by k.
   *
   * @param items the column names, each once
   * @param columns one column per item
   * @param variant how many factors to keep
   * @param dim the number of factors for {@link Variant#CH}
   * @return q values
   * @throws AnalysisException as {@link #weights(List, double[][], Variant, int)}
   */
  public static double[] componentWeights(List<String> items, double[][] columns,
      Variant variant, int dim) {
    return FactorAnalysis.of(items, columns, variant, dim).componentWeights();
  }

  /**
   * Returns Compind's {@code ci_factor} composite for each unit with all values present (in
   * row order), NaN for each when the correlation matrix is singular.
   *
   * @param items the column names, each once
   * @param columns one column per item
   * @param variant how many factors to keep
   * @param dim the number of factors for {@link Variant#CH}
   * @return the scores of the complete units
   * @throws AnalysisException as {@link #weights(List, double[][], Variant, int)}
   */
  public static double[] compindScores(List<String> items, double[][] columns,
      Variant variant, int dim) {
    return FactorAnalysis.of(items, columns, variant, dim).compindScores();
  }
}

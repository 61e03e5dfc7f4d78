package io.github.learningcities.lcn.indicators.uncertainty;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Sobol indices of a sensitivity analysis.
 *
 * <p>The indices of the main output, the mean absolute rank change of the analysed node versus
 * nominal over all units (COINr's single output), and the convergence view are computed with
 * the analysis. The indices of each unit's rank are computed when first asked for ({@link
 * #perUnit(String)}, or {@link #perUnit()} for all units), from the same replications and with
 * the same number of bootstrap resamples, and then kept: a report that shows a few units does
 * not pay for thousands. A sensitivity built with {@link #of} (for example read back from a
 * document) holds every unit's indices from the start.
 *
 * <p>Two sensitivities are equal when their main indices, convergence views, failed sample
 * counts and the indices of every unit are equal, however those were obtained; comparing a
 * computed sensitivity therefore computes the indices of all its units.
 *
 * @since 0.1.0
 */
public final class Sensitivity {
  private final List<SobolIndices> meanAbsoluteRankChange;
  private final Map<Integer, List<SobolIndices>> convergence;
  private final int failedSamples;
  private final List<String> units;
  /** What the per-unit indices are computed from; null when they were all given. */
  private final SobolEstimator.UnitOutputs outputs;
  private final Map<String, List<SobolIndices>> perUnit;

  Sensitivity(List<SobolIndices> meanAbsoluteRankChange,
      Map<Integer, List<SobolIndices>> convergence, int failedSamples,
      SobolEstimator.UnitOutputs outputs) {
    this(meanAbsoluteRankChange, convergence, failedSamples, outputs.codes(), outputs,
        new ConcurrentHashMap<>());
  }

  private Sensitivity(List<SobolIndices> meanAbsoluteRankChange,
      Map<Integer, List<SobolIndices>> convergence, int failedSamples, List<String> units,
      SobolEstimator.UnitOutputs outputs, Map<String, List<SobolIndices>> perUnit) {
    this.meanAbsoluteRankChange = List.copyOf(meanAbsoluteRankChange);
    Map<Integer, List<SobolIndices>> sorted = new TreeMap<>();
    convergence.forEach((n, indices) -> sorted.put(n, List.copyOf(indices)));
    this.convergence = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    this.failedSamples = failedSamples;
    this.units = List.copyOf(units);
    this.outputs = outputs;
    this.perUnit = perUnit;
  }

  /**
   * Creates a sensitivity from explicit indices, such as those of a sensitivity written to a
   * document and read back. Every list of indices must name the factors of {@code
   * meanAbsoluteRankChange}, in the same order.
   *
   * @param meanAbsoluteRankChange the indices of the mean absolute rank change, one per factor
   * @param convergence the indices of the mean absolute rank change on the first sample points,
   *     by positive number of points (kept in ascending order)
   * @param failedSamples how many sample rows were left out, 0 or more
   * @param perUnit the indices of every analysed unit's rank, by unit code (kept in the given
   *     order)
   * @return the sensitivity
   * @throws IndicatorsException if a count is negative, a sample size is not positive, or a list
   *     of indices names other factors than the mean absolute rank change
   */
  public static Sensitivity of(List<SobolIndices> meanAbsoluteRankChange,
      Map<Integer, List<SobolIndices>> convergence, int failedSamples,
      Map<String, List<SobolIndices>> perUnit) {
    List<SobolIndices> main = List.copyOf(
        Objects.requireNonNull(meanAbsoluteRankChange, "meanAbsoluteRankChange"));
    List<String> factors = main.stream().map(SobolIndices::factor).toList();
    Objects.requireNonNull(convergence, "convergence");
    Objects.requireNonNull(perUnit, "perUnit");
    if (failedSamples < 0) {
      throw new IndicatorsException("failedSamples = " + failedSamples
          + "; expected 0 or more");
    }
    convergence.forEach((n, indices) -> {
      Objects.requireNonNull(n, "convergence sample size");
      if (n < 1) {
        throw new IndicatorsException("the convergence view has indices on " + n
            + " sample points; expected a positive number of points");
      }
      sameFactors(factors, indices, "the convergence indices on " + n + " sample points");
    });
    Map<String, List<SobolIndices>> given = new ConcurrentHashMap<>();
    perUnit.forEach((unit, indices) -> {
      Objects.requireNonNull(unit, "unit");
      sameFactors(factors, indices, "the indices of unit '" + unit + "'");
      given.put(unit, List.copyOf(indices));
    });
    return new Sensitivity(main, convergence, failedSamples, List.copyOf(perUnit.keySet()),
        null, given);
  }

  private static void sameFactors(List<String> factors, List<SobolIndices> indices,
      String what) {
    Objects.requireNonNull(indices, what);
    List<String> named = indices.stream().map(SobolIndices::factor).toList();
    if (!named.equals(factors)) {
      throw new IndicatorsException(what + " are for factors " + named
          + "; expected the factors of the mean absolute rank change " + factors
          + ", in that order");
    }
  }

  /**
   * Returns the indices for the output "mean absolute rank change of the analysed node versus
   * nominal, over units", one per factor in specification order.
   *
   * @return the indices
   */
  public List<SobolIndices> meanAbsoluteRankChange() {
    return meanAbsoluteRankChange;
  }

  /**
   * Returns the indices of the mean absolute rank change computed on the first N/8, N/4, N/2
   * and N sample points (those of at least 4 points), to judge convergence.
   *
   * @return sample size to indices, in ascending order of sample size
   */
  public Map<Integer, List<SobolIndices>> convergence() {
    return convergence;
  }

  /**
   * Returns how many sample rows were left out of the estimates because a replication of that
   * row failed.
   *
   * @return the count
   */
  public int failedSamples() {
    return failedSamples;
  }

  /**
   * Returns the indices for one unit's rank, one per factor; a unit whose rank does not vary
   * has indices 0.
   *
   * @param unit the unit's code
   * @return the indices
   * @throws IndicatorsException if the unit was not analysed
   */
  public List<SobolIndices> perUnit(String unit) {
    Objects.requireNonNull(unit, "unit");
    List<SobolIndices> known = perUnit.get(unit);
    if (known != null) {
      return known;
    }
    if (outputs == null) {
      throw new IndicatorsException("unit '" + unit + "' was not analysed; expected one of "
          + units);
    }
    return perUnit.computeIfAbsent(unit, u -> List.copyOf(outputs.indices(u)));
  }

  /**
   * Returns the indices for every unit's rank, by unit code in the nominal results' order.
   *
   * @return unit code to indices
   */
  public Map<String, List<SobolIndices>> perUnit() {
    if (outputs != null) {
      units.parallelStream().forEach(this::perUnit);
    }
    Map<String, List<SobolIndices>> out = new LinkedHashMap<>();
    for (String code : units) {
      out.put(code, perUnit.get(code));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Sensitivity s
        && meanAbsoluteRankChange.equals(s.meanAbsoluteRankChange)
        && convergence.equals(s.convergence) && failedSamples == s.failedSamples
        && Set.copyOf(units).equals(Set.copyOf(s.units)) && perUnit().equals(s.perUnit());
  }

  /** Hashes what {@link #equals} compares, except the per-unit indices (not computed here). */
  @Override
  public int hashCode() {
    return Objects.hash(meanAbsoluteRankChange, convergence, failedSamples, Set.copyOf(units));
  }

  @Override
  public String toString() {
    return "Sensitivity[meanAbsoluteRankChange=" + meanAbsoluteRankChange + ", failedSamples="
        + failedSamples + ", units=" + units.size() + "]";
  }
}

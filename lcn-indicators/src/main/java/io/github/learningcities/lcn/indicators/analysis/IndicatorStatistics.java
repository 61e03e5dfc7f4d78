package io.github.learningcities.lcn.indicators.analysis;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.method.Statistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Descriptive statistics and data-quality flags of one indicator (or aggregate) column, as
 * COINr's {@code get_stats} reports them.
 *
 * <p>{@code min, max, mean, median, sd} (sample, n - 1), {@code skew} and {@code kurtosis}
 * (bias-corrected, Excel's SKEW and KURT) are over the available values, from {@link
 * Statistics}, and empty when there are too few values. {@code available} counts present values,
 * {@code nonZero} present values other than 0, {@code unique} distinct present values, and
 * {@code same} the size of the largest set of equal present values (COINr's {@code N.Same},
 * {@code max(table(x))}). The availability fraction is over all units; the non-zero, unique and
 * same fractions are over the available values, as COINr's {@code Frc.*} columns.
 *
 * <p>Flags, with COINr's thresholds by default ({@link Thresholds#coinrDefault()}): low
 * availability when the availability fraction is below {@code availability}; low non-zero when
 * the non-zero fraction is below {@code nonZero}; low unique when the unique fraction is below
 * {@code unique}; outliers when |skew| exceeds {@code skew} and kurtosis exceeds {@code
 * kurtosis}. COINr 1.1.14 is inconsistent here: its {@code Frc.NonZero} and {@code Frc.Unique}
 * divide by the available count but its {@code Flag.NonZero} and {@code Flag.Unique} divide by
 * the number of units, so a column with many missing values is flagged for zeros it does not
 * have. This class follows the reported fractions (over the available values) for both, so a
 * flag always agrees with the fraction shown next to it; missingness has its own flag. On the
 * ASEM example the two readings flag the same indicators. With no value available the
 * fractions are empty and the non-zero and unique flags are raised.
 *
 * @param code the column's code
 * @param units the number of units (rows)
 * @param min smallest value
 * @param max largest value
 * @param mean arithmetic mean
 * @param median median
 * @param sd sample standard deviation
 * @param skew bias-corrected sample skewness
 * @param kurtosis bias-corrected sample excess kurtosis
 * @param available number of present values
 * @param nonZero number of present values other than zero
 * @param unique number of distinct present values
 * @param same size of the largest set of equal present values (0 when none is present)
 * @param availableFraction {@code available / units}
 * @param nonZeroFraction {@code nonZero / available}
 * @param uniqueFraction {@code unique / available}
 * @param sameFraction {@code same / available}
 * @param lowAvailability whether {@code availableFraction} is below its threshold
 * @param lowNonZero whether {@code nonZeroFraction} is below its threshold
 * @param lowUnique whether {@code uniqueFraction} is below its threshold
 * @param outliers whether |skew| and kurtosis both exceed their thresholds
 * @since 0.1.0
 */
public record IndicatorStatistics(
    String code,
    int units,
    OptionalDouble min,
    OptionalDouble max,
    OptionalDouble mean,
    OptionalDouble median,
    OptionalDouble sd,
    OptionalDouble skew,
    OptionalDouble kurtosis,
    int available,
    int nonZero,
    int unique,
    int same,
    double availableFraction,
    OptionalDouble nonZeroFraction,
    OptionalDouble uniqueFraction,
    OptionalDouble sameFraction,
    boolean lowAvailability,
    boolean lowNonZero,
    boolean lowUnique,
    boolean outliers) {

  /** Checks the code. */
  public IndicatorStatistics {
    Objects.requireNonNull(code, "code");
  }

  /**
   * Thresholds of the flags.
   *
   * @param skew absolute skewness above which (together with kurtosis) a column is flagged
   * @param kurtosis kurtosis above which (together with skewness) a column is flagged
   * @param availability fraction of available values below which a column is flagged
   * @param nonZero fraction of non-zero values below which a column is flagged
   * @param unique fraction of unique values below which a column is flagged
   * @since 0.1.0
   */
  public record Thresholds(
      double skew, double kurtosis, double availability, double nonZero, double unique) {

    /** Validates the thresholds. */
    public Thresholds {
      if (!Double.isFinite(skew) || skew < 0) {
        throw new AnalysisException("skew threshold " + skew + " is invalid; expected a finite"
            + " number >= 0");
      }
      if (!Double.isFinite(kurtosis)) {
        throw new AnalysisException("kurtosis threshold " + kurtosis
            + " is invalid; expected a finite number");
      }
      fraction("availability", availability);
      fraction("non-zero", nonZero);
      fraction("unique", unique);
    }

    private static void fraction(String name, double v) {
      if (!(v >= 0 && v <= 1)) {
        throw new AnalysisException(name + " threshold " + v
            + " is invalid; expected a fraction between 0 and 1");
      }
    }

    /**
     * COINr's defaults: skew 2, kurtosis 3.5, availability 0.65, non-zero 0.5, unique 0.5.
     *
     * @return the thresholds
     */
    public static Thresholds coinrDefault() {
      return new Thresholds(2, 3.5, 0.65, 0.5, 0.5);
    }
  }

  /**
   * Computes the statistics of one column.
   *
   * @param code the column's code
   * @param column the values, NaN marking missing cells
   * @param thresholds the flag thresholds
   * @return the statistics
   */
  public static IndicatorStatistics of(String code, double[] column, Thresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    int n = column.length;
    double[] p = Statistics.present(column);
    int avail = p.length;
    Arrays.sort(p);
    int nonZero = 0;
    int unique = 0;
    int same = 0;
    int run = 0;
    for (int i = 0; i < avail; i++) {
      if (p[i] != 0) {
        nonZero++;
      }
      // after sorting, equal values (0 and -0 included) are adjacent
      if (i > 0 && p[i] == p[i - 1]) {
        run++;
      } else {
        unique++;
        run = 1;
      }
      same = Math.max(same, run);
    }
    double availFrc = n == 0 ? 0 : (double) avail / n;
    OptionalDouble nzFrc = fractionOf(nonZero, avail);
    OptionalDouble unqFrc = fractionOf(unique, avail);
    OptionalDouble sameFrc = fractionOf(same, avail);
    OptionalDouble skew = opt(Statistics.skew(column));
    OptionalDouble kurt = opt(Statistics.kurtosis(column));
    boolean out = skew.isPresent() && kurt.isPresent()
        && Math.abs(skew.getAsDouble()) > thresholds.skew()
        && kurt.getAsDouble() > thresholds.kurtosis();
    return new IndicatorStatistics(code, n, opt(Statistics.min(column)),
        opt(Statistics.max(column)), opt(Statistics.mean(column)),
        opt(Statistics.median(column)), opt(Statistics.sd(column)), skew, kurt, avail, nonZero,
        unique, same, availFrc, nzFrc, unqFrc, sameFrc, availFrc < thresholds.availability(),
        nzFrc.isEmpty() || nzFrc.getAsDouble() < thresholds.nonZero(),
        unqFrc.isEmpty() || unqFrc.getAsDouble() < thresholds.unique(), out);
  }

  /**
   * Computes the statistics of every column of a dataset, with COINr's default thresholds.
   *
   * @param data the dataset
   * @return one entry per column, in column order
   */
  public static List<IndicatorStatistics> of(Dataset data) {
    return of(data, Thresholds.coinrDefault());
  }

  /**
   * Computes the statistics of every column of a dataset.
   *
   * @param data the dataset
   * @param thresholds the flag thresholds
   * @return one entry per column, in column order
   */
  public static List<IndicatorStatistics> of(Dataset data, Thresholds thresholds) {
    List<IndicatorStatistics> out = new ArrayList<>(data.indicators().size());
    for (String code : data.indicators()) {
      out.add(of(code, data.column(code), thresholds));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Computes the statistics of the data after a step of a run (every node after {@link
   * Step#AGGREGATION}), with COINr's default thresholds.
   *
   * @param results the results
   * @param step the step whose output is described
   * @return one entry per column
   */
  public static List<IndicatorStatistics> of(Results results, Step step) {
    return of(results.after(step), Thresholds.coinrDefault());
  }

  /**
   * Computes the statistics of the data after a step of a run.
   *
   * @param results the results
   * @param step the step whose output is described
   * @param thresholds the flag thresholds
   * @return one entry per column
   */
  public static List<IndicatorStatistics> of(Results results, Step step, Thresholds thresholds) {
    return of(results.after(step), thresholds);
  }

  private static OptionalDouble fractionOf(int count, int of) {
    return of == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / of);
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}

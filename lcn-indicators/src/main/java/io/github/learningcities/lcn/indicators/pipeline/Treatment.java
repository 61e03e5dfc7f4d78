package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.BuiltInParameters;
import io.github.learningcities.lcn.indicators.internal.RecordMethods;
import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outlier-treatment step.
 *
 * <p>The default, {@link #coinrDefault()}, is COINr's {@code Treat}: an indicator passes when
 * |skew| &lt; 2 or kurtosis &lt; 3.5 (bias-corrected sample statistics; a statistic within a
 * relative 1e-9 of its threshold counts as on it, so that rounding noise, which a constant shift
 * of the data moves, does not decide; likewise a skew within 1e-9 of 0 counts as 0); one that
 * fails is winsorised, one point at a time at the side of its skew, up to {@code winmax} = 5
 * points while it still fails; if it still fails then, the {@code secondary} transform is
 * applied to the original (untreated) column: {@code log-ct} = ln(x - min + 0.01 (max - min))
 * by default, or {@code log-ct-plus}, {@code log-ct-orig} = ln(x - min + 1), {@code boxcox}
 * (with {@code lambda}), or {@code none}. Other methods: {@link #boxCox(double)} and {@link
 * #log(String)} applied to every indicator, and {@link #none()}; per-indicator overrides. Every
 * treated point is listed in the diagnostics with its value before and after.
 *
 * @param method the method name ({@code coinr}, {@code boxcox}, {@code log}, {@code none}, or a
 *     registered one)
 * @param parameters its parameters
 * @param overrides indicator code to its own treatment
 * @since 0.1.0
 */
public record Treatment(String method, Parameters parameters, Map<String, Treatment> overrides) {

  /**
   * Validates and copies.
   *
   * @throws io.github.learningcities.lcn.indicators.method.InvalidParameterException if the
   *     method is built in and its parameters are not the ones it declares
   */
  public Treatment {
    Objects.requireNonNull(method, "method");
    if (method.isBlank()) {
      throw new IllegalArgumentException("the treatment method's name is blank; expected the "
          + "name of a built-in or registered method");
    }
    Objects.requireNonNull(parameters, "parameters");
    BuiltInParameters.check(MethodKind.TREATMENT, method, parameters);
    overrides = Map.copyOf(new TreeMap<>(Objects.requireNonNull(overrides, "overrides")));
  }

  /**
   * Creates a treatment by method name.
   *
   * @param method the method
   * @param parameters its parameters
   * @return the treatment
   */
  public static Treatment of(String method, Parameters parameters) {
    return new Treatment(method, parameters, Map.of());
  }

  /**
   * COINr's default treatment: winmax 5, skew threshold 2, kurtosis threshold 3.5, then
   * {@code log-ct}.
   *
   * @return the treatment
   */
  public static Treatment coinrDefault() {
    return winsorise(5, 2.0, 3.5, "log-ct");
  }

  /**
   * COINr's treatment with other settings.
   *
   * @param winmax the most points to winsorise
   * @param skewThreshold absolute skew at or above which an indicator may fail
   * @param kurtosisThreshold kurtosis at or above which an indicator may fail
   * @param secondary {@code log-ct}, {@code log-ct-plus}, {@code log-ct-orig} or {@code none}
   * @return the treatment
   */
  public static Treatment winsorise(int winmax, double skewThreshold, double kurtosisThreshold,
      String secondary) {
    return of("coinr", Parameters.of(Map.of("winmax", winmax, "skewThreshold", skewThreshold,
        "kurtosisThreshold", kurtosisThreshold, "secondary", secondary)));
  }

  /**
   * Box-Cox with a given lambda, after shifting to a minimum of 1: (x^lambda - 1) / lambda, or
   * ln x when lambda is 0 (applied to every indicator, whatever its skew).
   *
   * @param lambda the lambda
   * @return the treatment
   */
  public static Treatment boxCox(double lambda) {
    return of("boxcox", Parameters.of(Map.of("lambda", lambda)));
  }

  /**
   * A log transform applied to every indicator: {@code log-ct}, {@code log-ct-plus} or {@code
   * log-ct-orig}.
   *
   * @param variant the variant
   * @return the treatment
   */
  public static Treatment log(String variant) {
    return of("log", Parameters.of(Map.of("variant", variant)));
  }

  /**
   * No treatment (for a per-indicator override).
   *
   * @return the treatment
   */
  public static Treatment none() {
    return of("none", Parameters.none());
  }

  /**
   * Returns a copy in which one indicator is treated its own way.
   *
   * @param indicator the indicator's code
   * @param treatment its treatment
   * @return the copy
   */
  public Treatment withOverride(String indicator, Treatment treatment) {
    TreeMap<String, Treatment> copy = new TreeMap<>(overrides);
    copy.put(indicator, treatment);
    return new Treatment(method, parameters, copy);
  }

  /**
   * Returns the treatment that applies to one indicator.
   *
   * @param indicator the indicator's code
   * @return its override, or this
   */
  public Treatment forIndicator(String indicator) {
    return overrides.getOrDefault(indicator, this);
  }

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Treatment that && Objects.equals(method, that.method)
        && Objects.equals(parameters, that.parameters) && Objects.equals(overrides, that.overrides);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(method, parameters, overrides);
  }

  @Override
  public String toString() {
    return RecordMethods.text("Treatment", "method", method, "parameters", parameters,
        "overrides", overrides);
  }
}

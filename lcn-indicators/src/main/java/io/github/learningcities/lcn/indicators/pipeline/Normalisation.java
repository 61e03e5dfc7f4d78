package io.github.learningcities.lcn.indicators.pipeline;

import io.github.learningcities.lcn.indicators.internal.BuiltInParameters;
import io.github.learningcities.lcn.indicators.internal.RecordMethods;
import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The normalisation step: a method with parameters for all indicators, and per-indicator
 * overrides. Directions are applied first (a negative indicator is multiplied by -1, and so are
 * its target and goalposts), so every normalised indicator reads "higher is better".
 *
 * <p>Built-in methods (COINr's names in brackets): {@link #minMax} ({@code n_minmax}), {@link
 * #zScore} ({@code n_zscore}), {@link #rank} ({@code n_rank}), {@link #borda} ({@code n_borda}),
 * {@link #percentRank} ({@code n_prank}), {@link #fractionOfMax} ({@code n_fracmax}), {@link
 * #distanceToMax} ({@code n_dist2max}), {@link #distanceToReference} ({@code n_dist2ref}),
 * {@link #distanceToTarget} ({@code n_dist2targ}, target from the indicator's node), {@link
 * #goalposts} ({@code n_goalposts}), {@link #scaled} ({@code n_scaled}) and {@link #none}.
 * Where COINr returns NaN for a constant indicator, the engine returns the documented value of
 * each method (see the method) and records a diagnostic.
 *
 * <p>Like COINr's {@code f_n_para = "use_iMeta"}, minmax, zscore, scaled, dist2targ and
 * goalposts can take their parameters per indicator from columns of a COINr iMeta table
 * ({@link #fromIMeta}); the tables' reader in lcn-serialization turns such a normalisation into
 * one override per indicator, and the engine refuses it unresolved.
 *
 * @param method the method name, built-in or registered
 * @param parameters the method's parameters
 * @param overrides indicator code to its own normalisation (its overrides must be empty)
 * @since 0.1.0
 */
public record Normalisation(
    String method, Parameters parameters, Map<String, Normalisation> overrides) {

  /**
   * Validates and copies.
   *
   * @throws io.github.learningcities.lcn.indicators.method.InvalidParameterException if the
   *     method is built in and its parameters are not the ones it declares
   */
  public Normalisation {
    Objects.requireNonNull(method, "method");
    if (method.isBlank()) {
      throw new IllegalArgumentException("the normalisation method's name is blank; expected the "
          + "name of a built-in or registered method");
    }
    Objects.requireNonNull(parameters, "parameters");
    BuiltInParameters.check(MethodKind.NORMALISATION, method, parameters);
    overrides = Map.copyOf(new TreeMap<>(Objects.requireNonNull(overrides, "overrides")));
    for (Map.Entry<String, Normalisation> e : overrides.entrySet()) {
      if (!e.getValue().overrides().isEmpty()) {
        throw new IllegalArgumentException("the override for '" + e.getKey()
            + "' has overrides of its own; expected a plain method and parameters");
      }
    }
  }

  /**
   * Creates a normalisation by method name.
   *
   * @param method the method
   * @param parameters its parameters
   * @return the normalisation
   */
  public static Normalisation of(String method, Parameters parameters) {
    return new Normalisation(method, parameters, Map.of());
  }

  /**
   * Min-max to [l, u]: (x - min) / (max - min) * (u - l) + l. A constant indicator gets
   * (l + u) / 2 (COINr: NaN).
   *
   * @param lower l
   * @param upper u
   * @return the normalisation
   */
  public static Normalisation minMax(double lower, double upper) {
    return of("minmax", Parameters.of(Map.of("lower", lower, "upper", upper)));
  }

  /**
   * Z-score: (x - mean) / sd * s + m, with the sample standard deviation. A constant indicator
   * gets m (COINr: NaN).
   *
   * @param mean m
   * @param sd s
   * @return the normalisation
   */
  public static Normalisation zScore(double mean, double sd) {
    return of("zscore", Parameters.of(Map.of("mean", mean, "sd", sd)));
  }

  /**
   * Rank, ascending (1 = lowest value), ties sharing the lowest rank (R's ties "min").
   *
   * @return the normalisation
   */
  public static Normalisation rank() {
    return of("rank", Parameters.none());
  }

  /**
   * Borda score: rank - 1.
   *
   * @return the normalisation
   */
  public static Normalisation borda() {
    return of("borda", Parameters.none());
  }

  /**
   * Percentile rank: (rank - 1) / (n - 1), n present values. A single present value gets 1.
   *
   * @return the normalisation
   */
  public static Normalisation percentRank() {
    return of("prank", Parameters.none());
  }

  /**
   * Fraction of the maximum: x / max.
   *
   * @return the normalisation
   */
  public static Normalisation fractionOfMax() {
    return of("fracmax", Parameters.none());
  }

  /**
   * Distance to the maximum: 1 - (max - x) / (max - min). A constant indicator gets 1 (every
   * unit is at the maximum; COINr: NaN).
   *
   * @return the normalisation
   */
  public static Normalisation distanceToMax() {
    return of("dist2max", Parameters.none());
  }

  /**
   * Distance to a reference unit: 1 - (x_ref - x) / (x_ref - min), optionally capped at 1.
   *
   * @param referenceUnit the reference unit's code
   * @param capAtOne whether values above 1 become 1
   * @return the normalisation
   */
  public static Normalisation distanceToReference(String referenceUnit, boolean capAtOne) {
    return of("dist2ref", Parameters.of(Map.of("reference", referenceUnit, "cap", capAtOne)));
  }

  /**
   * Distance to the target of each indicator's node: (x - min) / (target - min), optionally
   * capped at 1; for a negative indicator (max - x) / (max - target).
   *
   * @param capAtOne whether values above 1 become 1
   * @return the normalisation
   */
  public static Normalisation distanceToTarget(boolean capAtOne) {
    return of("dist2targ", Parameters.of(Map.of("cap", capAtOne)));
  }

  /**
   * Goalposts: (x - l) / (u - l), truncated to [0, 1] if asked, times the scale; for a negative
   * indicator (x - u) / (l - u). Goalposts are given in the indicator's own units.
   *
   * @param lower l
   * @param upper u
   * @param scale the factor applied last, e.g. 100
   * @param truncate whether to truncate to the goalposts
   * @return the normalisation
   */
  public static Normalisation goalposts(double lower, double upper, double scale,
      boolean truncate) {
    return of("goalposts", Parameters.of(
        Map.of("lower", lower, "upper", upper, "scale", scale, "truncate", truncate)));
  }

  /**
   * Scaled: (x - l) / (u - l) * scale (not min-max: l and u are fixed).
   *
   * @param lower l
   * @param upper u
   * @param scale the factor
   * @return the normalisation
   */
  public static Normalisation scaled(double lower, double upper, double scale) {
    return of("scaled", Parameters.of(Map.of("lower", lower, "upper", upper, "scale", scale)));
  }

  /**
   * A method whose parameters are taken per indicator from the columns of COINr's iMeta table,
   * as COINr's {@code Normalise(coin, global_specs = list(f_n = ..., f_n_para = "use_iMeta"))}
   * does: the parameter {@code iMeta = true}. Supported: {@code minmax} ({@code minmax_lower},
   * {@code minmax_upper}), {@code zscore} ({@code zscore_mean}, {@code zscore_sd}), {@code
   * scaled} ({@code scaled_lower}, {@code scaled_upper}, optional {@code scale_factor}), {@code
   * dist2targ} ({@code Target}, optional {@code dist2targ_cap_max}) and {@code goalposts}
   * ({@code goalpost_lower}, {@code goalpost_upper}, {@code goalpost_scale}, {@code
   * goalpost_trunc2posts}). Resolve it with lcn-serialization's {@code CoinrInput.resolve}
   * before running; the engine refuses it unresolved.
   *
   * @param method one of the five methods above
   * @return the normalisation
   * @throws io.github.learningcities.lcn.indicators.method.InvalidParameterException if the
   *     method takes no parameters from iMeta
   * @since 0.1.0
   */
  public static Normalisation fromIMeta(String method) {
    return of(method, Parameters.of(Map.of("iMeta", true)));
  }

  /**
   * No normalisation: values pass through (directions are still applied).
   *
   * @return the normalisation
   */
  public static Normalisation none() {
    return of("none", Parameters.none());
  }

  /**
   * Returns a copy in which one indicator is normalised its own way.
   *
   * @param indicator the indicator's code
   * @param normalisation its normalisation (without overrides)
   * @return the copy
   */
  public Normalisation withOverride(String indicator, Normalisation normalisation) {
    TreeMap<String, Normalisation> copy = new TreeMap<>(overrides);
    copy.put(indicator, normalisation);
    return new Normalisation(method, parameters, copy);
  }

  /**
   * Returns the normalisation that applies to one indicator.
   *
   * @param indicator the indicator's code
   * @return its override, or this
   */
  public Normalisation forIndicator(String indicator) {
    return overrides.getOrDefault(indicator, this);
  }

  // equals, hashCode and toString as the compiler would generate them (RecordMethods says why).

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Normalisation that && Objects.equals(method, that.method)
        && Objects.equals(parameters, that.parameters) && Objects.equals(overrides, that.overrides);
  }

  @Override
  public int hashCode() {
    return RecordMethods.hash(method, parameters, overrides);
  }

  @Override
  public String toString() {
    return RecordMethods.text("Normalisation", "method", method, "parameters", parameters,
        "overrides", overrides);
  }
}

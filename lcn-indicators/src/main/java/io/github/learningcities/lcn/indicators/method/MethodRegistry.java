package io.github.learningcities.lcn.indicators.method;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.internal.BuiltInAggregators;
import io.github.learningcities.lcn.indicators.internal.BuiltInImputers;
import io.github.learningcities.lcn.indicators.internal.BuiltInMethods;
import io.github.learningcities.lcn.indicators.internal.BuiltInNormalisers;
import io.github.learningcities.lcn.indicators.internal.BuiltInParameters;
import java.util.EnumMap;
import java.util.Optional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The methods a pipeline can name: the built-ins plus the user's own. Immutable: {@code with*}
 * returns a copy with one more method, so an engine built on a registry never changes under
 * its users.
 *
 * <pre>{@code
 * MethodRegistry methods = MethodRegistry.standard()
 *     .withNormaliser("log-minmax", (x, out, p, c) -> { ... });
 * Engine engine = Engine.using(methods);
 * }</pre>
 *
 * <p>Built-in names: normalisers {@code minmax, zscore, rank, borda, prank, fracmax, dist2max,
 * dist2ref, dist2targ, goalposts, scaled, none}; imputers {@code mean, median, group-mean,
 * group-median, none, em, knn, regression}; aggregators {@code arithmetic, geometric, harmonic,
 * generalised, copeland, mazziotta-pareto, adjusted-mazziotta-pareto, mean-min, owa,
 * weighted-median, wroclaw, topsis, bod, bod-directional, bod-robust}; treatments {@code coinr,
 * boxcox, log, none} (built into the
 * engine) and any registered {@link Transformer}. A built-in name cannot be replaced.
 *
 * <p>Every built-in method declares its parameters ({@link #signature}); a registered method
 * may declare its own ({@code with*(name, method, signature)}), and is then checked the same
 * way when a pipeline naming it runs: an unknown or misspelt name, a value of the wrong type or
 * out of range is an {@link InvalidParameterException}. A method registered without a
 * signature takes whatever parameters it is given.
 *
 * @since 0.1.0
 */
public final class MethodRegistry {
  private static final MethodRegistry STANDARD = new MethodRegistry(BuiltInNormalisers.all(),
      BuiltInImputers.all(), BuiltInAggregators.all(), Map.of());
  private static final Set<String> BUILT_IN_TREATMENTS = Set.of("coinr", "boxcox", "log", "none");

  private final Map<String, Normaliser> normalisers;
  private final Map<String, Imputer> imputers;
  private final Map<String, Aggregator> aggregators;
  private final Map<String, Transformer> transformers;
  private final Map<MethodKind, Map<String, MethodSignature>> signatures;

  private MethodRegistry(Map<String, Normaliser> normalisers, Map<String, Imputer> imputers,
      Map<String, Aggregator> aggregators, Map<String, Transformer> transformers) {
    this(normalisers, imputers, aggregators, transformers, new EnumMap<>(MethodKind.class));
  }

  private MethodRegistry(Map<String, Normaliser> normalisers, Map<String, Imputer> imputers,
      Map<String, Aggregator> aggregators, Map<String, Transformer> transformers,
      Map<MethodKind, Map<String, MethodSignature>> signatures) {
    this.signatures = signatures;
    this.normalisers = fixed(normalisers);
    this.imputers = fixed(imputers);
    this.aggregators = fixed(aggregators);
    this.transformers = fixed(transformers);
  }

  /**
   * An unmodifiable copy; the built-in methods' own map is kept as it is (it is unmodifiable,
   * and copying it would make every built-in method although a run uses a few).
   */
  private static <T> Map<String, T> fixed(Map<String, T> methods) {
    return methods instanceof BuiltInMethods<T> builtIn ? builtIn
        : Collections.unmodifiableMap(new LinkedHashMap<>(methods));
  }

  /**
   * Returns the registry of built-in methods.
   *
   * @return the standard registry
   */
  public static MethodRegistry standard() {
    return STANDARD;
  }

  private static <T> Map<String, T> plus(Map<String, T> map, Map<String, T> builtIns,
      String name, T method, String kind) {
    Objects.requireNonNull(method, "method");
    if (name == null || name.isBlank()) {
      throw new IndicatorsException(kind + " name is blank; expected a non-empty name");
    }
    if (builtIns.containsKey(name)) {
      throw new IndicatorsException(kind + " '" + name
          + "' is built in and cannot be replaced; register under another name");
    }
    Map<String, T> copy = new LinkedHashMap<>(map);
    copy.put(name, method);
    return copy;
  }

  /**
   * Returns a copy with one more normaliser.
   *
   * @param name the name pipelines use
   * @param normaliser the method
   * @return the new registry
   */
  public MethodRegistry withNormaliser(String name, Normaliser normaliser) {
    return new MethodRegistry(plus(normalisers, STANDARD.normalisers, name, normaliser,
        "normaliser"), imputers, aggregators, transformers, undeclared(MethodKind.NORMALISATION, name));
  }

  /**
   * Returns a copy with one more imputer.
   *
   * @param name the name pipelines use
   * @param imputer the method
   * @return the new registry
   */
  public MethodRegistry withImputer(String name, Imputer imputer) {
    return new MethodRegistry(normalisers, plus(imputers, STANDARD.imputers, name, imputer,
        "imputer"), aggregators, transformers, undeclared(MethodKind.IMPUTATION, name));
  }

  /**
   * Returns a copy with one more aggregator.
   *
   * @param name the name pipelines use
   * @param aggregator the method
   * @return the new registry
   */
  public MethodRegistry withAggregator(String name, Aggregator aggregator) {
    return new MethodRegistry(normalisers, imputers, plus(aggregators, STANDARD.aggregators,
        name, aggregator, "aggregator"), transformers, undeclared(MethodKind.AGGREGATION, name));
  }

  /**
   * Returns a copy with one more outlier treatment.
   *
   * @param name the name pipelines use
   * @param transformer the method
   * @return the new registry
   */
  public MethodRegistry withTransformer(String name, Transformer transformer) {
    if (BUILT_IN_TREATMENTS.contains(name)) {
      throw new IndicatorsException("treatment '" + name
          + "' is built in and cannot be replaced; register under another name");
    }
    return new MethodRegistry(normalisers, imputers, aggregators,
        plus(transformers, Map.of(), name, transformer, "treatment"), undeclared(MethodKind.TREATMENT, name));
  }

  /** The signatures without one method's (re-registered without a signature). */
  private Map<MethodKind, Map<String, MethodSignature>> undeclared(MethodKind kind,
      String name) {
    Map<MethodKind, Map<String, MethodSignature>> copy = new EnumMap<>(MethodKind.class);
    signatures.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
    copy.getOrDefault(kind, new LinkedHashMap<>()).remove(name);
    return copy;
  }

  private MethodRegistry declared(MethodKind kind, String name, MethodSignature signature) {
    Map<MethodKind, Map<String, MethodSignature>> copy = new EnumMap<>(MethodKind.class);
    signatures.forEach((k, v) -> copy.put(k, new LinkedHashMap<>(v)));
    copy.computeIfAbsent(kind, k -> new LinkedHashMap<>())
        .put(name, Objects.requireNonNull(signature, "signature"));
    return new MethodRegistry(normalisers, imputers, aggregators, transformers, copy);
  }

  /**
   * Returns a copy with one more normaliser that declares its parameters.
   *
   * @param name the name pipelines use
   * @param normaliser the method
   * @param signature its parameters
   * @return the new registry
   */
  public MethodRegistry withNormaliser(String name, Normaliser normaliser,
      MethodSignature signature) {
    return withNormaliser(name, normaliser).declared(MethodKind.NORMALISATION, name, signature);
  }

  /**
   * Returns a copy with one more imputer that declares its parameters.
   *
   * @param name the name pipelines use
   * @param imputer the method
   * @param signature its parameters
   * @return the new registry
   */
  public MethodRegistry withImputer(String name, Imputer imputer, MethodSignature signature) {
    return withImputer(name, imputer).declared(MethodKind.IMPUTATION, name, signature);
  }

  /**
   * Returns a copy with one more aggregator that declares its parameters.
   *
   * @param name the name pipelines use
   * @param aggregator the method
   * @param signature its parameters
   * @return the new registry
   */
  public MethodRegistry withAggregator(String name, Aggregator aggregator,
      MethodSignature signature) {
    return withAggregator(name, aggregator).declared(MethodKind.AGGREGATION, name, signature);
  }

  /**
   * Returns a copy with one more outlier treatment that declares its parameters.
   *
   * @param name the name pipelines use
   * @param transformer the method
   * @param signature its parameters
   * @return the new registry
   */
  public MethodRegistry withTransformer(String name, Transformer transformer,
      MethodSignature signature) {
    return withTransformer(name, transformer).declared(MethodKind.TREATMENT, name, signature);
  }

  /**
   * Returns the declared parameters of a method.
   *
   * @param kind the kind of method
   * @param name its name
   * @return the signature; empty if the method is unknown or was registered without one
   */
  public Optional<MethodSignature> signature(MethodKind kind, String name) {
    Optional<MethodSignature> builtIn = BuiltInParameters.signature(kind, name);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    return Optional.ofNullable(signatures.getOrDefault(kind, Map.of()).get(name));
  }

  /**
   * Checks that a method is known and that its parameters are the ones it declares.
   *
   * @param kind the kind of method
   * @param step the step, for the message (e.g. "aggregation of node 'Conn'")
   * @param name the method's name
   * @param parameters its parameters
   * @throws IndicatorsException naming the known methods if there is none by that name
   * @throws InvalidParameterException if the parameters do not fit the method's signature
   */
  public void check(MethodKind kind, String step, String name, Parameters parameters) {
    switch (kind) {
      case NORMALISATION -> normaliser(name);
      case IMPUTATION -> imputer(name);
      case AGGREGATION -> aggregator(name);
      case TREATMENT -> {
        if (!hasTreatment(name)) {
          transformer(name);
        }
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    Optional<MethodSignature> signature = signature(kind, name);
    if (signature.isPresent()) {
      signature.get().check(step, name, parameters);
    }
  }

  /**
   * Looks up a normaliser.
   *
   * @param name the name
   * @return the method
   * @throws IndicatorsException naming the known methods if there is none by that name
   */
  public Normaliser normaliser(String name) {
    return find(normalisers, name, "normalisation");
  }

  /**
   * Looks up an imputer.
   *
   * @param name the name
   * @return the method
   * @throws IndicatorsException naming the known methods if there is none by that name
   */
  public Imputer imputer(String name) {
    return find(imputers, name, "imputation");
  }

  /**
   * Looks up an aggregator.
   *
   * @param name the name
   * @return the method
   * @throws IndicatorsException naming the known methods if there is none by that name
   */
  public Aggregator aggregator(String name) {
    return find(aggregators, name, "aggregation");
  }

  /**
   * Looks up a registered outlier treatment (the built-in ones are part of the engine).
   *
   * @param name the name
   * @return the method
   * @throws IndicatorsException naming the known methods if there is none by that name
   */
  public Transformer transformer(String name) {
    return find(transformers, name, "treatment");
  }

  /**
   * Returns whether a treatment name is known (built in or registered).
   *
   * @param name the name
   * @return true if known
   */
  public boolean hasTreatment(String name) {
    return BUILT_IN_TREATMENTS.contains(name) || transformers.containsKey(name);
  }

  /**
   * Returns the names of all methods of a kind, built in and registered.
   *
   * @param kind the kind
   * @return the names, built-in ones first
   */
  public Set<String> names(MethodKind kind) {
    return switch (kind) {
      case NORMALISATION -> normaliserNames();
      case IMPUTATION -> imputerNames();
      case AGGREGATION -> aggregatorNames();
      case TREATMENT -> {
        Set<String> all = new java.util.LinkedHashSet<>(BuiltInParameters.of(kind).keySet());
        all.addAll(transformers.keySet());
        yield Collections.unmodifiableSet(all);
      }
    };
  }

  /**
   * Returns the names of all normalisers.
   *
   * @return the names
   */
  public Set<String> normaliserNames() {
    return normalisers.keySet();
  }

  /**
   * Returns the names of all imputers.
   *
   * @return the names
   */
  public Set<String> imputerNames() {
    return imputers.keySet();
  }

  /**
   * Returns the names of all aggregators.
   *
   * @return the names
   */
  public Set<String> aggregatorNames() {
    return aggregators.keySet();
  }

  private static <T> T find(Map<String, T> map, String name, String kind) {
    T m = map.get(name);
    if (m == null) {
      throw new IndicatorsException(kind + " method '" + name + "' is unknown; expected one of "
          + String.join(", ", map.keySet()) + " (or register it in the MethodRegistry)");
    }
    return m;
  }
}

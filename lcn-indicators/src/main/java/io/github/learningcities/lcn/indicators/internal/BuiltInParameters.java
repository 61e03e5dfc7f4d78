package io.github.learningcities.lcn.indicators.internal;

import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.MethodSignature;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declared parameters of every built-in method: names, types, ranges, defaults, and the
 * rules that keep a method from inverting or flattening every ranking.
 *
 * @since 0.1.0
 */
public final class BuiltInParameters {
  private static final String INVERTS = "lower > upper inverts every ranking and lower = upper "
      + "flattens it";
  private static final Map<MethodKind, Map<String, MethodSignature>> ALL = all();

  private BuiltInParameters() {}

  private static ParameterSpec lower(double def) {
    return ParameterSpec.number("lower", "the low end").withDefault(def);
  }

  private static ParameterSpec upper(double def) {
    return ParameterSpec.number("upper", "the high end").withDefault(def);
  }

  private static ParameterSpec scale(double def) {
    return ParameterSpec.number("scale", "the factor applied last").withDefault(def).above(0);
  }

  private static ParameterSpec cap() {
    return ParameterSpec.flag("cap", "whether values above 1 become 1").withDefault(false);
  }

  private static MethodSignature ordered(MethodSignature s) {
    return s.withRule("lower < upper", INVERTS, SignatureRule.ORDERED);
  }

  /**
   * Every kind's signatures, each made when it is first asked for (see {@link BuiltInMethods}:
   * a run checks the two or three methods it uses, and declaring all forty-odd methods'
   * parameters and rules up front was a few milliseconds of a short command).
   */
  private static Map<MethodKind, Map<String, MethodSignature>> all() {
    Map<MethodKind, Map<String, MethodSignature>> all = new EnumMap<>(MethodKind.class);
    all.put(MethodKind.NORMALISATION, new BuiltInMethods<>(List.of("minmax", "zscore", "rank",
        "borda", "prank", "fracmax", "dist2max", "none", "dist2ref", "dist2targ", "goalposts",
        "scaled")) {
      @Override
      protected MethodSignature make(String name) {
        return normalisation(name);
      }
    });
    all.put(MethodKind.IMPUTATION, new BuiltInMethods<>(List.of("mean", "median", "group-mean",
        "group-median", "none", "em", "knn", "regression")) {
      @Override
      protected MethodSignature make(String name) {
        return imputation(name);
      }
    });
    all.put(MethodKind.TREATMENT, new BuiltInMethods<>(List.of("coinr", "boxcox", "log",
        "none")) {
      @Override
      protected MethodSignature make(String name) {
        return treatment(name);
      }
    });
    List<String> aggregators = new ArrayList<>(List.of("arithmetic", "geometric", "harmonic",
        "copeland", "generalised", "mazziotta-pareto"));
    aggregators.addAll(ClosedFormSignatures.NAMES);
    aggregators.addAll(BenefitOfTheDoubtParameters.NAMES);
    all.put(MethodKind.AGGREGATION, new BuiltInMethods<>(aggregators) {
      @Override
      protected MethodSignature make(String name) {
        return aggregation(name);
      }
    });
    return all;
  }

  private static MethodSignature normalisation(String name) {
    return switch (name) {
      case "minmax" -> IMetaParameters.declare(ordered(MethodSignature.of(lower(0),
          upper(100))));
      case "zscore" -> IMetaParameters.declare(MethodSignature.of(
          ParameterSpec.number("mean", "the mean of the result").withDefault(0.0),
          ParameterSpec.number("sd", "the standard deviation of the result (0 or less would "
              + "flatten or invert every ranking)").withDefault(1.0).above(0)));
      case "rank", "borda", "prank", "fracmax", "dist2max", "none" -> MethodSignature.none();
      case "dist2ref" -> MethodSignature.of(
          ParameterSpec.text("reference", "the reference unit's code").asRequired(), cap());
      case "dist2targ" -> IMetaParameters.declare(MethodSignature.of(
          ParameterSpec.number("target", "the target, in the indicator's units (default: the "
              + "node's target)"), cap()));
      case "goalposts" -> IMetaParameters.declare(ordered(MethodSignature.of(
          ParameterSpec.number("lower", "the lower goalpost (required unless iMeta is true)"),
          ParameterSpec.number("upper", "the upper goalpost (required unless iMeta is true)"),
          scale(1), ParameterSpec.flag("truncate", "whether to truncate to the goalposts")
              .withDefault(true)))
          .withRule("lower and upper given unless iMeta is true", "goalposts have no default",
              SignatureRule.GOALPOSTS_GIVEN));
      case "scaled" -> IMetaParameters.declare(
          ordered(MethodSignature.of(lower(0), upper(100), scale(100))));
      default -> throw new IllegalArgumentException("no built-in normaliser '" + name + "'");
    };
  }

  private static MethodSignature imputation(String name) {
    return switch (name) {
      case "mean", "median", "none" -> MethodSignature.none();
      case "group-mean", "group-median" -> MethodSignature.of(
          ParameterSpec.text("group", "the units' group variable").asRequired());
      case "em" -> MethodSignature.of(
          ParameterSpec.integer("maxIterations", "the iteration cap").withDefault(1000)
              .atLeast(1),
          ParameterSpec.number("tolerance", "convergence: the largest change of a mean or "
              + "covariance entry, in standard units").withDefault(1e-8).above(0),
          draw());
      case "knn" -> MethodSignature.of(
          ParameterSpec.integer("k", "the number of neighbours").withDefault(5).atLeast(1));
      case "regression" -> MethodSignature.of(draw());
      default -> throw new IllegalArgumentException("no built-in imputer '" + name + "'");
    };
  }

  private static ParameterSpec draw() {
    return ParameterSpec.integer("draw", "0 for the best prediction; d >= 1 draws replication "
        + "d of multiple imputation (seeded by d, unit and indicator)").withDefault(0).atLeast(0);
  }

  private static MethodSignature treatment(String name) {
    ParameterSpec lambda = ParameterSpec.number("lambda", "the Box-Cox lambda");
    return switch (name) {
      case "coinr" -> MethodSignature.of(
          ParameterSpec.integer("winmax", "the most points to winsorise").withDefault(5)
              .atLeast(0),
          ParameterSpec.number("skewThreshold", "absolute skew at or above which an indicator "
              + "may fail").withDefault(2.0).atLeast(0),
          ParameterSpec.number("kurtosisThreshold", "kurtosis at or above which an indicator "
              + "may fail").withDefault(3.5),
          ParameterSpec.text("secondary", "the transform when winsorising does not suffice")
              .oneOf("log-ct", "log-ct-plus", "log-ct-orig", "boxcox", "none")
              .withDefault("log-ct"),
          lambda,
          ParameterSpec.flag("forceWinsorise", "whether to winsorise even a passing indicator")
              .withDefault(false))
          .withRule("lambda given when secondary is boxcox", "Box-Cox needs its lambda",
              SignatureRule.BOXCOX_LAMBDA);
      case "boxcox" -> MethodSignature.of(lambda.asRequired());
      case "log" -> MethodSignature.of(ParameterSpec.text("variant", "the log transform")
          .oneOf("log-ct", "log-ct-plus", "log-ct-orig").withDefault("log-ct"));
      case "none" -> MethodSignature.none();
      default -> throw new IllegalArgumentException("no built-in treatment '" + name + "'");
    };
  }

  private static MethodSignature aggregation(String name) {
    return switch (name) {
      case "arithmetic", "geometric", "harmonic", "copeland" -> MethodSignature.none();
      case "generalised" -> MethodSignature.of(
          ParameterSpec.number("p", "the power").asRequired())
          .withRule("p != 0", "p = 0 is the geometric mean: use that method",
              SignatureRule.NONZERO_POWER);
      case "mazziotta-pareto" -> MethodSignature.of(
          ParameterSpec.text("penalty", "positive: higher is better, the penalty is subtracted")
              .oneOf("positive", "negative").withDefault("positive"),
          ParameterSpec.text("deviation", "population (Mazziotta-Pareto) or sample (Compind's "
              + "ci_mpi) standard deviation").oneOf("population", "sample")
              .withDefault("population"));
      default -> ClosedFormSignatures.NAMES.contains(name) ? ClosedFormSignatures.of(name)
          : BenefitOfTheDoubtParameters.of(name);
    };
  }

  /**
   * Returns the signature of a built-in method.
   *
   * @param kind the kind
   * @param method the name
   * @return the signature, or empty if no built-in method has that name
   */
  public static Optional<MethodSignature> signature(MethodKind kind, String method) {
    return Optional.ofNullable(ALL.get(kind).get(method));
  }

  /**
   * Returns the built-in methods of a kind with their signatures.
   *
   * @param kind the kind
   * @return name to signature
   */
  public static Map<String, MethodSignature> of(MethodKind kind) {
    return java.util.Collections.unmodifiableMap(ALL.get(kind));
  }

  /**
   * Checks the parameters of a built-in method where the step is built; other names are
   * checked against the registry when a pipeline is run.
   *
   * @param kind the kind
   * @param method the name
   * @param parameters the parameters
   */
  public static void check(MethodKind kind, String method, Parameters parameters) {
    MethodSignature s = ALL.get(kind).get(method);
    if (s != null) {
      s.check(kind.step(), method, parameters);
    }
  }
}

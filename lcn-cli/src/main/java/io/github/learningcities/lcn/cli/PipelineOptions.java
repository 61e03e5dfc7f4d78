package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.MethodSignature;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import io.github.learningcities.lcn.indicators.method.ParameterType;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.indicators.pipeline.Weighting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The pipeline as options. Each method is {@code NAME} or {@code NAME:key=value,key=value},
 * with the engine's method names and parameters; options not given keep the input's pipeline
 * (COINr's default for COINr tables: min-max 0 to 100, framework weights, arithmetic mean).
 */
final class PipelineOptions {

  @Option(names = {"-p", "--pipeline"}, paramLabel = "FILE",
      description = "SDK pipeline document (.json or .xml) to start from; the options below "
          + "change it.")
  Path pipelineFile;

  @Option(names = {"-n", "--normalisation"}, paramLabel = "METHOD",
      description = "minmax (0..100), minmax:lower=1,upper=100, zscore, zscore:mean=100,sd=10, "
          + "rank, borda, prank, fracmax, dist2max, dist2targ, goalposts:lower=..,upper=..,"
          + "scale=100,truncate=true, none; METHOD:iMeta=true takes the parameters per "
          + "indicator from iMeta's columns as COINr's use_iMeta (goalposts:iMeta=true uses "
          + "goalpost_lower, goalpost_upper, goalpost_scale, goalpost_trunc2posts)")
  String normalisation;

  @Option(names = {"-a", "--aggregation"}, paramLabel = "METHOD",
      description = "arithmetic, geometric, harmonic, generalised:p=0.5, copeland, "
          + "mazziotta-pareto (:penalty=negative,deviation=sample), adjusted-mazziotta-pareto "
          + "(:centre=50 or :lower=0,upper=100), mean-min:alpha=0.5,beta=1, owa:j=2 "
          + "(:from=smallest), 'owa:positions=0.4 0.3 0.2 0.1', weighted-median, wroclaw, "
          + "topsis, bod (Benefit of the Doubt; bod:lowerShare=0.05,upperShare=0.5), "
          + "bod-directional:direction=1;1;0.5, bod-robust:m=20,b=200,seed=1")
  String aggregation;

  @Option(names = {"-i", "--impute"}, paramLabel = "METHOD",
      description = "none, mean, median, group-mean:group=VAR, group-median:group=VAR, "
          + "em (expectation-maximisation: em:maxIterations=1000,tolerance=1e-8), knn:k=5, "
          + "regression; em and regression take draw=D (D >= 1) for replication D of multiple "
          + "imputation")
  String imputation;

  @Option(names = {"-t", "--treat"}, paramLabel = "METHOD",
      description = "none, winsorise (COINr's default: up to 5 points, then log), "
          + "coinr:winmax=3,skewThreshold=2,kurtosisThreshold=3.5,secondary=log-ct, "
          + "log:variant=log-ct, boxcox:lambda=0.5")
  String treatment;

  @Option(names = {"-w", "--weights"}, paramLabel = "SOURCE",
      description = "framework (the iMeta weights, default), equal, or set:NAME")
  String weights;

  @Option(names = "--data-weights", paramLabel = "METHOD@LEVELS[:PARAMS]",
      description = "weights computed from the data, on top of --weights (repeatable): "
          + "pca@1 (Handbook factor analysis per parent), pca@1:variant=ch,dim=2 "
          + "(variant kaiser, one, all or ch), balance@2 (correlations with the index "
          + "balanced; balance@2:target.Conn=2 for unequal targets), infomax@2,3")
  java.util.List<String> dataWeights;

  @Option(names = "--comparisons", paramLabel = "FILE",
      description = "Analytic Hierarchy Process: a CSV matrix of pairwise comparisons of one "
          + "node's children (header NODE,CHILD1,...; rows CHILD,judgements such as 3 or 1/3); "
          + "their eigenvector weights replace those children's weights. Repeatable.")
  java.util.List<Path> comparisons;

  /** Saaty's largest acceptable consistency ratio, the default of --consistency-threshold. */
  static final String CONSISTENCY_THRESHOLD = "0.1";

  @Option(names = "--consistency-threshold", paramLabel = "CR",
      defaultValue = CONSISTENCY_THRESHOLD,
      description = "The largest consistency ratio of --comparisons accepted (Saaty: "
          + "${DEFAULT-VALUE}).")
  double consistencyThreshold;

  boolean changesPipeline() {
    return pipelineFile != null || normalisation != null || aggregation != null || imputation != null
        || treatment != null || weights != null || dataWeights != null || comparisons != null;
  }

  Pipeline apply(Pipeline base) throws IOException {
    Pipeline p = pipelineFile == null ? base : Documents.read(pipelineFile, Pipeline.class);
    if (normalisation != null) {
      Method m = Method.parse("--normalisation", normalisation, MethodKind.NORMALISATION);
      Map<String, Object> defaults = new LinkedHashMap<>();
      if (m.name.equals("minmax") && !m.parameters.containsKey("iMeta")) {
        defaults.put("lower", 0.0);
        defaults.put("upper", 100.0);
      }
      defaults.putAll(m.parameters);
      p = p.withNormalisation(m.name.equals("none") ? null
          : (Normalisation) m.build(m.name, defaults));
    }
    if (aggregation != null) {
      Method m = Method.parse("--aggregation", aggregation, MethodKind.AGGREGATION);
      p = p.withAggregation((Aggregation) m.build(m.name, m.parameters));
    }
    if (imputation != null) {
      Method m = Method.parse("--impute", imputation, MethodKind.IMPUTATION);
      p = p.withImputation(m.name.equals("none") ? null
          : (Imputation) m.build(m.name, m.parameters));
    }
    if (treatment != null) {
      Method m = Method.parse("--treat", treatment, MethodKind.TREATMENT);
      if (m.name.equals("none")) {
        p = p.withTreatment(null);
      } else if (m.name.equals("coinr")) {
        Map<String, Object> params = new LinkedHashMap<>(
            Treatment.coinrDefault().parameters().asMap());
        params.putAll(m.parameters);
        p = p.withTreatment((Treatment) m.build("coinr", params));
      } else {
        p = p.withTreatment((Treatment) m.build(m.name, m.parameters));
      }
    }
    if (weights != null) {
      String w = weights.trim();
      if (w.equals("framework")) {
        p = p.withWeighting(Weighting.fromFramework());
      } else if (w.equals("equal")) {
        p = p.withWeighting(Weighting.equal());
      } else if (w.startsWith("set:") && w.length() > 4) {
        p = p.withWeighting(Weighting.set(w.substring(4)));
      } else {
        throw new BadInputException("--weights '" + weights
            + "' is invalid; expected framework, equal or set:NAME");
      }
    }
    if (comparisons != null) {
      Weighting w = p.weighting();
      for (Path file : comparisons) {
        try {
          w = w.withComparisons(ComparisonsFile.read(file),
              io.github.learningcities.lcn.indicators.ahp.PriorityMethod.EIGENVECTOR,
              consistencyThreshold);
        } catch (IllegalArgumentException e) {
          throw new BadInputException("--comparisons " + file + ": " + e.getMessage());
        }
      }
      p = p.withWeighting(w);
    }
    if (dataWeights != null) {
      Weighting w = p.weighting();
      for (String spec : dataWeights) {
        w = w.withDataWeights(DataWeightsOption.parse(spec));
      }
      p = p.withWeighting(w);
    }
    return p;
  }

  /**
   * A method name and its parameters, parsed from {@code NAME:key=value,...}. Values are read
   * as the method declares them (a number, a whole number, true/false or a text), so a text
   * such as a group called {@code 2019} stays a text and {@code lower=abc} is refused; names
   * the method does not declare, a parameter given twice, and parameters of {@code none} are
   * refused with the option and the valid names.
   */
  static final class Method {
    final String option;
    final MethodKind kind;
    final String text;
    final String name;
    final Map<String, Object> parameters;

    private Method(String option, MethodKind kind, String text, String name,
        Map<String, Object> parameters) {
      this.option = option;
      this.kind = kind;
      this.text = text;
      this.name = name;
      this.parameters = parameters;
    }

    /**
     * Builds the step of this method's kind, naming the option in a refusal of its parameters.
     * A switch rather than a factory function: {@code lcn score} links no call site.
     */
    Object build(String method, Map<String, Object> parameters) {
      try {
        Parameters ps = Parameters.of(parameters);
        return switch (kind) {
          case NORMALISATION -> Normalisation.of(method, ps);
          case AGGREGATION -> Aggregation.of(method, ps);
          case IMPUTATION -> Imputation.of(method, ps);
          case TREATMENT -> Treatment.of(method, ps);
        };
      } catch (IndicatorsException e) {
        throw new BadInputException(option + " '" + text + "': " + e.getMessage());
      }
    }

    static Method parse(String option, String text, MethodKind kind) {
      String t = text.trim();
      int colon = t.indexOf(':');
      String name = (colon < 0 ? t : t.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
      name = switch (name) {
        case "min-max" -> "minmax";
        case "z-score" -> "zscore";
        case "percent-rank", "percentrank" -> "prank";
        case "fraction-of-max" -> "fracmax";
        case "distance-to-max" -> "dist2max";
        case "distance-to-target" -> "dist2targ";
        case "generalized" -> "generalised";
        // COINr's default treatment; with parameters it is coinr with those parameters.
        case "winsorise", "winsorize" -> kind == MethodKind.TREATMENT ? "coinr" : name;
        default -> name;
      };
      if (name.isEmpty()) {
        throw new BadInputException(option + " '" + text + "' is invalid; expected a method "
            + "name, optionally followed by :key=value,key=value");
      }
      Optional<MethodSignature> signature = MethodRegistry.standard().signature(kind, name);
      Map<String, Object> params = new LinkedHashMap<>();
      if (colon >= 0) {
        for (String pair : t.substring(colon + 1).split(",", -1)) {
          if (pair.isBlank()) {
            continue;
          }
          int eq = pair.indexOf('=');
          if (eq <= 0) {
            throw new BadInputException(option + " '" + text + "': parameter '" + pair.trim()
                + "' is invalid; expected key=value, e.g. " + name + ":lower=1,upper=100");
          }
          String key = pair.substring(0, eq).trim();
          Optional<ParameterSpec> spec = signature.isPresent()
              ? signature.get().parameter(key) : Optional.empty();
          Object value = value(option, text, key, pair.substring(eq + 1).trim(), spec);
          if (params.put(key, value) != null) {
            throw new BadInputException(option + " '" + text + "': parameter '" + key
                + "' is given twice; expected each parameter once");
          }
        }
      }
      if (name.equals("none") && !params.isEmpty()) {
        throw new BadInputException(option + " '" + text + "': none takes no parameters; "
            + "expected just 'none'");
      }
      return new Method(option, kind, text, name, params);
    }

    /**
     * Whether a value is a decimal number: an optional sign, digits with an optional fraction
     * or a fraction alone, then an optional exponent ({@code [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)
     * ([eE][+-]?[0-9]+)?}), checked by hand: {@code lcn score} compiles no regular expression.
     */
    static boolean isDecimal(String v) {
      int n = v.length();
      int i = 0;
      if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
        i++;
      }
      int whole = digits(v, i);
      i += whole;
      int fraction = 0;
      if (i < n && v.charAt(i) == '.') {
        i++;
        fraction = digits(v, i);
        i += fraction;
      }
      if (whole == 0 && fraction == 0) {
        return false;
      }
      if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
        i++;
        if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
          i++;
        }
        int exponent = digits(v, i);
        if (exponent == 0) {
          return false;
        }
        i += exponent;
      }
      return i == n;
    }

    /** The number of ASCII digits from {@code from} on. */
    private static int digits(String v, int from) {
      int i = from;
      while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
        i++;
      }
      return i - from;
    }

    private static Object value(String option, String text, String key, String v,
        Optional<ParameterSpec> spec) {
      boolean number = isDecimal(v);
      boolean flag = v.equals("true") || v.equals("false");
      if (spec.isEmpty()) {
        // A name the method does not declare is refused when the step is built; until then
        // the value keeps its most likely type.
        return flag ? (Object) Boolean.valueOf(v) : number ? (Object) Double.valueOf(v) : v;
      }
      ParameterType type = spec.get().type();
      if ((type == ParameterType.NUMBER || type == ParameterType.INTEGER) && !number
          || type == ParameterType.FLAG && !flag) {
        throw new BadInputException(option + " '" + text + "': parameter '" + key + "' is '"
            + v + "'; expected " + spec.get().validValues());
      }
      return switch (type) {
        case NUMBER, INTEGER -> Double.valueOf(v);
        case FLAG -> Boolean.valueOf(v);
        case TEXT -> v;
      };
    }
  }
}

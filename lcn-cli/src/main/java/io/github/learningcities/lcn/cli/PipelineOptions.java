package io.github.learningcities.lcn.cli;

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
          + "scale=100,truncate=true, none")
  String normalisation;

  @Option(names = {"-a", "--aggregation"}, paramLabel = "METHOD",
      description = "arithmetic, geometric, harmonic, generalised:p=0.5, copeland, "
          + "mazziotta-pareto")
  String aggregation;

  @Option(names = {"-i", "--impute"}, paramLabel = "METHOD",
      description = "none, mean, median, group-mean:group=VAR, group-median:group=VAR")
  String imputation;

  @Option(names = {"-t", "--treat"}, paramLabel = "METHOD",
      description = "none, winsorise (COINr's default: up to 5 points, then log), "
          + "coinr:winmax=3,skewThreshold=2,kurtosisThreshold=3.5,secondary=log-ct, "
          + "log:variant=log-ct, boxcox:lambda=0.5")
  String treatment;

  @Option(names = {"-w", "--weights"}, paramLabel = "SOURCE",
      description = "framework (the iMeta weights, default), equal, or set:NAME")
  String weights;

  boolean changesPipeline() {
    return pipelineFile != null || normalisation != null || aggregation != null || imputation != null
        || treatment != null || weights != null;
  }

  Pipeline apply(Pipeline base) throws IOException {
    Pipeline p = pipelineFile == null ? base : Documents.read(pipelineFile, Pipeline.class);
    if (normalisation != null) {
      Method m = Method.parse("--normalisation", normalisation);
      Map<String, Object> defaults = new LinkedHashMap<>();
      if (m.name.equals("minmax")) {
        defaults.put("lower", 0.0);
        defaults.put("upper", 100.0);
      }
      defaults.putAll(m.parameters);
      p = p.withNormalisation(m.name.equals("none") ? null
          : Normalisation.of(m.name, Parameters.of(defaults)));
    }
    if (aggregation != null) {
      Method m = Method.parse("--aggregation", aggregation);
      p = p.withAggregation(Aggregation.of(m.name, Parameters.of(m.parameters)));
    }
    if (imputation != null) {
      Method m = Method.parse("--impute", imputation);
      p = p.withImputation(m.name.equals("none") ? null
          : Imputation.of(m.name, Parameters.of(m.parameters)));
    }
    if (treatment != null) {
      Method m = Method.parse("--treat", treatment);
      if (m.name.equals("none")) {
        p = p.withTreatment(null);
      } else if (m.name.equals("winsorise") || m.name.equals("winsorize")) {
        p = p.withTreatment(Treatment.coinrDefault());
      } else if (m.name.equals("coinr")) {
        Map<String, Object> params = new LinkedHashMap<>(
            Treatment.coinrDefault().parameters().asMap());
        params.putAll(m.parameters);
        p = p.withTreatment(Treatment.of("coinr", Parameters.of(params)));
      } else {
        p = p.withTreatment(Treatment.of(m.name, Parameters.of(m.parameters)));
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
    return p;
  }

  /** A method name and its parameters, parsed from {@code NAME:key=value,...}. */
  static final class Method {
    final String name;
    final Map<String, Object> parameters;

    private Method(String name, Map<String, Object> parameters) {
      this.name = name;
      this.parameters = parameters;
    }

    static Method parse(String option, String text) {
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
        default -> name;
      };
      if (name.isEmpty()) {
        throw new BadInputException(option + " '" + text + "' is invalid; expected a method "
            + "name, optionally followed by :key=value,key=value");
      }
      Map<String, Object> params = new LinkedHashMap<>();
      if (colon >= 0) {
        for (String pair : t.substring(colon + 1).split(",")) {
          if (pair.isBlank()) {
            continue;
          }
          int eq = pair.indexOf('=');
          if (eq <= 0) {
            throw new BadInputException(option + " '" + text + "': parameter '" + pair.trim()
                + "' is invalid; expected key=value, e.g. " + name + ":lower=1,upper=100");
          }
          params.put(pair.substring(0, eq).trim(), value(pair.substring(eq + 1).trim()));
        }
      }
      return new Method(name, params);
    }

    private static Object value(String v) {
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(v);
      }
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        return v;
      }
    }
  }
}

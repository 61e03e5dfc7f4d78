package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.logging.CommandLog;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.QuantileType;
import io.github.learningcities.lcn.indicators.uncertainty.ReplaySample;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.SobolIndices;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyAnalysis;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintySpec;
import io.github.learningcities.lcn.indicators.uncertainty.UnitUncertainty;
import io.github.learningcities.lcn.serialization.csv.ReplicationTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lcn analyse}: indicator statistics and uncertainty and sensitivity analysis. */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Computes indicator statistics (availability, spread, skew, flags) of the input data, "
            + "then a Monte Carlo uncertainty analysis of the ranks over methodological "
            + "choices (--vary), and with --sensitivity first-order and total Sobol indices.",
        "Writes statistics.csv, uncertainty.csv (each unit's rank and score interval) and "
            + "sensitivity.csv into --out, and prints the rank intervals. Existing files of "
            + "those names are replaced only with --force (an old sensitivity.csv is then "
            + "removed when the run has none); the files are written only when the whole run "
            + "succeeded."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn analyse -d ASEM_iData.csv -m ASEM_iMeta.csv --samples 500 --seed 7 --threads 2 "
            + "-o asem-analysis",
        "  lcn analyse -d ASEM_iData.csv -m ASEM_iMeta.csv --vary weights,aggregation "
            + "--sensitivity -N 256",
        "  lcn analyse --builtin kflc-ua -N 300",
        "  lcn analyse -d ASEM_iData.csv -m ASEM_iMeta.csv --write-replications -o run1",
        "  lcn analyse -d ASEM_iData.csv -m ASEM_iMeta.csv --replications run1/replications.csv "
            + "-o replay"})
final class AnalyseCommand extends LcnCommand {
  /** Defaults of --out and --quantiles, for picocli and {@link PlainArguments}. */
  static final String OUT = "lcn-analysis";
  static final String QUANTILES = "7";

  @Mixin
  InputOptions input;

  @Mixin
  PipelineOptions pipeline;

  @Mixin
  UncertaintyOptions uncertainty;

  @Option(names = "--sensitivity",
      description = "Also estimate Sobol sensitivity indices (Saltelli design).")
  boolean sensitivity;

  @Option(names = "--replications", paramLabel = "FILE",
      description = "Replay this table of replications instead of sampling (CSV: one row per "
          + "run, one column per factor of --vary with that run's choice: the alternative's "
          + "position counted from 1 or its method's name, e.g. geometric; a weight set's "
          + "position; an optional first column 'run'), e.g. a run made in COINr or a "
          + "spreadsheet, or replications.csv of --write-replications. --samples does not "
          + "apply; not with --sensitivity.")
  Path replications;

  @Option(names = "--write-replications",
      description = "Also write replications.csv: the sample drawn, one row per run, which "
          + "--replications replays exactly (not with --sensitivity).")
  boolean writeReplications;

  @Option(names = "--quantiles", paramLabel = "TYPE", defaultValue = QUANTILES,
      description = "How the rank and score medians and 5%%/95%% quantiles are computed: R's "
          + "quantile type 1 to 9 (Hyndman and Fan). Default: ${DEFAULT-VALUE}, R's and "
          + "COINr's default (the built-in KFLC analysis always uses 7).")
  int quantiles;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = OUT,
      description = "Folder for the CSV files. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Mixin
  OverwriteOptions overwrite;

  @Mixin
  CommonOptions common;

  @Override
  CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() throws Exception {
    QuantileType quantileType = UncertaintyOptions.quantileType(quantiles);
    if ((replications != null || writeReplications) && sensitivity) {
      throw new BadInputException((replications != null ? "--replications" : "--write-"
          + "replications") + " cannot be combined with --sensitivity (Sobol indices need "
          + "the SDK's Saltelli design, not a sample); expected one of them");
    }
    List<Path> inputFiles = new ArrayList<>(input.files(pipeline));
    if (replications != null) {
      inputFiles.add(replications);
    }
    OutputFiles files = OutputFiles.of(inputFiles, overwrite.force);
    Path statisticsFile = files.inFolder(out, "statistics.csv", "the statistics");
    Path uncertaintyFile = files.inFolder(out, "uncertainty.csv", "the rank intervals");
    Path replicationsFile = writeReplications
        ? files.inFolder(out, "replications.csv", "the sample") : null;
    Path sensitivityFile = null;
    if (sensitivity) {
      sensitivityFile = files.inFolder(out, "sensitivity.csv", "the Sobol indices");
    } else {
      files.obsoleteInFolder(out, "sensitivity.csv");
    }
    files.requireReplaceable();
    UncertaintyOptions.requireBounds(uncertainty.samples, uncertainty.threads);

    ScoringInput in = input.load("en");
    Pipeline p = in.resolve(pipeline.apply(in.pipeline()));
    common.memory = uncertainty.requireMemory(in, sensitivity, pipeline.changesPipeline());
    Results nominal = Engine.standard().run(in.framework(), in.dataset(), p);
    CommandLog.computed(nominal);
    PrintWriter o = out();

    List<IndicatorStatistics> stats = IndicatorStatistics.of(in.dataset()
        .select(in.framework().indicators().stream().map(n -> n.code()).toList()));
    ProgressBar bar = ProgressBar.onTerminal(err(), "analyse",
        common.quiet);
    boolean kflc = in.kflc().isPresent() && !pipeline.changesPipeline();
    if (kflc && (replications != null || writeReplications)) {
      throw new BadInputException("--replications and --write-replications work with the "
          + "factors of --vary on COINr tables or documents; the built-in KFLC analysis has "
          + "its own factors (change its pipeline, e.g. -a arithmetic, to use --vary)");
    }
    UncertaintyResult u;
    if (replications != null) {
      UncertaintySpec replaySpec = uncertainty.spec();
      ReplaySample sample = ReplicationTable.read(replications, replaySpec);
      u = UncertaintyAnalysis.replay(Engine.standard(), nominal, replaySpec, sample, bar,
          quantileType);
    } else {
      u = uncertainty.run(in, nominal, sensitivity, pipeline.changesPipeline(), bar,
          quantileType);
    }
    if (replicationsFile != null) {
      UncertaintySpec drawn = uncertainty.spec();
      ReplaySample sample = ReplaySample.of(u, drawn);
      files.putText(replicationsFile, w -> ReplicationTable.write(sample, drawn, w));
    }
    files.putText(statisticsFile, statistics(stats));
    files.putCsv(uncertaintyFile, w -> ResultsTables.uncertainty(u, w));
    if (sensitivityFile != null) {
      files.putText(sensitivityFile, u.sensitivity().map(AnalyseCommand::sensitivity)
          .orElseThrow());
    }
    files.commit();
    if (!common.quiet) {
      long flagged = stats.stream().filter(s -> s.lowAvailability() || s.lowNonZero()
          || s.lowUnique() || s.outliers()).count();
      o.printf(Locale.ROOT, "%d indicators, %d flagged (see statistics.csv)%n", stats.size(),
          flagged);
      o.printf(Locale.ROOT, "Uncertainty of %s over %d replications (%d failed)%s:%n",
          u.node(), u.replications().size(), u.failures().size(),
          in.isSynthetic() ? " [SYNTHETIC data]" : "");
      o.printf(Locale.ROOT, "  %-32s %7s %15s%n", "unit", "rank", "rank 5%..95%");
      List<UnitUncertainty> sorted = new ArrayList<>(u.units());
      sorted.sort((a, b) -> Integer.compare(a.nominalRank().orElse(Integer.MAX_VALUE),
          b.nominalRank().orElse(Integer.MAX_VALUE)));
      for (UnitUncertainty x : sorted) {
        o.printf(Locale.ROOT, "  %-32s %7s %7.0f..%-7.0f%n",
            ErrorMessages.bounded(in.unitLabel(x.unit())),
            x.nominalRank().isPresent() ? Integer.toString(x.nominalRank().getAsInt()) : "-",
            x.rankQ05(), x.rankQ95());
      }
      u.sensitivity().ifPresent(s -> {
        o.println("Sobol indices of the mean absolute rank change (first-order, total):");
        for (SobolIndices i : s.meanAbsoluteRankChange()) {
          o.printf(Locale.ROOT, "  %-20s %6.3f %6.3f%n", i.factor(), i.first(), i.total());
        }
      });
      o.println("Wrote " + out.resolve("statistics.csv") + ", " + out.resolve("uncertainty.csv")
          + (u.sensitivity().isPresent() ? ", " + out.resolve("sensitivity.csv") : ""));
      o.flush();
    }
    return Lcn.OK;
  }

  static String statistics(List<IndicatorStatistics> stats) {
    StringBuilder sb = new StringBuilder(Csv.row(List.of("iCode", "units", "available",
        "availableFraction", "min", "max", "mean", "median", "sd", "skew", "kurtosis",
        "nonZero", "unique", "lowAvailability", "lowNonZero", "lowUnique", "outliers")));
    for (IndicatorStatistics s : stats) {
      sb.append(Csv.row(List.of(s.code(), Integer.toString(s.units()),
          Integer.toString(s.available()), Csv.number(s.availableFraction()), num(s.min()),
          num(s.max()), num(s.mean()), num(s.median()), num(s.sd()), num(s.skew()),
          num(s.kurtosis()), Integer.toString(s.nonZero()), Integer.toString(s.unique()),
          Boolean.toString(s.lowAvailability()), Boolean.toString(s.lowNonZero()),
          Boolean.toString(s.lowUnique()), Boolean.toString(s.outliers()))));
    }
    return sb.toString();
  }

  static String sensitivity(Sensitivity s) {
    StringBuilder sb = new StringBuilder(Csv.row(List.of("output", "factor", "first",
        "firstLow", "firstHigh", "total", "totalLow", "totalHigh")));
    for (SobolIndices i : s.meanAbsoluteRankChange()) {
      sb.append(sobol("meanAbsoluteRankChange", i));
    }
    s.perUnit().entrySet().stream().sorted((a, b) -> a.getKey().compareTo(b.getKey()))
        .forEach(e -> e.getValue().forEach(i -> sb.append(sobol("rank:" + e.getKey(), i))));
    return sb.toString();
  }

  private static String sobol(String output, SobolIndices i) {
    return Csv.row(List.of(output, i.factor(), Csv.number(i.first()), Csv.number(i.firstLow()),
        Csv.number(i.firstHigh()), Csv.number(i.total()), Csv.number(i.totalLow()),
        Csv.number(i.totalHigh())));
  }

  private static String num(OptionalDouble d) {
    return d.isPresent() ? Csv.number(d.getAsDouble()) : "";
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import io.github.learningcities.lcn.cli.logging.CommandLog;
import io.github.learningcities.lcn.cli.report.HtmlReport;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.internal.text.FixedDecimal;
import io.github.learningcities.lcn.indicators.learningcity.CommitmentProgress;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.model.builtin.UkrainianNetwork;
import io.github.learningcities.lcn.model.declaration.Declaration;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrType;
import io.github.learningcities.lcn.serialization.coinr.CoinrVariable;
import io.github.learningcities.lcn.excel.ResultsWorkbook;
import io.github.learningcities.lcn.indicators.data.Unit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lcn demo}: the whole story on the built-in data, into one folder. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Runs the whole story on the built-in data: the Ukrainian Network of Learning Cities "
            + "and its Melitopol Declaration (27 October 2017) with its 15 signatory cities; "
            + "an illustrative KFLC self-assessment of those cities, SYNTHETIC and generated "
            + "from --seed; their scores and ranks; an uncertainty analysis of the ranks; "
            + "progress on the declaration's commitments (SYNTHETIC records); and the HTML "
            + "report in English and Ukrainian.",
        "Writes everything into --out and says what it wrote: only once everything was "
            + "computed, and replacing files of the same names only with --force."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn demo",
        "  lcn demo --out /tmp/melitopol --seed 7 --samples 500 --threads 2"})
final class DemoCommand extends LcnCommand {
  /** Defaults of --out, --samples and --threads, for picocli and {@link DemoArguments}. */
  static final String OUT = "lcn-demo";
  static final String SAMPLES = "300";
  static final String THREADS = "0";

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = OUT,
      description = "The folder to write into (created if missing). Default: ${DEFAULT-VALUE}.")
  Path out;

  @Mixin
  OverwriteOptions overwrite;

  @Option(names = {"-s", "--seed"}, paramLabel = "SEED",
      defaultValue = "" + SyntheticAssessment.DEFAULT_SEED,
      description = "Seed of the synthetic data and of the uncertainty analysis. "
          + "Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = {"-N", "--samples"}, paramLabel = "N", defaultValue = SAMPLES,
      description = "Replications of the uncertainty analysis, "
          + UncertaintyOptions.MIN_SAMPLES + " to " + UncertaintyOptions.MAX_SAMPLES
          + ". Default: ${DEFAULT-VALUE}.")
  int samples;

  @Option(names = {"-T", "--threads"}, paramLabel = "T", defaultValue = THREADS,
      description = "Worker threads, 0 (all processors) to " + UncertaintyOptions.MAX_THREADS
          + ". Default: ${DEFAULT-VALUE}.")
  int threads;

  @Mixin
  CommonOptions common;

  @Override
  CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() throws Exception {
    OutputFiles files = OutputFiles.of(List.of(), overwrite.force);
    Path iData = files.inFolder(out, "data/kflc-ua-SYNTHETIC_iData.csv", "the iData table");
    Path iMeta = files.inFolder(out, "data/kflc-ua-SYNTHETIC_iMeta.csv", "the iMeta table");
    Path scores = files.inFolder(out, "scores.csv", "the scores");
    Path workbook = files.inFolder(out, "results.xlsx", "the results workbook");
    Path uncertaintyFile = files.inFolder(out, "uncertainty.csv", "the rank intervals");
    Path progressFile = files.inFolder(out, "commitment-progress.csv", "the progress");
    Path reportEn = files.inFolder(out, "report-en.html", "the English report");
    Path reportUk = files.inFolder(out, "report-uk.html", "the Ukrainian report");
    Path auditHtml = files.inFolder(out, "audit.html", "the audit report");
    Path auditJson = files.inFolder(out, "audit.json", "the audit");
    Path readme = files.inFolder(out, "README.txt", "the README");
    files.requireReplaceable();
    UncertaintyOptions.requireBounds(samples, threads);
    PrintWriter o = out();
    PrintWriter err = err();
    UkrainianNetwork ua = UkrainianNetwork.get();
    Declaration melitopol = ua.declaration();
    // The Ukrainian input and its engine run go to the background at once, the workbook once
    // the English run is scored, and the audit's JSON, once the audit is done, to a thread
    // that writes it to its temporary file (as the pages are once rendered), while this thread
    // scores, analyses and renders; the files are given in the same order as ever, and closing
    // the files removes those temporary files if the run fails before the commit.
    try (files; Background background = Background.of(threads)) {
      ScoringInput en = ScoringInput.kflc(seed, "en");
      Future<Localised> ukrainian = background.submit(() -> {
        ScoringInput uk = ScoringInput.kflc(seed, "uk");
        return new Localised(uk, Engine.standard().run(uk.framework(), uk.dataset(),
            uk.pipeline()));
      });
      SyntheticAssessment generator = en.synthetic().orElseThrow();
      say(o, ua.network().name().in("en") + " / " + ua.network().name().in("uk"));
      say(o, "  founded by the " + melitopol.title().in("en") + " (" + melitopol.date() + "), "
          + generator.cities().size() + " signatory cities, " + melitopol.commitments().size()
          + " commitments");

      putTables(files, en, iData, iMeta);
      Results r = Engine.standard().run(en.framework(), en.dataset(), en.pipeline());
      CommandLog.computed(r);
      files.putCsv(scores, w -> ResultsTables.scoresLong(r, w));
      files.put(workbook, background.bytes(stream -> ResultsWorkbook.write(r, stream)));
      say(o, "Scored " + r.units().size() + " cities on " + r.framework().nodes().size()
          + " nodes of the Key Features of Learning Cities (SYNTHETIC data, seed " + seed + ")");
      if (!common.quiet) {
        // formatted only to be shown: with -q the Formatter's first numbers cost milliseconds
        Map<String, Integer> ranks = r.ranks(r.framework().root().code());
        ranks.entrySet().stream().sorted((a, b) -> a.getValue().compareTo(b.getValue()))
            .limit(3).forEach(e -> say(o, Messages.fill("  %d. %s %.1f",
                e.getValue(), en.unitLabel(e.getKey()),
                r.score(e.getKey(), r.framework().root().code()).orElse(Double.NaN))));
      }

      UncertaintyOptions uo = new UncertaintyOptions();
      uo.samples = samples;
      uo.seed = seed;
      uo.threads = threads;
      uo.vary = List.of(UncertaintyOptions.Vary.WEIGHTS, UncertaintyOptions.Vary.AGGREGATION);
      common.memory = uo.requireMemory(en, false, false);
      UncertaintyResult u = uo.run(en, r, false, false, ProgressBar.onTerminal(
          err, "uncertainty", common.quiet));
      files.putCsv(uncertaintyFile, w -> ResultsTables.uncertainty(u, w));
      say(o, "Uncertainty analysis: " + u.replications().size() + " replications ("
          + u.failures().size() + " failed)");

      files.putText(progressFile, DeclarationProgress.table(generator));
      if (!common.quiet) {
        CommitmentProgress progress = DeclarationProgress.of(generator);
        say(o, "Commitment progress (SYNTHETIC records): "
            + FixedDecimal.format(100 * progress.overall(), 0) + " % overall");
      }

      Audit audit = AuditCommand.run(en, r, uo, false, false, ProgressBar.onTerminal(
          err, "audit", common.quiet), common);
      AuditCommand.putJson(files, auditJson, audit, background);
      files.putTextAhead(reportEn, HtmlReport.render(Reports.content(en, r,
          Optional.of(u), Optional.of(DeclarationProgress.content(generator, "en")), "en")),
          background.beside());
      Localised uk = Background.join(ukrainian);
      files.putTextAhead(reportUk, HtmlReport.render(Reports.content(uk.input(), uk.results(),
          Optional.of(u), Optional.of(DeclarationProgress.content(generator, "uk")), "uk")),
          background.beside());
      files.putTextAhead(auditHtml, AuditReport.render(en, audit, "en"),
          background.beside());
      say(o, "Audit: " + audit.findings().size() + " findings");
      files.putText(readme, readme());
      files.commit();
    }
    say(o, "Wrote " + out + ": report-en.html, report-uk.html, scores.csv, results.xlsx, "
        + "uncertainty.csv, "
        + "audit.html, audit.json, commitment-progress.csv, data/ (COINr tables), README.txt");
    say(o, "Open " + out.resolve("report-en.html").toAbsolutePath().toUri() + " in a browser.");
    return Lcn.OK;
  }

  /** The Ukrainian input and its results: the English run's numbers with Ukrainian labels. */
  private record Localised(ScoringInput input, Results results) {}

  private void say(PrintWriter o, String line) {
    if (!common.quiet) {
      o.println(ErrorMessages.bounded(line));
      o.flush();
    }
  }

  private static void putTables(OutputFiles files, ScoringInput in, Path iData, Path iMeta)
      throws Exception {
    Map<String, Map<String, String>> other = new LinkedHashMap<>();
    for (Unit unit : in.dataset().units()) {
      other.put(unit.code(), Map.of("Data", SyntheticAssessment.LABEL));
    }
    CoinrInput tables = new CoinrInput(in.framework(), in.dataset(), in.pipeline(),
        List.of(new CoinrVariable("Data", "Data status (SYNTHETIC: generated, not measured)",
            CoinrType.OTHER, "")), Map.of(), other, Map.of(), List.of(), List.of(), List.of());
    ConvertCommand.putTables(files, tables, iData, iMeta);
  }

  private String readme() {
    String text = """
        lcn demo: the Ukrainian Network of Learning Cities and its Melitopol Declaration
        ==============================================================================

        SYNTHETIC DATA. The KFLC self-assessment values and the commitment progress records
        in this folder were generated from seed %d to illustrate the LCN SDK. They describe no
        real city and are not an assessment of any city.

        report-en.html, report-uk.html  the report (one self-contained file each, no network)
        scores.csv                      every city x every node: score and rank
        results.xlsx                    the run as a workbook: results (scores and ranks),
                                        the data after each step, weights, diagnostics,
                                        statistics and correlations (SYNTHETIC data)
        uncertainty.csv                 each city's rank interval over %d replications
        audit.html, audit.json          the statistical audit of the index (correlations,
                                        reliability, weights, importance, uncertainty and
                                        sensitivity, removing one component), as a page and
                                        as JSON (SYNTHETIC data)
        commitment-progress.csv         each city's status on each commitment (SYNTHETIC)
        data/kflc-ua-SYNTHETIC_iData.csv, data/kflc-ua-SYNTHETIC_iMeta.csv
                                        the synthetic data as COINr tables, e.g. for
                                        lcn score -d data/kflc-ua-SYNTHETIC_iData.csv \\
                                          -m data/kflc-ua-SYNTHETIC_iMeta.csv
                                        (the tables carry COINr's default pipeline, min-max,
                                        not the KFLC goalposts the demo scored with)
        """;
    return Messages.fill(text, seed, samples);
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.logging.CommandLog;
import io.github.learningcities.lcn.cli.report.HtmlReport;
import io.github.learningcities.lcn.cli.report.ReportContent;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lcn report}: one self-contained HTML page with the results as charts. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Scores the input, runs the uncertainty analysis and writes one self-contained HTML "
            + "file (inline SVG charts, no scripts, no network access): ranking bar chart, "
            + "each unit's profile across areas, rank intervals, the framework tree and "
            + "data-quality notes, in Ukrainian or English."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn report -d ASEM_iData.csv -m ASEM_iMeta.csv -o asem.html",
        "  lcn report --builtin kflc-ua --lang uk -o kflc-uk.html",
        "  lcn report -d ASEM_iData.csv -m ASEM_iMeta.csv --no-uncertainty -a geometric "
            + "-n minmax:lower=1,upper=100 -o asem-geo.html"})
final class ReportCommand extends LcnCommand {
  /** Default of --out, for picocli and {@link PlainArguments}. */
  static final String OUT = "lcn-report.html";

  @Mixin
  InputOptions input;

  @Mixin
  PipelineOptions pipeline;

  @Mixin
  LanguageOption language;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = OUT,
      description = "The HTML file to write; a file named here is replaced once the new one "
          + "is complete (never when it is one of the inputs); the default file is replaced "
          + "only with --force. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--no-uncertainty",
      description = "Leave out the uncertainty analysis and its rank intervals.")
  boolean noUncertainty;

  @Mixin
  UncertaintyOptions uncertainty;

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
    String lang = language.tag();
    OutputFiles files = OutputFiles.of(input.files(pipeline), overwrite.force);
    files.option(out, given("--out"), "--out", "the report");
    files.requireReplaceable();
    ScoringInput in = input.load(lang);
    common.memory = MemoryNeeds.scoring(in.dataset().unitCount(),
        in.framework().nodes().size());
    Pipeline p = in.resolve(pipeline.apply(in.pipeline()));
    Results r = Engine.standard().run(in.framework(), in.dataset(), p);
    CommandLog.computed(r);
    Optional<UncertaintyResult> u = Optional.empty();
    if (!noUncertainty) {
      common.memory = uncertainty.requireMemory(in, false, pipeline.changesPipeline());
      u = Optional.of(uncertainty.run(in, r, false, pipeline.changesPipeline(),
          ProgressBar.onTerminal(err(), "report", common.quiet)));
    }
    Optional<ReportContent.Commitments> commitments = in.synthetic()
        .map(g -> DeclarationProgress.content(g, lang));
    String html = HtmlReport.render(Reports.content(in, r, u, commitments, lang));
    files.putText(out, html);
    files.commit();
    if (!common.quiet) {
      out().println("Wrote " + out + " (" + lang + ")");
      out().flush();
    }
    return Lcn.OK;
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.logging.CommandLog;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.audit.AuditSpec;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.uncertainty.Progress;
import io.github.learningcities.lcn.indicators.uncertainty.Sensitivity;
import io.github.learningcities.lcn.indicators.uncertainty.UncertaintyResult;
import io.github.learningcities.lcn.serialization.internal.AuditDocumentWriter;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lcn audit}: the statistical audit as a self-contained HTML page and a JSON file. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Scores the input and audits the index (data availability, correlations, Cronbach's "
            + "alpha and principal components per aggregate, nominal and effective weights, "
            + "each indicator's importance, an uncertainty and sensitivity analysis, "
            + "removing one component at a time); writes one self-contained HTML page (inline "
            + "SVG charts, no scripts, no network access) in Ukrainian or English, and the "
            + "audit as JSON next to it."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn audit -d ASEM_iData.csv -m ASEM_iMeta.csv -o asem-audit.html",
        "  lcn audit --builtin kflc-ua --lang uk -o kflc-audit.html --json kflc-audit.json",
        "  lcn audit -d ASEM_iData.csv -m ASEM_iMeta.csv --no-uncertainty -o quick.html"})
final class AuditCommand extends LcnCommand {
  /** Default of --out, for picocli and {@link PlainArguments}. */
  static final String OUT = "lcn-audit.html";

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

  @Option(names = "--json", paramLabel = "FILE",
      description = "The audit as JSON. Default: the HTML file's name with .json in place of "
          + ".html.")
  Path json;

  @Option(names = "--no-uncertainty",
      description = "Leave out the uncertainty and sensitivity analysis (rank intervals and "
          + "Sobol indices).")
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
    Path jsonFile = json != null ? json : jsonNextTo(out);
    OutputFiles files = OutputFiles.of(input.files(pipeline), overwrite.force);
    files.option(out, given("--out"), "--out", "the audit report");
    files.option(jsonFile, json != null, "--json", "the audit JSON");
    files.requireReplaceable();
    ScoringInput in = input.load(lang);
    common.memory = MemoryNeeds.scoring(in.dataset().unitCount(),
        in.framework().nodes().size());
    Pipeline p = in.resolve(pipeline.apply(in.pipeline()));
    Results r = Engine.standard().run(in.framework(), in.dataset(), p);
    CommandLog.computed(r);
    try (files; Background background = Background.of(uncertainty.threads)) {
      Audit audit = run(in, r, uncertainty, noUncertainty, pipeline.changesPipeline(),
          ProgressBar.onTerminal(err(), "audit", common.quiet), common);
      // the JSON is serialised on the second core while the page renders on this one
      putJson(files, jsonFile, audit, background);
      files.putTextAhead(out, AuditReport.render(in, audit, lang), background.beside());
      files.commit();
      if (!common.quiet) {
        out().println("Wrote " + out + " (" + lang + ") and " + jsonFile + ": "
            + audit.findings().size() + " findings");
        out().flush();
      }
    }
    return Lcn.OK;
  }

  /**
   * Audits scored results: with an uncertainty and sensitivity analysis sampled as the options
   * say, unless {@code noUncertainty}; the memory estimate goes to {@code common} for the
   * out-of-memory message.
   */
  static Audit run(ScoringInput in, Results r, UncertaintyOptions options,
      boolean noUncertainty, boolean pipelineChanged, Progress progress, CommonOptions common) {
    UncertaintyOptions.requireBounds(options.samples, options.threads);
    AuditSpec auditSpec = AuditSpec.defaults().withSeed(options.seed)
        .withThreads(options.threads);
    if (!noUncertainty) {
      common.memory = options.requireMemory(in, true, true);
      auditSpec = auditSpec.withUncertainty(
          options.auditSpec(in, pipelineChanged).withSensitivity());
    }
    return CommandLog.removals(Audit.of(Engine.standard(), r, auditSpec, progress));
  }

  /**
   * Gives the audit document as the content of {@code file}, written ahead beside the caller
   * when the command has a thread beside it ({@link OutputFiles#putAhead}: the demo's is some
   * 9 MB, which then goes to disk instead of into memory). Meanwhile the caller computes the
   * per-unit Sobol indices that the document lists near its end (on every core, each unit once:
   * the sensitivity keeps them), so the writer finds them done instead of computing them as
   * the last thing the command waits for.
   */
  static void putJson(OutputFiles files, Path file, Audit audit, Background background)
      throws IOException {
    files.putAhead(file, json(audit), background.beside());
    audit.uncertainty().flatMap(UncertaintyResult::sensitivity).ifPresent(Sensitivity::perUnit);
  }

  /**
   * The audit document (JSON, {@code "lcnDocument" : "audit"}), streamed to the write path by
   * the streaming writer: the bytes of {@code LcnJson.standard().write(audit, out)}, without
   * building databind's serializers.
   */
  static OutputFiles.Body json(Audit audit) {
    return out -> AuditDocumentWriter.write(audit, out);
  }

  /** {@code a/b.html} to {@code a/b.json}; a name without .html gets .json added. */
  static Path jsonNextTo(Path html) {
    String name = html.getFileName().toString();
    String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".html")
        ? name.substring(0, name.length() - 5) : name;
    return html.resolveSibling(stem + ".json");
  }
}

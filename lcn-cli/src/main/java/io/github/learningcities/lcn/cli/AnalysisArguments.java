package io.github.learningcities.lcn.cli;

/**
 * Reads the plain command lines of {@code lcn analyse}, {@code lcn report} and {@code lcn
 * audit} without picocli ({@link PlainArguments}): the input, pipeline and uncertainty options
 * but {@code --consistency-threshold}, {@code --data-weights} and {@code --comparisons}, {@code
 * -o}/{@code --out}, {@code --force}, {@code -q}/{@code --quiet}, and each command's own:
 * analyse's {@code --sensitivity}, {@code --replications}, {@code --write-replications} and
 * {@code --quantiles}; report's and audit's {@code -l}/{@code --lang} (in upper or lower case)
 * and {@code --no-uncertainty}; audit's {@code --json}. The rest is left to picocli.
 */
final class AnalysisArguments extends PlainArguments {
  private final LcnCommand command;
  private final InputOptions input = new InputOptions();
  private final PipelineOptions pipeline = new PipelineOptions();
  private final UncertaintyOptions uncertainty = new UncertaintyOptions();
  private final OverwriteOptions overwrite = new OverwriteOptions();
  private final CommonOptions common = new CommonOptions();
  private final LanguageOption language = new LanguageOption();

  private AnalysisArguments(LcnCommand command) {
    this.command = command;
    inputAndPipelineDefaults(input, pipeline);
    uncertaintyDefaults(uncertainty);
    language.language = constant(Language.values(), LanguageOption.DEFAULT);
  }

  /**
   * The analyse, report or audit command these arguments give, its options set as picocli would
   * set them (defaults included), or null when picocli must read them.
   */
  static LcnCommand parse(String... args) {
    if (args.length == 0) {
      return null;
    }
    switch (args[0]) {
      case "analyse", "analyze" -> {
        AnalyseCommand c = new AnalyseCommand();
        AnalysisArguments r = new AnalysisArguments(c);
        c.input = r.input;
        c.pipeline = r.pipeline;
        c.uncertainty = r.uncertainty;
        c.overwrite = r.overwrite;
        c.common = r.common;
        c.out = path(AnalyseCommand.OUT);
        c.quantiles = Integer.parseInt(AnalyseCommand.QUANTILES);
        return r.read(args[0], args) ? c : null;
      }
      case "report" -> {
        ReportCommand c = new ReportCommand();
        AnalysisArguments r = new AnalysisArguments(c);
        c.input = r.input;
        c.pipeline = r.pipeline;
        c.uncertainty = r.uncertainty;
        c.overwrite = r.overwrite;
        c.common = r.common;
        c.language = r.language;
        c.out = path(ReportCommand.OUT);
        return r.read("report", args) ? c : null;
      }
      case "audit" -> {
        AuditCommand c = new AuditCommand();
        AnalysisArguments r = new AnalysisArguments(c);
        c.input = r.input;
        c.pipeline = r.pipeline;
        c.uncertainty = r.uncertainty;
        c.overwrite = r.overwrite;
        c.common = r.common;
        c.language = r.language;
        c.out = path(AuditCommand.OUT);
        return r.read("audit", args) ? c : null;
      }
      default -> {
        return null;
      }
    }
  }

  @Override
  LcnCommand target() {
    return command;
  }

  @Override
  String canonical(String name) {
    String option = inputOrPipelineOption(name);
    if (option == null) {
      option = uncertaintyOption(name);
    }
    if (option != null) {
      return option;
    }
    return switch (name) {
      case "-o", "--out" -> "--out";
      case "-q", "--quiet" -> "--quiet";
      case "--force" -> name;
      case "--sensitivity", "--replications", "--write-replications", "--quantiles" ->
          command instanceof AnalyseCommand ? name : null;
      case "-l", "--lang" -> command instanceof AnalyseCommand ? null : "--lang";
      case "--no-uncertainty" -> command instanceof AnalyseCommand ? null : name;
      case "--json" -> command instanceof AuditCommand ? name : null;
      default -> null;
    };
  }

  @Override
  boolean isFlag(String option) {
    return switch (option) {
      case "--quiet", "--force", "--sensitivity", "--write-replications", "--no-uncertainty" ->
          true;
      default -> false;
    };
  }

  @Override
  void set(String option, String value) {
    switch (option) {
      case "--quiet" -> common.quiet = true;
      case "--force" -> overwrite.force = true;
      case "--lang" -> language.language = constant(Language.values(), value);
      case "--out", "--sensitivity", "--replications", "--write-replications", "--quantiles",
          "--no-uncertainty", "--json" -> setOwn(option, value);
      default -> {
        if (uncertaintyOption(option) != null) {
          setUncertainty(uncertainty, option, value);
        } else {
          setInputOrPipeline(input, pipeline, option, value);
        }
      }
    }
  }

  /** An option of the command's own class. */
  private void setOwn(String option, String value) {
    if (command instanceof AnalyseCommand c) {
      switch (option) {
        case "--out" -> c.out = path(value);
        case "--sensitivity" -> c.sensitivity = true;
        case "--replications" -> c.replications = path(value);
        case "--write-replications" -> c.writeReplications = true;
        default -> c.quantiles = (int) digits(value, INT_DIGITS);
      }
    } else if (command instanceof ReportCommand c) {
      switch (option) {
        case "--out" -> c.out = path(value);
        default -> c.noUncertainty = true;
      }
    } else if (command instanceof AuditCommand c) {
      switch (option) {
        case "--out" -> c.out = path(value);
        case "--json" -> c.json = path(value);
        default -> c.noUncertainty = true;
      }
    }
  }
}

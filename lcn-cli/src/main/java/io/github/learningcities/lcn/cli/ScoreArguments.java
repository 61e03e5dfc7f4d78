package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import io.github.learningcities.lcn.serialization.csv.CsvFields;

/**
 * Reads the plain command lines of {@code lcn score} without picocli ({@link PlainArguments}):
 * its options but {@code --data-seed}, {@code --consistency-threshold}, {@code --data-weights}
 * and {@code --comparisons}, and an enum value only in upper or lower case; the rest is left to
 * picocli.
 */
final class ScoreArguments extends PlainArguments {
  private final ScoreCommand c;

  private ScoreArguments(ScoreCommand c) {
    this.c = c;
  }

  /**
   * The score command these arguments give, its options set as picocli would set them, or
   * null when picocli must read them.
   */
  static ScoreCommand parse(String... args) {
    if (args.length == 0 || !args[0].equals("score")) {
      return null;
    }
    ScoreCommand c = new ScoreCommand();
    c.input = new InputOptions();
    c.pipeline = new PipelineOptions();
    c.common = new CommonOptions();
    c.input.dataSeed = SyntheticAssessment.DEFAULT_SEED;
    c.layout = ScoreCommand.Layout.LONG;
    // Defaults of options left to picocli (--consistency-threshold; the repeatable
    // --data-weights and --comparisons stay null when absent). Parsed as the table readers
    // parse numbers, to the double Double.parseDouble gives: a plain score then loads no
    // class of the JDK's decimal parser.
    c.pipeline.consistencyThreshold = CsvFields.parseDecimal(
        PipelineOptions.CONSISTENCY_THRESHOLD);
    return new ScoreArguments(c).read("score", args) ? c : null;
  }

  @Override
  String canonical(String name) {
    return switch (name) {
      case "-d", "--data" -> "--data";
      case "-m", "--meta" -> "--meta";
      case "--framework", "--dataset", "--builtin", "--layout" -> name;
      case "-p", "--pipeline" -> "--pipeline";
      case "-n", "--normalisation" -> "--normalisation";
      case "-a", "--aggregation" -> "--aggregation";
      case "-i", "--impute" -> "--impute";
      case "-t", "--treat" -> "--treat";
      case "-w", "--weights" -> "--weights";
      case "-o", "--out" -> "--out";
      case "-f", "--format" -> "--format";
      case "-q", "--quiet" -> "--quiet";
      default -> null;
    };
  }

  @Override
  boolean isFlag(String option) {
    return option.equals("--quiet");
  }

  @Override
  void set(String option, String value) {
    switch (option) {
      case "--quiet" -> c.common.quiet = true;
      case "--data" -> c.input.data = path(value);
      case "--meta" -> c.input.meta = path(value);
      case "--framework" -> c.input.framework = path(value);
      case "--dataset" -> c.input.dataset = path(value);
      case "--pipeline" -> c.pipeline.pipelineFile = path(value);
      case "--out" -> c.out = path(value);
      case "--builtin" -> c.input.builtin = value;
      case "--normalisation" -> c.pipeline.normalisation = value;
      case "--aggregation" -> c.pipeline.aggregation = value;
      case "--impute" -> c.pipeline.imputation = value;
      case "--treat" -> c.pipeline.treatment = value;
      case "--weights" -> c.pipeline.weights = value;
      case "--layout" -> c.layout = constant(ScoreCommand.Layout.values(), value);
      default -> c.format = constant(Documents.Format.values(), value);
    }
  }
}

package io.github.learningcities.lcn.cli;

/**
 * Reads the plain command lines of {@code lcn score} without picocli ({@link PlainArguments}):
 * its options but {@code --consistency-threshold}, {@code --data-weights} and {@code
 * --comparisons}, and an enum value only in upper or lower case; the rest is left to picocli.
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
  static LcnCommand parse(String... args) {
    if (args.length == 0 || !args[0].equals("score")) {
      return null;
    }
    ScoreCommand c = new ScoreCommand();
    c.input = new InputOptions();
    c.pipeline = new PipelineOptions();
    c.common = new CommonOptions();
    inputAndPipelineDefaults(c.input, c.pipeline);
    c.layout = ScoreCommand.Layout.LONG;
    return new ScoreArguments(c).read("score", args) ? c : null;
  }

  @Override
  LcnCommand target() {
    return c;
  }

  @Override
  String canonical(String name) {
    String option = inputOrPipelineOption(name);
    return option != null ? option : switch (name) {
      case "--layout" -> name;
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
      case "--out" -> c.out = path(value);
      case "--layout" -> c.layout = constant(ScoreCommand.Layout.values(), value);
      case "--format" -> c.format = constant(Documents.Format.values(), value);
      default -> setInputOrPipeline(c.input, c.pipeline, option, value);
    }
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;

/**
 * Reads the plain command lines of {@code lcn demo} without picocli ({@link PlainArguments}):
 * {@code -o}/{@code --out}, {@code --force}, {@code -s}/{@code --seed}, {@code -N}/{@code
 * --samples}, {@code -T}/{@code --threads} and {@code -q}/{@code --quiet}, a number only as
 * plain ASCII digits; the rest (a sign, other digits, a number out of range) is left to
 * picocli and its message.
 */
final class DemoArguments extends PlainArguments {
  private final DemoCommand c;

  private DemoArguments(DemoCommand c) {
    this.c = c;
  }

  /**
   * The demo command these arguments give, its options set as picocli would set them (its
   * defaults included), or null when picocli must read them.
   */
  static LcnCommand parse(String... args) {
    if (args.length == 0 || !args[0].equals("demo")) {
      return null;
    }
    DemoCommand c = new DemoCommand();
    c.overwrite = new OverwriteOptions();
    c.common = new CommonOptions();
    c.out = path(DemoCommand.OUT);
    c.seed = SyntheticAssessment.DEFAULT_SEED;
    c.samples = Integer.parseInt(DemoCommand.SAMPLES);
    c.threads = Integer.parseInt(DemoCommand.THREADS);
    return new DemoArguments(c).read("demo", args) ? c : null;
  }

  @Override
  LcnCommand target() {
    return c;
  }

  @Override
  String canonical(String name) {
    return switch (name) {
      case "-o", "--out" -> "--out";
      case "--force" -> name;
      case "-s", "--seed" -> "--seed";
      case "-N", "--samples" -> "--samples";
      case "-T", "--threads" -> "--threads";
      case "-q", "--quiet" -> "--quiet";
      default -> null;
    };
  }

  @Override
  boolean isFlag(String option) {
    return option.equals("--quiet") || option.equals("--force");
  }

  @Override
  void set(String option, String value) {
    switch (option) {
      case "--quiet" -> c.common.quiet = true;
      case "--force" -> c.overwrite.force = true;
      case "--out" -> c.out = path(value);
      case "--seed" -> c.seed = digits(value, LONG_DIGITS);
      case "--samples" -> c.samples = (int) digits(value, INT_DIGITS);
      default -> c.threads = (int) digits(value, INT_DIGITS);
    }
  }
}

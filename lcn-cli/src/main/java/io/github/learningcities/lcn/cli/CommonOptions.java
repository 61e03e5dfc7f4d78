package io.github.learningcities.lcn.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {
  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no summary; errors are still reported on stderr.")
  boolean quiet;
}

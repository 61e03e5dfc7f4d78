package io.github.learningcities.lcn.cli;

import picocli.CommandLine.Option;

/** Options every command has, and what its work needs for messages about memory. */
final class CommonOptions {
  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no summary; errors are still reported on stderr.")
  boolean quiet;

  /** Set by the command once it knows its input's size; named when memory runs out. */
  MemoryNeeds memory;
}

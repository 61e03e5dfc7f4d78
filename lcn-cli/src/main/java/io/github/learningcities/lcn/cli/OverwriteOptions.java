package io.github.learningcities.lcn.cli;

import picocli.CommandLine.Option;

/** {@code --force} of the commands that write files they name into a folder. */
final class OverwriteOptions {
  @Option(names = "--force",
      description = "Replace files of the same names in the output folder (without it, "
          + "existing files are never overwritten and the command stops, naming them).")
  boolean force;
}

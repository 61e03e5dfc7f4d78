package io.github.learningcities.lcn.cli;

import picocli.CommandLine.Option;

/** {@code --force} of the commands that write files whose names they choose themselves. */
final class OverwriteOptions {
  @Option(names = "--force",
      description = "Replace existing files whose names the command chooses (the files it "
          + "writes into the --out folder, or its default file); without it such files are "
          + "never overwritten and the command stops, naming them.")
  boolean force;
}

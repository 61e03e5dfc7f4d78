package io.github.learningcities.lcn.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of lcn, run through picocli or read without it ({@link PlainArguments}): where it
 * writes its output and messages, and which options its line gave, the same either way.
 *
 * @since 0.1.0
 */
abstract class LcnCommand implements Callable<Integer> {
  /** The command's picocli model; null when the line was read without picocli. */
  @Spec
  CommandSpec spec;

  /** Standard output and error when the command runs without picocli. */
  PrintWriter directOut;
  PrintWriter directErr;

  /** The long names of the options given, when the line was read without picocli. */
  Set<String> directOptions = Set.of();

  /** The options every command has. */
  abstract CommonOptions common();

  /** Standard output. */
  final PrintWriter out() {
    return spec != null ? spec.commandLine().getOut() : directOut;
  }

  /** Standard error. */
  final PrintWriter err() {
    return spec != null ? spec.commandLine().getErr() : directErr;
  }

  /**
   * Whether the line gave an option (by its long name), rather than the option taking its
   * default.
   */
  final boolean given(String longName) {
    return spec != null ? spec.commandLine().getParseResult().hasMatchedOption(longName)
        : directOptions.contains(longName);
  }
}

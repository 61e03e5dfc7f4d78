package io.github.learningcities.lcn.cli;

import picocli.CommandLine.Option;

/**
 * The report language option of {@code lcn report} and {@code lcn audit}.
 *
 * @since 0.1.0
 */
final class LanguageOption {
  @Option(names = {"-l", "--lang"}, paramLabel = "LANG", defaultValue = "en",
      description = "Language of the report: uk or en. Default: ${DEFAULT-VALUE}.")
  Language language;

  /** The language's tag, {@code uk} or {@code en}. */
  String tag() {
    return language.tag();
  }
}

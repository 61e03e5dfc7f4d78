package io.github.learningcities.lcn.cli;

import picocli.CommandLine.Option;

/**
 * The report language option of {@code lcn report} and {@code lcn audit}.
 *
 * @since 0.1.0
 */
final class LanguageOption {
  /** The default language's tag, for picocli and {@link PlainArguments}. */
  static final String DEFAULT = "en";

  @Option(names = {"-l", "--lang"}, paramLabel = "LANG", defaultValue = DEFAULT,
      description = "Language of the report: uk or en. Default: ${DEFAULT-VALUE}.")
  Language language;

  /** The language's tag, {@code uk} or {@code en}. */
  String tag() {
    return language.tag();
  }
}

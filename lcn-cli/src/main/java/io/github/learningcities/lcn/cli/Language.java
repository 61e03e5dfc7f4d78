package io.github.learningcities.lcn.cli;

import java.util.Locale;

/** The languages reports are written in. */
enum Language {
  /** Ukrainian. */
  UK,
  /** English. */
  EN;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The report's own texts in one language, read from a UTF-8 catalogue
 * ({@code report-messages_<language>.properties} next to this class). Values are
 * {@link java.util.Formatter} patterns. Diagnostic notes of the engine are explained by their
 * code ({@code note.<code>}), so that a Ukrainian report speaks Ukrainian throughout; only a
 * note whose code the catalogue does not know keeps the engine's English message.
 */
final class Messages {
  private final String language;
  private final Properties texts;

  private Messages(String language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  /**
   * The catalogue of a language.
   *
   * @param language {@code "uk"} or {@code "en"}
   * @return its texts
   * @throws IllegalArgumentException if there is no catalogue for the language
   */
  static Messages of(String language) {
    String name = "report-messages_" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("language '" + language + "' has no catalogue "
            + name + "; expected uk or en");
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, UTF_8)) {
        p.load(r);
      }
      return new Messages(language, p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalogue " + name, e);
    }
  }

  String language() {
    return language;
  }

  /** The keys of the catalogue. */
  Set<String> keys() {
    return texts.stringPropertyNames();
  }

  /**
   * A text with its arguments filled in.
   *
   * @throws IllegalStateException if the catalogue has no such key
   */
  String text(String key, Object... args) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("the " + language + " report catalogue has no text '"
          + key + "'");
    }
    return String.format(Locale.ROOT, pattern, args);
  }

  Optional<String> find(String key) {
    return Optional.ofNullable(texts.getProperty(key));
  }

  /**
   * A diagnostic note in this language: its place (and unit), then the explanation of its code
   * (in English, the engine's message); a code without explanation keeps the English message.
   */
  String note(Diagnostics.Note n) {
    Optional<String> known = find("note." + n.code());
    String body = known.isPresent() ? text("note.explained", known.get(), n.message())
        : text("note.untranslated", find("note.unknown").orElse(""), n.message());
    return n.unit().isPresent() ? text("note.with-unit", n.place(), n.unit().get(), body)
        : text("note.plain", n.place(), body);
  }
}

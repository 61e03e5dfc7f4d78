package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.internal.text.FixedDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Formattable;
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
    try (InputStream in = resource(name)) {
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

  /**
   * A resource beside this class, looked up in its own module (on the class path: the class
   * path) before {@link Class#getResourceAsStream}, which asks the parent class loaders first
   * (the boot loader's search of the runtime's modules cost a short run milliseconds).
   */
  private static InputStream resource(String name) throws IOException {
    InputStream in = Messages.class.getModule().getResourceAsStream(
        Messages.class.getPackageName().replace('.', '/') + "/" + name);
    return in != null ? in : Messages.class.getResourceAsStream(name);
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
    return fill(pattern, args);
  }

  /**
   * Returns {@code String.format(Locale.ROOT, pattern, args)}: the catalogue's own specifiers
   * ({@code %s}, {@code %1$s} to {@code %9$s}, {@code %d} of whole numbers, {@code %.1f} of
   * doubles, {@code %%}) filled in directly, as the report fills hundreds of texts and the
   * Formatter parses each pattern with a regular expression; any other pattern or argument is the
   * Formatter's, with its text or its exception.
   */
  static String fill(String pattern, Object... args) {
    StringBuilder b = new StringBuilder(pattern.length() + 32);
    int ordinary = 0;
    int n = pattern.length();
    for (int i = 0; i < n; i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        b.append(c);
        continue;
      }
      char k = i + 1 < n ? pattern.charAt(i + 1) : 0;
      if (k == '%') {
        b.append('%');
        i++;
        continue;
      }
      char conversion;
      int index;
      if (k == 's' || k == 'd') {
        conversion = k;
        index = ordinary++;
        i++;
      } else if (k >= '1' && k <= '9' && pattern.startsWith("$s", i + 2)) {
        conversion = 's';
        index = k - '1';
        i += 3;
      } else if (pattern.startsWith(".1f", i + 1)) {
        conversion = 'f';
        index = ordinary++;
        i += 3;
      } else {
        return String.format(Locale.ROOT, pattern, args);
      }
      if (args == null || index >= args.length) {
        return String.format(Locale.ROOT, pattern, args);
      }
      Object arg = args[index];
      if (conversion == 's' && !(arg instanceof Formattable)) {
        b.append(arg);
      } else if (conversion == 'd' && (arg instanceof Integer || arg instanceof Long
          || arg instanceof Short || arg instanceof Byte)) {
        b.append(arg);
      } else if (conversion == 'f' && arg instanceof Double d) {
        FixedDecimal.append(b, d, 1);
      } else {
        return String.format(Locale.ROOT, pattern, args);
      }
    }
    return b.toString();
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

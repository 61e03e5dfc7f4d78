package io.github.learningcities.lcn.model.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.ModelStyle;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.immutables.value.Value;

/**
 * A text in one or more languages, keyed by BCP 47 language tags such as {@code "uk"},
 * {@code "en"} or {@code "uk-Latn"} (Ukrainian in Latin script, the romanized form).
 *
 * <p>A localized text has at least one entry; every tag is well-formed and in the canonical
 * form that {@link Locale#toLanguageTag()} produces ({@code "en-GB"}, not {@code "en_gb"});
 * every text is non-blank. Entries keep the order in which they were added. In JSON a localized
 * text is an object from tag to text: {@code {"uk": "Мелітополь", "en": "Melitopol"}}.
 *
 * <p>Two kinds of look-up exist:
 * <ul>
 *   <li>{@link #find(String)} and {@link #find(Locale)} return the text in exactly the requested
 *       language tag, or empty;</li>
 *   <li>{@link #in(String)} and {@link #get(Locale)} always return a text, following this
 *       fallback chain: the requested tag, then its language alone (for {@code "uk-Latn"}:
 *       {@code "uk"}), then English ({@code "en"}), then Ukrainian ({@code "uk"}), then the first
 *       entry.</li>
 * </ul>
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("uk", "Мелітополь", "en", "Melitopol");
 * name.in("uk");        // "Мелітополь"
 * name.in("de");        // "Melitopol" (falls back to English)
 * name.find("de");      // Optional.empty()
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class LocalizedText {

  /** The language tag of English. */
  public static final String ENGLISH = "en";

  /** The language tag of Ukrainian. */
  public static final String UKRAINIAN = "uk";

  /** The language tag of Ukrainian written in Latin script (romanized). */
  public static final String UKRAINIAN_LATIN = "uk-Latn";

  /**
   * Returns the texts by canonical language tag, in the order they were added.
   *
   * @return the texts, never empty
   */
  @JsonValue
  @Value.Parameter
  public abstract Map<String, String> texts();

  /**
   * Checks the invariants.
   *
   * @throws InvalidModelException if there is no entry, a tag is ill-formed or not canonical,
   *     or a text is blank
   */
  @Value.Check
  protected void check() {
    if (texts().isEmpty()) {
      throw new InvalidModelException("LocalizedText", "texts", "{}",
          "at least one text, e.g. {uk=Мелітополь}");
    }
    for (Map.Entry<String, String> e : texts().entrySet()) {
      String tag = e.getKey();
      if (!CanonicalTags.isCanonical(tag)) {
        Optional<String> canonical = canonicalTag(tag);
        if (canonical.isEmpty()) {
          throw new InvalidModelException("LocalizedText", "texts", tag,
              "a well-formed BCP 47 language tag such as \"uk\", \"en\" or \"uk-Latn\"");
        }
        throw new InvalidModelException("LocalizedText", "texts", tag,
            "the canonical form of the language tag, \"" + canonical.get() + "\"");
      }
      if (e.getValue().isBlank()) {
        throw new InvalidModelException("LocalizedText", "texts[" + tag + "]", e.getValue(),
            "a non-blank text");
      }
    }
  }

  /**
   * Returns the language tags that have a text, in order.
   *
   * @return the tags
   */
  public Set<String> languageTags() {
    return texts().keySet();
  }

  /**
   * Returns the text in exactly the requested language, without any fallback.
   *
   * @param languageTag a BCP 47 language tag; it is brought into canonical form first, so
   *     {@code "EN"} finds {@code "en"}
   * @return the text, or empty if there is none in that language
   * @throws IllegalArgumentException if the tag is not a well-formed BCP 47 language tag
   */
  public Optional<String> find(String languageTag) {
    return Optional.ofNullable(texts().get(RequestedTags.of(languageTag).canonical()));
  }

  /**
   * Returns the text in exactly the requested locale's language tag, without any fallback.
   *
   * @param locale the locale; its {@link Locale#toLanguageTag()} is looked up
   * @return the text, or empty if there is none in that language
   */
  public Optional<String> find(Locale locale) {
    return Optional.ofNullable(texts().get(locale.toLanguageTag()));
  }

  /**
   * Returns the text in the requested language or, failing that, the best fallback: the
   * requested tag, then its language alone, then English, then Ukrainian, then the first entry.
   *
   * @param languageTag a BCP 47 language tag such as {@code "uk"} or {@code "uk-Latn"}
   * @return the text, never empty
   * @throws IllegalArgumentException if the tag is not a well-formed BCP 47 language tag
   */
  public String in(String languageTag) {
    RequestedTag requested = RequestedTags.of(languageTag);
    return withFallback(requested.exact(), requested.language());
  }

  /**
   * Returns the text in the requested locale or, failing that, the best fallback: the locale's
   * tag, then its language alone, then English, then Ukrainian, then the first entry.
   *
   * @param locale the locale
   * @return the text, never empty
   */
  public String get(Locale locale) {
    return withFallback(locale.toLanguageTag(), locale.getLanguage());
  }

  /**
   * The fallback chain from a locale's tag ({@link Locale#toLanguageTag()}) and language
   * ({@link Locale#getLanguage()}).
   */
  private String withFallback(String localeTag, String localeLanguage) {
    Map<String, String> texts = texts();
    String exact = texts.get(localeTag);
    if (exact != null) {
      return exact;
    }
    String language = texts.get(localeLanguage);
    if (language != null) {
      return language;
    }
    String english = texts.get(ENGLISH);
    if (english != null) {
      return english;
    }
    String ukrainian = texts.get(UKRAINIAN);
    if (ukrainian != null) {
      return ukrainian;
    }
    return first();
  }

  /**
   * Returns the first text added.
   *
   * @return the first text
   */
  public String first() {
    return texts().values().iterator().next();
  }

  /**
   * Returns the Ukrainian text romanized with {@link UkrainianRomanization}, computed on demand.
   *
   * <p>If an explicit {@code "uk-Latn"} text exists it wins, because a romanized proper name
   * may have an established spelling; otherwise the {@code "uk"} text is transliterated.
   *
   * @return the romanized text, or empty if there is no Ukrainian text
   */
  public Optional<String> romanizedUkrainian() {
    String latin = texts().get(UKRAINIAN_LATIN);
    if (latin != null) {
      return Optional.of(latin);
    }
    return find(UKRAINIAN).map(UkrainianRomanization::romanize);
  }

  /**
   * Returns a copy with the text for one language added or replaced.
   *
   * @param languageTag the canonical BCP 47 language tag
   * @param text the non-blank text
   * @return the new localized text
   * @throws InvalidModelException if the tag or the text is invalid
   */
  public LocalizedText with(String languageTag, String text) {
    Map<String, String> copy = new LinkedHashMap<>(texts());
    copy.put(Objects.requireNonNull(languageTag, "languageTag"), Objects.requireNonNull(text,
        "text"));
    return ImmutableLocalizedText.of(copy);
  }

  /**
   * Returns the text in the first language of the fallback chain for English, so that logs and
   * debuggers show something readable.
   *
   * @return the English text, else the Ukrainian, else the first
   */
  @Override
  public String toString() {
    return in(ENGLISH);
  }

  /**
   * Returns a text in one language.
   *
   * @param languageTag the canonical BCP 47 language tag, e.g. {@code "uk"}
   * @param text the non-blank text
   * @return the localized text
   * @throws InvalidModelException if the tag or the text is invalid
   */
  public static LocalizedText of(String languageTag, String text) {
    return builder().putTexts(languageTag, text).build();
  }

  /**
   * Returns a text in two languages, in this order.
   *
   * @param firstTag the first canonical language tag, e.g. {@code "uk"}
   * @param firstText the text in the first language
   * @param secondTag the second canonical language tag, e.g. {@code "en"}
   * @param secondText the text in the second language
   * @return the localized text
   * @throws InvalidModelException if a tag or a text is invalid
   */
  public static LocalizedText of(String firstTag, String firstText, String secondTag,
      String secondText) {
    return builder().putTexts(firstTag, firstText).putTexts(secondTag, secondText).build();
  }

  /**
   * Returns a text in Ukrainian and English, the two languages the SDK always tries to offer.
   *
   * @param ukrainian the Ukrainian text
   * @param english the English text
   * @return the localized text
   * @throws InvalidModelException if a text is blank
   */
  public static LocalizedText ukrainianAndEnglish(String ukrainian, String english) {
    return of(UKRAINIAN, ukrainian, ENGLISH, english);
  }

  /**
   * Returns a text from a map of canonical language tags to texts, keeping the map's order.
   * Jackson reads a localized text through this method (a JSON object from tag to text), which
   * copies the map once, rather than through the generated builder, which copies it twice.
   *
   * @param texts the texts
   * @return the localized text
   * @throws InvalidModelException if the map is empty, or a tag or a text is invalid
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LocalizedText of(Map<String, ? extends String> texts) {
    return ImmutableLocalizedText.of(texts);
  }

  /**
   * Returns a new builder; add texts with {@code putTexts(tag, text)}.
   *
   * @return the builder
   */
  public static ImmutableLocalizedText.Builder builder() {
    return ImmutableLocalizedText.builder();
  }

  /**
   * Returns the canonical form of a well-formed BCP 47 language tag.
   *
   * @param languageTag the tag
   * @return the canonical tag, or empty if the tag is null, empty or ill-formed
   */
  public static Optional<String> canonicalTag(String languageTag) {
    if (languageTag == null || languageTag.isEmpty()) {
      return Optional.empty();
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(languageTag).build();
      if (locale.getLanguage().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(locale.toLanguageTag());
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  /**
   * The language tags found canonical so far. Checking a tag builds a {@link Locale}, which costs
   * more than the rest of a localized text's construction, and the texts of a document use a
   * handful of tags over and over. Only short canonical tags are remembered, and only up to a
   * fixed number, so that no input can make the set grow without bound; the answer is the same
   * with or without the set.
   */
  private static final class CanonicalTags {
    private static final int MAX_TAGS = 256;
    private static final int MAX_TAG_LENGTH = 16;
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

    static boolean isCanonical(String tag) {
      if (KNOWN.contains(tag)) {
        return true;
      }
      Optional<String> canonical = canonicalTag(tag);
      boolean isCanonical = canonical.isPresent() && canonical.get().equals(tag);
      if (isCanonical && tag.length() <= MAX_TAG_LENGTH && KNOWN.size() < MAX_TAGS) {
        KNOWN.add(tag);
      }
      return isCanonical;
    }
  }

  private static String requireTag(String languageTag) {
    return canonicalTag(languageTag).orElseThrow(() -> new IllegalArgumentException(
        "\"" + languageTag + "\" is not a well-formed BCP 47 language tag; expected e.g."
            + " \"uk\", \"en\" or \"uk-Latn\""));
  }

  /**
   * A requested language tag, resolved once: its canonical form (what {@link #find(String)}
   * looks up), and the tag and language of the locale of that form (where {@link #in(String)}'s
   * fallback chain starts).
   *
   * @param canonical the canonical form of the requested tag
   * @param exact the {@link Locale#toLanguageTag()} of {@code Locale.forLanguageTag(canonical)}
   * @param language that locale's {@link Locale#getLanguage()}
   */
  private record RequestedTag(String canonical, String exact, String language) {
    static RequestedTag resolve(String languageTag) {
      String canonical = requireTag(languageTag);
      Locale locale = Locale.forLanguageTag(canonical);
      return new RequestedTag(canonical, locale.toLanguageTag(), locale.getLanguage());
    }
  }

  /**
   * The tags requested so far, resolved. Resolving a tag parses it twice (its canonical form,
   * then its locale), which costs more than the look-up it serves, and callers ask for a handful
   * of tags over and over (a report asks for every label in its language). As with {@link
   * CanonicalTags}, only short tags are remembered and only up to a fixed number, and the answer
   * is the same with or without the map; an ill-formed tag is never remembered (it throws).
   */
  private static final class RequestedTags {
    private static final int MAX_TAGS = 256;
    private static final int MAX_TAG_LENGTH = 16;
    private static final Map<String, RequestedTag> KNOWN = new ConcurrentHashMap<>();

    static RequestedTag of(String languageTag) {
      RequestedTag known = languageTag == null ? null : KNOWN.get(languageTag);
      if (known != null) {
        return known;
      }
      RequestedTag resolved = RequestedTag.resolve(languageTag);
      if (languageTag.length() <= MAX_TAG_LENGTH && KNOWN.size() < MAX_TAGS) {
        KNOWN.put(languageTag, resolved);
      }
      return resolved;
    }
  }
}

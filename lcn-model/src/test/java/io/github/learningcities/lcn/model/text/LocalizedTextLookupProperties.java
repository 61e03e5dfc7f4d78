package io.github.learningcities.lcn.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link LocalizedText#in(String)} and {@link LocalizedText#find(String)} resolve a requested tag
 * once and remember it; they answer as the look-up that parses the tag on every call (the oracle
 * below, the former code): the same text, or the same exception with the same message, on the
 * first request of a tag and on every later one.
 */
class LocalizedTextLookupProperties {

  private static final List<String> CANONICAL = List.of("uk", "en", "uk-Latn", "de", "en-GB",
      "fr", "sr-Latn-RS", "zh-Hant-TW");

  @Provide
  Arbitrary<String> requested() {
    Arbitrary<String> known = Arbitraries.of("en", "EN", "uk", "UK", "uk-Latn", "UK-latn",
        "uk-latn", "en-GB", "en-gb", "EN-gb", "en_GB", "de", "De", "fr-CA", "sr-latn-rs",
        "zh-Hant-TW", "zh-hant-tw", "i-klingon", "x-private", "und", "", " ", "123", "e",
        "toolongsubtagxx", "en--GB", "-en", "en-", "a-b-c", "en-US-x-lvariant-POSIX",
        "abcdefghijklmnopq-rs");
    Arbitrary<String> random = Arbitraries.strings().withChars("abcdeGHIKLNUZ-_019")
        .ofMinLength(0).ofMaxLength(20);
    return Arbitraries.oneOf(known, known, random);
  }

  @Provide
  Arbitrary<LocalizedText> texts() {
    return Arbitraries.subsetOf(CANONICAL).ofMinSize(1).flatMap(tags -> Arbitraries.shuffle(
        new ArrayList<>(tags)).map(order -> {
          Map<String, String> texts = new LinkedHashMap<>();
          for (String tag : order) {
            texts.put(tag, "text " + tag);
          }
          return LocalizedText.of(texts);
        }));
  }

  @Property
  void inAnswersAsTheParsingLookUp(@ForAll("texts") LocalizedText text,
      @ForAll("requested") String tag) {
    String expected = outcome(() -> oracleIn(text, tag));
    assertThat(outcome(() -> text.in(tag))).isEqualTo(expected);
    assertThat(outcome(() -> text.in(tag))).as("asked again").isEqualTo(expected);
  }

  @Property
  void findAnswersAsTheParsingLookUp(@ForAll("texts") LocalizedText text,
      @ForAll("requested") String tag) {
    String expected = outcome(() -> oracleFind(text, tag).orElse("<empty>"));
    assertThat(outcome(() -> text.find(tag).orElse("<empty>"))).isEqualTo(expected);
    assertThat(outcome(() -> text.find(tag).orElse("<empty>"))).as("asked again")
        .isEqualTo(expected);
  }

  @Property(tries = 20)
  void aNullTagIsRefusedAsBefore(@ForAll("texts") LocalizedText text) {
    assertThat(outcome(() -> text.in(null))).isEqualTo(outcome(() -> oracleIn(text, null)));
    assertThat(outcome(() -> text.find((String) null).orElse("<empty>")))
        .isEqualTo(outcome(() -> oracleFind(text, null).orElse("<empty>")));
  }

  /** The text, or the exception's class and message. */
  private static String outcome(java.util.function.Supplier<String> call) {
    try {
      return "text: " + call.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String oracleIn(LocalizedText text, String tag) {
    Locale locale = Locale.forLanguageTag(oracleRequire(tag));
    Map<String, String> texts = text.texts();
    for (String key : new String[] {locale.toLanguageTag(), locale.getLanguage(), "en", "uk"}) {
      String found = texts.get(key);
      if (found != null) {
        return found;
      }
    }
    return texts.values().iterator().next();
  }

  private static Optional<String> oracleFind(LocalizedText text, String tag) {
    return Optional.ofNullable(text.texts().get(oracleRequire(tag)));
  }

  private static String oracleRequire(String tag) {
    return LocalizedText.canonicalTag(tag).orElseThrow(() -> new IllegalArgumentException(
        "\"" + tag + "\" is not a well-formed BCP 47 language tag; expected e.g."
            + " \"uk\", \"en\" or \"uk-Latn\""));
  }
}

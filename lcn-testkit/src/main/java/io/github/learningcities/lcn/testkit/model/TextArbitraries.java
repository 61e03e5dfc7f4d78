package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.text.LocalizedText;
import io.github.learningcities.lcn.model.text.UkrainianRomanization;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Ukrainian and English words, names and phrases, and {@link LocalizedText} values built from
 * them. Ukrainian words are made of Ukrainian syllables (including ї, є, ґ, щ and the
 * apostrophe) so that they exercise the official romanization; English texts use a small
 * learning-city vocabulary.
 *
 * @since 0.1.0
 */
public final class TextArbitraries {

  private static final List<String> SYLLABLES = List.of(
      "ме", "лі", "то", "поль", "ки", "їв", "ха", "рків", "дні", "про", "бі", "ла", "цер", "ква",
      "су", "ми", "ві", "нни", "ця", "ль", "ів", "зго", "ра", "ни", "зна", "м’ян", "ка", "щас",
      "ли", "ве", "жи", "то", "мир", "ґа", "на", "єв", "юр", "яр", "чер", "ні", "гів", "ше", "ва");

  private static final List<String> ENGLISH = List.of(
      "learning", "city", "lifelong", "education", "community", "library", "network", "forum",
      "inclusive", "green", "healthy", "culture", "skills", "families", "youth", "digital",
      "partnership", "museum", "school", "university", "workplace", "citizens", "quality");

  private static final List<String> UKRAINIAN = List.of(
      "навчання", "місто", "освіта", "громада", "бібліотека", "мережа", "форум", "інклюзивне",
      "зелене", "здорове", "культура", "навички", "родини", "молодь", "цифрове", "партнерство",
      "музей", "школа", "університет", "громадяни", "якість", "протягом", "життя");

  private TextArbitraries() {}

  /**
   * Returns capitalized Ukrainian words of two to four syllables, such as "Мелітополь".
   *
   * @return the words
   */
  public static Arbitrary<String> ukrainianWords() {
    return Arbitraries.of(SYLLABLES).list().ofMinSize(2).ofMaxSize(4)
        .map(s -> capitalize(String.join("", s)));
  }

  /**
   * Returns short Ukrainian phrases of learning-city vocabulary.
   *
   * @return the phrases, non-blank
   */
  public static Arbitrary<String> ukrainianPhrases() {
    return Arbitraries.of(UKRAINIAN).list().ofMinSize(1).ofMaxSize(6)
        .map(w -> capitalize(String.join(" ", w)));
  }

  /**
   * Returns short English phrases of learning-city vocabulary.
   *
   * @return the phrases, non-blank
   */
  public static Arbitrary<String> englishPhrases() {
    return Arbitraries.of(ENGLISH).list().ofMinSize(1).ofMaxSize(6)
        .map(w -> capitalize(String.join(" ", w)));
  }

  /**
   * Returns texts in Ukrainian and English.
   *
   * @return the texts
   */
  public static Arbitrary<LocalizedText> localizedTexts() {
    return Combinators.combine(ukrainianPhrases(), englishPhrases())
        .as(LocalizedText::ukrainianAndEnglish);
  }

  /**
   * Returns proper names in Ukrainian with their English (romanized) form, sometimes with an
   * explicit {@code uk-Latn} entry; the English form is the official romanization.
   *
   * @return the names
   */
  public static Arbitrary<LocalizedText> ukrainianNames() {
    return Combinators.combine(ukrainianWords(), Arbitraries.of(false, true)).as((uk, latin) -> {
      String en = UkrainianRomanization.romanize(uk);
      LocalizedText text = LocalizedText.ukrainianAndEnglish(uk, en);
      return latin ? text.with(LocalizedText.UKRAINIAN_LATIN, en) : text;
    });
  }

  /**
   * Returns a lowercase slug for a romanized name, e.g. "bila-tserkva" for "Bila Tserkva".
   *
   * @param latin a text in Latin letters
   * @return the slug, matching {@code [a-z0-9]+(-[a-z0-9]+)*}
   */
  public static String slug(String latin) {
    String s = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-+)|(-+$)", "");
    return s.isEmpty() ? "x" : s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}

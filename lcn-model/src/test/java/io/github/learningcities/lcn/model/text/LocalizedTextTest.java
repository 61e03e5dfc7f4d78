package io.github.learningcities.lcn.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  private final LocalizedText melitopol = LocalizedText.of("uk", "Мелітополь", "en", "Melitopol");

  @Test
  void findsExactlyWithoutFallback() {
    assertThat(melitopol.find("uk")).contains("Мелітополь");
    assertThat(melitopol.find("EN")).contains("Melitopol");
    assertThat(melitopol.find("de")).isEmpty();
    assertThat(melitopol.find("uk-Latn")).isEmpty();
    assertThat(melitopol.find(Locale.ENGLISH)).contains("Melitopol");
  }

  @Test
  void fallsBackFromTheTagToItsLanguage() {
    assertThat(melitopol.in("uk-Latn")).isEqualTo("Мелітополь");
    assertThat(melitopol.in("en-GB")).isEqualTo("Melitopol");
    assertThat(melitopol.get(Locale.forLanguageTag("uk-UA"))).isEqualTo("Мелітополь");
  }

  @Test
  void fallsBackToEnglishThenUkrainianThenTheFirstEntry() {
    assertThat(melitopol.in("de")).isEqualTo("Melitopol");
    LocalizedText ukrainianAndGerman = LocalizedText.of("de", "Melitopol (de)", "uk", "Мелітополь");
    assertThat(ukrainianAndGerman.in("fr")).isEqualTo("Мелітополь");
    LocalizedText germanAndFrench = LocalizedText.of("de", "Stadt", "fr", "Ville");
    assertThat(germanAndFrench.in("pl")).isEqualTo("Stadt");
    assertThat(germanAndFrench.get(Locale.JAPANESE)).isEqualTo("Stadt");
  }

  @Test
  void romanizesTheUkrainianTextOnDemandUnlessARomanizedTextExists() {
    assertThat(melitopol.romanizedUkrainian()).contains("Melitopol");
    LocalizedText novoyavorivsk = LocalizedText.of("uk", "Новояворівськ");
    assertThat(novoyavorivsk.romanizedUkrainian()).contains("Novoiavorivsk");
    assertThat(novoyavorivsk.with("uk-Latn", "Novoyavorivsk").romanizedUkrainian())
        .contains("Novoyavorivsk");
    assertThat(LocalizedText.of("en", "Hamburg").romanizedUkrainian()).isEmpty();
  }

  @Test
  void keepsTheOrderOfEntries() {
    assertThat(melitopol.languageTags()).containsExactly("uk", "en");
    assertThat(melitopol.first()).isEqualTo("Мелітополь");
  }

  @Test
  void rejectsAnEmptyText() {
    assertThatThrownBy(() -> LocalizedText.of(Map.of()))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("LocalizedText.texts: \"{}\" is invalid; expected at least one");
  }

  @Test
  void rejectsABlankText() {
    assertThatThrownBy(() -> LocalizedText.of("uk", "  "))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("LocalizedText.texts[uk]: \"  \" is invalid; expected a non-blank text");
  }

  @Test
  void rejectsIllFormedAndNonCanonicalTags() {
    assertThatThrownBy(() -> LocalizedText.of("en_US", "x"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("\"en_US\" is invalid; expected a well-formed BCP 47");
    assertThatThrownBy(() -> LocalizedText.of("EN", "x"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("expected the canonical form of the language tag, \"en\"");
    assertThatThrownBy(() -> LocalizedText.of("", "x"))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> melitopol.in("not a tag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a well-formed BCP 47 language tag");
  }

  @Test
  void acceptsScriptAndRegionSubtags() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("uk-Latn", "Melitopol");
    texts.put("en-GB", "Melitopol");
    assertThat(LocalizedText.of(texts).languageTags()).containsExactly("uk-Latn", "en-GB");
  }

  @Test
  void isEqualByValueRegardlessOfOrder() {
    assertThat(LocalizedText.of("en", "Melitopol", "uk", "Мелітополь")).isEqualTo(melitopol)
        .hasSameHashCodeAs(melitopol);
  }
}

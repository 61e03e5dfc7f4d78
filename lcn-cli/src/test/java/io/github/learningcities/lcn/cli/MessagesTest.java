package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

  @Test
  void bothCataloguesHaveTheSameTextsApartFromTheNoteExplanations() {
    Set<String> en = new TreeSet<>(Messages.of("en").keys());
    Set<String> uk = new TreeSet<>(Messages.of("uk").keys());
    uk.removeIf(k -> k.startsWith("note.") && !Set.of("note.with-unit", "note.plain",
        "note.explained", "note.untranslated").contains(k));

    assertThat(uk).isEqualTo(en);
  }

  @ParameterizedTest
  @ValueSource(strings = {"constant-indicator", "zero-weight-sum", "missing-denominator",
      "not-imputed", "feature-without-data"})
  void everyNoteCodeOfTheEngineHasAUkrainianExplanationInsteadOfTheEnglishMessage(String code) {
    Diagnostics.Note n = new Diagnostics.Note(code, "LPI", Optional.of("AUT"), "the message");

    String uk = Messages.of("uk").note(n);

    assertThat(Messages.of("uk").find("note." + code)).isPresent();
    assertThat(uk).startsWith("LPI (AUT): ").doesNotContain("the message", "англ.")
        .matches(".*[а-яіїєґ]{4,}.*");
    assertThat(Messages.of("en").note(n)).isEqualTo("LPI (AUT): the message");
  }

  @Test
  void anUnknownNoteCodeStillShowsTheEnglishMessage() {
    Diagnostics.Note n = new Diagnostics.Note("new-code", "Index", Optional.empty(), "text");

    assertThat(Messages.of("uk").note(n)).isEqualTo(
        "Index: примітка рушія без українського пояснення [англ.: text]");
  }

  @Test
  void aMissingTextOrLanguageIsNamed() {
    assertThatThrownBy(() -> Messages.of("en").text("no.such.key"))
        .hasMessageContaining("no.such.key");
    assertThatThrownBy(() -> Messages.of("fr")).hasMessageContaining("fr");
  }
}

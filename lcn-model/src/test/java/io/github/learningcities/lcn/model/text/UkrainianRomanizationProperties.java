package io.github.learningcities.lcn.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UkrainianRomanizationProperties {

  private static final String UKRAINIAN =
      "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ";

  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.strings()
        .withChars(UKRAINIAN + "’'ʼ -.,0123456789ABCxyz")
        .ofMaxLength(40);
  }

  @Property
  void isDeterministic(@ForAll("mixedText") String text) {
    assertThat(UkrainianRomanization.romanize(text))
        .isEqualTo(UkrainianRomanization.romanize(new String(text.toCharArray())));
  }

  @Property
  void leavesNoCyrillic(@ForAll("mixedText") String text) {
    String latin = UkrainianRomanization.romanize(text);
    assertThat(latin.chars()).noneMatch(c -> Character.UnicodeBlock.of(c)
        == Character.UnicodeBlock.CYRILLIC);
  }

  @Property
  void writesOnlyAsciiLettersAndTheInputsOtherCharacters(@ForAll("mixedText") String text) {
    String latin = UkrainianRomanization.romanize(text);
    for (char c : latin.toCharArray()) {
      boolean asciiLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      assertThat(asciiLetter || text.indexOf(c) >= 0)
          .as("character %s in %s from %s", c, latin, text)
          .isTrue();
    }
  }

  @Property
  void keepsDigitsSpacesAndPunctuationInOrder(@ForAll("mixedText") String text) {
    assertThat(nonLetters(UkrainianRomanization.romanize(text))).isEqualTo(nonLetters(text));
  }

  /** The characters that are neither letters nor apostrophes, in order. */
  private static String nonLetters(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (!Character.isLetter(c) && "’'ʼ".indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }
}

package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link ErrorMessages#bounded} returns a message its regular expression leaves alone without
 * running it, and every other message as the regular expression bounds it: the two agree on
 * messages near every limit (the longest word, the longest message, control characters, white
 * space other than a space, quotes, characters outside the Basic Multilingual Plane).
 */
class BoundedMessageProperties {

  /** Characters around each rule of the bound: word separators, controls, surrogates. */
  @Provide
  Arbitrary<String> messages() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.chars().range('a', 'z')),
        Tuple.of(4, Arbitraries.of(' ', '\t', '\n', '\r', '\u000B', '\f', '\'',
            '"')),
        Tuple.of(1, Arbitraries.of('\u0000', '\u001B', '\u007F', '\u0085',
            '\u009F', '\u00A0', '\u2028', '\u3000', 'é', '…')),
        Tuple.of(1, Arbitraries.of('\uD834', '\uDD1E')));
    Arbitrary<String> word = chars.list().ofMinSize(0).ofMaxSize(300)
        .map(BoundedMessageProperties::text);
    Arbitrary<String> run = Arbitraries.integers().between(ErrorMessages.MAX_WORD - 2,
        ErrorMessages.MAX_WORD + 2).map("x"::repeat);
    Arbitrary<String> pairs = Arbitraries.integers().between(58, 62).map("\uD834\uDD1E"::repeat);
    return Arbitraries.oneOf(word, run, pairs, Arbitraries.just("w "))
        .list().ofMinSize(1).ofMaxSize(40).map(parts -> String.join("", parts));
  }

  private static String text(List<Character> chars) {
    StringBuilder sb = new StringBuilder(chars.size());
    for (char c : chars) {
      sb.append(c);
    }
    return sb.toString();
  }

  @Property(tries = 2000)
  void theShortcutAgreesWithTheRegularExpression(@ForAll("messages") String message) {
    assertThat(ErrorMessages.bounded(message))
        .isEqualTo(ErrorMessages.boundedByPatterns(message));
    if (ErrorMessages.isBounded(message)) {
      assertThat(ErrorMessages.boundedByPatterns(message)).isEqualTo(message);
    }
  }

  @Example
  void messagesAtEachLimit() {
    String longest = "x".repeat(ErrorMessages.MAX_WORD);
    assertThat(ErrorMessages.isBounded(longest)).isTrue();
    assertThat(ErrorMessages.isBounded(longest + "x")).isFalse();
    assertThat(ErrorMessages.bounded(longest + "x"))
        .isEqualTo("x".repeat(ErrorMessages.MAX_WORD / 2) + "… (121 characters)");
    assertThat(ErrorMessages.isBounded(longest + "'" + longest + "\"" + longest + "\t"
        + longest)).isTrue();
    String most = "ab ".repeat(ErrorMessages.MAX_MESSAGE / 3) + "ab";
    assertThat(most).hasSize(ErrorMessages.MAX_MESSAGE);
    assertThat(ErrorMessages.isBounded(most)).isTrue();
    assertThat(ErrorMessages.isBounded(most + "c")).isFalse();
    assertThat(ErrorMessages.bounded(most + "c")).endsWith("… (2,001 characters in all)");
    assertThat(ErrorMessages.isBounded("a\u001Bb")).isFalse();
    assertThat(ErrorMessages.bounded("a\u001Bb")).isEqualTo("a\\u001Bb");
    assertThat(ErrorMessages.isBounded("a\u0085b")).isFalse();
    assertThat(ErrorMessages.isBounded("tab\tand\nline")).isTrue();
  }
}

package io.github.learningcities.lcn.indicators.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Unit;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The code rules of nodes and units, checked by scans of the text, accept exactly what the
 * regular expressions that stated them before accept.
 */
class CodeRuleProperties {

  /** The node code rule as it was first written. */
  private static final Pattern NODE_CODE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
  /** The unit code rule as it was first written. */
  private static final Pattern UNIT_CODE = Pattern.compile("[^\\s]+");

  /**
   * Pieces at the edges of the rules: ASCII, every whitespace of {@code \s} and some that is
   * not, letters of each category (Lu, Ll, Lt, Lm, Lo), numbers of each (Nd, Nl, No), a
   * combining mark, symbols, letters and digits outside the BMP, lone surrogates.
   */
  private static final List<String> PIECES = List.of("a", "Z", "0", "9", "_", ".", "-", " ",
      "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2028", "\u0085", "\u001C", "Ü", "ß", "ǅ",
      "ʰ", "中", "٣", "Ⅻ", "½", "²", "\u0301", "$", "+", "/", ":", "'", "𝐀", "𝟘", "😀",
      "\uD835", "\uDC00", "\u0000");

  @Provide
  Arbitrary<String> edgeTexts() {
    return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(6)
        .map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> anyTexts() {
    return Arbitraries.strings().all().ofMinLength(0).ofMaxLength(8);
  }

  @Property(tries = 5000)
  void codesFromEdgePiecesAgreeWithTheExpressions(@ForAll("edgeTexts") String text) {
    assertAgree(text);
  }

  @Property(tries = 5000)
  void codesFromAnyCharactersAgreeWithTheExpressions(@ForAll("anyTexts") String text) {
    assertAgree(text);
  }

  @Example
  void eachPieceAloneAndAfterALetterAgreesWithTheExpressions() {
    for (String p : PIECES) {
      for (String text : List.of(p, "a" + p, p + "a")) {
        assertAgree(text);
      }
    }
  }

  @Example
  void everyAsciiCharacterAloneAfterALetterAndBeforeOneAgreesWithTheExpressions() {
    for (char c = 0; c < 0x80; c++) {
      String p = String.valueOf(c);
      for (String text : List.of(p, "a" + p, p + "a", "_" + p + "\u00DC", "\u00DC" + p)) {
        assertAgree(text);
      }
    }
  }

  private static void assertAgree(String text) {
    assertThat(Node.isValidCode(text)).as("node code '%s'", text)
        .isEqualTo(NODE_CODE.matcher(text).matches());
    assertThat(Unit.isValidCode(text)).as("unit code '%s'", text)
        .isEqualTo(UNIT_CODE.matcher(text).matches());
  }
}

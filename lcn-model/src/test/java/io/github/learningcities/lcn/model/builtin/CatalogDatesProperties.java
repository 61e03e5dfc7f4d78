package io.github.learningcities.lcn.model.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.model.internal.TextShapes;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The built-in network's written-out checks of its dates and year ranges agree with the
 * expressions they replaced.
 */
class CatalogDatesProperties {

  @Provide
  Arbitrary<String> texts() {
    // The valid shapes and their near misses, each place a digit or hyphen most of the time
    // and else a non-ASCII digit, a letter, a slash or a line break; and arbitrary short texts.
    Arbitrary<String> shaped = TextShapes.shaped(List.of("dddd", "dddd-dd", "dddd-dd-dd",
        "dddd-dddd", "ddd-dd", "dddd-d", "dddd-dd-d", "dddd-dd-ddd", "ddddd"), Map.of(
        'd', Arbitraries.of('0', '1', '2', '9', '0', '7', '٣', 'x', '-'),
        '-', Arbitraries.of('-', '-', '-', '/', '1', '\n')));
    return Arbitraries.oneOf(shaped,
        Arbitraries.strings().withChars("0129-x٣/ \n").ofMaxLength(11));
  }

  @Property(tries = 3000)
  void yearRangesAsTheExpression(@ForAll("texts") String s) {
    assertThat(UkrainianNetwork.isYearRange(s)).isEqualTo(s.matches("([0-9]{4})-([0-9]{4})"));
  }

  @Property(tries = 3000)
  void partialDatesAsTheExpression(@ForAll("texts") String s) {
    assertThat(UkrainianNetwork.isPartialDate(s))
        .isEqualTo(s.matches("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"));
  }
}

package io.github.learningcities.lcn.model.internal;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Texts near a rule's edge, for the properties that compare a written-out check with the regular
 * expression it replaced: random texts rarely take a valid shape of ten characters, so these
 * fill given shapes, each place from the characters its letter maps to (mostly right, sometimes
 * a near miss).
 */
public final class TextShapes {
  private TextShapes() {}

  /**
   * Texts of the given shapes.
   *
   * @param shapes e.g. {@code "dddd-dd-dd"}
   * @param places the characters of each letter of a shape, e.g. {@code 'd'} to digits and a
   *     few others; a character no entry names stands for itself
   * @return the texts
   */
  public static Arbitrary<String> shaped(List<String> shapes,
      Map<Character, Arbitrary<Character>> places) {
    return Arbitraries.of(shapes).flatMap(shape -> {
      Arbitrary<String> text = Arbitraries.just("");
      for (char c : shape.toCharArray()) {
        Arbitrary<Character> place = places.getOrDefault(c, Arbitraries.just(c));
        text = Combinators.combine(text, place).as((prefix, next) -> prefix + next);
      }
      return text;
    });
  }
}

package io.github.learningcities.lcn.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written slug scan accepts exactly what the documented regular expression does. */
class SlugsProperties {
  private static final Pattern REGEX = Pattern.compile(Slugs.REGEX);

  @Provide
  Arbitrary<String> nearSlugs() {
    // Slug characters with hyphens often enough to produce leading, trailing and doubled ones,
    // or the same with characters just outside the allowed ranges mixed in.
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab0z9--").ofMinLength(0).ofMaxLength(70),
        Arbitraries.strings().withChars("ab0z9--`{/:A_ ы").ofMinLength(0).ofMaxLength(70));
  }

  @Property(tries = 3000)
  void theScanAgreesWithTheRegularExpression(@ForAll("nearSlugs") String text) {
    boolean expected = text.length() <= Slugs.MAX_LENGTH && REGEX.matcher(text).matches();
    assertThat(Slugs.isSlug(text)).as("isSlug(\"%s\")", text).isEqualTo(expected);
  }

  @Property(tries = 500)
  void slugsOfEveryLengthUpToTheLimit(@ForAll("slugParts") String text) {
    boolean expected = text.length() <= Slugs.MAX_LENGTH && REGEX.matcher(text).matches();
    assertThat(expected).isTrue();
    assertThat(Slugs.isSlug(text)).isTrue();
  }

  @Provide
  Arbitrary<String> slugParts() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .ofMinLength(1).ofMaxLength(10);
    return part.list().ofMinSize(1).ofMaxSize(6).map(p -> String.join("-", p))
        .filter(s -> s.length() <= Slugs.MAX_LENGTH);
  }
}

package io.github.learningcities.lcn.model.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.internal.TextShapes;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A commitment code's written-out check agrees with the expression it replaced. */
class CommitmentCodeProperties {

  @Provide
  Arbitrary<String> codes() {
    // Codes of every valid length and their near misses (a lowercase or non-ASCII letter, a
    // fifth letter, a fourth digit, an empty part, a line break), and arbitrary short texts.
    Arbitrary<String> shaped = TextShapes.shaped(List.of("A1", "AB12", "ABCD123.1.22",
        "AAAAA1", "A1234", "A1.", "A1..2", "AB1.123.4567", "A12.3.4.5.6.7.8.9"), Map.of(
        'A', Arbitraries.of('A', 'C', 'Z', 'A', 'a', '\u0416', '1'),
        '1', Arbitraries.of('0', '1', '9', '5', '\u0663', 'A'),
        '2', Arbitraries.of('0', '1', '9'),
        '.', Arbitraries.of('.', '.', '.', '-', '\n')));
    return Arbitraries.oneOf(shaped,
        Arbitraries.strings().withChars("ACZ019..a@[/:\u0663\n").ofMaxLength(18));
  }

  @Property(tries = 3000)
  void codesAsTheExpression(@ForAll("codes") String s) {
    boolean expected = s.length() <= 16 && s.matches("[A-Z]{1,4}[0-9]{1,3}(\\.[0-9]{1,3})*");
    Throwable thrown = catchThrowable(() -> CommitmentCode.of(s));
    if (expected) {
      assertThat(thrown).isNull();
      assertThat(CommitmentCode.of(s).value()).isEqualTo(s);
    } else {
      assertThat(thrown).isInstanceOf(InvalidModelException.class);
    }
  }
}

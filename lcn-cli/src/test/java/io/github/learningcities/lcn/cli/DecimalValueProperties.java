package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PipelineOptions.Method#isDecimal}, the hand-written check of a numeric parameter
 * value, accepts exactly what the regular expression it replaced accepted.
 */
class DecimalValueProperties {
  /** The regular expression the method parameters were checked with before. */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  @Property(tries = 3000)
  void agreesWithTheRegularExpression(@ForAll("numberLike") String v) {
    assertThat(PipelineOptions.Method.isDecimal(v)).as(v).isEqualTo(NUMBER.matcher(v).matches());
  }

  @Property(tries = 500)
  void acceptsWhatJavaWritesForFiniteDoubles(@ForAll double d) {
    String v = Double.toString(d);
    assertThat(PipelineOptions.Method.isDecimal(v)).as(v).isEqualTo(NUMBER.matcher(v).matches());
  }

  @Example
  void edgeValues() {
    for (String v : new String[] {"", "+", "-", ".", "e5", "1e", "1e+", ".e1", "1.", ".5",
        "-.5e-3", "+1E+10", "1.2.3", "1e5e5", " 1", "1 ", "٣", "NaN", "Infinity", "0x10"}) {
      assertThat(PipelineOptions.Method.isDecimal(v)).as(v).isEqualTo(NUMBER.matcher(v).matches());
    }
  }

  /** Short strings over the characters a number is made of, and a few others. */
  @Provide
  Arbitrary<String> numberLike() {
    return Arbitraries.strings().withChars("0123456789+-.eE x٣").ofMinLength(0).ofMaxLength(8);
  }
}

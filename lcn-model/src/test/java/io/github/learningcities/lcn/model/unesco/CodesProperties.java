package io.github.learningcities.lcn.model.unesco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.learningcities.lcn.model.InvalidModelException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The catalog codes' written-out check agrees with the expression it replaced. */
class CodesProperties {

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().withChars("azAZ09...-@[/:\u00e9\u0663 \n").ofMaxLength(10);
  }

  @Property(tries = 3000)
  void dottedCodesAsTheExpression(@ForAll("codes") String s) {
    boolean expected = s.matches("[0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");
    assertThat(Codes.isCode(s)).isEqualTo(expected);
    Throwable thrown = catchThrowable(() -> Codes.require("feature", "code", s));
    if (expected) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("a dotted code of letters and digits");
    }
  }
}

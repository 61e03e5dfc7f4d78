package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The version line writes a runtime's version as {@link Runtime.Version#toString()} does. */
class VersionLineProperties {

  @Example
  void thisRuntime() {
    assertThat(Lcn.Version.text(Runtime.version())).isEqualTo(Runtime.version().toString());
  }

  @Provide
  Arbitrary<String> versions() {
    Arbitrary<String> numbers = Arbitraries.integers().between(1, 30).list().ofMinSize(1)
        .ofMaxSize(5).map(l -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < l.size(); i++) {
            // Version numbers end in a non-zero component (17.0.15, never 17.0).
            int last = l.get(i) % 9 + 1;
            sb.append(i == 0 ? "" : ".").append(i == 0 ? l.get(i)
                : i == l.size() - 1 ? last : l.get(i) % 10);
          }
          return sb.toString();
        });
    Arbitrary<String> word = Arbitraries.strings().withChars("abcXYZ019").ofMinLength(1)
        .ofMaxLength(6);
    Arbitrary<String> pre = Arbitraries.oneOf(Arbitraries.just(""),
        Arbitraries.strings().withChars("abcea").ofMinLength(1).ofMaxLength(4)
            .map(p -> "-" + p));
    Arbitrary<String> build = Arbitraries.oneOf(Arbitraries.just(""),
        Arbitraries.integers().between(0, 99).map(b -> "+" + b));
    Arbitrary<String> optional = Arbitraries.oneOf(Arbitraries.just(""),
        word.map(o -> "-" + o));
    return Combinators.combine(numbers, pre, build, optional).as((n, p, b, o) ->
        b.isEmpty() && !o.isEmpty() ? n + p + (p.isEmpty() ? "+" : "") + o : n + p + b + o);
  }

  @Property(tries = 1000)
  void anyVersionIsWrittenAsTheRuntimeWritesIt(@ForAll("versions") String text) {
    Runtime.Version v = Runtime.Version.parse(text);
    assertThat(Lcn.Version.text(v)).isEqualTo(v.toString());
  }
}

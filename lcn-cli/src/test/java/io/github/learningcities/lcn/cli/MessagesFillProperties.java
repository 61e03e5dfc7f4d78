package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Formattable;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingFormatArgumentException;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Messages#fill} gives what {@code String.format(Locale.ROOT, pattern, args)} gives: on
 * patterns made of the catalogue's specifiers and of others it leaves to the Formatter, with
 * arguments of every kind the report passes and of kinds it does not, and on every text of both
 * catalogues.
 */
class MessagesFillProperties {

  private static final Formattable SHOUTING = (Formatter f, int flags, int width,
      int precision) -> f.format("FORMATTABLE");

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> piece = Arbitraries.of("%s", "%d", "%.1f", "%%", "%1$s", "%2$s", "%3$s",
        "%9$s", "%n", "%5s", "%.2f", "%x", " of ", "(", "%", "%1", "%1$", "%.1", "%.", " — ",
        "літери", "plain");
    return piece.list().ofMaxSize(7).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<Object[]> arguments() {
    Arbitrary<Object> one = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(6).map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(6).map(d -> (Object) d),
        Arbitraries.of(Double.NaN, -0.0, 0.05, 0.25, 99.95, Double.POSITIVE_INFINITY,
            (short) -7, (byte) 3, 2.5f, 'c', true, SHOUTING, List.of(1, 2)).map(o -> (Object) o),
        Arbitraries.just(null));
    return one.list().ofMaxSize(5).map(l -> l.toArray());
  }

  @Property(tries = 4000)
  void fillsAsTheFormatter(@ForAll("patterns") String pattern,
      @ForAll("arguments") Object[] args) {
    String expected;
    try {
      expected = String.format(Locale.ROOT, pattern, args);
    } catch (RuntimeException e) {
      assertThatThrownBy(() -> Messages.fill(pattern, args)).isInstanceOf(e.getClass())
          .hasMessage(e.getMessage());
      return;
    }
    assertThat(Messages.fill(pattern, args)).isEqualTo(expected);
  }

  @Example
  void everyCatalogueTextFillsAsTheFormatter() throws IOException {
    Object[][] argumentSets = {
        {"alpha", "beta", "gamma"}, {3, 14, 21.4285714}, {7, 9, "x"}, {"a", 2.05, 4},
        {12, 300, "12 failed"}, {0.5, 1.25, -0.0}};
    int texts = 0;
    for (String language : new String[] {"en", "uk"}) {
      Properties p = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream(
          "report-messages_" + language + ".properties");
          Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      for (String key : p.stringPropertyNames()) {
        texts++;
        String pattern = p.getProperty(key);
        for (Object[] args : argumentSets) {
          List<String> outcome = new ArrayList<>();
          try {
            outcome.add(String.format(Locale.ROOT, pattern, args));
          } catch (RuntimeException e) {
            outcome.add(e.getClass().getName());
          }
          try {
            outcome.add(Messages.fill(pattern, args));
          } catch (RuntimeException e) {
            outcome.add(e.getClass().getName());
          }
          assertThat(outcome.get(1)).as("%s %s", language, key).isEqualTo(outcome.get(0));
        }
      }
    }
    assertThat(texts).isGreaterThan(40);
  }

  @Example
  void aMissingArgumentIsTheFormattersError() {
    assertThatThrownBy(() -> Messages.fill("%s and %s", "one"))
        .isInstanceOf(MissingFormatArgumentException.class);
    assertThat(Messages.fill("%2$s", "one", "two")).isEqualTo("two");
    assertThat(Messages.fill("%s%%", (Object) null)).isEqualTo("null%");
  }
}

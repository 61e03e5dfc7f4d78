package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.cli.report.HtmlReport;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link HtmlReport#rgb} writes what the formatter it replaced in the charts writes. */
class RgbProperties {

  @Provide
  Arbitrary<Integer> channels() {
    // the usual channels, their edges, and what a colour scale out of range would give
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 255),
        Arbitraries.integers().between(-300, 600),
        Arbitraries.of(-1, 0, 15, 16, 255, 256, 4095, 4096, Integer.MIN_VALUE,
            Integer.MAX_VALUE));
  }

  @Property(tries = 2000)
  void writesWhatTheFormatterWrites(@ForAll("channels") int red, @ForAll("channels") int green,
      @ForAll("channels") int blue) {
    assertThat(HtmlReport.rgb(red, green, blue))
        .isEqualTo(String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue));
  }
}

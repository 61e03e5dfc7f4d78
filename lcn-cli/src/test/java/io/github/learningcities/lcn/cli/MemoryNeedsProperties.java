package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The work descriptions of {@link MemoryNeeds}, written without {@link String#format}. */
class MemoryNeedsProperties {

  @Property(tries = 2000)
  void groupedWritesWhatTheFormatterWrites(@ForAll long n) {
    assertThat(MemoryNeeds.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }

  @Property(tries = 500)
  void groupedWritesSmallNumbersAsTheFormatterDoes(@ForAll int n) {
    assertThat(MemoryNeeds.grouped(n % 100_000)).isEqualTo(String.format(Locale.ROOT, "%,d",
        n % 100_000));
  }

  @Example
  void groupedAtTheEdges() {
    for (long n : new long[] {0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, Long.MAX_VALUE,
        Long.MIN_VALUE, Long.MIN_VALUE + 1}) {
      assertThat(MemoryNeeds.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }
  }

  @Property(tries = 200)
  void workDescriptionsAreThoseOfTheFormatter(@ForAll int units, @ForAll int nodes,
      @ForAll long runs, @ForAll int workers) {
    int u = Math.abs(units % 10_000_000);
    int k = Math.abs(nodes % 100_000);
    long r = Math.abs(runs % 1_000_000_000_000L);
    int w = Math.abs(workers % 1000);
    assertThat(MemoryNeeds.scoring(u, k).what())
        .isEqualTo(String.format(Locale.ROOT, "scoring %,d units x %,d nodes", u, k));
    assertThat(MemoryNeeds.uncertainty(u, k, r, w).what()).isEqualTo(String.format(Locale.ROOT,
        "an uncertainty analysis of %,d units x %,d nodes over %,d runs on %,d threads",
        u, k, r, w));
  }
}

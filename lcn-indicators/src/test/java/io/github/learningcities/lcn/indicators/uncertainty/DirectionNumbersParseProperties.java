package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The scan that reads Joe and Kuo's direction numbers gives what the reader it replaced gave (a
 * regular-expression split of each trimmed line), on the shipped file and on files with other
 * blanks, line ends and numbers.
 */
class DirectionNumbersParseProperties {

  @Example
  void theShippedFileReadsAsTheLineSplitReadsIt() throws IOException {
    String text;
    try (InputStream in = SobolSequence.class.getResourceAsStream("new-joe-kuo-6.1000")) {
      text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    List<SobolSequence.Primitive> read = SobolSequence.parse("new-joe-kuo-6.1000", text);
    assertThat(read).hasSize(SobolSequence.MAX_DIMENSIONS - 1);
    assertSame(read, reference(text));
  }

  @Property(tries = 300)
  void anyWellFormedFileReadsAsTheLineSplitReadsIt(@ForAll("files") String text) {
    assertSame(SobolSequence.parse("f", text), reference(text));
  }

  @Property(tries = 300)
  void aLimitedReadIsTheFirstLinesOfTheWholeRead(@ForAll("files") String text,
      @ForAll @IntRange(min = 0, max = 14) int limit) {
    List<SobolSequence.Primitive> whole = SobolSequence.parse("f", text);
    assertSame(SobolSequence.parse("f", text, limit),
        whole.subList(0, Math.min(limit, whole.size())));
  }

  @Example
  void aLimitedReadStopsBeforeALineOutOfLayout() {
    String text = "d s a m_i\n2 1 0 1\n3 2 1 1 3\n5 1 0 1\n";
    assertThat(SobolSequence.parse("f", text, 2)).hasSize(2);
    assertThatThrownBy(() -> SobolSequence.parse("f", text, 3))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("f line 4");
  }

  @Example
  void aLineOutOfLayoutIsNamedWithItsNumber() {
    String header = "d s a m_i\n";
    assertThatThrownBy(() -> SobolSequence.parse("f", header + "2 1 0 1\n4 1 0 1\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("f line 3: expected dimension 3 with 1 initial direction numbers, found"
            + " '4 1 0 1'");
    assertThatThrownBy(() -> SobolSequence.parse("f", header + "2 2 0 1\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("f line 2: expected dimension 2 with 2 initial direction numbers");
    assertThatThrownBy(() -> SobolSequence.parse("f", header + "2 1 0 1\n\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("f line 3: expected dimension 3, the degree, the coefficients and the"
            + " initial direction numbers, found ''");
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> blank = Arbitraries.of(" ", "  ", "\t", " \t ");
    Arbitrary<String> edge = Arbitraries.of("", " ", "\t", "  ");
    Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n");
    Arbitrary<List<Integer>> degrees = Arbitraries.integers().between(1, 18).list().ofMaxSize(12);
    return Combinators.combine(degrees, blank.list().ofSize(400), edge.list().ofSize(40),
        lineEnd, Arbitraries.integers().between(0, 1 << 20).list().ofSize(400))
        .as((ds, blanks, edges, end, numbers) -> {
          StringBuilder b = new StringBuilder("d       s       a       m_i").append(end);
          int k = 0;
          for (int line = 0; line < ds.size(); line++) {
            int s = ds.get(line);
            b.append(edges.get((2 * line) % edges.size())).append(line + 2);
            b.append(blanks.get(k++ % blanks.size())).append(s);
            b.append(blanks.get(k++ % blanks.size())).append(numbers.get(k % numbers.size()));
            for (int i = 0; i < s; i++) {
              b.append(blanks.get(k++ % blanks.size())).append(numbers.get(k % numbers.size()));
            }
            b.append(edges.get((2 * line + 1) % edges.size())).append(end);
          }
          return b.toString();
        });
  }

  /** The reader the scan replaced: each line after the header trimmed and split on blanks. */
  private static List<SobolSequence.Primitive> reference(String text) {
    List<SobolSequence.Primitive> out = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
      String line = reader.readLine();
      while ((line = reader.readLine()) != null) {
        String[] t = line.trim().split("\\s+");
        int s = Integer.parseInt(t[1]);
        int[] m = new int[s];
        for (int i = 0; i < s; i++) {
          m[i] = Integer.parseInt(t[3 + i]);
        }
        out.add(new SobolSequence.Primitive(s, Integer.parseInt(t[2]), m));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  private static void assertSame(List<SobolSequence.Primitive> actual,
      List<SobolSequence.Primitive> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).degree()).isEqualTo(expected.get(i).degree());
      assertThat(actual.get(i).coefficients()).isEqualTo(expected.get(i).coefficients());
      assertThat(actual.get(i).initial()).containsExactly(expected.get(i).initial());
    }
  }
}

package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Documents#namesFormat} chooses the output names the regular expression it replaced in
 * {@code lcn score} chose.
 */
class OutputNameProperties {
  private static final String REPLACED = "(?i).*\\.(json|xml|csv|xlsx)$";

  @Provide
  Arbitrary<String> names() {
    // Stems and endings near the four extensions: other cases, a letter more or less, line
    // breaks (which the expression's '.' does not cross), non-ASCII letters whose lower case
    // is ASCII or longer (KELVIN SIGN, capital I with a dot), and random text.
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(".json", ".JSON", ".Json", ".xml", ".XmL", ".csv", ".CSV", ".xlsx",
            ".XLSX", ".xls", ".jsonl", ".cs", "json", ".", "..", "\n", "\r", "\r\n", "\u0085",
            "\u2028", "\u2029", "\u212a", "\u0130", "\u0131", "results", " ", "-", "_"),
        Arbitraries.strings().ofMaxLength(4).withCharRange(' ', '~'),
        Arbitraries.strings().ofMaxLength(3).withCharRange('\u0080', '\u2030'));
    return piece.list().ofMinSize(1).ofMaxSize(5)
        .map(parts -> String.join("", parts))
        .filter(s -> !s.isEmpty() && s.indexOf('/') < 0 && s.indexOf('\0') < 0);
  }

  @Property(tries = 3000)
  void choosesTheNamesTheExpressionChose(@ForAll("names") String name) {
    assertThat(Documents.namesFormat(Path.of(name))).isEqualTo(name.matches(REPLACED));
  }

  @Property(tries = 500)
  void onlyTheFileNameCounts(@ForAll("names") String folder, @ForAll("names") String name) {
    Path file = Path.of(folder.equals(".") || folder.equals("..") ? "d" : folder, name);
    assertThat(Documents.namesFormat(file)).isEqualTo(name.matches(REPLACED));
  }

  @Example
  void theFourExtensionsInAnyCase() {
    for (String ok : new String[] {"a.json", "B.XML", "c.Csv", "results.xLsX", ".json"}) {
      assertThat(Documents.namesFormat(Path.of(ok))).as(ok).isTrue();
    }
    for (String no : new String[] {"a.jsonl", "b.xls", "c", "d.json\n", "e\n.csv", "f.tsv"}) {
      assertThat(Documents.namesFormat(Path.of(no))).as(no).isFalse();
    }
  }
}

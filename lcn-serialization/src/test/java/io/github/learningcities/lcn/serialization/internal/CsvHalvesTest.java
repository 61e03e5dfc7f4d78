package io.github.learningcities.lcn.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHalvesTest {

  /** Keeps the header and every row's texts. */
  private static final class Kept implements CsvTable.RowVisitor {
    final List<String> rows = new ArrayList<>();

    @Override
    public void header(List<CsvTable.Cell> header) {
      rows.add("header " + CsvTable.texts(header));
    }

    @Override
    public void row(CsvTable.Fields row) {
      List<String> texts = new ArrayList<>();
      for (int j = 0; j < row.size(); j++) {
        texts.add(row.text(j));
      }
      rows.add(texts.toString());
    }
  }

  private static CsvChars chars(String text) {
    return new CsvChars(text.toCharArray(), 0, text.length());
  }

  private static String table(int rows) {
    StringBuilder t = new StringBuilder("a,b,c\n");
    for (int i = 0; i < rows; i++) {
      t.append("u").append(i).append(',').append(i * 0.25).append(",\"x, ").append(i)
          .append("\"\r\n");
    }
    return t.toString();
  }

  @Test
  void aSmallTextIsReadWholeAndALargeOneInTwoParts() throws IOException {
    String small = table(10);
    String large = table(4000);
    assertThat(small.length()).isLessThan(CsvHalves.MIN_CHARS);
    assertThat(large.length()).isGreaterThanOrEqualTo(CsvHalves.MIN_CHARS);

    assertThat(CsvHalves.splits(chars(small), -1)).isFalse();
    assertThat(CsvHalves.splits(new StringReader(large), -1)).as("not held whole").isFalse();
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "a second core");
    assertThat(CsvHalves.splits(chars(large), -1)).isTrue();
  }

  @Test
  void thePartsHoldTheWholeReadingsRowsInOrder() throws IOException {
    String text = table(4000);
    Kept whole = new Kept();
    CsvTable.scan(new StringReader(text), "t", whole);
    Kept first = new Kept();
    Kept second = new Kept();

    assertThat(CsvHalves.scan(chars(text), "t", text.length() / 3, first, second)).isTrue();

    assertThat(second.rows.get(0)).isEqualTo(first.rows.get(0));
    assertThat(first.rows.size()).isGreaterThan(1000);
    List<String> joined = new ArrayList<>(first.rows);
    joined.addAll(second.rows.subList(1, second.rows.size()));
    assertThat(joined).isEqualTo(whole.rows);
  }

  @Test
  void aRowOfAnotherShapeInEitherPartLeavesTheTextToOneReading() throws IOException {
    String plain = table(100);
    String early = plain.replace("u3,", "\"u\n3\",");
    String late = plain.replace("u97,", "\"u\n97\",");

    for (String text : List.of(early, late)) {
      assertThat(CsvHalves.scan(chars(text), "t", text.length() / 2, new Kept(), new Kept()))
          .isFalse();
    }
    assertThat(CsvHalves.scan(chars(plain), "t", plain.length() / 2, new Kept(), new Kept()))
        .isTrue();
  }

  @Test
  void aFieldCountOrReadTextLeavesTheTextToOneReading() throws IOException {
    String text = table(100).replace("u90,", "u90,extra,");
    assertThat(CsvHalves.scan(chars(text), "t", 10, new Kept(), new Kept())).isFalse();

    CsvChars started = chars(table(100));
    started.read(new char[1], 0, 1);
    assertThat(CsvHalves.splits(started, 0)).isFalse();
  }

  @Test
  void aDeferredTextsFailureIsThrown() {
    CsvChars.Deferred failed = () -> {
      throw new IOException("no text");
    };
    class Failing extends StringReader implements CsvChars.Deferred {
      Failing() {
        super("");
      }

      @Override
      public CsvChars chars() throws IOException {
        return failed.chars();
      }
    }

    assertThatThrownBy(() -> CsvHalves.splits(new Failing(), -1)).hasMessage("no text");
  }
}

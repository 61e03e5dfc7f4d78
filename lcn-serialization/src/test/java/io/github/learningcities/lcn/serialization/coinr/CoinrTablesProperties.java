package io.github.learningcities.lcn.serialization.coinr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CoinrTablesProperties {

  @Property
  void everyFiniteDoubleIsWrittenSoThatItParsesBackExactly(@ForAll("finite") double v) {
    String text = CsvFields.number(v);

    assertThat(Double.doubleToRawLongBits(Double.parseDouble(text))).as(text)
        .isEqualTo(Double.doubleToRawLongBits(v));
  }

  @Property(tries = 200)
  void anyColumnSurvivesWritingAndReading(
      @ForAll("columns") List<Double> cells) throws IOException {
    Framework fw = Framework.builder().node("I", null).node("x", "I").build();
    List<Unit> units = new ArrayList<>();
    double[] column = new double[cells.size()];
    for (int i = 0; i < column.length; i++) {
      units.add(Unit.of("u" + i, null));
      column[i] = cells.get(i) == null ? Dataset.MISSING : cells.get(i);
    }
    Dataset ds = Dataset.ofColumns(units, Map.of("x", column));
    StringWriter d = new StringWriter();
    StringWriter m = new StringWriter();

    CoinrTables.write(CoinrInput.of(fw, ds), d, m);
    if (cells.stream().allMatch(Objects::isNull)) {
      assertThatThrownBy(() -> CoinrTables.read(new StringReader(d.toString()), "d",
          new StringReader(m.toString()), "m")).isInstanceOf(DocumentReadException.class)
          .hasMessage("d: every indicator value is missing (empty or NA); expected at least "
              + "one value to score");
      return;
    }
    CoinrInput again = CoinrTables.read(new StringReader(d.toString()), "d",
        new StringReader(m.toString()), "m");

    assertThat(again.dataset()).isEqualTo(ds);
  }

  /**
   * A table of several indicator columns and up to a few hundred units (the reader's columns
   * grow as rows come) reads back as the dataset written, each value in its unit's row.
   */
  @Property(tries = 60)
  void manyColumnsOfManyUnitsSurviveWritingAndReading(
      @ForAll @IntRange(min = 1, max = 5) int indicators,
      @ForAll @IntRange(min = 1, max = 300) int unitCount, @ForAll long seed)
      throws IOException {
    Random random = new Random(seed);
    Framework.Builder framework = Framework.builder().node("I", null);
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (int j = 0; j < indicators; j++) {
      framework.node("x" + j, "I");
      double[] column = new double[unitCount];
      for (int i = 0; i < unitCount; i++) {
        column[i] = random.nextInt(6) == 0 ? Dataset.MISSING
            : random.nextBoolean() ? random.nextInt(100) : random.nextGaussian() * 1e3;
      }
      column[random.nextInt(unitCount)] = j + 0.5;
      columns.put("x" + j, column);
    }
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < unitCount; i++) {
      units.add(Unit.of("u" + i, "Unit " + i));
    }
    Dataset ds = Dataset.ofColumns(units, columns);
    StringWriter d = new StringWriter();
    StringWriter m = new StringWriter();

    CoinrTables.write(CoinrInput.of(framework.build(), ds), d, m);
    CoinrInput again = CoinrTables.read(new StringReader(d.toString()), "d",
        new StringReader(m.toString()), "m");

    assertThat(again.dataset()).isEqualTo(ds);
  }

  /** Ordinary doubles and every bit pattern (subnormals, extremes, -0.0) that is finite. */
  @Provide
  Arbitrary<Double> finite() {
    return Arbitraries.oneOf(Arbitraries.doubles(),
        Arbitraries.longs().map(Double::longBitsToDouble),
        Arbitraries.of(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, 1e15, 1e16))
        .filter(Double::isFinite);
  }

  /** Columns of 1 to 30 cells, about one in five missing (null). */
  @Provide
  Arbitrary<List<Double>> columns() {
    return finite().injectNull(0.2).list().ofMinSize(1).ofMaxSize(30);
  }
}

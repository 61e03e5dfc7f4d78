package io.github.learningcities.lcn.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.testkit.FormatArbitraries;
import io.github.learningcities.lcn.testkit.indicators.DatasetArbitraries;
import io.github.learningcities.lcn.testkit.indicators.FrameworkArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the SDK writes as a workbook, it reads back to an equal input. */
class WorkbookRoundTripProperties {

  @Property(tries = 40)
  void anyFrameworkAndDatasetSurviveTheWorkbook(@ForAll("inputs") CoinrInput input)
      throws IOException {
    Assume.that(!input.dataset().units().isEmpty() && input.dataset().missingCount()
        < input.dataset().unitCount() * input.dataset().indicators().size());
    CoinrInput again = roundTrip(input);

    assertThat(again.framework()).isEqualTo(input.framework());
    assertThat(again.dataset()).isEqualTo(input.dataset());
  }

  @Property(tries = 60)
  void anyTextAndFiniteNumberSurviveTheWorkbook(@ForAll("units") List<Unit> units,
      @ForAll("numbers") List<Double> values) throws IOException {
    Framework fw = Framework.builder().node("I", null).node("x", "I").build();
    double[] column = new double[units.size()];
    for (int i = 0; i < column.length; i++) {
      column[i] = values.get(i % values.size());
    }
    Dataset ds = Dataset.ofColumns(units, Map.of("x", column));
    CoinrInput input = CoinrInput.of(fw, ds);

    assertThat(roundTrip(input).dataset()).isEqualTo(ds);
  }

  static CoinrInput roundTrip(CoinrInput input) throws IOException {
    Path dir = Files.createTempDirectory("lcn-excel");
    Path file = dir.resolve("round.xlsx");
    try {
      CoinrWorkbooks.write(input, file);
      return CoinrWorkbooks.read(file);
    } finally {
      Files.deleteIfExists(file);
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<CoinrInput> inputs() {
    // COINr's iMeta has no per-node aggregation: the nodes are written without one
    return FrameworkArbitraries.frameworks().map(fw -> Framework.of(fw.nodes().stream()
        .map(n -> new Node(n.code(), n.name(), n.parent(), n.weight(), n.direction(),
            n.unit(), n.target(), n.denominator(), Optional.empty())).toList()))
        .flatMap(fw -> DatasetArbitraries.datasets(fw, 1, 12,
            DatasetArbitraries.Missing.SCATTERED).map(ds -> CoinrInput.of(fw, ds)));
  }

  /** Units whose names a spreadsheet or XML would mangle if the writer were careless. */
  @Provide
  Arbitrary<List<Unit>> units() {
    Arbitrary<String> tricky = Arbitraries.oneOf(FormatArbitraries.escapingTexts(),
        Arbitraries.of("=1+1", "+380", "-x", "@SUM(A1)", "'=quoted", " padded ", "_x0041_",
            "a_x005F_b", "line\nbreak", "carriage\rreturn", "tab\tbed", "bell\u0007",
            "&<>\"'", "𝔘nicode", ""),
        Arbitraries.strings().withChars("=+-@'_x0F \t\n\r\u0001&<>ab").ofMaxLength(10));
    return tricky.list().ofMinSize(1).ofMaxSize(8).map(names -> {
      List<Unit> units = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        try {
          units.add(new Unit("u" + i, names.get(i), Map.of(), Map.of()));
        } catch (IndicatorsException e) {
          units.add(new Unit("u" + i, "", Map.of(), Map.of()));
        }
      }
      return units;
    });
  }

  @Provide
  Arbitrary<List<Double>> numbers() {
    return Combinators.combine(FormatArbitraries.extremeDoubles(),
        FormatArbitraries.extremeDoubles().list().ofMaxSize(7))
        .as((first, rest) -> {
          List<Double> all = new ArrayList<>(List.of(first));
          all.addAll(rest);
          return all;
        });
  }
}

package io.github.learningcities.lcn.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ObservationTableProperties {

  @Property(tries = 200)
  void anyDatasetWithMissingCellsRoundTripsThroughTheObservationTable(
      @ForAll("datasets") Dataset dataset) throws IOException {
    StringWriter out = new StringWriter();

    ObservationTable.write(dataset, out);

    assertThat(ObservationTable.readDataset(new StringReader(out.toString()), "p.csv"))
        .isEqualTo(dataset);
  }

  @Property(tries = 300)
  void aMutatedTableIsReadWholeOrRefusedWithItsPlace(@ForAll("datasets") Dataset dataset,
      @ForAll("positions") double from, @ForAll("positions") double to,
      @ForAll("insertions") String insertion) throws IOException {
    StringWriter out = new StringWriter();
    ObservationTable.write(dataset, out);
    String text = out.toString();
    int a = (int) (Math.min(from, to) * text.length());
    int b = (int) (Math.max(from, to) * text.length());
    String broken = text.substring(0, a) + insertion + text.substring(b);

    try {
      Dataset read = ObservationTable.readDataset(new StringReader(broken), "m.csv");
      assertThat(read.indicators())
          .allSatisfy(i -> assertThat(read.column(i)).hasSize(read.unitCount()));
    } catch (DocumentReadException refused) {
      assertThat(refused.getMessage()).startsWith("m.csv");
      assertThat(refused.source()).isEqualTo("m.csv");
    }
  }

  @Provide
  Arbitrary<Double> positions() {
    return Arbitraries.doubles().between(0.0, 1.0);
  }

  @Provide
  Arbitrary<String> insertions() {
    return Arbitraries.strings().withChars(",\"\n\r 0.eE-+NaINFtimeflags\u0000я")
        .ofMaxLength(6);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    Arbitrary<String> code = Arbitraries.strings()
        .withChars("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяЄЇ,\"'xyz_-").ofMinLength(1).ofMaxLength(8)
        .filter(s -> !s.equals("NA"));
    Arbitrary<Optional<Double>> cell = Arbitraries.oneOf(
        Arbitraries.of(0.0, -0.0, 1e-300, Double.MAX_VALUE, -Double.MIN_VALUE),
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(12)).optional(0.7);
    return Combinators.combine(code.list().uniqueElements().ofMinSize(1).ofMaxSize(4),
        code.list().uniqueElements().ofMinSize(1).ofMaxSize(4))
        .flatAs((units, indicators) -> cell.list().ofSize(units.size() * indicators.size())
            .map(cells -> build(units, indicators, cells)));
  }

  private static Dataset build(List<String> units, List<String> indicators,
      List<Optional<Double>> cells) {
    Dataset.Builder b = Dataset.builder();
    indicators.forEach(b::indicator);
    units.forEach(u -> b.unit(Unit.of(u, null)));
    for (int i = 0; i < units.size(); i++) {
      for (int j = 0; j < indicators.size(); j++) {
        Optional<Double> v = cells.get(i * indicators.size() + j);
        if (v.isPresent()) {
          b.value(units.get(i), indicators.get(j), v.get());
        } else {
          b.missing(units.get(i), indicators.get(j));
        }
      }
    }
    return b.build();
  }
}

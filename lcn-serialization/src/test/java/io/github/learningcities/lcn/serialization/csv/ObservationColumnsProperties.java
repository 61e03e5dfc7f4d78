package io.github.learningcities.lcn.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The column-wise reading of observation tables: numbers are recognised exactly as the
 * documented grammar says, and panels and observation lists of any shape read back as written.
 */
class ObservationColumnsProperties {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  @Provide
  Arbitrary<String> nearNumbers() {
    return Arbitraries.strings().withChars("0123456789+-.eE.+-eNaIfdx ").ofMinLength(0)
        .ofMaxLength(8);
  }

  @Property(tries = 5000)
  void decimalsAreRecognisedByTheDocumentedGrammar(@ForAll("nearNumbers") String text) {
    assertThat(CsvFields.isDecimal(text)).as("\"%s\"", text)
        .isEqualTo(NUMBER.matcher(text).matches());
  }

  /** Decimals of up to 25 digits with exponents, the hard cases of correct rounding. */
  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25);
    Arbitrary<String> exponent = Arbitraries.integers().between(-330, 310).map(e -> "e" + e)
        .optional(0.5).map(e -> e.orElse(""));
    return Combinators.combine(Arbitraries.of("", "-", "+"), digits, digits, exponent)
        .as((sign, whole, fraction, e) -> sign + whole + "." + fraction + e);
  }

  @Property(tries = 3000)
  void decimalsReadAsDoubleParseDoubleReadsThem(@ForAll("decimals") String text)
      throws IOException {
    List<Observation> read;
    try {
      read = ObservationTable.readObservations(
          new StringReader("unit,indicator,value\nu,i," + text + "\n"), "d.csv");
    } catch (io.github.learningcities.lcn.serialization.DocumentReadException e) {
      // only a number beyond the doubles is refused
      assertThat(Double.parseDouble(text)).as(text).isInfinite();
      return;
    }
    assertThat(Double.doubleToRawLongBits(read.get(0).value().getAsDouble())).as(text)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
  }

  /** Codes with the characters CSV must quote; unit codes have no spaces (see Unit). */
  private Arbitrary<String> codes(boolean spaces) {
    return Arbitraries.strings().withChars("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяЄЇ,\"'xyz_-"
        + (spaces ? " \n" : "")).ofMinLength(1).ofMaxLength(6)
        .filter(s -> !s.isBlank() && !s.equals("NA"));
  }

  private Arbitrary<Optional<Double>> cells() {
    return Arbitraries.oneOf(Arbitraries.of(0.0, -0.0, 1e-300, Double.MAX_VALUE,
        -Double.MIN_VALUE), Arbitraries.doubles().between(-1e6, 1e6).ofScale(9)).optional(0.7);
  }

  /** 1 to 4 time points, each with its own units (some shared), over the same indicators. */
  @Provide
  Arbitrary<Panel> panels() {
    Arbitrary<List<String>> indicators = codes(true).list().uniqueElements().ofMinSize(1)
        .ofMaxSize(4);
    Arbitrary<List<String>> units = codes(false).list().uniqueElements().ofMinSize(1).ofMaxSize(5);
    Arbitrary<List<Integer>> times = Arbitraries.integers().between(-3, 2030).set()
        .ofMinSize(1).ofMaxSize(4).map(ArrayList::new);
    return Combinators.combine(indicators, times).flatAs((codes, years) ->
        units.list().ofSize(years.size()).flatMap(unitLists -> cells()
            .list().ofSize(unitLists.stream().mapToInt(List::size).sum() * codes.size())
            .map(values -> {
              Map<Integer, Dataset> byTime = new LinkedHashMap<>();
              int k = 0;
              for (int t = 0; t < years.size(); t++) {
                Dataset.Builder b = Dataset.builder();
                codes.forEach(b::indicator);
                for (String u : unitLists.get(t)) {
                  b.unit(Unit.of(u, null));
                  for (String i : codes) {
                    Optional<Double> v = values.get(k++);
                    if (v.isPresent()) {
                      b.value(u, i, v.get());
                    } else {
                      b.missing(u, i);
                    }
                  }
                }
                byTime.put(years.get(t), b.build());
              }
              return Panel.of(byTime);
            })));
  }

  @Property(tries = 300)
  void anyPanelRoundTrips(@ForAll("panels") Panel panel) throws IOException {
    StringWriter out = new StringWriter();

    ObservationTable.write(panel, out);
    Panel back = ObservationTable.readPanel(new StringReader(out.toString()), "p.csv");

    assertThat(back.byTime()).isEqualTo(panel.byTime());
  }

  /** Rows in any order, with and without time, one per unit, indicator and time. */
  @Provide
  Arbitrary<List<Observation>> observationLists() {
    Arbitrary<String> text = Arbitraries.strings().withChars("ab ,\"\nщ'").ofMaxLength(5);
    Arbitrary<OptionalInt> time = Arbitraries.integers().between(2019, 2021).optional(0.7)
        .map(t -> t.map(OptionalInt::of).orElse(OptionalInt.empty()));
    Arbitrary<Observation> row = Combinators.combine(codes(true), codes(true), time, cells(), text,
        text).as((u, i, t, v, s, f) -> new Observation(u, i, t,
            v.map(OptionalDouble::of).orElse(OptionalDouble.empty()), s, f));
    return row.list().ofMaxSize(12).map(rows -> {
      Set<List<Object>> keys = new HashSet<>();
      return rows.stream().filter(o -> keys.add(List.of(o.unit(), o.indicator(), o.time())))
          .toList();
    });
  }

  @Property(tries = 300)
  void anyObservationsRoundTripInTheirOrder(
      @ForAll("observationLists") List<Observation> rows) throws IOException {
    StringWriter out = new StringWriter();

    ObservationTable.writeObservations(rows, out);

    assertThat(ObservationTable.readObservations(new StringReader(out.toString()), "o.csv"))
        .isEqualTo(rows);
  }
}

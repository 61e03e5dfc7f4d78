package io.github.learningcities.lcn.serialization.coinr;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.DocumentWriteException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoinrTablesTest {
  private static Path iData;
  private static Path iMeta;
  private static CoinrInput asem;

  @BeforeAll
  static void readAsem() throws IOException {
    iData = CoinrConformanceTest.resource("inputs/ASEM_iData.csv");
    iMeta = CoinrConformanceTest.resource("inputs/ASEM_iMeta.csv");
    asem = CoinrTables.read(iData, iMeta);
  }

  @Test
  void readsTheAsemFrameworkAsCoinrDescribesIt() {
    Framework fw = asem.framework();

    assertThat(fw.nodes()).hasSize(60);
    assertThat(fw.indicators()).hasSize(49);
    assertThat(fw.levels()).isEqualTo(4);
    assertThat(fw.root().code()).isEqualTo("Index");
    assertThat(fw.children("Index")).extracting(Node::code).containsExactly("Conn", "Sust");
    assertThat(fw.children("Physical")).hasSize(8);
    assertThat(fw.indicators().stream().filter(n -> n.direction() == Direction.NEGATIVE))
        .hasSize(14);
    assertThat(fw.nodes()).allSatisfy(n -> assertThat(n.weight()).isEqualTo(1.0));
    Node lpi = fw.node("LPI").orElseThrow();
    assertThat(lpi.name()).isEqualTo("Logistics Performance Index");
    assertThat(lpi.unit()).isEqualTo("Score 1-5");
    assertThat(lpi.target()).isEqualTo(OptionalDouble.of(4.11803135));
    assertThat(lpi.denominator()).isEmpty();
    assertThat(fw.node("Flights").orElseThrow().denominator()).contains("Population");
    assertThat(fw.node("TBTs").orElseThrow().unit())
        .isEqualTo("Number of measures (initiated, in force)");
    assertThat(asem.pipeline()).isEqualTo(Pipeline.coinrDefault());
  }

  @Test
  void readsTheAsemUnitsGroupsDenominatorsAndMissingCells() {
    Dataset ds = asem.dataset();

    assertThat(ds.unitCount()).isEqualTo(51);
    assertThat(ds.indicators()).hasSize(49).startsWith("LPI", "Flights").endsWith("NEET");
    assertThat(ds.missingCount()).isEqualTo(63);
    Unit aut = ds.units().get(ds.indexOfUnit("AUT"));
    assertThat(aut.name()).isEqualTo("Austria");
    assertThat(aut.groups()).containsEntry("EurAsia_group", "Europe")
        .containsEntry("GDP_group", "L").hasSize(4);
    assertThat(aut.denominators()).containsEntry("Population", 8735.453)
        .containsEntry("GDP", 390.799991147468).hasSize(4);
    assertThat(ds.value("AUT", "Elec")).hasValue(35.369729833333331);
    assertThat(asem.times()).hasSize(51).containsEntry("AUT", "2018");
    assertThat(asem.variables()).extracting(CoinrVariable::code).containsExactly("GDP_group",
        "GDPpc_group", "Pop_group", "EurAsia_group", "Area", "Energy", "GDP", "Population");
    assertThat(asem.variables().get(4))
        .isEqualTo(new CoinrVariable("Area", "Land area", CoinrType.DENOMINATOR,
            "Thousand square km"));
  }

  @Test
  void writingThenReadingGivesBackEqualTables(@TempDir Path dir) throws IOException {
    Path d = dir.resolve("iData.csv");
    Path m = dir.resolve("iMeta.csv");

    CoinrTables.write(asem, d, m);
    CoinrInput again = CoinrTables.read(d, m);

    assertThat(again.framework()).isEqualTo(asem.framework());
    assertThat(again.dataset()).isEqualTo(asem.dataset());
    assertThat(again).isEqualTo(asem);
    assertThat(Files.readAllLines(d).get(0)).isEqualTo(Files.readAllLines(iData).get(0));
    assertThat(Files.readAllLines(m).get(0)).isEqualTo(Files.readAllLines(iMeta).get(0));
    assertThat(Files.readAllLines(m)).hasSameSizeAs(Files.readAllLines(iMeta));
  }

  @Test
  void everyWrittenNumberParsesBackToTheSameDouble(@TempDir Path dir) throws IOException {
    Path d = dir.resolve("iData.csv");
    CoinrTables.write(asem, d, dir.resolve("iMeta.csv"));
    List<String> lines = Files.readAllLines(d);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int compared = 0;

    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      String unit = f[header.indexOf("uCode")];
      for (String code : asem.dataset().indicators()) {
        String text = f[header.indexOf(code)];
        OptionalDouble v = asem.dataset().value(unit, code);
        if (v.isEmpty()) {
          assertThat(text).isEmpty();
        } else {
          assertThat(Double.doubleToRawLongBits(Double.parseDouble(text)))
              .as("%s/%s written as %s", unit, code, text)
              .isEqualTo(Double.doubleToRawLongBits(v.getAsDouble()));
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(51 * 49 - 63);
  }

  @Test
  void writesAFrameworkAndDatasetBuiltInJava() throws IOException {
    Framework fw = Framework.builder()
        .node(Node.of("CityIndex", null).withName("Learning city index"))
        .node(new Node("access", "Access, \"open\" to all", Optional.of("CityIndex"), 2.5,
            Direction.POSITIVE, "%", OptionalDouble.of(95), Optional.of("Population"),
            Optional.empty()))
        .node(Node.of("cost", "CityIndex").withDirection(Direction.NEGATIVE))
        .build();
    Dataset ds = Dataset.builder()
        .unit(new Unit("ua-melitopol", "Мелітополь", Map.of("oblast", "Zaporizhzhia"),
            Map.of("Population", 150.768)))
        .unit(new Unit("ua-kyiv", "Kyiv, capital", Map.of(), Map.of()))
        .value("ua-melitopol", "access", 0.1 + 0.2)
        .missing("ua-melitopol", "cost")
        .value("ua-kyiv", "access", -1e-300)
        .value("ua-kyiv", "cost", 12_345_678_901_234_567.0)
        .build();
    CoinrInput in = CoinrInput.of(fw, ds);
    StringWriter d = new StringWriter();
    StringWriter m = new StringWriter();

    CoinrTables.write(in, d, m);
    CoinrInput again = CoinrTables.read(new StringReader(d.toString()), "iData",
        new StringReader(m.toString()), "iMeta");

    assertThat(d.toString().lines().findFirst())
        .contains("uName,uCode,oblast,Population,access,cost");
    assertThat(again.framework()).isEqualTo(fw);
    assertThat(again.dataset()).isEqualTo(ds);
    assertThat(again.variables()).containsExactly(
        new CoinrVariable("oblast", "oblast", CoinrType.GROUP, ""),
        new CoinrVariable("Population", "Population", CoinrType.DENOMINATOR, ""));
  }

  @Test
  void readsFromStreamsAndTakesNaAsMissing() throws IOException {
    String meta = "Level,iCode,Direction,Weight,Parent,Type\n1,x,-1,1,I,Indicator\n"
        + "2,I,1,1,,Aggregate\n";
    String data = "uCode,x\nA,NA\nB,\nC,-2.5e3\n";
    InputStream d = new ByteArrayInputStream(data.getBytes(UTF_8));
    InputStream m = new ByteArrayInputStream(meta.getBytes(UTF_8));

    CoinrInput in = CoinrTables.read(d, "d", m, "m");

    assertThat(in.dataset().isMissing("A", "x")).isTrue();
    assertThat(in.dataset().isMissing("B", "x")).isTrue();
    assertThat(in.dataset().value("C", "x")).hasValue(-2500.0);
    assertThat(in.framework().node("x").orElseThrow().direction()).isEqualTo(Direction.NEGATIVE);
  }

  @Test
  void refusesWhatCoinrTablesCannotExpress() {
    CoinrInput withSet = asem.withFramework(
        asem.framework().withWeightSet("policy", Map.of("LPI", 3.0)));
    CoinrInput withOwnAggregation = asem.withFramework(asem.framework().withNode(
        asem.framework().node("Conn").orElseThrow().withAggregation(Aggregation.geometric())));

    assertThatThrownBy(() -> CoinrTables.write(withSet, new StringWriter(), new StringWriter()))
        .isInstanceOf(DocumentWriteException.class)
        .hasMessageContaining("weight sets [policy]");
    assertThatThrownBy(() -> CoinrTables.write(withOwnAggregation, new StringWriter(),
        new StringWriter()))
        .isInstanceOf(DocumentWriteException.class)
        .hasMessageContaining("node 'Conn' carries its own aggregation");
  }
}

package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.serialization.csv.ObservationTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16: {@code lcn convert} turns a long observation table into a panel document (JSON or
 * XML) and back, through the usual write path.
 */
class PanelConvertTest {
  private static final String OBSERVATIONS = """
      unit,indicator,time,value,source,flags
      ua-kyiv,Libraries,2018,12,survey,
      ua-kyiv,Libraries,2019,13.5,survey,
      ua-kyiv,Events,2018,,survey,not reported
      ua-kyiv,Events,2019,40,,
      ua-sumy,Libraries,2019,7,,
      ua-sumy,Events,2019,-3.25e2,,
      """;

  @TempDir
  Path dir;

  @Test
  void observationsToPanelJsonAndXmlAndBack() throws Exception {
    Path table = dir.resolve("observations.csv");
    Files.writeString(table, OBSERVATIONS, UTF_8);
    Panel expected = ObservationTable.readPanel(table);

    Path json = dir.resolve("panel.json");
    Run a = Run.lcn("convert", table.toString(), "-o", json.toString(), "-q");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(Files.readString(json, UTF_8)).contains("\"lcnDocument\" : \"panel\"");
    assertThat(LcnJson.standard().read(json, Panel.class)).isEqualTo(expected);

    Path folder = dir.resolve("xml");
    Run b = Run.lcn("convert", table.toString(), "--to", "xml", "-o", folder.toString(), "-q");
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(LcnXml.standard().read(folder.resolve("panel.xml"), Panel.class))
        .isEqualTo(expected);

    Path back = dir.resolve("back.csv");
    Run c = Run.lcn("convert", json.toString(), "-o", back.toString(), "-q");
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(ObservationTable.readPanel(back)).isEqualTo(expected);

    Path backFromXml = dir.resolve("tables");
    Run d = Run.lcn("convert", folder.resolve("panel.xml").toString(), "--to", "csv", "-o",
        backFromXml.toString(), "-q");
    assertThat(d.exit()).as(d.err()).isZero();
    assertThat(Files.readString(backFromXml.resolve("observations.csv"), UTF_8))
        .isEqualTo(Files.readString(back, UTF_8));
  }

  @Test
  void theUsualOutputSafetyHolds() throws Exception {
    Path table = dir.resolve("observations.csv");
    Files.writeString(table, OBSERVATIONS, UTF_8);
    Run self = Run.lcn("convert", table.toString(), "--to", "json", "-o", table.toString());
    assertThat(self.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(Files.readString(table, UTF_8)).isEqualTo(OBSERVATIONS);

    Path folder = dir.resolve("out");
    assertThat(Run.lcn("convert", table.toString(), "-o", folder.toString(), "-q").exit())
        .isZero();
    Path written = folder.resolve("panel.json");
    String before = Files.readString(written, UTF_8);
    Run again = Run.lcn("convert", table.toString(), "-o", folder.toString());
    assertThat(again.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(again.err()).contains("--force");
    assertThat(Files.readString(written, UTF_8)).isEqualTo(before);
    assertThat(Run.lcn("convert", table.toString(), "-o", folder.toString(), "--force", "-q")
        .exit()).isZero();

    Run toCsv = Run.lcn("convert", table.toString(), "--to", "csv", "-o",
        dir.resolve("x").toString());
    assertThat(toCsv.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(toCsv.err()).contains("expected --to json or xml");
  }

  @Test
  void aBrokenTableIsExitTwoWithItsPlaceAndWritesNothing() throws Exception {
    Path table = dir.resolve("observations.csv");
    Files.writeString(table, "unit,indicator,time,value\nua-kyiv,Libraries,2018,many\n",
        UTF_8);
    Path out = dir.resolve("panel.json");
    Run r = Run.lcn("convert", table.toString(), "-o", out.toString());
    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("observations.csv, line 2");
    assertThat(out).doesNotExist();
  }
}

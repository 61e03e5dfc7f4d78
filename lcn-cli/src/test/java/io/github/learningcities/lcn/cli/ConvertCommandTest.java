package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  @TempDir
  Path dir;

  @Test
  void tablesToJsonToXmlAndBackToTablesKeepTheFrameworkAndData() throws Exception {
    Path json = dir.resolve("json");
    Run a = Run.lcn("convert", Run.data(), Run.meta(), "--to", "json", "-o", json.toString());
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(json.resolve("framework.json")).isNotEmptyFile();
    assertThat(Files.readString(json.resolve("dataset.json"))).contains("\"lcnDocument\"");

    Path xml = dir.resolve("framework.xml");
    Run b = Run.lcn("convert", json.resolve("framework.json").toString(), "-o", xml.toString());
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(Files.readString(xml)).contains("<frameworkDocument");

    Path csv = dir.resolve("csv");
    Run c = Run.lcn("convert", xml.toString(), json.resolve("dataset.json").toString(),
        "--to", "csv", "-o", csv.toString());
    assertThat(c.exit()).as(c.err()).isZero();
    CoinrInput original = CoinrTables.read(Run.resource("ASEM_iData.csv"),
        Run.resource("ASEM_iMeta.csv"));
    CoinrInput back = CoinrTables.read(csv.resolve("iData.csv"), csv.resolve("iMeta.csv"));
    assertThat(back.framework()).isEqualTo(original.framework());
    assertThat(back.dataset()).isEqualTo(original.dataset());
  }

  @Test
  void documentsScoreAsTheTablesDoAndValidate() throws Exception {
    Path json = dir.resolve("json");
    assertThat(Run.lcn("convert", Run.data(), Run.meta(), "-o", json.toString(), "-q").exit())
        .isZero();
    Path xml = dir.resolve("pipeline.xml");
    assertThat(Run.lcn("convert", json.resolve("pipeline.json").toString(), "--to", "xml",
        "-o", xml.toString(), "-q").exit()).isZero();

    Run fromDocs = Run.lcn("score", "--framework", json.resolve("framework.json").toString(),
        "--dataset", json.resolve("dataset.json").toString(), "--pipeline", xml.toString());
    Run fromTables = Run.lcn("score", "-d", Run.data(), "-m", Run.meta());
    assertThat(fromDocs.exit()).as(fromDocs.err()).isZero();
    assertThat(fromDocs.out()).isEqualTo(fromTables.out());

    Path results = dir.resolve("results.json");
    Run asJson = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-o", results.toString());
    assertThat(asJson.exit()).as(asJson.err()).isZero();
    assertThat(Files.readString(results)).contains("\"lcnDocument\"").contains("\"results\"");

    Run valid = Run.lcn("validate", json.resolve("framework.json").toString(),
        json.resolve("dataset.json").toString(), results.toString());
    assertThat(valid.exit()).as(valid.out()).isZero();
    assertThat(valid.out()).contains("valid: 3 document(s): framework, dataset, results");
  }

  @Test
  void aBrokenDocumentGivesExitTwoWithItsPlace() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"lcnDocument\": \"framework\", \"formatVersion\": \"1.0\",\n"
        + "  \"framework\": {\"nodes\": [ {\"code\": 12 ]}}\n");

    Run r = Run.lcn("convert", bad.toString(), "-o", dir.resolve("x.xml").toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("bad.json").contains("line 2");
  }

  @Test
  void validateNamesTheBrokenDocumentsPlace() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"lcnDocument\": \"framework\", \"formatVersion\": \"1.0\",\n"
        + "  \"framework\": {\"nodes\": [ {\"code\": 12 ]}}\n");

    Run r = Run.lcn("validate", bad.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out()).contains("bad.json").contains("line 2").contains("1 problem");
  }

  @Test
  void aFileOfUnknownFormatIsBadInput() throws Exception {
    Path f = dir.resolve("data.txt");
    Files.writeString(f, "x");

    Run r = Run.lcn("convert", f.toString(), "-o", dir.resolve("y.json").toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("data.txt").contains("unknown format");
  }
}

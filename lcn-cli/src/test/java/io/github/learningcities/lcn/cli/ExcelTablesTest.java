package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.excel.CoinrWorkbooks;
import io.github.learningcities.lcn.excel.ExcelWorkbook;
import io.github.learningcities.lcn.excel.ResultsWorkbook;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands take .xlsx workbooks wherever they take CSV tables. */
class ExcelTablesTest {

  @TempDir
  Path dir;

  Path workbook() {
    Path book = dir.resolve("asem.xlsx");
    Run r = Run.lcn("convert", Run.data(), Run.meta(), "-o", book.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote " + book);
    return book;
  }

  @Test
  void csvTablesConvertToAWorkbookThatScoresAsTheyDo() throws Exception {
    Path book = workbook();

    Run fromBook = Run.lcn("score", "-d", book.toString(), "--layout", "wide");
    Run fromSheets = Run.lcn("score", "-d", book + "#iData", "-m", book + "#iMeta");
    Run mixed = Run.lcn("score", "-d", book.toString(), "-m", Run.meta());
    Run fromCsv = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "--layout", "wide");
    assertThat(fromBook.exit()).as(fromBook.err()).isZero();
    assertThat(fromBook.out()).isEqualTo(fromCsv.out());
    assertThat(fromSheets.exit()).as(fromSheets.err()).isZero();
    assertThat(fromSheets.out()).isEqualTo(Run.lcn("score", "-d", Run.data(), "-m",
        Run.meta()).out());
    assertThat(mixed.exit()).as(mixed.err()).isZero();
    assertThat(Run.lcn("validate", book.toString()).out()).startsWith("valid: ");
  }

  @Test
  void aWorkbookConvertsBackToCsvTablesAndToDocuments() throws Exception {
    Path book = workbook();
    Path csv = dir.resolve("csv");
    Path json = dir.resolve("json");

    Run toCsv = Run.lcn("convert", book.toString(), "--to", "csv", "-o", csv.toString());
    Run toJson = Run.lcn("convert", book.toString(), "--to", "json", "-o", json.toString());

    assertThat(toCsv.exit()).as(toCsv.err()).isZero();
    assertThat(toJson.exit()).as(toJson.err()).isZero();
    CoinrInput original = CoinrTables.read(Run.resource("ASEM_iData.csv"),
        Run.resource("ASEM_iMeta.csv"));
    CoinrInput back = CoinrTables.read(csv.resolve("iData.csv"), csv.resolve("iMeta.csv"));
    assertThat(back.framework()).isEqualTo(original.framework());
    assertThat(back.dataset()).isEqualTo(original.dataset());
    assertThat(json.resolve("framework.json")).isNotEmptyFile();

    Path fromDocs = dir.resolve("docs.xlsx");
    Run docs = Run.lcn("convert", json.resolve("framework.json").toString(),
        json.resolve("dataset.json").toString(), "-o", fromDocs.toString());
    assertThat(docs.exit()).as(docs.err()).isZero();
    assertThat(CoinrWorkbooks.read(fromDocs).dataset()).isEqualTo(original.dataset());
  }

  @Test
  void validateNamesTheCellOfAProblem() throws Exception {
    Path book = workbook();
    Path meta = dir.resolve("iMeta.csv");
    Files.writeString(meta, Files.readString(Run.resource("ASEM_iMeta.csv"))
        + "1,Extra,Extra,1,1,,,,Physical,Indicator\n");

    Run r = Run.lcn("validate", book + "#iData", meta.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out()).contains(book + ", iData!1:1 (field 'Extra'): indicator 'Extra' ("
        + meta + ", line 70) has no column; expected a column for every Indicator row of "
        + "iMeta");
  }

  @Test
  void scoreWritesTheResultsWorkbook() throws Exception {
    Path out = dir.resolve("results.xlsx");

    Run r = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-o", out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    try (ExcelWorkbook book = ExcelWorkbook.open(out)) {
      assertThat(book.sheetNames()).isEqualTo(ResultsWorkbook.SHEETS);
    }
    Run toStdout = Run.lcn("score", "-d", Run.data(), "-m", Run.meta(), "-f", "xlsx");
    assertThat(toStdout.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(toStdout.err()).contains("give --out FILE.xlsx");
  }
}

package io.github.learningcities.lcn.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.coinr.TableProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented rules of how each kind of cell becomes a table's field. */
class CellRulesTest {
  static final String META = "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,"
      + "Parent,Type\n2,Index,Index,1,1,,,,,Aggregate\n1,x,x,1,1,,,,Index,Indicator\n"
      + "1,y,y,1,1,,,,Index,Indicator\n";

  @TempDir
  Path dir;

  /** A workbook with iMeta as above and an iData of uCode, uName, x, y made cell by cell. */
  Path book(Consumer<XSSFWorkbook> dataRows) throws IOException {
    Path file = dir.resolve("cells.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet data = book.createSheet("iData");
      Row header = data.createRow(0);
      String[] names = {"uCode", "uName", "x", "y"};
      for (int j = 0; j < names.length; j++) {
        header.createCell(j).setCellValue(names[j]);
      }
      dataRows.accept(book);
      XSSFSheet meta = book.createSheet("iMeta");
      String[] lines = META.split("\n");
      for (int i = 0; i < lines.length; i++) {
        String[] f = lines[i].split(",", -1);
        Row r = meta.createRow(i);
        for (int j = 0; j < f.length; j++) {
          if (!f[j].isEmpty()) {
            if (i > 0 && f[j].matches("-?[0-9]+")) {
              r.createCell(j).setCellValue(Double.parseDouble(f[j]));
            } else {
              r.createCell(j).setCellValue(f[j]);
            }
          }
        }
      }
      book.write(out);
    }
    return file;
  }

  static Row unit(XSSFWorkbook book, int index, String code) {
    Row r = book.getSheet("iData").createRow(index);
    r.createCell(0).setCellValue(code);
    r.createCell(1).setCellValue("Unit " + code);
    return r;
  }

  @Test
  void numbersTextNumbersEmptyNaAndCachedFormulasAreReadAsTheCsvFieldsWouldBe()
      throws IOException {
    Path file = book(b -> {
      Row a = unit(b, 1, "a");
      a.createCell(2).setCellValue(0.1 + 0.2);
      a.createCell(3).setCellValue(" 12.5 ");
      Row c = unit(b, 2, "c");
      c.createCell(2).setCellValue("NA");
      Cell f = c.createCell(3);
      f.setCellFormula("2*3");
      b.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f);
      unit(b, 4, "d").createCell(2).setCellValue(1e-7);
    });

    CoinrInput in = CoinrWorkbooks.read(file);

    assertThat(in.dataset().value("a", "x")).hasValue(0.1 + 0.2);
    assertThat(in.dataset().value("a", "y")).hasValue(12.5);
    assertThat(in.dataset().value("c", "x")).isEmpty();
    assertThat(in.dataset().value("c", "y")).hasValue(6);
    assertThat(in.dataset().value("d", "x")).hasValue(1e-7);
    assertThat(in.dataset().value("d", "y")).isEmpty();
    assertThat(in.dataset().units().get(0).name()).isEqualTo("Unit a");
  }

  @Test
  void aDateIsItsIsoTextKeptInTextColumnsAndAProblemInNumberColumns() throws IOException {
    Path file = book(b -> {
      CellStyle date = b.createCellStyle();
      date.setDataFormat(b.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row a = unit(b, 1, "a");
      Cell name = a.getCell(1);
      name.setCellValue(java.time.LocalDate.of(2019, 3, 1));
      name.setCellStyle(date);
      a.createCell(2).setCellValue(1);
      Row second = unit(b, 2, "b");
      Cell x = second.createCell(2);
      x.setCellValue(java.time.LocalDate.of(2020, 1, 31));
      x.setCellStyle(date);
      second.createCell(3).setCellValue(2);
    });

    assertThatThrownBy(() -> CoinrWorkbooks.read(file))
        .isInstanceOf(DocumentReadException.class)
        .hasMessage(file + ", iData!C3 (field 'x'): '2020-01-31' is not a number; expected a "
            + "decimal number such as 12.5 or 1.2e-3 (empty or NA for missing)");
    List<TableProblem> problems = CoinrWorkbooks.validate(file);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).cellReference()).hasValue("iData!C3");
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).column()).isEqualTo(3);
  }

  @Test
  void theDateOfATextColumnIsItsIsoText() throws IOException {
    Path file = book(b -> {
      CellStyle date = b.createCellStyle();
      date.setDataFormat(b.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
      Row a = unit(b, 1, "a");
      a.getCell(1).setCellValue(java.time.LocalDateTime.of(2019, 3, 1, 12, 30));
      a.getCell(1).setCellStyle(date);
      a.createCell(2).setCellValue(1);
    });

    assertThat(CoinrWorkbooks.read(file).dataset().units().get(0).name())
        .isEqualTo("2019-03-01T12:30");
  }

  @Test
  void booleansAreTextsSoAProblemInANumberColumn() throws IOException {
    Path file = book(b -> {
      Row a = unit(b, 1, "a");
      a.createCell(2).setCellValue(true);
      a.createCell(3).setCellValue(1);
    });

    assertThat(CoinrWorkbooks.validate(file)).extracting(TableProblem::toString)
        .containsExactly(file + ", iData!C2 (field 'x'): 'TRUE' is not a number; expected a "
            + "decimal number such as 12.5 or 1.2e-3 (empty or NA for missing)");
  }

  @Test
  void anErrorCellIsAProblemEvenInATextColumn() throws IOException {
    Path file = book(b -> {
      Row a = unit(b, 1, "a");
      a.getCell(1).setCellErrorValue(FormulaError.NA.getCode());
      a.createCell(2).setCellValue(1);
    });

    assertRefused(file, ", iData!B2 (field 'uName'): the cell holds the error #N/A; expected a "
        + "number, a text or an empty cell (an empty cell or NA is a missing value)");
  }

  /** Reading fails with exactly this message after the workbook's name. */
  static void assertRefused(Path file, String message) {
    assertThatThrownBy(() -> CoinrWorkbooks.read(file))
        .isInstanceOf(DocumentReadException.class)
        .hasMessage(file + message);
  }

  @Test
  void aFormulaWithoutAStoredResultIsAProblem() throws IOException {
    Path file = book(b -> unit(b, 1, "a").createCell(2).setCellFormula("1+1"));

    assertRefused(file, ", iData!C2 (field 'x'): the cell is a formula without a stored "
        + "result; expected a value (open and save the workbook in a spreadsheet program so "
        + "that it stores the results, or paste the values)");
  }

  @Test
  void aValueRightOfTheHeaderIsAProblem() throws IOException {
    Path file = book(b -> {
      Row a = unit(b, 1, "a");
      a.createCell(2).setCellValue(1);
      a.createCell(6).setCellValue("stray");
    });

    assertThatThrownBy(() -> CoinrWorkbooks.read(file))
        .hasMessage(file + ", iData!G2: a value right of the header's last column D; expected "
            + "values only under a header cell (give the column a name, or clear the cell)");
  }

  @Test
  void theTableRulesAreTheCsvReadersWithCellReferences() throws IOException {
    Path file = book(b -> {
      unit(b, 1, "a").createCell(2).setCellValue(1);
      Row twice = unit(b, 3, "a");
      twice.createCell(2).setCellValue("1,5");
    });
    String csv = "uCode,uName,x,y\na,Unit a,1,\na,Unit a,\"1,5\",\n";

    List<TableProblem> fromSheet = CoinrWorkbooks.validate(file);
    List<TableProblem> fromCsv = CoinrTables.validate(new StringReader(csv), "d",
        new StringReader(META), "m");

    assertThat(fromSheet).extracting(TableProblem::toString).containsExactly(
        file + ", iData!A4 (field 'uCode'): uCode 'a' appears twice (first on row 2); expected "
            + "one row per unit (panel data with several Time values must be read one Time "
            + "at a time)",
        file + ", iData!C4 (field 'x'): '1,5' is not a number; expected a decimal number such "
            + "as 12.5 or 1.2e-3 (empty or NA for missing)");
    assertThat(fromCsv).extracting(TableProblem::message).containsExactly(
        "uCode 'a' appears twice (first on line 2); expected one row per unit (panel data "
            + "with several Time values must be read one Time at a time)",
        "'1,5' is not a number; expected a decimal number such as 12.5 or 1.2e-3 (empty or NA "
            + "for missing)");
  }

  @Test
  void aMissingSheetNamesTheSheetsThereAre() throws IOException {
    Path file = book(b -> unit(b, 1, "a").createCell(2).setCellValue(1));

    assertThatThrownBy(() -> CoinrWorkbooks.read(file, "Data", "iMeta",
        WorkbookLimits.defaults())).isInstanceOf(WorkbookReadException.class)
        .hasMessage(file + ", xl/workbook.xml: has no sheet 'Data'; expected one of [iData, "
            + "iMeta]");
  }
}

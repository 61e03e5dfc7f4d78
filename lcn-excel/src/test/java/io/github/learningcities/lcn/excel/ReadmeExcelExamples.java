package io.github.learningcities.lcn.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.coinr.TableProblem;
import io.github.learningcities.lcn.serialization.coinr.TableSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel example of the README, run as a test (keep the two in step). */
class ReadmeExcelExamples {
  @TempDir
  Path dir;

  @Test
  void excelExample() throws Exception {
    CoinrInput asem = CoinrTables.read(AsemWorkbookTest.resource("ASEM_iData.csv"),
        AsemWorkbookTest.resource("ASEM_iMeta.csv"));
    Path asemXlsx = dir.resolve("asem.xlsx");
    CoinrWorkbooks.write(asem, asemXlsx);
    Path resultsXlsx = dir.resolve("asem-results.xlsx");
    Path csv = AsemWorkbookTest.resource("ASEM_iMeta.csv");

    // README: Excel example (begin)
    CoinrInput in = CoinrWorkbooks.read(asemXlsx);                 // sheets iData and iMeta
    List<TableProblem> problems = CoinrWorkbooks.validate(asemXlsx);  // [] or "asem.xlsx, iData!C7 (field 'LPI'): ..."
    Results results = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
    ResultsWorkbook.write(results, resultsXlsx);                   // Results, Raw, ..., Correlations
    try (ExcelWorkbook book = ExcelWorkbook.open(asemXlsx)) {      // any sheet, with a CSV table
      CoinrInput mixed = CoinrTables.read(book.sheet("iData"), TableSource.csv(csv));
    }
    // README: Excel example (end)

    assertThat(problems).isEmpty();
    assertThat(in.dataset()).isEqualTo(asem.dataset());
    try (ExcelWorkbook book = ExcelWorkbook.open(resultsXlsx)) {
      assertThat(book.sheetNames()).isEqualTo(ResultsWorkbook.SHEETS);
    }
  }
}

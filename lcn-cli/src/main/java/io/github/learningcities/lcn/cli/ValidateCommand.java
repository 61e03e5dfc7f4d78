package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.cli.logging.CommandLog;
import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.excel.CoinrWorkbooks;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.coinr.TableProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code lcn validate}: checks COINr tables and SDK documents and lists every problem with its
 * place. Tables are checked by {@link CoinrTables#validate}, the rules the reader applies
 * (cells, codes, types, parents, denominators, columns, and the tree: Level against the row's
 * place, aggregates without children, cycles, the top node), each problem with its line and its
 * field number as the column; when none is found the tables are read and scored as
 * {@code lcn score} would, which reports anything else. For documents, every JSON Schema or XSD
 * violation is listed, then the reader's first problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Checks a COINr iData table, an iMeta table, or both together, and lists every problem "
            + "as FILE, line L, column C (field 'F'): what is wrong and what would be valid "
            + "(C counts characters, as in lcn score's errors).",
        "Tables may be sheets of an .xlsx workbook: book.xlsx checks its sheets iData and "
            + "iMeta, book.xlsx#Sheet one sheet; problems name the cell (FILE, iData!C7 "
            + "(field 'F'): ...).",
        "Also checks SDK documents (.json, .xml: network, declaration, framework, pipeline, "
            + "dataset, results) against the shipped JSON Schema or XSD and lists every "
            + "violation (JSON pointer, or line and column), then the reader's first problem; "
            + "a results document that holds its dataset is scored again and must reproduce "
            + "the scores and ranks written.",
        "Exit code 0 when valid, 2 when a problem was found."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn validate ASEM_iData.csv ASEM_iMeta.csv",
        "  lcn validate ASEM_iMeta.csv",
        "  lcn validate asem.xlsx",
        "  lcn validate framework.json dataset.xml"})
final class ValidateCommand extends LcnCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "COINr iData and/or iMeta tables (.csv, or .xlsx workbooks and "
          + "book.xlsx#Sheet; at most one of each), or SDK documents (.json, .xml).")
  List<Path> files;

  @Mixin
  CommonOptions common;

  @Override
  CommonOptions common() {
    return common;
  }

  private final List<String> problems = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    try (TableFiles tables = new TableFiles()) {
      return check(tables);
    }
  }

  private Integer check(TableFiles tables) throws IOException {
    Table data = null;
    Table meta = null;
    Path dataSheet = null;
    Path metaSheet = null;
    List<Path> documents = new ArrayList<>();
    for (Path f : files) {
      if (TableFiles.isWorkbook(f)) {
        try {
          if (TableFiles.file(f).equals(f)) {
            boolean d = tables.hasSheet(f, CoinrWorkbooks.DATA_SHEET);
            boolean m = tables.hasSheet(f, CoinrWorkbooks.META_SHEET);
            dataSheet = d ? f : dataSheet;
            metaSheet = m ? f : metaSheet;
            if (!d && !m) {
              problems.add(f + ": has no sheet iData or iMeta; expected one of them, or name "
                  + "the sheet as " + f.getFileName() + "#Sheet");
            }
          } else {
            List<String> header = tables.header(f);
            if (header.contains("iCode")) {
              metaSheet = f;
            } else if (header.contains("uCode")) {
              dataSheet = f;
            } else {
              problems.add(f + ": the header has neither uCode (an iData table) nor iCode "
                  + "(an iMeta table); expected one of them");
            }
          }
        } catch (DocumentReadException e) {
          problems.add(e.getMessage());
        }
        continue;
      }
      if (Documents.formatOf(f) != Documents.Format.CSV) {
        documents.add(f);
        continue;
      }
      Table t = Table.read(f, problems);
      if (t == null) {
        continue;
      }
      if (t.header.contains("iCode")) {
        meta = t;
      } else if (t.header.contains("uCode")) {
        data = t;
      } else {
        problems.add(f + ", line 1: the header has neither uCode (an iData table) nor iCode "
            + "(an iMeta table); expected one of them");
      }
    }
    Path dataTable = dataSheet != null ? dataSheet : data != null ? data.path : null;
    Path metaTable = metaSheet != null ? metaSheet : meta != null ? meta.path : null;
    List<TableProblem> tableProblems = dataSheet != null || metaSheet != null
        ? tables.validate(dataTable, metaTable)
        : data != null && meta != null ? CoinrTables.validate(data.path, meta.path)
        : meta != null ? CoinrTables.validateMeta(meta.path)
        : data != null ? CoinrTables.validateData(data.path) : List.of();
    tableProblems.forEach(p -> problems.add(p.toString()));
    PrintWriter o = out();
    String summary = null;
    List<String> kinds = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Path f : documents) {
      try {
        DocumentKind kind = Documents.kindOf(f);
        kinds.add(kind.id());
        problems.addAll(DocumentSchemas.violations(f, kind));
        Object content = Documents.read(f);
        if (content instanceof ResultsDocument results) {
          checkReproduced(f, results, notes);
        }
      } catch (DocumentReadException | BadInputException e) {
        problems.add(e.getMessage());
      }
    }
    if (!documents.isEmpty() && problems.isEmpty()) {
      summary = "valid: " + documents.size() + " document(s): " + String.join(", ", kinds);
    }
    if (problems.isEmpty() && dataTable != null && metaTable != null) {
      try {
        CoinrInput in = TableFiles.read(dataTable, metaTable);
        Results r = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
        CommandLog.computed(r);
        summary = String.format(Locale.ROOT, "valid: %d units, %d indicators, %d nodes; "
            + "scoring gave %d notes", r.units().size(), in.framework().indicators().size(),
            in.framework().nodes().size(), r.diagnostics().notes().size());
        for (var n : r.diagnostics().notes()) {
          o.println(ErrorMessages.bounded("note: " + n.place() + ": " + n.message()));
        }
      } catch (DocumentReadException | IndicatorsException e) {
        problems.add(e.getMessage());
      }
    }
    for (String n : notes) {
      o.println(ErrorMessages.bounded(n));
    }
    for (String p : problems) {
      o.println(ErrorMessages.bounded(p));
    }
    if (!problems.isEmpty()) {
      o.println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
      o.flush();
      return Lcn.BAD_INPUT;
    }
    if (!common.quiet) {
      o.println(summary != null ? summary : "valid: " + files.size() + " table(s), "
          + (dataSheet != null || metaSheet != null ? "checked"
              : data != null ? (data.rows + " units")
              : meta != null ? (meta.rows + " rows") : "nothing else to check"));
    }
    o.flush();
    return Lcn.OK;
  }

  /**
   * Runs a results document's pipeline again on the dataset it holds and adds a problem when
   * the scores or ranks written are not what the run gives (a document edited by hand or by
   * a tool that is not the engine); without a dataset the scores cannot be checked, which is
   * said in a note.
   */
  private void checkReproduced(Path f, ResultsDocument results, List<String> notes) {
    if (results.dataset().isEmpty()) {
      notes.add("note: " + f + ": the results document holds no input dataset, so its scores "
          + "and ranks were not computed again");
      return;
    }
    try {
      CommandLog.computed(results.toResults(Engine.standard()));
    } catch (IllegalArgumentException e) {
      problems.add(f + ": " + e.getMessage());
    }
  }

  /**
   * A CSV file's header and number of data lines: enough to tell iData from iMeta and to say
   * how much was checked; the rules themselves are {@link CoinrTables}'.
   */
  private record Table(Path path, List<String> header, long rows) {
    static Table read(Path path, List<String> problems) throws IOException {
      List<String> header;
      try {
        header = InputFiles.csvHeader(path);
      } catch (BadInputException e) {
        problems.add(e.getMessage());
        return null;
      }
      if (header.isEmpty()) {
        problems.add(path + ": is empty; expected a header line and rows");
        return null;
      }
      long rows;
      try (Stream<String> lines = Files.lines(path, UTF_8)) {
        rows = lines.filter(l -> !l.isBlank()).count() - 1;
      }
      return new Table(path, header, rows);
    }
  }
}

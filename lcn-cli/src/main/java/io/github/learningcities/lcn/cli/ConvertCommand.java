package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.excel.CoinrWorkbooks;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lcn convert}: between COINr tables (CSV files or .xlsx workbooks) and SDK documents
 * (JSON, XML).
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Converts between COINr tables (CSV, or an .xlsx workbook with sheets iData and "
            + "iMeta) and SDK documents (JSON, XML), and between observation tables (CSV) and "
            + "panel documents.",
        "  iData.csv iMeta.csv --to json|xml   writes framework, dataset and pipeline "
            + "documents into --out (a folder); book.xlsx works the same",
        "  iData.csv iMeta.csv --to xlsx       writes the tables as one workbook: --out is "
            + "the .xlsx file, or a folder for tables.xlsx",
        "  book.xlsx --to csv                  writes iData.csv and iMeta.csv into --out",
        "  framework.json dataset.json --to csv|xlsx writes the tables into --out",
        "  any.json --to xml (or any.xml --to json) writes the same document in the other "
            + "format: --out is a file for one input, a folder for several",
        "  observations.csv --to json|xml       writes the panel document (--out a file, or a "
            + "folder for panel.json); a panel document --to csv writes its observation table "
            + "(--out a .csv file, or a folder for observations.csv)"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn convert ASEM_iData.csv ASEM_iMeta.csv --to json -o asem-json",
        "  lcn convert asem-json/framework.json -o framework.xml",
        "  lcn convert ASEM_iData.csv ASEM_iMeta.csv -o asem.xlsx",
        "  lcn convert asem.xlsx --to csv -o asem-csv",
        "  lcn convert asem-json/framework.json asem-json/dataset.json --to csv -o asem-csv",
        "  lcn convert observations.csv -o panel.json",
        "  lcn convert panel.json -o observations.csv"})
final class ConvertCommand extends LcnCommand {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "COINr tables (.csv, .xlsx, book.xlsx#Sheet) or SDK documents (.json, "
          + ".xml).")
  List<Path> inputs;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "json, xml, csv or xlsx; default: from --out's extension, else json.")
  Documents.Format to;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH", required = true,
      description = "The file (one document) or folder to write. A file named by --out is "
          + "replaced once the new one is complete; files written into a folder replace "
          + "files of the same names only with --force; an input is never overwritten.")
  Path out;

  @Mixin
  OverwriteOptions overwrite;

  @Mixin
  CommonOptions common;

  @Override
  CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() throws Exception {
    Documents.Format target = to;
    boolean outIsFolder = Files.isDirectory(out);
    if (target == null) {
      String name = out.getFileName().toString();
      target = name.contains(".") && !outIsFolder ? Documents.formatOf(out)
          : Documents.Format.JSON;
    }
    boolean tables = inputs.stream().allMatch(p -> Documents.formatOf(p)
        == Documents.Format.CSV || Documents.formatOf(p) == Documents.Format.XLSX);
    OutputFiles files = OutputFiles.of(inputs.stream().map(TableFiles::file).toList(),
        overwrite.force);
    if (PanelConversion.isObservationTable(inputs)) {
      PanelConversion.toPanel(files, inputs.get(0), out, target);
    } else if (target == Documents.Format.CSV && PanelConversion.isPanelDocument(inputs)) {
      PanelConversion.toTable(files, inputs.get(0), out);
    } else if (tables && (target == Documents.Format.CSV || target == Documents.Format.XLSX)) {
      putTables(files, target, readTables());
    } else if (tables) {
      fromTables(files, target);
    } else if (target == Documents.Format.CSV || target == Documents.Format.XLSX) {
      toTables(files, target);
    } else {
      between(files, target, outIsFolder);
    }
    List<Path> written = files.commit();
    if (!common.quiet) {
      PrintWriter o = out();
      written.forEach(p -> o.println("Wrote " + p));
      o.flush();
    }
    return Lcn.OK;
  }

  /**
   * The tables the inputs name: a pair (iData and iMeta, CSV files or sheets, in either
   * order), or one workbook with sheets iData and iMeta.
   */
  private CoinrInput readTables() throws Exception {
    if (inputs.size() == 1 && TableFiles.isWorkbook(inputs.get(0))
        && TableFiles.file(inputs.get(0)).equals(inputs.get(0))) {
      return TableFiles.read(inputs.get(0), inputs.get(0));
    }
    if (inputs.size() != 2) {
      throw new BadInputException("COINr tables convert as a pair (iData.csv iMeta.csv) or "
          + "as one workbook with sheets iData and iMeta; got " + inputs.size() + " tables");
    }
    Path a = inputs.get(0);
    Path b = inputs.get(1);
    List<String> header;
    if (TableFiles.isWorkbook(a)) {
      try (TableFiles t = new TableFiles()) {
        header = t.header(TableFiles.file(a).equals(a)
            ? a.resolveSibling(a.getFileName() + "#" + CoinrWorkbooks.DATA_SHEET) : a);
      }
    } else {
      InputFiles.requireText(a);
      header = InputFiles.csvHeader(a);
    }
    return header.contains("iCode") ? TableFiles.read(b, a) : TableFiles.read(a, b);
  }

  private void fromTables(OutputFiles files, Documents.Format target) throws Exception {
    String ext = "." + target.extension();
    Path framework = files.inFolder(out, "framework" + ext, "the framework");
    Path dataset = files.inFolder(out, "dataset" + ext, "the dataset");
    Path pipeline = files.inFolder(out, "pipeline" + ext, "the pipeline");
    files.requireReplaceable();
    CoinrInput in = readTables();
    putDocument(files, target, in.framework(), framework);
    putDocument(files, target, in.dataset(), dataset);
    putDocument(files, target, in.pipeline(), pipeline);
  }

  private void toTables(OutputFiles files, Documents.Format target) throws Exception {
    Framework framework = null;
    Dataset dataset = null;
    Pipeline pipeline = Pipeline.coinrDefault();
    for (Path p : inputs) {
      DocumentKind kind = Documents.kindOf(p);
      switch (kind) {
        case FRAMEWORK -> framework = Documents.read(p, Framework.class);
        case DATASET -> dataset = Documents.read(p, Dataset.class);
        case PIPELINE -> pipeline = Documents.read(p, Pipeline.class);
        default -> throw new BadInputException(p + ": a " + kind.id() + " document has no "
            + "COINr table form; expected framework and dataset documents");
      }
    }
    if (framework == null || dataset == null) {
      throw new BadInputException("COINr tables need a framework and a dataset document; "
          + "got " + inputs);
    }
    putTables(files, target, CoinrInput.of(framework, dataset).withPipeline(pipeline));
  }

  /** Declares and gives the tables of an input: iData.csv and iMeta.csv, or a workbook. */
  private void putTables(OutputFiles files, Documents.Format target, CoinrInput input)
      throws IOException {
    if (target == Documents.Format.XLSX) {
      Path book = !Files.isDirectory(out) && TableFiles.isWorkbook(out)
          ? files.named(out, "--out") : files.inFolder(out, "tables.xlsx", "the workbook");
      files.requireReplaceable();
      files.put(book, stream -> CoinrWorkbooks.write(input, stream));
      return;
    }
    Path iData = files.inFolder(out, "iData.csv", "the iData table");
    Path iMeta = files.inFolder(out, "iMeta.csv", "the iMeta table");
    files.requireReplaceable();
    putTables(files, input, iData, iMeta);
  }

  private void between(OutputFiles files, Documents.Format target, boolean outIsFolder)
      throws Exception {
    if (inputs.size() == 1 && !outIsFolder && out.getFileName().toString().contains(".")) {
      Path file = files.named(out, "--out");
      putDocument(files, target, Documents.read(inputs.get(0)), file);
      return;
    }
    List<Path> targets = new ArrayList<>();
    for (Path p : inputs) {
      String name = p.getFileName().toString();
      String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      targets.add(files.inFolder(out, base + "." + target.extension(), p.toString()));
    }
    files.requireReplaceable();
    for (int i = 0; i < inputs.size(); i++) {
      putDocument(files, target, Documents.read(inputs.get(i)), targets.get(i));
    }
  }

  private static void putDocument(OutputFiles files, Documents.Format target, Object value,
      Path file) {
    files.put(file, stream -> Documents.write(target, value, stream));
  }

  /**
   * Gives the two COINr tables of an input to the write path; the tables are rendered together
   * (one writer each) before either file is written.
   */
  static void putTables(OutputFiles files, CoinrInput input, Path iData, Path iMeta)
      throws IOException {
    StringWriter data = new StringWriter();
    StringWriter meta = new StringWriter();
    CoinrTables.write(input, data, meta);
    files.putText(iData, data.toString());
    files.putText(iMeta, meta.toString());
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.logging.CommandLog;
import io.github.learningcities.lcn.excel.ResultsWorkbook;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lcn score}: runs a pipeline and writes every unit's score and rank on every node. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Runs a pipeline on the input and writes all units x every node: indicators as "
            + "normalised, aggregates as scored, each with the unit's rank (1 = best), as CSV "
            + "or as an SDK results document (JSON, XML).",
        "Without --out the table goes to standard output."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn score -d ASEM_iData.csv -m ASEM_iMeta.csv -o scores.csv",
        "  lcn score -d ASEM_iData.csv -m ASEM_iMeta.csv -n minmax:lower=1,upper=100 "
            + "-a geometric -i mean -t winsorise --layout wide -o scores-geo.csv",
        "  lcn score --builtin kflc-ua -o kflc-scores.csv",
        "  lcn score -d asem.xlsx -o asem-results.xlsx",
        "  lcn score --framework framework.json --dataset dataset.json --pipeline pipeline.xml "
            + "-o results.json"})
final class ScoreCommand extends LcnCommand {
  enum Layout { LONG, WIDE }

  @Mixin
  InputOptions input;

  @Mixin
  PipelineOptions pipeline;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write the table or document (default: standard output); an "
          + "existing file is replaced only once the new one is complete, and never when it "
          + "is one of the inputs.")
  Path out;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "long",
      description = "long: one row per unit and node (uCode, uName, node, nodeName, level, "
          + "score, rank); wide: one row per unit, a column per node then Rank.<node>. "
          + "Default: ${DEFAULT-VALUE}.")
  Layout layout;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "csv, json or xml (an SDK results document), or xlsx (the results "
          + "workbook: results, the data after each step, weights, diagnostics, statistics, "
          + "correlations); default: from --out's extension, else csv.")
  Documents.Format format;

  @Mixin
  CommonOptions common;

  @Override
  CommonOptions common() {
    return common;
  }

  @Override
  public Integer call() throws Exception {
    OutputFiles files = OutputFiles.of(input.files(pipeline), false);
    if (out != null) {
      files.named(out, "--out");
    }
    ScoringInput in = input.load("en");
    common.memory = MemoryNeeds.scoring(in.dataset().unitCount(),
        in.framework().nodes().size());
    Pipeline p = in.resolve(pipeline.apply(in.pipeline()));
    Results r = Engine.standard().run(in.framework(), in.dataset(), p);
    CommandLog.computed(r);
    Documents.Format f = format != null ? format
        : out != null && Documents.namesFormat(out) ? Documents.formatOf(out)
            : Documents.Format.CSV;
    if (f == Documents.Format.XLSX && out == null) {
      throw new BadInputException("a workbook (xlsx) is not text: give --out FILE.xlsx");
    }
    // The document body is made only for a document: a CSV run then loads none of its classes.
    OutputFiles.CsvBody table = new ScoresTable(r, layout == Layout.WIDE);
    PrintWriter o = out();
    if (out == null) {
      if (f == Documents.Format.CSV) {
        CsvOutput csv = CsvOutput.to(o);
        table.writeTo(csv);
        csv.flush();
      } else {
        new ResultsText(f, r).writeTo(OutputFiles.unclosable(o));
      }
      o.flush();
      return Lcn.OK;
    }
    if (f == Documents.Format.XLSX) {
      files.put(out, stream -> ResultsWorkbook.write(r, stream));
    } else if (f == Documents.Format.CSV) {
      files.putCsv(out, table);
    } else {
      files.putText(out, new ResultsText(f, r));
    }
    files.commit();
    if (!common.quiet) {
      o.println(ErrorMessages.bounded(summary(in, r) + "; wrote " + out));
      o.flush();
    }
    return Lcn.OK;
  }

  static String summary(ScoringInput in, Results r) {
    Diagnostics d = r.diagnostics();
    String root = r.framework().root().code();
    StringBuilder sb = new StringBuilder();
    sb.append("Scored ").append(r.units().size()).append(" units on ")
        .append(r.framework().nodes().size()).append(" nodes (")
        .append(r.framework().indicators().size()).append(" indicators) from ")
        .append(in.source());
    if (in.isSynthetic()) {
      sb.append(" [SYNTHETIC data]");
    }
    sb.append("; imputed ").append(d.imputedCells().size()).append(" cells, treated ")
        .append(d.treatedPoints().size()).append(" points, screened out ")
        .append(d.screenedUnits().size()).append(" units, ").append(d.notes().size())
        .append(" notes");
    Map<String, Integer> ranks = r.ranks(root);
    String first = "-";
    for (Map.Entry<String, Integer> e : ranks.entrySet()) {
      if (e.getValue() == 1) {
        first = e.getKey();
        break;
      }
    }
    sb.append("; first on ").append(root).append(": ").append(in.unitLabel(first));
    return sb.toString();
  }

  /*
   * The bodies below are named classes rather than lambdas: a short run links no call site on
   * its way (the first lambda's link alone costs milliseconds of a run of tens).
   */

  /** The scores as a CSV table in the long or the wide layout. */
  private static final class ScoresTable implements OutputFiles.CsvBody {
    private final Results results;
    private final boolean wide;

    ScoresTable(Results results, boolean wide) {
      this.results = results;
      this.wide = wide;
    }

    @Override
    public void writeTo(CsvOutput out) throws IOException {
      if (wide) {
        ResultsTables.scoresWide(results, out);
      } else {
        ResultsTables.scoresLong(results, out);
      }
    }
  }

  /** The results as an SDK results document (JSON or XML). */
  private static final class ResultsText implements OutputFiles.TextBody {
    private final Documents.Format format;
    private final Results results;

    ResultsText(Documents.Format format, Results results) {
      this.format = format;
      this.results = results;
    }

    @Override
    public void writeTo(Writer out) throws IOException {
      Documents.write(format, ResultsDocument.of(results), out);
    }
  }
}

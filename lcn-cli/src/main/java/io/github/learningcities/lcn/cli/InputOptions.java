package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where the data come from: COINr tables, SDK documents or the built-in synthetic assessment.
 */
final class InputOptions {

  @Option(names = {"-d", "--data"}, paramLabel = "iData.csv",
      description = "COINr iData table: one row per unit (uCode, uName, indicator columns). "
          + "A CSV file or an .xlsx workbook: its sheet iData, or book.xlsx#Sheet; a workbook "
          + "with sheets iData and iMeta needs no --meta.")
  Path data;

  @Option(names = {"-m", "--meta"}, paramLabel = "iMeta.csv",
      description = "COINr iMeta table: one row per indicator and aggregate. A CSV file or "
          + "an .xlsx workbook (its sheet iMeta, or book.xlsx#Sheet).")
  Path meta;

  @Option(names = "--framework", paramLabel = "FILE",
      description = "SDK framework document (.json or .xml), with --dataset.")
  Path framework;

  @Option(names = "--dataset", paramLabel = "FILE",
      description = "SDK dataset document (.json or .xml), with --framework.")
  Path dataset;

  @Option(names = "--builtin", paramLabel = "NAME",
      description = "Built-in data instead of tables: kflc-ua, the SYNTHETIC KFLC "
          + "self-assessment of the Melitopol Declaration's 15 signatory cities.")
  String builtin;

  @Option(names = "--data-seed", paramLabel = "SEED",
      description = "Seed of the built-in synthetic data (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + SyntheticAssessment.DEFAULT_SEED)
  long dataSeed;

  /** Every file these options and the pipeline options name, for the write path's checks. */
  List<Path> files(PipelineOptions pipeline) {
    List<Path> files = new ArrayList<>();
    for (Path p : Arrays.asList(data, meta, framework, dataset, pipeline.pipelineFile)) {
      if (p != null) {
        files.add(TableFiles.file(p));
      }
    }
    return files;
  }

  ScoringInput load(String language) throws IOException {
    boolean tables = data != null || meta != null;
    boolean documents = framework != null || dataset != null;
    if ((builtin != null ? 1 : 0) + (tables ? 1 : 0) + (documents ? 1 : 0) > 1) {
      throw new BadInputException("give one input: --data and --meta, --framework and "
          + "--dataset, or --builtin");
    }
    if (documents) {
      if (framework == null || dataset == null) {
        throw new BadInputException(framework == null ? "--dataset needs --framework FILE"
            : "--framework needs --dataset FILE");
      }
      return ScoringInput.of(CoinrInput.of(Documents.read(framework, Framework.class),
          Documents.read(dataset, Dataset.class)), sourceOf(framework, dataset, language));
    }
    if (builtin != null) {
      if (!builtin.equals(ScoringInput.BUILTIN_KFLC)) {
        throw new BadInputException("--builtin '" + builtin + "' is unknown; expected "
            + ScoringInput.BUILTIN_KFLC);
      }
      return ScoringInput.kflc(dataSeed, language);
    }
    Path metaTable = meta == null && data != null && TableFiles.isWorkbook(data) ? data : meta;
    if (data == null || metaTable == null) {
      throw new BadInputException(tables
          ? (data == null ? "--meta needs --data iData.csv" : "--data needs --meta iMeta.csv")
          : "no input: give --data iData.csv --meta iMeta.csv, --framework and --dataset "
              + "documents, or --builtin "
              + ScoringInput.BUILTIN_KFLC);
    }
    return ScoringInput.of(TableFiles.read(data, metaTable), meta == null
        ? data.getFileName().toString() : sourceOf(data, meta, language));
  }

  /**
   * The two files' names, without their folders: the source is shown in reports that people
   * share, where a path such as /home/name/... says more than it should.
   */
  private static String sourceOf(Path a, Path b, String language) {
    return a.getFileName() + (language.equals("uk") ? " і " : " and ") + b.getFileName();
  }
}

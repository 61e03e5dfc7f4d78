package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data come from: COINr tables or the built-in synthetic assessment. */
final class InputOptions {

  @Option(names = {"-d", "--data"}, paramLabel = "iData.csv",
      description = "COINr iData table: one row per unit (uCode, uName, indicator columns).")
  Path data;

  @Option(names = {"-m", "--meta"}, paramLabel = "iMeta.csv",
      description = "COINr iMeta table: one row per indicator and aggregate.")
  Path meta;

  @Option(names = "--builtin", paramLabel = "NAME",
      description = "Built-in data instead of tables: kflc-ua, the SYNTHETIC KFLC "
          + "self-assessment of the Melitopol Declaration's 15 signatory cities.")
  String builtin;

  @Option(names = "--data-seed", paramLabel = "SEED",
      description = "Seed of the built-in synthetic data (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + SyntheticAssessment.DEFAULT_SEED)
  long dataSeed;

  ScoringInput load(String language) throws IOException {
    boolean tables = data != null || meta != null;
    if (builtin != null && tables) {
      throw new BadInputException("give either --data and --meta, or --builtin, not both");
    }
    if (builtin != null) {
      if (!builtin.equals(ScoringInput.BUILTIN_KFLC)) {
        throw new BadInputException("--builtin '" + builtin + "' is unknown; expected "
            + ScoringInput.BUILTIN_KFLC);
      }
      return ScoringInput.kflc(dataSeed, language);
    }
    if (data == null || meta == null) {
      throw new BadInputException(tables
          ? (data == null ? "--meta needs --data iData.csv" : "--data needs --meta iMeta.csv")
          : "no input: give --data iData.csv --meta iMeta.csv, or --builtin "
              + ScoringInput.BUILTIN_KFLC);
    }
    return ScoringInput.of(CoinrTables.read(data, meta), data + " and " + meta);
  }
}

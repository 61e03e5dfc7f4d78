package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.DocumentWriter;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lcn convert}: between COINr tables (CSV) and SDK documents (JSON, XML). */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Converts between COINr tables (CSV) and SDK documents (JSON, XML).",
        "  iData.csv iMeta.csv --to json|xml   writes framework, dataset and pipeline "
            + "documents into --out (a folder)",
        "  framework.json dataset.json --to csv writes iData.csv and iMeta.csv into --out",
        "  any.json --to xml (or any.xml --to json) writes the same document in the other "
            + "format: --out is a file for one input, a folder for several"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn convert ASEM_iData.csv ASEM_iMeta.csv --to json -o asem-json",
        "  lcn convert asem-json/framework.json -o framework.xml",
        "  lcn convert asem-json/framework.json asem-json/dataset.json --to csv -o asem-csv"})
final class ConvertCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "COINr tables (.csv) or SDK documents (.json, .xml).")
  List<Path> inputs;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "json, xml or csv; default: from --out's extension, else json.")
  Documents.Format to;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH", required = true,
      description = "The file (one document) or folder to write.")
  Path out;

  @Mixin
  CommonOptions common;

  private final List<Path> written = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Documents.Format target = to;
    if (target == null) {
      String name = out.getFileName().toString();
      target = name.contains(".") ? Documents.formatOf(out) : Documents.Format.JSON;
    }
    boolean tables = inputs.stream().allMatch(p -> Documents.formatOf(p)
        == Documents.Format.CSV);
    if (tables) {
      fromTables(target);
    } else if (target == Documents.Format.CSV) {
      toTables();
    } else {
      between(target);
    }
    if (!common.quiet) {
      PrintWriter o = spec.commandLine().getOut();
      written.forEach(p -> o.println("Wrote " + p));
      o.flush();
    }
    return Lcn.OK;
  }

  private void fromTables(Documents.Format target) throws Exception {
    if (inputs.size() != 2 || target == Documents.Format.CSV) {
      throw new BadInputException("COINr tables convert as a pair (iData.csv iMeta.csv) to "
          + "json or xml; got " + inputs.size() + " table(s) to " + target.extension());
    }
    Path a = inputs.get(0);
    Path b = inputs.get(1);
    boolean aIsMeta = Files.readString(a).lines().findFirst().orElse("").contains("iCode");
    CoinrInput in = aIsMeta ? CoinrTables.read(b, a) : CoinrTables.read(a, b);
    DocumentWriter w = Documents.writer(target);
    write(w, in.framework(), out.resolve("framework." + target.extension()));
    write(w, in.dataset(), out.resolve("dataset." + target.extension()));
    write(w, in.pipeline(), out.resolve("pipeline." + target.extension()));
  }

  private void toTables() throws Exception {
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
    Files.createDirectories(out);
    Path iData = out.resolve("iData.csv");
    Path iMeta = out.resolve("iMeta.csv");
    CoinrTables.write(CoinrInput.of(framework, dataset).withPipeline(pipeline), iData, iMeta);
    written.add(iData);
    written.add(iMeta);
  }

  private void between(Documents.Format target) throws Exception {
    DocumentWriter w = Documents.writer(target);
    if (inputs.size() == 1 && out.getFileName().toString().contains(".")) {
      write(w, Documents.read(inputs.get(0)), out);
      return;
    }
    for (Path p : inputs) {
      String name = p.getFileName().toString();
      String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      write(w, Documents.read(p), out.resolve(base + "." + target.extension()));
    }
  }

  private void write(DocumentWriter w, Object value, Path file) throws Exception {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    w.write(value, file);
    written.add(file);
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.logging.CommandLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs each of lcn's commands once, in one JVM, on the built-in data: run with
 * {@code -XX:DumpLoadedClassList=lcn.classlist}, it records the classes a run of lcn loads, the
 * list from which {@code bin/lcn} makes its class-data sharing archive. The build runs it
 * when it packages the distribution. With {@value #SCORE} before the folder it runs only
 * {@code lcn score}, each kind of its command lines, on tables it writes itself: the list of
 * {@code lib/lcn-score.classlist}, whose smaller archive {@code bin/lcn} gives {@code lcn score}
 * (a JVM touches fewer pages of an archive of fewer classes: COINr's ASEM example scored
 * about 4 ms faster, 7 %, with 650 fewer page faults). With {@value #DEMO} it runs only {@code
 * lcn demo}, quiet and not: the list of {@code lib/lcn-demo.classlist} (the demo took 4 % less
 * time with its own archive than with the archive of every command); with {@value #ANALYSIS}
 * the lines of {@code lcn analyse}, {@code report} and {@code audit} that bin/lcn gives their
 * shared archive ({@code lib/lcn-analysis.classlist}).
 *
 * <p>One JVM, because lists recorded by several cannot simply be concatenated: Java 17's
 * archive dump crashes on a lambda listed twice. One worker thread, for fewer differences
 * between builds, except where a command's work with a background thread is to be recorded
 * (the large table's score and the audit); the list still differs a little from build to build
 * (where the main thread and the worker load classes at the same time, and a few JDK classes
 * loaded only when the main thread waits), so it keeps the distribution archives from being
 * bit-for-bit reproducible.
 */
final class ClassListTraining {
  /** The first argument of the training of {@code lcn score} alone. */
  static final String SCORE = "score";
  /** The first argument of the training of {@code lcn demo} alone. */
  static final String DEMO = "demo";
  /** The first argument of the training of {@code lcn analyse}, {@code report} and {@code audit}. */
  static final String ANALYSIS = "analysis";

  private ClassListTraining() {}

  /**
   * Runs the commands, writing into the folder given as the last argument.
   *
   * @param args the working folder (emptied first), after {@value #SCORE}, {@value #DEMO} or
   *     {@value #ANALYSIS} for the training of {@code lcn score}, {@code lcn demo}, or {@code
   *     lcn analyse}, {@code report} and {@code audit} alone
   * @throws IOException if the folder cannot be emptied or created
   * @throws IllegalStateException if a command fails: the list would then miss classes
   */
  public static void main(String[] args) throws IOException {
    String only = args.length == 2 ? args[0] : null;
    if (args.length != 1 && !SCORE.equals(only) && !DEMO.equals(only)
        && !ANALYSIS.equals(only)) {
      throw new IllegalArgumentException("expected a working folder, or \"" + SCORE + "\", \""
          + DEMO + "\" or \"" + ANALYSIS + "\" and a working folder; got "
          + String.join(" ", args));
    }
    // A fresh folder on every build: commands may refuse to replace earlier outputs.
    Path dir = Path.of(args[args.length - 1]);
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    // What java's launcher loads before main: it looks the method up by reflection, which
    // loads the classes of Lcn's public methods' signatures (picocli's CommandLine among them).
    try {
      Lcn.class.getMethod("main", String[].class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Lcn has no main method", e);
    }
    CommandLog.select();
    if (only != null) {
      switch (only) {
        case SCORE -> scoreTraining(dir);
        case DEMO -> demoTraining(dir);
        default -> analysisRuns(dir);
      }
      return;
    }
    String demo = dir.resolve("demo").toString();
    String data = dir.resolve("demo/data/kflc-ua-SYNTHETIC_iData.csv").toString();
    String meta = dir.resolve("demo/data/kflc-ua-SYNTHETIC_iMeta.csv").toString();
    System.out.println(Lcn.Version.line());
    run("--help");
    run("demo", "-q", "-o", demo, "--samples", "20", "--threads", "1");
    scoreRuns(dir, data, meta, true);
    run("validate", data, meta);
    documentRuns(dir, data, meta);
    run("analyse", "-q", "-d", data, "-m", meta, "--samples", "20", "--threads", "1", "-o",
        dir.resolve("analysis").toString());
    run("report", "-q", "-d", data, "-m", meta, "--no-uncertainty", "-o",
        dir.resolve("report.html").toString());
    // With a second thread: what a command hands to its background thread (the demo above
    // runs without one).
    run("audit", "-q", "-d", data, "-m", meta, "--samples", "20", "--threads", "2", "-o",
        dir.resolve("audit.html").toString());
    picocliRuns(dir, data, meta);
    badInputRuns(dir, data, meta);
  }

  /** {@code lcn score} alone: each kind of its CSV lines, on tables written here. */
  private static void scoreTraining(Path dir) throws IOException {
    Path data = dir.resolve("training_iData.csv");
    Path meta = dir.resolve("training_iMeta.csv");
    writeFrameworkTables(data, meta);
    scoreRuns(dir, data.toString(), meta.toString(), false);
    badInputRuns(dir, data.toString(), meta.toString());
  }

  /** {@code lcn demo} alone, as users run it: quiet and not, with the machine's threads. */
  private static void demoTraining(Path dir) {
    String demo = dir.resolve("demo").toString();
    run("demo", "-q", "-o", demo, "--samples", "20");
    run("demo", "--force", "-o", demo, "--samples", "20");
    badInput("demo", "-q", "-N", "1", "-o", demo);
  }

  /**
   * The lines of analyse, report and audit on COINr tables and built-in data, with the options
   * bin/lcn gives their own archive: quiet and not, sensitivity, replications written and
   * replayed, every factor varied, both languages, with and without uncertainty.
   */
  private static void analysisRuns(Path dir) throws IOException {
    Path data = dir.resolve("training_iData.csv");
    Path meta = dir.resolve("training_iMeta.csv");
    writeFrameworkTables(data, meta);
    String d = data.toString();
    String m = meta.toString();
    Path analysis = dir.resolve("analysis");
    run("analyse", "-q", "-d", d, "-m", m, "-N", "20", "--write-replications", "-o",
        analysis.toString());
    run("analyse", "-q", "--force", "-d", d, "-m", m, "--replications",
        analysis.resolve("replications.csv").toString(), "-o", analysis.toString());
    run("analyse", "-d", d, "-m", m, "-N", "20", "--sensitivity", "--vary",
        "weights,aggregation,normalisation,imputation,pca", "-o",
        dir.resolve("sensitivity").toString());
    run("report", "-q", "-d", d, "-m", m, "-N", "20", "-o", dir.resolve("report.html").toString());
    run("report", "--builtin", "kflc-ua", "-l", "uk", "-N", "20", "-o",
        dir.resolve("report-uk.html").toString());
    run("audit", "-q", "-d", d, "-m", m, "-N", "20", "-o", dir.resolve("audit.html").toString());
    run("audit", "--builtin", "kflc-ua", "-l", "uk", "--no-uncertainty", "-o",
        dir.resolve("audit-uk.html").toString());
    Path[] numbers = writeNumberTables(dir);
    run("analyse", "-q", "-d", numbers[0].toString(), "-m", numbers[1].toString(), "-N", "20",
        "-o", dir.resolve("numbers-analysis").toString());
    badInput("report", "-q", "-d", d, "-m", missing(dir), "-o",
        dir.resolve("not-written.html").toString());
    badInput("analyse", "-q", "-d", d, "-m", m, "-n", "nosuchmethod", "-o",
        dir.resolve("not-written").toString());
  }

  /**
   * Lines that picocli reads: each command's help (its model of the command and its usage
   * text) and, for each command, a line with an option the direct readers leave to it
   * (PlainArguments), so that a run through picocli loads nothing outside the archive.
   */
  private static void picocliRuns(Path dir, String data, String meta) {
    for (String command : new String[] {"demo", "score", "analyse", "validate", "convert",
        "report", "audit"}) {
      run(command, "--help");
    }
    run("help", "score");
    run("validate", "-q", "--", data, meta);
    run("convert", "-qo", dir.resolve("converted-picocli").toString(), data, meta, "--to",
        "json");
    run("analyse", "-q", "-d", data, "-m", meta, "-N", "20", "-T", "1", "--vary", "Weights",
        "--consistency-threshold", "0.1", "-o", dir.resolve("analysis-picocli").toString());
    for (String command : new String[] {"report", "audit"}) {
      run(command, "-q", "-d", data, "-m", meta, "--no-uncertainty", "-l", "Uk",
          "--consistency-threshold", "0.1", "-o",
          dir.resolve(command + "-picocli.html").toString());
    }
  }

  /**
   * The lines that read what lcn writes: SDK documents (JSON and XML, checked against their
   * schema by {@code validate}, converted, scored), workbooks and observation tables. Without
   * them the archive lacked the readers' classes (the schema validators, databind's
   * deserializers, the workbook reader): {@code lcn validate framework.json} loaded 318 classes
   * from the jar and took 5 to 7.5 times as long as {@code java -version}.
   */
  private static void documentRuns(Path dir, String data, String meta) throws IOException {
    Path json = dir.resolve("converted");
    Path xml = dir.resolve("converted-xml");
    Path book = dir.resolve("book.xlsx");
    run("convert", "-q", data, meta, "--to", "json", "-o", json.toString());
    run("convert", "-q", data, meta, "--to", "xml", "-o", xml.toString());
    run("convert", "-q", data, meta, "-o", book.toString());
    List<String> documents = new ArrayList<>();
    for (Path folder : List.of(json, xml)) {
      String ext = folder == json ? ".json" : ".xml";
      for (String kind : new String[] {"framework", "dataset", "pipeline"}) {
        documents.add(folder.resolve(kind + ext).toString());
      }
    }
    documents.add(dir.resolve("scores.json").toString());
    documents.add(dir.resolve("scores.xml").toString());
    for (String document : documents) {
      run("validate", "-q", document);
    }
    run("validate", "-q", book.toString());
    run("convert", "-q", documents.get(0), documents.get(1), "--to", "csv", "-o",
        dir.resolve("from-json").toString());
    run("convert", "-q", documents.get(3), documents.get(4), "--to", "csv", "-o",
        dir.resolve("from-xml").toString());
    run("convert", "-q", documents.get(0), "--to", "xml", "-o",
        dir.resolve("framework-again.xml").toString());
    run("convert", "-q", documents.get(3), "--to", "json", "-o",
        dir.resolve("framework-again.json").toString());
    run("convert", "-q", book.toString(), "--to", "csv", "-o",
        dir.resolve("from-book").toString());
    for (int first : new int[] {0, 3}) {
      run("score", "-q", "--framework", documents.get(first), "--dataset",
          documents.get(first + 1), "-p", documents.get(first + 2), "-o",
          dir.resolve("scores-from-documents-" + first + ".csv").toString());
    }
    run("score", "-q", "-d", book.toString(), "-o", dir.resolve("scores-from-book.csv").toString());
    // A panel: an observation table to a document and back.
    Path observations = dir.resolve("observations.csv");
    Files.writeString(observations, """
        unit,indicator,time,value,source,flags
        u1,A,2018,12,survey,
        u1,A,2019,13.5,survey,
        u1,B,2018,,survey,not reported
        u2,B,2019,-3.25e2,,
        """);
    Path panel = dir.resolve("panel.json");
    run("convert", "-q", observations.toString(), "-o", panel.toString());
    run("convert", "-q", observations.toString(), "--to", "xml", "-o",
        dir.resolve("panel-xml").toString());
    run("convert", "-q", panel.toString(), "-o", dir.resolve("panel-back.csv").toString());
    run("validate", "-q", panel.toString());
  }

  /**
   * The kinds of {@code lcn score} line that write CSV from COINr tables: each layout, to a file
   * and to standard output, the summary line, other methods, numbers in every form and a large
   * table; with {@code documents}, also the results as JSON, XML and a workbook, and built-in
   * data read by picocli (the lines {@code bin/lcn} runs with the archive of every command).
   */
  private static void scoreRuns(Path dir, String data, String meta, boolean documents)
      throws IOException {
    run("score", "-q", "-d", data, "-m", meta, "-o", dir.resolve("scores.csv").toString());
    if (documents) {
      for (String out : new String[] {"scores.json", "scores.xml", "scores.xlsx"}) {
        run("score", "-q", "-d", data, "-m", meta, "-o", dir.resolve(out).toString());
      }
    }
    // To standard output (the build's log).
    run("score", "-q", "-d", data, "-m", meta);
    // Without -q: the summary line a user sees, and the bounding of its long words.
    run("score", "-d", data, "-m", meta, "-o", dir.resolve("scores-summary.csv").toString());
    run("score", "-q", "-d", data, "-m", meta, "--layout", "wide", "-o",
        dir.resolve("scores-wide.csv").toString());
    // The pipeline options, with methods other than the defaults.
    run("score", "-q", "-d", data, "-m", meta, "-n", "zscore:mean=100,sd=10", "-a",
        "geometric", "-i", "mean", "-t", "winsorise", "-o",
        dir.resolve("scores-options.csv").toString());
    run("score", "-q", "-d", data, "-m", meta, "-n", "rank", "-t", "coinr", "-w", "equal", "-o",
        dir.resolve("scores-rank.csv").toString());
    Path[] numbers = writeNumberTables(dir);
    run("score", "-q", "-d", numbers[0].toString(), "-m", numbers[1].toString(), "-o",
        dir.resolve("numbers.csv").toString());
    // A table large enough for the paths only large inputs take: the long layout formatted on
    // two cores (ResultsTables.PARALLEL_ROWS rows and more), the workbook's p-values of many
    // degrees of freedom.
    Path largeData = dir.resolve("large_iData.csv");
    Path largeMeta = dir.resolve("large_iMeta.csv");
    writeLargeTables(largeData, largeMeta);
    run("score", "-q", "-d", largeData.toString(), "-m", largeMeta.toString(), "-o",
        dir.resolve("large.csv").toString());
    if (documents) {
      run("score", "-q", "-d", largeData.toString(), "-m", largeMeta.toString(), "-o",
          dir.resolve("large.xlsx").toString());
      // The lines above run without picocli (ScoreArguments); this one goes through it (the
      // archive of lcn score's CSV lines has no picocli: bin/lcn gives the lines with an option
      // only picocli reads the archive of every command).
      run("score", "-q", "--builtin", "kflc-ua", "--data-seed", "1", "--consistency-threshold",
          "0.1", "-o",
          dir.resolve("scores-builtin.csv").toString());
    }
  }

  /**
   * Writes a COINr table with numbers in every form a COINr table may hold (long decimals such
   * as R writes them, exponents, integers, negative, missing), so that the parser's slower paths
   * are in an archive too, not only the short decimals of the built-in data.
   *
   * @return the iData and iMeta tables
   */
  private static Path[] writeNumberTables(Path dir) throws IOException {
    Path numbersData = dir.resolve("numbers_iData.csv");
    Path numbersMeta = dir.resolve("numbers_iMeta.csv");
    Files.writeString(numbersData, """
        uCode,uName,A,B,C
        U1,One,35.369729833333331,655.80000000000007,1.52758
        U2,Two,1.2e-7,-2.5E+3,14432
        U3,Three,0.000123456789012345678,123456789012345678901,
        U4,Four,4.097985,1e300,-0.5
        """);
    Files.writeString(numbersMeta, """
        iCode,iName,Level,Parent,Direction,Weight,Type
        A,A,1,Index,1,1,Indicator
        B,B,1,Index,-1,1,Indicator
        C,C,1,Index,1,2,Indicator
        Index,Index,2,,1,1,Aggregate
        """);
    return new Path[] {numbersData, numbersMeta};
  }

  /**
   * Writes a COINr table of units x indicators whose long layout has more than {@link
   * ResultsTables#PARALLEL_ROWS} rows.
   */
  private static void writeLargeTables(Path data, Path meta) throws IOException {
    int indicators = 20;
    int units = (int) (ResultsTables.PARALLEL_ROWS / (indicators + 1)) + 50;
    StringBuilder d = new StringBuilder("uCode,uName");
    StringBuilder m = new StringBuilder("iCode,iName,Level,Parent,Direction,Weight,Type\n");
    for (int i = 1; i <= indicators; i++) {
      d.append(",I").append(i);
      m.append('I').append(i).append(",I").append(i).append(",1,Index,1,1,Indicator\n");
    }
    m.append("Index,Index,2,,1,1,Aggregate\n");
    d.append('\n');
    for (int u = 1; u <= units; u++) {
      d.append('U').append(u).append(",Unit ").append(u);
      for (int i = 1; i <= indicators; i++) {
        // Spread, distinct values with one and two decimals.
        d.append(',').append(((u * 7919L + i * 104729L) % 10007) / 100.0);
      }
      d.append('\n');
    }
    Files.writeString(data, d);
    Files.writeString(meta, m);
  }

  /**
   * Writes a COINr table in the shape of the demo's (quoted names with commas, a text column
   * of type Other, missing cells, three levels, a negative direction, unequal weights), for the
   * training of {@code lcn score} alone, which does not run the demo that writes those.
   */
  private static void writeFrameworkTables(Path data, Path meta) throws IOException {
    int units = 24;
    int indicators = 12;
    StringBuilder d = new StringBuilder("uName,uCode,Data");
    StringBuilder m = new StringBuilder(
        "Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type\n");
    m.append("3,Index,\"Index, all areas\",1,1,,,,,Aggregate\n");
    m.append("2,A1,\"Area one\",1,1,,,,Index,Aggregate\n");
    m.append("2,A2,\"Area two, weighted\",1,2,,,,Index,Aggregate\n");
    for (int i = 1; i <= indicators; i++) {
      d.append(",I").append(i);
      m.append("1,I").append(i).append(",\"Indicator ").append(i).append(", measured\",")
          .append(i % 5 == 0 ? -1 : 1).append(',').append(i % 3 + 1).append(",,,,")
          .append(i <= indicators / 2 ? "A1" : "A2").append(",Indicator\n");
    }
    m.append(",Data,\"Data status (generated)\",,,,,,,Other\n");
    d.append('\n');
    for (int u = 1; u <= units; u++) {
      d.append("\"Unit ").append(u).append(", a city\",u").append(u).append(",GENERATED");
      for (int i = 1; i <= indicators; i++) {
        d.append(',');
        if ((u + i) % 7 != 0) {
          d.append(((u * 31L + i * 17L) % 97) / 10.0);
        }
      }
      d.append('\n');
    }
    Files.writeString(data, d);
    Files.writeString(meta, m);
  }

  /**
   * Runs that fail on bad input, a missing table and an unknown method: the error path's
   * classes, so that a user's typo is told without loading classes from the jar.
   */
  private static void badInputRuns(Path dir, String data, String meta) {
    String out = dir.resolve("not-written.csv").toString();
    badInput("score", "-q", "-d", data, "-m", missing(dir), "-o", out);
    badInput("score", "-q", "-d", data, "-m", meta, "-n", "nosuchmethod", "-o", out);
  }

  /** A table that does not exist. */
  private static String missing(Path dir) {
    return dir.resolve("missing_iMeta.csv").toString();
  }

  private static void badInput(String... args) {
    int code = Lcn.execute(args);
    if (code != Lcn.BAD_INPUT) {
      throw new IllegalStateException("lcn " + String.join(" ", args) + " exited with " + code
          + "; expected " + Lcn.BAD_INPUT + " (bad input)");
    }
  }

  private static void run(String... args) {
    int code = Lcn.execute(args);
    if (code != Lcn.OK) {
      throw new IllegalStateException("lcn " + String.join(" ", args) + " exited with " + code
          + "; expected 0: the class list would miss what the command loads");
    }
  }
}

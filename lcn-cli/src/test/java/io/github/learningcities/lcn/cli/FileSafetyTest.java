package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #11, the user's files: an output never replaces an input, a failed run leaves the
 * previous outputs as they were, folders are filled only with --force when files of the same
 * names exist, and every bad input is a clear exit 2 that names the file and place.
 */
class FileSafetyTest {

  @TempDir
  Path dir;

  private Path data;
  private Path meta;

  @BeforeEach
  void copyTheTables() throws IOException {
    data = Files.copy(Run.resource("ASEM_iData.csv"), dir.resolve("ASEM_iData.csv"));
    meta = Files.copy(Run.resource("ASEM_iMeta.csv"), dir.resolve("ASEM_iMeta.csv"));
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws Exception {
    byte[] before = Files.readAllBytes(data);
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), meta);
    Path hard = Files.createLink(dir.resolve("hard.csv"), data);
    for (List<String> args : List.of(
        List.of("score", "-d", data.toString(), "-m", meta.toString(), "-o", data.toString()),
        List.of("score", "-d", data.toString(), "-m", meta.toString(), "-o", link.toString()),
        List.of("score", "-d", data.toString(), "-m", meta.toString(), "-o", hard.toString()),
        List.of("report", "-d", data.toString(), "-m", meta.toString(), "--no-uncertainty",
            "-o", dir.resolve("x/../ASEM_iMeta.csv").toString()))) {
      Run r = Run.lcn(args.toArray(String[]::new));
      assertThat(r.exit()).as(args.toString()).isEqualTo(Lcn.BAD_INPUT);
      assertThat(r.err()).as(args.toString()).contains("the output ").contains("is the input ");
    }
    assertThat(Files.readAllBytes(data)).isEqualTo(before);
    assertThat(meta).hasSameTextualContentAs(Run.resource("ASEM_iMeta.csv"));

    Path docs = dir.resolve("docs");
    assertThat(Run.lcn("convert", data.toString(), meta.toString(), "--to", "json", "-o",
        docs.toString(), "-q").exit()).isZero();
    Path framework = docs.resolve("framework.json");
    String json = Files.readString(framework);
    Run same = Run.lcn("convert", framework.toString(), "-o", framework.toString());
    Run intoItsFolder = Run.lcn("convert", framework.toString(), docs.resolve("dataset.json")
        .toString(), "--to", "json", "-o", docs.toString(), "--force");
    assertThat(same.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(same.err()).contains("the output " + framework + " is the input " + framework);
    assertThat(intoItsFolder.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(Files.readString(framework)).isEqualTo(json);

    Path pipeline = docs.resolve("pipeline.json");
    String pipelineJson = Files.readString(pipeline);
    Run overPipeline = Run.lcn("score", "--framework", framework.toString(), "--dataset",
        docs.resolve("dataset.json").toString(), "-p", pipeline.toString(), "-o",
        pipeline.toString());
    assertThat(overPipeline.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(overPipeline.err()).contains("is the input " + pipeline);
    assertThat(Files.readString(pipeline)).isEqualTo(pipelineJson);
  }

  @Test
  void aFailedAnalyseLeavesThePreviousOutputsAsTheyWere() throws Exception {
    Path out = dir.resolve("analysis");
    assertThat(Run.lcn("analyse", "-d", data.toString(), "-m", meta.toString(), "-N", "8",
        "--vary", "weights,aggregation", "--sensitivity", "-o", out.toString(), "-q").exit())
        .isZero();
    Map<String, String> before = contents(out);
    assertThat(before).containsOnlyKeys("statistics.csv", "uncertainty.csv",
        "sensitivity.csv");

    Run badMethod = Run.lcn("analyse", "-d", data.toString(), "-m", meta.toString(), "-N", "8",
        "-a", "no-such-mean", "-o", out.toString(), "--force");
    Run badSamples = Run.lcn("analyse", "-d", data.toString(), "-m", meta.toString(), "-N",
        "1", "-o", out.toString(), "--force");
    Run noForce = Run.lcn("analyse", "-d", data.toString(), "-m", meta.toString(), "-N", "8",
        "-o", out.toString());

    assertThat(badMethod.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(badSamples.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(noForce.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(noForce.err()).contains(out.resolve("statistics.csv").toString())
        .contains(out.resolve("uncertainty.csv").toString())
        .contains(out.resolve("sensitivity.csv").toString()).contains("--force");
    assertThat(contents(out)).isEqualTo(before);

    Run forced = Run.lcn("analyse", "-d", data.toString(), "-m", meta.toString(), "-N", "8",
        "-s", "9", "-o", out.toString(), "--force", "-q");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(contents(out)).containsOnlyKeys("statistics.csv", "uncertainty.csv");
    assertThat(contents(out).get("uncertainty.csv")).isNotEqualTo(before.get("uncertainty.csv"));
  }

  @Test
  void demoDoesNotOverwriteTheUsersFilesWithoutForce() throws Exception {
    Path out = Files.createDirectories(dir.resolve("demo"));
    Files.writeString(out.resolve("scores.csv"), "my own scores\n");

    Run r = Run.lcn("demo", "-o", out.toString(), "-N", "10");

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains(out.resolve("scores.csv") + " already exists")
        .contains("--force");
    assertThat(contents(out)).containsExactly(Map.entry("scores.csv", "my own scores\n"));

    Run forced = Run.lcn("demo", "-o", out.toString(), "-N", "10", "--force", "-q");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(Files.readString(out.resolve("scores.csv"))).startsWith("uCode,");
  }

  @Test
  void convertingTwoInputsOfTheSameNameIntoOneFolderIsRefused() throws Exception {
    Path docs = dir.resolve("docs");
    assertThat(Run.lcn("convert", data.toString(), meta.toString(), "--to", "json", "-o",
        docs.toString(), "-q").exit()).isZero();
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.copy(docs.resolve("framework.json"), a.resolve("framework.json"));
    Files.copy(docs.resolve("framework.json"), b.resolve("framework.json"));
    Path out = dir.resolve("xml");

    Run r = Run.lcn("convert", a.resolve("framework.json").toString(),
        b.resolve("framework.json").toString(), "--to", "xml", "-o", out.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains(a.resolve("framework.json").toString())
        .contains(b.resolve("framework.json").toString())
        .contains(out.resolve("framework.xml").toString());
    assertThat(out).doesNotExist();
  }

  @Test
  void validateRefusesAResultsDocumentWhoseScoresWereChanged() throws Exception {
    Path results = dir.resolve("results.json");
    Run score = Run.lcn("score", "-d", data.toString(), "-m", meta.toString(), "-o",
        results.toString(), "-q");
    assertThat(score.exit()).as(score.err()).isZero();
    assertThat(Run.lcn("validate", results.toString()).exit()).isZero();

    ObjectMapper mapper = JsonMapper.builder().build();
    JsonNode root = mapper.readTree(Files.readString(results));
    ObjectNode scores = (ObjectNode) root.get("units").get(0).get("scores");
    Map.Entry<String, JsonNode> first = scores.properties().iterator().next();
    scores.put(first.getKey(), first.getValue().asDouble() + 1);
    Path tampered = Files.writeString(dir.resolve("tampered.json"),
        mapper.writeValueAsString(root));

    Run r = Run.lcn("validate", tampered.toString());

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.out()).contains(tampered.toString()).contains("does not reproduce")
        .contains("node '" + first.getKey() + "'");
  }

  @Test
  void aDocumentWhoseKindComesAfterTheFirstFourKilobytesIsRecognised() throws Exception {
    Path docs = dir.resolve("docs");
    assertThat(Run.lcn("convert", data.toString(), meta.toString(), "--to", "json", "-o",
        docs.toString(), "-q").exit()).isZero();
    ObjectMapper sorting = JsonMapper.builder()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    Object tree = sorting.readValue(Files.readString(docs.resolve("dataset.json")), Map.class);
    String sorted = sorting.writeValueAsString(tree);
    assertThat(sorted.indexOf("\"lcnDocument\"")).isGreaterThan(4096);
    Path file = Files.writeString(dir.resolve("sorted.json"), sorted);

    Run validate = Run.lcn("validate", file.toString());
    Run convert = Run.lcn("convert", file.toString(), "-o", dir.resolve("sorted.xml")
        .toString(), "-q");

    assertThat(validate.exit()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("valid: 1 document(s): dataset");
    assertThat(convert.exit()).as(convert.err()).isZero();
    assertThat(Files.readString(dir.resolve("sorted.xml"))).contains("<datasetDocument");

    String xml = Files.readString(dir.resolve("sorted.xml"));
    int root = xml.indexOf("<datasetDocument");
    Path commented = Files.writeString(dir.resolve("commented.xml"), xml.substring(0, root)
        + "<!-- " + "a long comment ".repeat(400) + "-->\n" + xml.substring(root));
    Run xmlValidate = Run.lcn("validate", commented.toString());
    assertThat(xmlValidate.exit()).as(xmlValidate.out()).isZero();
  }

  @Test
  void aFolderGivenAsAFileIsBadInputNamingIt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("folder.csv"));
    Path jsonFolder = Files.createDirectories(dir.resolve("folder.json"));
    List<Run> runs = List.of(
        Run.lcn("score", "-d", folder.toString(), "-m", meta.toString()),
        Run.lcn("validate", folder.toString()),
        Run.lcn("convert", jsonFolder.toString(), "-o", dir.resolve("x.xml").toString()),
        Run.lcn("score", "--framework", jsonFolder.toString(), "--dataset",
            jsonFolder.toString()));
    for (Run r : runs) {
      assertThat(r.exit()).as(r.err() + r.out()).isEqualTo(Lcn.BAD_INPUT);
      assertThat(r.err() + r.out()).contains("is a folder; expected a file");
      assertNoJavaNames(r);
    }
  }

  @Test
  void filesNotInUtf8AreBadInputWithFileLineAndTheExpectedEncoding() throws Exception {
    String text = Files.readString(data, UTF_8);
    int secondLine = text.indexOf('\n') + 1;
    String latin = text.substring(0, secondLine) + "X,Curaçao" + text.substring(
        text.indexOf(',', text.indexOf(',', secondLine) + 1));
    Path latin1 = Files.write(dir.resolve("latin1_iData.csv"), latin.getBytes(ISO_8859_1));
    byte[] utf16 = ("\uFEFF" + text).getBytes(UTF_16LE);
    Path unicode = Files.write(dir.resolve("utf16_iData.csv"), utf16);

    Run a = Run.lcn("score", "-d", latin1.toString(), "-m", meta.toString());
    Run b = Run.lcn("score", "-d", unicode.toString(), "-m", meta.toString());
    Run c = Run.lcn("validate", latin1.toString(), meta.toString());
    Run d = Run.lcn("convert", unicode.toString(), meta.toString(), "-o",
        dir.resolve("o").toString());

    assertThat(a.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(a.err()).contains(latin1 + ", line 2, column 7").contains("0xE7")
        .contains("expected UTF-8");
    assertThat(b.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(b.err()).contains(unicode + ", line 1").contains("UTF-16")
        .contains("expected UTF-8");
    assertThat(c.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(c.out()).contains(latin1 + ", line 2").contains("expected UTF-8");
    assertThat(d.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(d.err()).contains("UTF-16");
    for (Run r : List.of(a, b, c, d)) {
      assertNoJavaNames(r);
    }

    Path docs = dir.resolve("docs");
    assertThat(Run.lcn("convert", data.toString(), meta.toString(), "--to", "json", "-o",
        docs.toString(), "-q").exit()).isZero();
    String framework = Files.readString(docs.resolve("framework.json"));
    Path latinJson = Files.write(dir.resolve("latin.json"),
        framework.replaceFirst("\"name\" : \"", "\"name\" : \"é").getBytes(ISO_8859_1));
    Path utf16Json = Files.write(dir.resolve("utf16.json"),
        ("\uFEFF" + framework).getBytes(UTF_16LE));
    for (Path p : List.of(latinJson, utf16Json)) {
      Run v = Run.lcn("validate", p.toString());
      Run s = Run.lcn("score", "--framework", p.toString(), "--dataset",
          docs.resolve("dataset.json").toString());
      assertThat(v.exit()).isEqualTo(Lcn.BAD_INPUT);
      assertThat(v.out()).contains(p + ", line ").contains("expected UTF-8");
      assertThat(s.exit()).isEqualTo(Lcn.BAD_INPUT);
      assertThat(s.err()).contains(p + ", line ").contains("expected UTF-8");
      assertNoJavaNames(v);
      assertNoJavaNames(s);
    }
  }

  @Test
  void aLongValueIsNotEchoedWhole() {
    String huge = "a".repeat(100_000);
    List<Run> runs = List.of(
        Run.lcn("score", "--builtin", huge),
        Run.lcn("score", "--builtin", "kflc-ua", "--layout", huge),
        Run.lcn("score", "--builtin", "kflc-ua", "-n", huge),
        Run.lcn("score", "-d", huge + ".csv", "-m", huge + ".csv"),
        Run.lcn("score", "--builtin", "kflc-ua", "-o", dir.resolve(huge + ".csv").toString()),
        Run.lcn("score", "--" + huge),
        Run.lcn("analyse", "--builtin", "kflc-ua", "-N", huge));
    for (Run r : runs) {
      assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
      assertThat(r.err().length()).as(r.err().substring(0, Math.min(200, r.err().length())))
          .isLessThan(3000);
      assertThat(r.err()).containsPattern("\\(100,0\\d\\d characters\\)");
      assertNoJavaNames(r);
    }
  }

  @Test
  void theReportShowsInputFileNamesNotTheirFolders() throws Exception {
    Path out = dir.resolve("r.html");
    Run r = Run.lcn("report", "-d", data.toAbsolutePath().toString(), "-m",
        meta.toAbsolutePath().toString(), "--no-uncertainty", "-o", out.toString(), "-q");

    assertThat(r.exit()).as(r.err()).isZero();
    String html = Files.readString(out, UTF_8);
    assertThat(html).contains("ASEM_iData.csv").contains("ASEM_iMeta.csv")
        .doesNotContain(dir.toAbsolutePath().toString());
  }

  @Test
  void samplesAndThreadsOutsideTheirBoundsAreBadUsage() {
    Run samples = Run.lcn("analyse", "--builtin", "kflc-ua", "-N", "2000000", "-o",
        dir.resolve("a").toString());
    Run threads = Run.lcn("analyse", "--builtin", "kflc-ua", "-T", "5000", "-o",
        dir.resolve("b").toString());
    Run demo = Run.lcn("demo", "-T", "-1", "-o", dir.resolve("c").toString());

    assertThat(samples.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(samples.err()).contains("--samples 2000000").contains("2 to 1,000,000");
    assertThat(threads.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(threads.err()).contains("--threads 5000").contains("to 256");
    assertThat(demo.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(dir.resolve("a")).doesNotExist();
    assertThat(dir.resolve("c")).doesNotExist();
    assertThat(Run.lcn("analyse", "--help").out()).contains("2 to 1000000")
        .contains("to 256");
  }

  @Test
  void anOutputPathThatCannotBeWrittenIsNamedWithoutJavaNames() {
    Run r = Run.lcn("score", "--builtin", "kflc-ua", "-o", "/proc/self/lcn-scores.csv");

    assertThat(r.exit()).isEqualTo(Lcn.FAILURE);
    assertThat(r.err()).contains("/proc/self/lcn-scores.csv").contains("could not be")
        .doesNotContain("internal error");
    assertNoJavaNames(r);
  }

  @Test
  void aFailedWriteToStandardOutputFailsTheCommand() {
    CommandLine cl = Lcn.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new Writer() {
      @Override
      public void write(char[] c, int off, int len) throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void close() {}
    }));
    cl.setErr(new PrintWriter(err, true));

    int exit = cl.execute("score", "--builtin", "kflc-ua");

    assertThat(exit).isEqualTo(Lcn.FAILURE);
    assertThat(err.toString()).contains("standard output could not be written");
  }

  @Test
  void aResultsDocumentOnStandardOutputIsWrittenWhole() {
    Run r = Run.lcn("score", "-d", data.toString(), "-m", meta.toString(), "--format", "json");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("{").contains("\"lcnDocument\"").endsWith("}");
  }

  @Test
  void aValueThatIsNoPathIsBadUsageWithoutJavaNames() {
    Run r = Run.lcn("score", "--builtin", "kflc-ua", "-o", "scores\u0000.csv");

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("--out").contains("\\u0000");
    assertNoJavaNames(r);
  }

  @Test
  void anAtFileArgumentIsNotExpanded() throws Exception {
    Path args = Files.writeString(dir.resolve("args.txt"), "--builtin\nkflc-ua\n");

    Run r = Run.lcn("score", "@" + args);

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("@" + args);
  }

  private static void assertNoJavaNames(Run r) {
    assertThat(r.err() + r.out()).doesNotContain("Exception").doesNotContain("java.")
        .doesNotContain("\tat ");
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.collect(java.util.stream.Collectors.toMap(p -> p.getFileName().toString(),
          p -> {
            try {
              return Files.readString(p);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }));
    }
  }

  /**
   * Regression: an output that is a device, named pipe or symbolic link was replaced by a plain
   * file (the temporary file renamed over it): {@code -o /dev/full} turned the device into a
   * file. Special files are written in place; links are followed and kept.
   */
  @Test
  void anOutputThatIsANamedPipeIsWrittenInPlaceAndALinkIsKept() throws Exception {
    Path expected = dir.resolve("expected.csv");
    assertThat(Run.lcn("score", "-d", data.toString(), "-m", meta.toString(), "-o",
        expected.toString()).exit()).isZero();

    Path fifo = dir.resolve("pipe.csv");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    java.util.concurrent.CompletableFuture<byte[]> read =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            return Files.readAllBytes(fifo);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    Run toFifo = Run.lcn("score", "-d", data.toString(), "-m", meta.toString(), "-o",
        fifo.toString());
    assertThat(toFifo.exit()).as(toFifo.err()).isZero();
    assertThat(read.get(60, java.util.concurrent.TimeUnit.SECONDS))
        .isEqualTo(Files.readAllBytes(expected));
    assertThat(Files.isRegularFile(fifo)).as("still a named pipe").isFalse();
    assertThat(Files.exists(fifo)).isTrue();

    Path real = Files.writeString(dir.resolve("real.csv"), "previous");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    Run toLink = Run.lcn("score", "-d", data.toString(), "-m", meta.toString(), "-o",
        link.toString());
    assertThat(toLink.exit()).as(toLink.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
    assertThat(Files.readAllBytes(real)).isEqualTo(Files.readAllBytes(expected));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".lcn-partial"));
    }
  }
}

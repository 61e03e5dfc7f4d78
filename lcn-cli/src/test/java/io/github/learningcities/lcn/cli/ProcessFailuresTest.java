package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #11 with real processes: a run killed with SIGKILL while it writes, a write that
 * fails on the file-size limit, standard output on /dev/full or a closed pipe, and inputs too
 * large for the memory Java may use. Each runs {@code lcn} in its own JVM on this test's class
 * path.
 */
class ProcessFailuresTest {

  private static final String PREVIOUS = "the previous, complete output\n";
  private static final long TIMEOUT_SECONDS = 300;

  @TempDir
  Path dir;

  @Test
  void aRunKilledWhileItWritesLeavesThePreviousOutputIntact() throws Exception {
    Process p = killWhileWriting(true);

    assertThat(p.exitValue()).isEqualTo(128 + 9);
    assertThat(dir.resolve("results.json")).hasContent(PREVIOUS.strip());
  }

  @Test
  void aRunStoppedWhileItWritesLeavesThePreviousOutputAndNoTemporaryFile() throws Exception {
    Process p = killWhileWriting(false);

    assertThat(p.exitValue()).isEqualTo(128 + 15);
    assertThat(dir.resolve("results.json")).hasContent(PREVIOUS.strip());
    assertThat(temporaryFiles()).isEmpty();
  }

  /**
   * Starts a score whose results document takes a while to write, and sends SIGKILL (or
   * SIGTERM) as soon as its temporary file exists.
   */
  private Process killWhileWriting(boolean sigkill) throws Exception {
    Path[] tables = largeTables(5000, 300);
    Path out = Files.writeString(dir.resolve("results.json"), PREVIOUS);
    Path log = dir.resolve("log.txt");
    Process p = lcn(List.of(), "score", "-d", tables[0].toString(), "-m", tables[1].toString(),
        "-o", out.toString(), "-q").redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    boolean sawTemporary = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (!temporaryFiles().isEmpty()) {
        sawTemporary = true;
        if (sigkill) {
          p.destroyForcibly();
        } else {
          p.destroy();
        }
        break;
      }
      Thread.sleep(2);
    }
    assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(sawTemporary).as("the run was seen writing its temporary file; log: %s",
        Files.readString(log)).isTrue();
    return p;
  }

  @Test
  void aWriteThatHitsTheFileSizeLimitLeavesThePreviousOutputIntact() throws Exception {
    Path out = Files.writeString(dir.resolve("scores.csv"), PREVIOUS);
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "ulimit -f 64 && exec \"$0\" \"$@\""));
    command.addAll(lcn(List.of(), "score", "-d", Run.data(), "-m", Run.meta(), "-o",
        out.toString()).command());

    Result r = run(new ProcessBuilder(command));

    assertThat(r.exit).as(r.err).isEqualTo(Lcn.FAILURE);
    assertThat(r.err).contains(out + ": could not be written").contains("is unchanged")
        .doesNotContain("Exception");
    assertThat(out).hasContent(PREVIOUS.strip());
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void standardOutputOnAFullDeviceFailsTheCommand() throws Exception {
    Result r = run(lcn(List.of(), "score", "-d", Run.data(), "-m", Run.meta())
        .redirectOutput(new File("/dev/full")));

    assertThat(r.exit).as(r.err).isEqualTo(Lcn.FAILURE);
    assertThat(r.err).contains("standard output could not be written")
        .doesNotContain("Exception");
  }

  @Test
  void standardOutputOnAClosedPipeFailsTheCommand() throws Exception {
    Process p = lcn(List.of(), "score", "-d", Run.data(), "-m", Run.meta()).start();
    p.getInputStream().close();
    String err = new String(p.getErrorStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(err).isEqualTo(Lcn.FAILURE);
    assertThat(err).contains("standard output could not be written")
        .doesNotContain("Exception");
  }

  @Test
  void anAnalysisThatCannotFitInMemoryIsRefusedBeforeItStarts() throws Exception {
    Path out = dir.resolve("analysis");
    Result r = run(lcn(List.of("-Xmx96m"), "analyse", "--builtin", "kflc-ua", "-N", "1000000",
        "--sensitivity", "-o", out.toString()));

    assertThat(r.exit).as(r.err).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err).contains("needs about").contains("more than this Java may use")
        .contains("-Xmx").contains("--samples").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void runningOutOfMemoryIsAClearMessageWithoutAStackTrace() throws Exception {
    Path[] tables = largeTables(10000, 300);
    Path out = Files.writeString(dir.resolve("scores.csv"), PREVIOUS);

    Result r = run(lcn(List.of("-Xmx48m"), "score", "-d", tables[0].toString(), "-m",
        tables[1].toString(), "-o", out.toString()));

    assertThat(r.exit).as(r.err).isEqualTo(Lcn.FAILURE);
    assertThat(r.err).contains("ran out of memory").contains("-Xmx")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out).hasContent(PREVIOUS.strip());
  }

  @Test
  void theDefaultReportFileIsReplacedOnlyWithForce() throws Exception {
    Path report = Files.writeString(dir.resolve("lcn-report.html"), PREVIOUS);

    Result refused = run(lcn(List.of(), "report", "--builtin", "kflc-ua", "--no-uncertainty")
        .directory(dir.toFile()));
    assertThat(refused.exit).isEqualTo(Lcn.BAD_INPUT);
    assertThat(refused.err).contains("lcn-report.html already exists").contains("--force");
    assertThat(report).hasContent(PREVIOUS.strip());

    Result forced = run(lcn(List.of(), "report", "--builtin", "kflc-ua", "--no-uncertainty",
        "--force", "-q").directory(dir.toFile()));
    assertThat(forced.exit).as(forced.err).isZero();
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>");
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().startsWith(".")
          && f.getFileName().toString().endsWith(".lcn-partial")).toList();
    }
  }

  /** COINr tables of random data: units x indicators under four pillars and an index. */
  private Path[] largeTables(int units, int indicators) throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder meta = new StringBuilder("Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type\n");
    StringBuilder data = new StringBuilder("uName,uCode");
    for (int i = 0; i < indicators; i++) {
      meta.append(String.format(Locale.ROOT, "1,I%d,Indicator %d,1,1,,,,P%d,Indicator%n", i, i,
          i % 4));
      data.append(",I").append(i);
    }
    for (int k = 0; k < 4; k++) {
      meta.append(String.format(Locale.ROOT, "2,P%d,Pillar %d,1,1,,,,Index,Aggregate%n", k, k));
    }
    meta.append("3,Index,Index,1,1,,,,,Aggregate\n");
    data.append('\n');
    for (int u = 0; u < units; u++) {
      data.append("Unit ").append(u).append(",U").append(u);
      for (int i = 0; i < indicators; i++) {
        data.append(',').append(random.nextInt(100_000) / 100.0);
      }
      data.append('\n');
    }
    return new Path[] {Files.writeString(dir.resolve("big_iData.csv"), data),
        Files.writeString(dir.resolve("big_iMeta.csv"), meta)};
  }

  private static ProcessBuilder lcn(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:-UsePerfData");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Lcn.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private Result run(ProcessBuilder pb) throws Exception {
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    Process p = pb.redirectError(err.toFile()).start();
    assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), Files.readString(err));
  }

  private record Result(int exit, String err) {}
}

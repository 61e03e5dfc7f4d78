package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user runs it: {@code lcn-VERSION.tar.gz} unpacked by {@code tar} into
 * a folder whose path has spaces, then {@code bin/lcn} started from elsewhere (run by failsafe
 * after {@code package}).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class DistributionIT {

  private static final String VERSION = System.getProperty("lcn.version", "0.1.0-SNAPSHOT");

  @TempDir
  static Path temp;

  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = Path.of(System.getProperty("lcn.distribution",
        "target/lcn-" + VERSION + ".tar.gz")).toAbsolutePath();
    assertThat(archive).as("the distribution archive (run ./mvnw package first)").exists();
    Path into = Files.createDirectories(temp.resolve("Program Files/l c n"));
    Result r = run(into, Map.of(), "tar", "xzf", archive.toString(), "-C", into.toString());
    assertThat(r.exit).as(r.err).isZero();
    home = into.resolve("lcn-" + VERSION);
  }

  @Test
  void theArchiveHoldsTheLaunchersTheJarsAndTheTexts() {
    assertThat(home.resolve("bin/lcn")).isExecutable();
    assertThat(home.resolve("bin/lcn.bat")).isRegularFile();
    assertThat(home.resolve("lib/lcn.jar")).isRegularFile();
    assertThat(home.resolve("lib/lcn.classlist")).isRegularFile();
    assertThat(home.resolve("lib/lcn-score.classlist")).isRegularFile();
    assertThat(home.resolve("lib/lcn-demo.classlist")).isRegularFile();
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(home.resolve("LICENSE")).isRegularFile();
  }

  @Test
  void versionAndAScoreRunFromAnotherFolderAndMatchTheToolInProcess() throws Exception {
    Path work = Files.createDirectories(temp.resolve("work dir"));
    Files.copy(Run.resource("ASEM_iData.csv"), work.resolve("ASEM_iData.csv"));
    Files.copy(Run.resource("ASEM_iMeta.csv"), work.resolve("ASEM_iMeta.csv"));

    Result version = lcn(work, javaHome(), "--version");
    assertThat(version.exit).as(version.err).isZero();
    assertThat(version.out).isEqualTo("lcn " + VERSION + " (LCN SDK; Java " + Runtime.version()
        + ")\n");
    assertThat(version.err).isEmpty();

    Result score = lcn(work, javaHome(), "score", "-d", "ASEM_iData.csv", "-m",
        "ASEM_iMeta.csv", "-o", "out/scores.csv");
    assertThat(score.exit).as(score.err).isZero();
    assertThat(score.err).isEmpty();
    assertThat(score.out).startsWith("Scored 51 units on 60 nodes (49 indicators)");
    Path inProcess = temp.resolve("in-process.csv");
    assertThat(Run.lcn("score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
        inProcess.toString()).exit()).isZero();
    assertThat(work.resolve("out/scores.csv")).hasSameBinaryContentAs(inProcess);
  }

  @Test
  void theClassDataSharingArchiveIsMadeOnceAndUsed() throws Exception {
    lcn(temp, javaHome(), "--version");
    Path archive = archiveOf(home, runtimeVersion(Path.of(System.getProperty("java.home"))));
    assertThat(archive).isRegularFile();
    assertThat(Files.readString(Path.of(archive + ".stamp"), UTF_8))
        .startsWith(home.toRealPath() + "|");
    long made = Files.getLastModifiedTime(archive).toMillis();

    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Xlog:class+load=info");
    Result r = lcn(temp, env, "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("io.github.learningcities.lcn.cli.Lcn source: shared objects file");
    assertThat(Files.getLastModifiedTime(archive).toMillis()).isEqualTo(made);

    // Mapped where it was made for, not relocated on every start (line 2 of the stamp: the
    // option, kept because this runtime accepts it).
    assertThat(Files.readAllLines(Path.of(archive + ".stamp"), UTF_8)).element(1)
        .isEqualTo("-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0");
    env.put("JAVA_OPTS", "-Xlog:cds=info");
    Result mapped = lcn(temp, env, "--version");
    assertThat(mapped.exit).as(mapped.err).isZero();
    assertThat(mapped.out).contains("Mapped static  region #0")
        .doesNotContain("map archive(s) at an alternative address");

    env.put("JAVA_OPTS", "-Xlog:class+load=info");
    env.put("LCN_CDS", "off");
    Result off = lcn(temp, env, "--version");
    assertThat(off.out).contains("io.github.learningcities.lcn.cli.Lcn source: file:")
        .doesNotContain("shared objects file (top)");
  }

  @Test
  void oneCompilerThreadOnOneOrTwoProcessorsUnlessJavaOptsSetsTheCompiler() throws Exception {
    String processors = kernelSetting("/sys/devices/system/cpu/online");
    assertLauncherSets("CICompilerCount", "1",
        processors.equals("0") || processors.equals("0-1"));

    // The optimising compiler asked for: the JVM would refuse one compiler thread.
    Map<String, String> env = new HashMap<>(javaHome());
    for (String compiler : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation",
        "-XX:CICompilerCount=2")) {
      env.put("JAVA_OPTS", compiler + " -XX:+PrintFlagsFinal");
      Result own = lcn(temp, env, "--version");
      assertThat(own.exit).as(compiler + ": " + own.err).isZero();
      assertThat(own.out).contains("lcn " + VERSION);
      assertThat(flagLine(own.out, "CICompilerCount")).doesNotContain("= 1 ");
    }
  }

  @Test
  void transparentHugePagesWhereTheKernelGivesThemUnlessJavaOptsChoosesThePageSize()
      throws Exception {
    String mode = kernelSetting("/sys/kernel/mm/transparent_hugepage/enabled");
    assertLauncherSets("UseTransparentHugePages", "true",
        mode.contains("[always]") || mode.contains("[madvise]"));

    // Nothing but the version on standard output (no JVM warning about the pages), and the
    // same scores as without huge pages.
    Map<String, String> env = new HashMap<>(javaHome());
    Result version = lcn(temp, env, "--version");
    assertThat(version.out).startsWith("lcn " + VERSION).hasLineCount(1);
    assertThat(version.err).isEmpty();
    Path pages = temp.resolve("pages.csv");
    Path small = temp.resolve("small pages.csv");
    Result score = lcn(temp, env, "score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
        pages.toString());
    assertThat(score.exit).as(score.err).isZero();
    assertThat(score.out + score.err).isEmpty();
    env.put("JAVA_OPTS", "-XX:-UseTransparentHugePages");
    assertThat(lcn(temp, env, "score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
        small.toString()).exit).isZero();
    assertThat(Files.mismatch(pages, small)).isEqualTo(-1L);

    // JAVA_OPTS that names the page size wins, whatever the kernel offers.
    for (String option : List.of("-XX:-UseTransparentHugePages", "-XX:-UseLargePages")) {
      env.put("JAVA_OPTS", option + " -XX:+PrintFlagsFinal");
      Result own = lcn(temp, env, "--version");
      assertThat(own.exit).as(option + ": " + own.err).isZero();
      assertThat(flagLine(own.out, "UseTransparentHugePages")).contains("= false ");
    }
  }

  /** A Linux kernel setting as the launcher reads it: the file's text, or "" without it. */
  private static String kernelSetting(String file) throws IOException {
    Path path = Path.of(file);
    return Files.isReadable(path) ? Files.readString(path, UTF_8).strip() : "";
  }

  /**
   * The JVM flag as the launcher left it: set to the value on its command line when the
   * launcher should set it, otherwise not set by the launcher at all.
   */
  private static void assertLauncherSets(String flag, String value, boolean set)
      throws Exception {
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
    Result r = lcn(temp, env, "--version");
    assertThat(r.exit).as(r.err).isZero();
    String line = flagLine(r.out, flag);
    if (set) {
      assertThat(line).contains("= " + value + " ").contains("{command line}");
    } else {
      assertThat(line).doesNotContain("{command line}");
    }
  }

  /** The line of -XX:+PrintFlagsFinal's table that names the flag. */
  private static String flagLine(String flags, String name) {
    return flags.lines().filter(l -> l.contains(" " + name + " ")).findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in " + flags));
  }

  @Test
  void aBrokenArchiveIsIgnoredSilently() throws Exception {
    Path copy = copyOfInstallation("broken archive");
    Path launcher = copy.resolve("bin/lcn");
    assertThat(run(temp, javaHome(), launcher.toString(), "--version").exit).isZero();
    Path archive = archiveOf(copy, runtimeVersion(Path.of(System.getProperty("java.home"))));
    assertThat(archive).isRegularFile();
    archive.toFile().setWritable(true);
    Files.writeString(archive, "not an archive");

    Result r = run(temp, javaHome(), launcher.toString(), "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith("lcn " + VERSION);
  }

  @Test
  void aMovedInstallationMakesItsArchiveAgain() throws Exception {
    // From a path with spaces (archive in the cache) to one without (archive in lib/cds).
    Path first = copyOfInstallation("before the move");
    assertThat(run(temp, javaHome(), first.resolve("bin/lcn").toString(), "--version").exit)
        .isZero();
    Path moved = Files.move(first, temp.resolve("moved"));

    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Xlog:class+load=info");
    Result r = run(temp, env, moved.resolve("bin/lcn").toString(), "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("io.github.learningcities.lcn.cli.Lcn source: shared objects file");
    Path archive = archiveOf(moved, runtimeVersion(Path.of(System.getProperty("java.home"))));
    assertThat(Files.readString(Path.of(archive + ".stamp"), UTF_8))
        .startsWith(moved.toRealPath() + "|");
  }

  /**
   * An installation whose path has a space keeps its archives in the cache, in a folder named
   * after the path (each / as _, each space as +: made without a process on every start); a
   * path with other characters gets its checksum as the folder's name.
   */
  @Test
  void anInstallationInTheCacheHasAFolderNamedAfterItsPath() throws Exception {
    assertThat(lcn(temp, javaHome(), "--version").exit).isZero();
    String real = home.toRealPath().toString();
    Path named = cache().resolve("lcn").resolve(real.substring(1).replace('/', '_')
        .replace(' ', '+'));
    assertThat(named.resolve("lcn.jar")).isRegularFile();
    assertThat(archiveOf(home, runtimeVersion(Path.of(System.getProperty("java.home")))))
        .hasParent(named);

    Path other = copyOfInstallation("an (other) one");
    Result r = run(temp, javaHome(), other.resolve("bin/lcn").toString(), "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(archiveOf(other, runtimeVersion(Path.of(System.getProperty("java.home"))))
        .getParent().getFileName().toString()).matches("[0-9]+-[0-9]+");
  }

  @Test
  void aRebuiltJarOfTheSameAgeMakesTheArchiveAgain() throws Exception {
    // A reproducible build gives every build's jar the same modification time.
    Path copy = copyOfInstallation("rebuilt");
    Path launcher = copy.resolve("bin/lcn");
    assertThat(run(temp, javaHome(), launcher.toString(), "--version").exit).isZero();
    Path jar = copy.resolve("lib/lcn.jar");
    FileTime time = Files.getLastModifiedTime(jar);
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      Files.writeString(zip.getPath("rebuilt.txt"), "a different jar of the same age");
    }
    Files.setLastModifiedTime(jar, time);

    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Xlog:class+load=info");
    Result r = run(temp, env, launcher.toString(), "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("io.github.learningcities.lcn.cli.Lcn source: shared objects file");
  }

  @Test
  void versionAndACsvScoreLoadOnlyWhatTheyNeed() throws Exception {
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Xlog:class+load=info");
    Result version = lcn(temp, env, "--version");
    assertThat(version.exit).as(version.err).isZero();
    assertThat(loaded(version.out)).contains("io.github.learningcities.lcn.cli.Lcn")
        .noneMatch(c -> c.startsWith("picocli.CommandLine$Model")
            || c.startsWith("tools.jackson.") || c.startsWith("io.github.learningcities.lcn.model.")
            || c.startsWith("io.github.learningcities.lcn.indicators."));

    Result score = lcn(temp, env, "score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
        temp.resolve("loaded.csv").toString());
    assertThat(score.exit).as(score.err).isZero();
    assertThat(loaded(score.out)).contains("io.github.learningcities.lcn.cli.ScoreCommand")
        .noneMatch(c -> c.startsWith("tools.jackson.dataformat.xml.")
            || c.startsWith("tools.jackson.databind.")
            || c.startsWith("picocli.CommandLine$Model")
            || c.startsWith("com.ctc.wstx.") || c.startsWith("com.networknt.")
            || c.startsWith("io.github.learningcities.lcn.model.builtin.")
            || c.startsWith("io.github.learningcities.lcn.model.unesco.")
            || c.startsWith("io.github.learningcities.lcn.serialization.LcnJson")
            || c.startsWith("io.github.learningcities.lcn.serialization.LcnXml")
            || c.matches("io\\.github\\.learningcities\\.lcn\\.cli\\.(Demo|Analyse|Validate|Convert|Report)"
                + "Command.*")
            // The command names its SLF4J back end: no search of the class path for one.
            || c.startsWith("java.util.ServiceLoader") || c.startsWith("org.slf4j.simple."));
    // Every class from the archive: a class from the jar costs reading its directory.
    assertThat(score.out).contains("source: shared objects file")
        .doesNotContain("source: file:").doesNotContain("java.util.zip.ZipFile$Source ");
    assertThat(madeAtRunTime(score.out)).as("classes made at run time").isEmpty();

    // The same with the summary line a user sees.
    Result summary = lcn(temp, env, "score", "-d", Run.data(), "-m", Run.meta(), "-o",
        temp.resolve("summary.csv").toString());
    assertThat(summary.exit).as(summary.err).isZero();
    assertThat(summary.out).contains("Scored 51 units").doesNotContain("source: file:");
    assertThat(madeAtRunTime(summary.out)).as("classes made at run time").isEmpty();
  }

  /**
   * The demo, and analyse, report and audit, run with archives of their own, made from
   * lib/lcn-demo.classlist and lib/lcn-analysis.classlist, smaller than the archive of every
   * command and enough for them (nothing from the jar); their help, and a line with an option
   * those archives were not made for, take the archive of every command.
   */
  @Test
  void theDemoAndTheAnalysesRunWithArchivesOfTheirOwn() throws Exception {
    String runtime = runtimeVersion(Path.of(System.getProperty("java.home")));
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Xlog:cds=info -Xlog:class+load=info");
    assertThat(lcn(temp, javaHome(), "--version").exit).isZero();
    Path whole = archiveOf(home, runtime);
    Map<List<String>, String> lines = new LinkedHashMap<>();
    lines.put(List.of("demo", "-q", "--samples", "20", "-o",
        temp.resolve("own-archive-demo").toString()), "@demo");
    lines.put(List.of("analyse", "-q", "-N", "20", "-d", Run.data(), "-m", Run.meta(), "-o",
        temp.resolve("own-archive-analysis").toString()), "@analysis");
    lines.put(List.of("report", "-q", "-N", "20", "-d", Run.data(), "-m", Run.meta(), "-o",
        temp.resolve("own-archive-report.html").toString()), "@analysis");
    lines.put(List.of("audit", "-N", "20", "-d", Run.data(), "-m", Run.meta(), "-o",
        temp.resolve("own-archive-audit.html").toString()), "@analysis");
    lines.put(List.of("demo", "--help"), "");
    lines.put(List.of("report", "--help"), "");
    lines.put(List.of("report", "-q", "--no-uncertainty", "--consistency-threshold", "0.2",
        "-d", Run.data(), "-m", Run.meta(), "-o",
        temp.resolve("whole-archive-report.html").toString()), "");
    for (Map.Entry<List<String>, String> line : lines.entrySet()) {
      Result r = lcn(temp, env, line.getKey().toArray(new String[0]));
      String name = String.join(" ", line.getKey());
      Path archive = archiveOf(home, runtime, line.getValue());
      assertThat(r.out).as(name).contains("Opened archive " + archive)
          .doesNotContain("source: file:");
      if (!line.getValue().isEmpty()) {
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).as(name).doesNotContain("Opened archive " + whole);
        assertThat(Files.size(archive)).as(name).isLessThan(Files.size(whole) / 3 * 2);
      }
    }
  }

  /**
   * Bad input is reported from the archives too: a missing table, an unknown method, a missing
   * document, with each kind of archive, load no class from the jar.
   */
  @Test
  void badInputIsToldWithoutClassesFromTheJar() throws Exception {
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Xlog:class+load=info");
    String missing = temp.resolve("missing_iMeta.csv").toString();
    for (List<String> line : List.of(
        List.of("score", "-q", "-d", Run.data(), "-m", missing),
        List.of("score", "-q", "-d", Run.data(), "-m", Run.meta(), "-n", "nosuchmethod"),
        List.of("report", "-q", "-d", Run.data(), "-m", missing, "-o",
            temp.resolve("not-written.html").toString()),
        List.of("demo", "-q", "-N", "1", "-o", temp.resolve("not-written").toString()),
        List.of("convert", "-q", temp.resolve("missing.json").toString(), "-o",
            temp.resolve("not-written.xml").toString()))) {
      Result r = lcn(temp, env, line.toArray(new String[0]));
      assertThat(r.exit).as(String.join(" ", line)).isEqualTo(Lcn.BAD_INPUT);
      assertThat(r.out).as(String.join(" ", line)).doesNotContain("source: file:");
    }
  }

  /**
   * A score line that reads COINr tables and writes CSV runs with an archive of its own, made
   * from lib/lcn-score.classlist, smaller than the archive of every command and enough for it
   * (nothing from the jar); lines that name a results document, a workbook, built-in data or an
   * option only picocli reads run with the archive of every command, which has their classes.
   */
  @Test
  void aCsvScoreRunsWithItsOwnSmallerArchiveAndOtherLinesWithTheWholeOne() throws Exception {
    String runtime = runtimeVersion(Path.of(System.getProperty("java.home")));
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Xlog:cds=info -Xlog:class+load=info");
    assertThat(lcn(temp, javaHome(), "--version").exit).isZero();
    Path whole = archiveOf(home, runtime);

    Result csv = lcn(temp, env, "score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
        temp.resolve("own-archive.csv").toString());
    assertThat(csv.exit).as(csv.err).isZero();
    Path own = archiveOf(home, runtime, "@score");
    assertThat(csv.out).contains("Opened archive " + own)
        .doesNotContain("Opened archive " + whole).doesNotContain("source: file:");
    assertThat(Files.size(own)).isLessThan(Files.size(whole) / 2);
    Result stdout = lcn(temp, env, "score", "-q", "--layout", "wide", "-d", Run.data(), "-m",
        Run.meta());
    assertThat(stdout.exit).as(stdout.err).isZero();
    assertThat(stdout.out).contains("Opened archive " + own).doesNotContain("source: file:");

    for (List<String> other : List.of(
        List.of("-d", Run.data(), "-m", Run.meta(), "-o", temp.resolve("whole.json").toString()),
        List.of("-d", Run.data(), "-m", Run.meta(), "-f", "xml"),
        List.of("-d", Run.data(), "-m", Run.meta(), "-o", temp.resolve("whole.xlsx").toString()),
        List.of("--builtin", "kflc-ua", "--data-seed", "3", "-o",
            temp.resolve("whole-builtin.csv").toString()),
        List.of("-d", Run.data(), "-m", Run.meta(), "--consistency-threshold", "0.2", "-o",
            temp.resolve("whole-picocli.csv").toString()))) {
      List<String> args = new ArrayList<>(List.of("score", "-q"));
      args.addAll(other);
      Result r = lcn(temp, env, args.toArray(new String[0]));
      assertThat(r.exit).as(r.err).isZero();
      assertThat(r.out).as(String.join(" ", args)).contains("Opened archive " + whole)
          .doesNotContain("Opened archive " + own).doesNotContain("source: file:");
    }
  }

  /**
   * A plain demo line runs without picocli's command model (DemoArguments) and loads every
   * class of its own from the archive: the training runs the demo the way a user does.
   */
  @Test
  void aDemoLoadsNoCommandModelAndNothingFromTheJar() throws Exception {
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Xlog:class+load=info");
    Result demo = lcn(temp, env, "demo", "-q", "--force", "-o",
        temp.resolve("loaded-demo").toString(), "--samples", "20", "--threads", "1");
    assertThat(demo.exit).as(demo.err).isZero();
    assertThat(loaded(demo.out)).contains("io.github.learningcities.lcn.cli.DemoCommand",
            "io.github.learningcities.lcn.cli.DemoArguments")
        .noneMatch(c -> c.startsWith("picocli.CommandLine$Model"));
    // (The jar itself is opened: the demo reads its built-in data from the jar's resources.)
    assertThat(demo.out).contains("source: shared objects file").doesNotContain("source: file:");
  }

  /**
   * The classes of a run that came neither from the class-data sharing archive nor from the
   * jar (which the tests above refuse): lambdas, records' methods, comparators, proxies made at
   * run time, and JDK classes the archive lacks. One is allowed: the method-handle form of
   * {@code MethodHandles.constant} that linking the first lambda without captured values needs,
   * which Java 17 makes at run time whatever the archive holds.
   */
  private static List<String> madeAtRunTime(String log) {
    List<String> made = new ArrayList<>();
    for (String line : log.split("\n")) {
      if (line.contains("[class,load] ") && !line.contains("source: shared objects file")
          && !line.contains("source: file:")) {
        made.add(line);
      }
    }
    if (made.size() == 1 && made.get(0).contains(" java.lang.invoke.LambdaForm$MH/")) {
      return List.of();
    }
    return made;
  }

  /**
   * A CSV score links no call site and no method handle at all (issue #13): a lambda's first
   * link costs the method-handle infrastructure, milliseconds of a run of tens, and each
   * further one a little more. Nor does it start SLF4J, whose start formats a message with
   * {@code String.format} (the Formatter's regular expression links lambdas): the libraries do
   * not log on this path and the command knows its own back end's level without SLF4J, so no
   * {@code org.slf4j} class and no {@link java.util.Formatter} is even loaded. Long and wide, to
   * a file and to standard output, with and without the summary line, with the default
   * pipeline and with other methods, on ASEM (numbers of up to 17 significant digits) and on a
   * table of 2,040 units whose long table is formatted on two cores.
   */
  @Test
  void aCsvScoreLinksNoCallSiteOfItsOwn() throws Exception {
    String data = Run.data();
    String meta = Run.meta();
    String manyUnits = repeatedUnits(Path.of(data), 40, "many_iData.csv").toString();
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true "
        + "-Xlog:class+load=info");
    List<List<String>> variants = List.of(
        List.of("-q", "-o", temp.resolve("linked-long.csv").toString()),
        List.of("-q", "--layout", "wide", "-o", temp.resolve("linked-wide.csv").toString()),
        List.of("-q"),
        List.of("-q", "--layout", "wide"),
        List.of("-o", temp.resolve("linked-summary.csv").toString()),
        List.of("-q", "-n", "zscore:mean=100,sd=10", "-a", "geometric", "-i", "mean", "-t",
            "winsorise", "-o", temp.resolve("linked-options.csv").toString()),
        List.of("-q", "-d", manyUnits, "-o", temp.resolve("linked-many.csv").toString()));
    for (List<String> variant : variants) {
      List<String> args = new ArrayList<>(List.of("score", "-m", meta));
      if (!variant.contains("-d")) {
        args.addAll(List.of("-d", data));
      }
      args.addAll(variant);
      Result r = lcn(temp, env, args.toArray(new String[0]));
      assertThat(r.exit).as(r.err).isZero();
      assertThat(linked(r.out))
          .as("call sites and method handles linked by lcn " + String.join(" ", args))
          .isEmpty();
      assertThat(loaded(r.out)).as("classes loaded by lcn " + String.join(" ", args))
          .contains("io.github.learningcities.lcn.cli.ScoreCommand")
          .noneMatch(c -> c.startsWith("org.slf4j.") || c.startsWith("java.util.Formatter")
              || c.startsWith("io.github.learningcities.lcn.cli.logging.ConsoleLogg"));
    }
  }

  /**
   * The lines of a linkage trace that name a call site or a method handle linked (the lines
   * after "=>" say how a linked one was resolved).
   */
  private static List<String> linked(String trace) {
    List<String> linked = new ArrayList<>();
    for (String line : trace.split("\n")) {
      if (line.startsWith("linkCallSite ") || line.startsWith("linkMethod ")) {
        linked.add(line);
      }
    }
    return linked;
  }

  /**
   * A COINr data table with each unit of another repeated under new codes and names, for a
   * long table big enough to be formatted on two cores.
   */
  private static Path repeatedUnits(Path table, int copies, String name) throws IOException {
    List<String> lines = Files.readAllLines(table, UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    int code = header.indexOf("uCode");
    int label = header.indexOf("uName");
    StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
    for (int k = 0; k < copies; k++) {
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        cells[code] = cells[code] + k;
        cells[label] = cells[label] + " " + k;
        out.append(String.join(",", cells)).append('\n');
      }
    }
    return Files.writeString(temp.resolve(name), out);
  }

  @Test
  void theLibrariesLogOnStandardErrorAtTheLevelAsked() throws Exception {
    Map<String, String> env = new HashMap<>(javaHome());
    env.put("JAVA_OPTS", "-Dlcn.log.level=debug");
    Path out = temp.resolve("logged.csv");
    Result debug = lcn(temp, env, "score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
        out.toString());
    assertThat(debug.exit).as(debug.err).isZero();
    assertThat(debug.out).isEmpty();
    assertThat(debug.err).contains("lcn: debug io.github.learningcities.lcn.serialization.coinr"
        + ".CoinrTables: read 51 units x 49 indicators from ")
        .contains("lcn: debug io.github.learningcities.lcn.indicators.engine.Engine: computed ");

    Result quiet = lcn(temp, javaHome(), "score", "-q", "-d", Run.data(), "-m", Run.meta(),
        "-o", temp.resolve("quiet.csv").toString());
    assertThat(quiet.exit).as(quiet.err).isZero();
    assertThat(quiet.err).isEmpty();

    env.put("JAVA_OPTS", "-Dlcn.log.level=loud");
    Result wrong = lcn(temp, env, "score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
        temp.resolve("wrong.csv").toString());
    assertThat(wrong.exit).as(wrong.err).isZero();
    assertThat(wrong.err).isEqualTo("lcn: warning: -Dlcn.log.level=loud is not a log level; "
        + "expected error, warn, info, debug or trace; using warn\n");

    // the warning comes first, even when the run fails before anything would be logged
    Result failed = lcn(temp, env, "score", "-q", "-d", temp.resolve("absent.csv").toString(),
        "-m", Run.meta(), "-o", temp.resolve("failed.csv").toString());
    assertThat(failed.exit).as(failed.err).isNotZero();
    assertThat(failed.err).startsWith("lcn: warning: -Dlcn.log.level=loud is not a log level; "
        + "expected error, warn, info, debug or trace; using warn\n").contains("absent.csv");
  }

  /** The classes a run loaded, from its -Xlog:class+load lines. */
  private static List<String> loaded(String log) {
    List<String> classes = new ArrayList<>();
    for (String line : log.split("\n")) {
      int tag = line.indexOf("[class,load] ");
      if (tag >= 0) {
        String rest = line.substring(tag + "[class,load] ".length());
        classes.add(rest.substring(0, Math.max(0, rest.indexOf(' '))));
      }
    }
    return classes;
  }

  @Test
  void itRunsThroughSymbolicLinks() throws Exception {
    Path links = Files.createDirectories(temp.resolve("my links"));
    Path relative = Files.createSymbolicLink(links.resolve("lcn-relative"),
        links.relativize(home.resolve("bin/lcn")));
    Path chain = Files.createSymbolicLink(links.resolve("lcn"), Path.of("lcn-relative"));
    Path elsewhere = Files.createDirectories(temp.resolve("else where"));

    for (Path link : List.of(relative, chain)) {
      Result r = run(elsewhere, javaHome(), link.toString(), "--version");
      assertThat(r.exit).as(r.err).isZero();
      assertThat(r.out).startsWith("lcn " + VERSION);
    }
    Map<String, String> onPath = new HashMap<>(javaHome());
    onPath.put("PATH", links + ":" + System.getenv("PATH"));
    Result byName = run(elsewhere, onPath, "sh", "-c", "lcn --version");
    assertThat(byName.exit).as(byName.err).isZero();
    assertThat(byName.out).startsWith("lcn " + VERSION);
  }

  /**
   * A java on PATH through a chain of symbolic links (as /usr/bin/java -> /etc/alternatives/java
   * -> the runtime): its home is found by following the links, kept in lib/cds/java-home and
   * taken from there while the java on PATH is still that home's; a cache naming another file
   * is not believed.
   */
  @Test
  void javaOnThePathThroughLinksIsFoundAndItsHomeKept() throws Exception {
    Path copy = copyOfInstallation("java-through-links");
    Path cache = copy.resolve("lib/cds/java-home");
    Files.deleteIfExists(cache);
    Path current = Path.of(System.getProperty("java.home")).toRealPath();
    Path bin = Files.createDirectories(temp.resolve("links-bin"));
    Path alternative = Files.createSymbolicLink(
        Files.createDirectories(temp.resolve("links-alternatives")).resolve("java"),
        current.resolve("bin/java"));
    Path java = Files.createSymbolicLink(bin.resolve("java"), alternative);
    // JAVA_HOME empty: the java on PATH.
    Map<String, String> env = Map.of("JAVA_HOME", "", "PATH", bin + ":/usr/bin:/bin");
    String version = "(LCN SDK; Java " + runtimeVersion(current) + ")";

    for (int i = 0; i < 2; i++) {
      Result r = run(temp, env, copy.resolve("bin/lcn").toString(), "--version");
      assertThat(r.exit).as(r.err).isZero();
      assertThat(r.err).isEmpty();
      assertThat(r.out).contains(version);
    }
    assertThat(Files.readAllLines(cache, UTF_8)).containsExactly(java.toString(),
        current.toString());
    Map<String, String> logged = new HashMap<>(env);
    logged.put("JAVA_OPTS", "-Xlog:class+load=info");
    Result cached = run(temp, logged, copy.resolve("bin/lcn").toString(), "--version");
    assertThat(cached.out).contains("io.github.learningcities.lcn.cli.Lcn source: shared objects "
        + "file");

    // A home whose bin/java is another file: followed again, and the right home kept.
    Path other = Files.createDirectories(temp.resolve("not-a-runtime/bin"));
    Files.writeString(other.resolve("java"), "#!/bin/sh\nexit 3\n");
    Files.writeString(cache, java + "\n" + other.getParent() + "\n");
    Result again = run(temp, env, copy.resolve("bin/lcn").toString(), "--version");
    assertThat(again.exit).as(again.err).isZero();
    assertThat(again.out).contains(version);
    assertThat(Files.readAllLines(cache, UTF_8)).containsExactly(java.toString(),
        current.toString());
  }

  /** The same chain pointed at another runtime: its home is followed again, not the cached one. */
  @Test
  void javaOnThePathPointedAtAnotherRuntimeIsFollowedAgain() throws Exception {
    Path otherRuntime = otherJdk().orElse(null);
    Assumptions.assumeTrue(otherRuntime != null, "no second Java 17+ runtime next to "
        + System.getProperty("java.home") + " (e.g. /usr/lib/jvm/*); set lcn.it.otherJdk");
    Path copy = copyOfInstallation("java-through-changed-links");
    Path current = Path.of(System.getProperty("java.home")).toRealPath();
    Path bin = Files.createDirectories(temp.resolve("changed-bin"));
    Path alternative = Files.createSymbolicLink(
        Files.createDirectories(temp.resolve("changed-alternatives")).resolve("java"),
        current.resolve("bin/java"));
    Files.createSymbolicLink(bin.resolve("java"), alternative);
    Map<String, String> env = Map.of("JAVA_HOME", "", "PATH", bin + ":/usr/bin:/bin");
    for (int i = 0; i < 2; i++) {
      assertThat(run(temp, env, copy.resolve("bin/lcn").toString(), "--version").out)
          .contains("(LCN SDK; Java " + runtimeVersion(current) + ")");
    }

    Files.delete(alternative);
    Files.createSymbolicLink(alternative, otherRuntime.toRealPath().resolve("bin/java"));
    Result r = run(temp, env, copy.resolve("bin/lcn").toString(), "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("(LCN SDK; Java " + runtimeVersion(otherRuntime) + ")");
    assertThat(Files.readAllLines(copy.resolve("lib/cds/java-home"), UTF_8)).element(1)
        .isEqualTo(otherRuntime.toRealPath().toString());
  }

  @Test
  void javaOptsComeAfterTheLaunchersOptions() throws Exception {
    Map<String, String> env = new HashMap<>(javaHome());
    Map<String, String> plain = new HashMap<>(javaHome());
    plain.put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
    Result own = lcn(temp, plain, "--version");
    assertThat(own.exit).as(own.err).isZero();
    // The launcher's loops compiled after 15,000 turns (the JVM's default is 60,000).
    assertThat(flagLine(own.out, "Tier3BackEdgeThreshold")).contains("= 15000 ")
        .contains("{command line}");

    env.put("JAVA_OPTS", "-XX:TieredStopAtLevel=3 -XX:Tier3BackEdgeThreshold=60000 "
        + "-XX:+PrintFlagsFinal");
    Result r = lcn(temp, env, "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).containsPattern("TieredStopAtLevel\\s+= 3\\s");
    assertThat(flagLine(r.out, "Tier3BackEdgeThreshold")).contains("= 60000 ");
  }

  @Test
  void aMissingOrOldJavaIsNamed() throws Exception {
    Result missing = lcn(temp, Map.of("JAVA_HOME", temp.resolve("no java").toString()),
        "--version");
    assertThat(missing.exit).isEqualTo(1);
    assertThat(missing.err).contains("JAVA_HOME is '" + temp.resolve("no java") + "'")
        .contains("Java 17");

    Path old = Files.createDirectories(temp.resolve("old jdk/bin"));
    Path java = old.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho should not run\n");
    java.toFile().setExecutable(true);
    Files.writeString(old.resolveSibling("release"), "JAVA_VERSION=\"11.0.2\"\n");
    Result tooOld = lcn(temp, Map.of("JAVA_HOME", old.getParent().toString()), "--version");
    assertThat(tooOld.exit).isEqualTo(1);
    assertThat(tooOld.out).isEmpty();
    assertThat(tooOld.err).contains("Java \"11.0.2\"").contains("needs Java 17 or newer");
  }

  @Test
  void anotherJavaRuntimeGetsItsOwnArchiveWithoutAWarning() throws Exception {
    Path other = otherJdk().orElse(null);
    Assumptions.assumeTrue(other != null, "no second Java 17+ runtime next to "
        + System.getProperty("java.home") + " (e.g. /usr/lib/jvm/*); set lcn.it.otherJdk");
    Path work = Files.createDirectories(temp.resolve("other runtime"));
    Map<String, String> env = Map.of("JAVA_HOME", other.toString());

    for (int i = 0; i < 2; i++) {
      Result r = lcn(work, env, "score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
          "scores.csv");
      assertThat(r.exit).as(r.err).isZero();
      assertThat(r.err).isEmpty();
    }
    // (lcn score's CSV lines have an archive of their own.)
    Path archive = archiveOf(home, runtimeVersion(other), "@score");
    assertThat(archive).isRegularFile();
    archive.toFile().setWritable(true);
    Files.writeString(archive, "not an archive for this runtime");
    Result broken = lcn(work, env, "score", "-q", "-d", Run.data(), "-m", Run.meta(), "-o",
        "scores-again.csv");
    assertThat(broken.exit).as(broken.err).isZero();
    assertThat(broken.err).isEmpty();
    assertThat(work.resolve("scores-again.csv"))
        .hasSameBinaryContentAs(work.resolve("scores.csv"));
    Result r = lcn(work, env, "--version");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).contains("(LCN SDK; Java " + runtimeVersion(other) + ")");
  }

  private static Optional<Path> otherJdk() throws IOException {
    String configured = System.getProperty("lcn.it.otherJdk", "");
    if (!configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    Path current = Path.of(System.getProperty("java.home")).toRealPath();
    String currentVersion = runtimeVersion(current);
    try (Stream<Path> siblings = Files.list(current.getParent())) {
      return siblings.filter(p -> Files.isExecutable(p.resolve("bin/java"))
              && Files.isRegularFile(p.resolve("release")))
          .filter(p -> {
            String v = runtimeVersion(p);
            try {
              return !v.equals(currentVersion) && Runtime.Version.parse(v).feature() >= 17;
            } catch (IllegalArgumentException notAVersion) {
              return false;
            }
          })
          .sorted().findFirst();
    }
  }

  /** JAVA_RUNTIME_VERSION of a runtime's release file, as the launcher reads it. */
  private static String runtimeVersion(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"), UTF_8)) {
        if (line.startsWith("JAVA_RUNTIME_VERSION=")) {
          return line.substring("JAVA_RUNTIME_VERSION=".length()).replace("\"", "");
        }
      }
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where the launcher keeps an installation's archive for a runtime: lib/cds/, or the cache
   * when the installation's path has a space (Java 17 ignores the archive of such a class
   * path).
   */
  private static Path archiveOf(Path installation, String runtime) throws IOException {
    return archiveOf(installation, runtime, "");
  }

  /** The same for the archive of a kind of command line ("@score": lcn score's CSV lines). */
  private static Path archiveOf(Path installation, String runtime, String kind)
      throws IOException {
    String name = runtime.replaceAll("[^A-Za-z0-9._+-]", "_") + kind + ".jsa";
    Path real = installation.toRealPath();
    if (!real.toString().contains(" ")) {
      return real.resolve("lib/cds/" + name);
    }
    try (Stream<Path> files = Files.walk(cache())) {
      return files.filter(p -> p.getFileName().toString().equals(name + ".stamp"))
          .filter(p -> stamp(p).startsWith(real + "|"))
          .map(p -> p.resolveSibling(name)).findFirst()
          .orElseThrow(() -> new AssertionError("no archive for " + real + " in " + cache()));
    }
  }

  private static String stamp(Path file) {
    try {
      return Files.readString(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The launcher's cache, in the test's folder rather than the user's. */
  private static Path cache() {
    return temp.resolve("cache");
  }

  private static Path copyOfInstallation(String name) throws Exception {
    Path copy = temp.resolve(name);
    Result r = run(temp, Map.of(), "cp", "-R", home.toString(), copy.toString());
    assertThat(r.exit).as(r.err).isZero();
    return copy;
  }

  /** The test's own runtime, so that the expected version line is known. */
  private static Map<String, String> javaHome() {
    return Map.of("JAVA_HOME", System.getProperty("java.home"));
  }

  private static Result lcn(Path dir, Map<String, String> env, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/lcn").toString()));
    command.addAll(List.of(args));
    return run(dir, env, command.toArray(String[]::new));
  }

  private static Result run(Path dir, Map<String, String> env, String... command)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("LCN_CDS");
    pb.environment().put("XDG_CACHE_HOME", cache().toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(temp, "out", ".txt");
    Path err = Files.createTempFile(temp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished: " + String.join(" ", command))
        .isTrue();
    return new Result(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  private record Result(int exit, String out, String err) {}
}

package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link FileArguments} and {@link AnalysisArguments} read the command lines of validate,
 * convert, analyse, report and audit exactly as picocli does, or leave them to picocli; a run
 * without picocli ends as a run through picocli does (output, messages, exit code, files).
 */
class PlainArgumentsProperties {

  /** Options with a value of each command, in their short and long spellings. */
  private static final List<List<String>> INPUT_AND_PIPELINE = List.of(
      List.of("-d", "--data"), List.of("-m", "--meta"), List.of("--framework"),
      List.of("--dataset"), List.of("--builtin"), List.of("--data-seed"),
      List.of("-p", "--pipeline"), List.of("-n", "--normalisation"),
      List.of("-a", "--aggregation"), List.of("-i", "--impute"), List.of("-t", "--treat"),
      List.of("-w", "--weights"), List.of("-N", "--samples"), List.of("-s", "--seed"),
      List.of("-T", "--threads"), List.of("--vary"), List.of("-o", "--out"));

  private static final Map<String, List<List<String>>> VALUED = Map.of(
      "validate", List.of(),
      "convert", List.of(List.of("-o", "--out"), List.of("--to")),
      "analyse", with(INPUT_AND_PIPELINE, List.of("--replications"), List.of("--quantiles")),
      "analyze", with(INPUT_AND_PIPELINE, List.of("--replications"), List.of("--quantiles")),
      "report", with(INPUT_AND_PIPELINE, List.of("-l", "--lang")),
      "audit", with(INPUT_AND_PIPELINE, List.of("-l", "--lang"), List.of("--json")));

  private static final Map<String, List<String>> FLAGS = Map.of(
      "validate", List.of("-q", "--quiet"),
      "convert", List.of("-q", "--quiet", "--force"),
      "analyse", List.of("-q", "--quiet", "--force", "--sensitivity", "--write-replications"),
      "analyze", List.of("-q", "--quiet", "--force", "--sensitivity", "--write-replications"),
      "report", List.of("-q", "--quiet", "--force", "--no-uncertainty"),
      "audit", List.of("-q", "--quiet", "--force", "--no-uncertainty"));

  private static final List<String> PATHS = List.of("a.csv", "dir/b c.json", "équipe.xml",
      "=", "a=b", "x", "book.xlsx#iData", "help", "score");

  private static final List<String> NUMBERS = List.of("0", "1", "7", "20", "007", "999999999",
      "2000");

  @SafeVarargs
  private static List<List<String>> with(List<List<String>> base, List<String>... more) {
    List<List<String>> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  /** A value picocli accepts for an option (by its long name). */
  private static String valueFor(String option, String path, String number, int pick) {
    return switch (option) {
      case "--data-seed", "--samples", "--seed", "--threads", "--quantiles" -> number;
      case "--vary" -> List.of("weights", "PCA", "imputation,aggregation",
          "weights,aggregation,normalisation").get(pick % 4);
      case "--lang" -> List.of("uk", "EN", "en").get(pick % 3);
      case "--to" -> List.of("json", "XML", "csv", "xlsx").get(pick % 4);
      case "--builtin", "--normalisation", "--aggregation", "--impute", "--treat",
          "--weights" -> List.of("kflc-ua", "minmax:lower=1,upper=100", "x", "set:w")
          .get(pick % 4);
      default -> path;
    };
  }

  @Provide
  Arbitrary<List<String>> plainLines() {
    return Arbitraries.of(VALUED.keySet().stream().sorted().toList()).flatMap(command -> {
      List<List<String>> valued = VALUED.get(command);
      List<String> flags = FLAGS.get(command);
      Arbitrary<List<String>> option = valued.isEmpty() ? Arbitraries.just(List.of())
          : Combinators.combine(Arbitraries.integers().between(0, valued.size() - 1),
              Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 2),
              Arbitraries.of(PATHS), Arbitraries.of(NUMBERS),
              Arbitraries.integers().between(0, 11))
              .as((k, spelling, form, path, number, pick) -> {
                List<String> names = valued.get(k);
                String name = names.get(Math.min(spelling, names.size() - 1));
                String value = valueFor(names.get(names.size() - 1), path, number, pick);
                return form == 2 && name.startsWith("--") ? List.of(name + "=" + value)
                    : List.of(name, value);
              });
      Arbitrary<List<String>> flag = Arbitraries.of(flags).map(List::of);
      boolean files = command.equals("validate") || command.equals("convert");
      Arbitrary<List<String>> file = Arbitraries.of(PATHS).map(List::of);
      Arbitrary<List<String>> part = files ? Arbitraries.oneOf(option, flag, file)
          : Arbitraries.oneOf(option, flag);
      return Combinators.combine(part.list().ofMaxSize(8), Arbitraries.of(PATHS),
          Arbitraries.of(PATHS)).as((parts, firstFile, out) -> {
            List<String> line = new ArrayList<>(List.of(command));
            List<String> seen = new ArrayList<>();
            for (List<String> p : parts) {
              if (p.isEmpty()) {
                continue;
              }
              String name = p.get(0).replaceFirst("=.*", "");
              String canonical = canonicalOf(command, name);
              if (canonical != null && seen.contains(canonical)) {
                continue;
              }
              if (canonical != null) {
                seen.add(canonical);
              }
              line.addAll(p);
            }
            if (files) {
              line.add(firstFile);
            }
            if (command.equals("convert") && !seen.contains("--out")) {
              line.add("--out");
              line.add(out);
            }
            return line;
          });
    });
  }

  /** The long name of an option of a command, or null for a file. */
  private static String canonicalOf(String command, String name) {
    for (List<String> names : VALUED.get(command)) {
      if (names.contains(name)) {
        return names.get(names.size() - 1);
      }
    }
    if (name.equals("-q")) {
      return "--quiet";
    }
    return name.startsWith("-") ? name : null;
  }

  @Property(tries = 1500)
  void plainLinesAreReadWithoutPicocliAsPicocliReadsThem(
      @ForAll("plainLines") List<String> line) {
    String[] args = line.toArray(String[]::new);
    LcnCommand direct = PlainArguments.commandOf(args);
    assertThat(direct).as(String.join(" ", line)).isNotNull();
    OptionFields.assertReadAlike(direct, line);
  }

  @Provide
  Arbitrary<List<String>> anyTokens() {
    return Arbitraries.of(VALUED.keySet().stream().sorted().toList()).flatMap(command -> {
      List<String> names = new ArrayList<>(FLAGS.get(command));
      VALUED.get(command).forEach(names::addAll);
      Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(names),
          Arbitraries.of(PATHS), Arbitraries.of(NUMBERS),
          Arbitraries.of("-h", "--help", "-V", "--version", "-qo", "-oa", "-N20", "--out=",
              "--out=-x", "--quiet=true", "--force=false", "--", "", "-", "-5", "+5", "1e3",
              "2147483648", "12345678901234567890", "\u0663", "@args.txt", "--unknown", "-z",
              "a\u0000b", "--to=Json", "--lang=Uk", "--vary=weights,", "--vary=,pca",
              "--vary=\"weights,pca\"", "--vary=WEIGHTS", "uk", "json", "--consistency-threshold",
              "0.2", "--data-weights", "pca@1", "--comparisons", "--layout", "-f", "--json"));
      return OptionFields.lines(command, token);
    });
  }

  @Property(tries = 4000)
  void whatIsReadWithoutPicocliPicocliReadsAlike(@ForAll("anyTokens") List<String> line) {
    LcnCommand direct = PlainArguments.commandOf(line.toArray(String[]::new));
    if (direct != null) {
      OptionFields.assertReadAlike(direct, line);
    }
    // the comparison above must not be vacuous: some random lines are read without picocli
    Statistics.label("read without picocli").collect(direct != null)
        .coverage(c -> c.check(true).percentage(p -> p >= 3));
  }

  @Example
  void linesForPicocliAreLeftToIt() {
    for (String[] args : List.of(new String[] {}, new String[] {"help"},
        new String[] {"validate"}, new String[] {"validate", "-q"},
        new String[] {"validate", "--help"}, new String[] {"validate", "-", "a.csv"},
        new String[] {"validate", "", "a.csv"}, new String[] {"validate", "a\u0000b"},
        new String[] {"validate", "--", "a.csv"}, new String[] {"validate", "-o", "x", "a.csv"},
        new String[] {"convert", "a.csv"}, new String[] {"convert", "-o", "x"},
        new String[] {"convert", "a.csv", "-o", "x", "--to", "Json"},
        new String[] {"convert", "a.csv", "-qo", "x"},
        new String[] {"analyse", "-N", "-5"}, new String[] {"analyse", "--lang", "uk"},
        new String[] {"analyse", "--vary", "weights,"},
        new String[] {"analyse", "--consistency-threshold", "0.2"},
        new String[] {"analyse", "--data-weights", "pca@1"},
        new String[] {"report", "--sensitivity"}, new String[] {"report", "--json", "a.json"},
        new String[] {"report", "-l", "Uk"}, new String[] {"report", "extra"},
        new String[] {"audit", "-o", "a", "--out", "b"}, new String[] {"audit", "-q", "-q"},
        new String[] {"audit", "--no-uncertainty=true"})) {
      assertThat(PlainArguments.commandOf(args)).as(String.join(" ", args)).isNull();
    }
  }

  @Example
  void aRunWithoutPicocliEndsAsARunThroughIt() throws Exception {
    Path dir = Files.createTempDirectory("lcn-plain-arguments");
    Path out = dir.resolve("out");
    Path notCsv = Files.writeString(dir.resolve("bad_iData.csv"), "uCode,x\nA,\"open\n");
    List<List<String>> lines = List.of(
        List.of("validate", Run.data(), Run.meta()),
        List.of("validate", "-q", notCsv.toString()),
        List.of("validate", dir.resolve("missing.json").toString()),
        List.of("convert", Run.data(), Run.meta(), "--to", "json", "-o", out.toString()),
        List.of("convert", "-q", Run.data(), Run.meta(), "-o", out.resolve("t.xlsx").toString()),
        List.of("convert", Run.data(), "-o", Run.data()),
        List.of("analyse", "-d", Run.data(), "-m", Run.meta(), "-N", "20", "-T", "1", "-o",
            out.toString()),
        List.of("analyze", "-q", "-d", Run.data(), "-m", Run.meta(), "-N", "1", "-o",
            out.toString()),
        List.of("report", "--builtin", "kflc-ua", "-l", "uk", "--no-uncertainty", "-o",
            out.resolve("r.html").toString()),
        List.of("report", "-d", Run.data(), "-m", Run.meta(), "-N", "20", "-T", "1", "-o",
            out.resolve("r.html").toString()),
        List.of("audit", "-q", "--builtin", "kflc-ua", "--no-uncertainty", "-o",
            out.resolve("a.html").toString(), "--json", out.resolve("a.json").toString()),
        List.of("audit", "-d", Run.data(), "-m", Run.meta(), "-n", "nosuchmethod", "-o",
            out.resolve("a.html").toString()));
    for (List<String> line : lines) {
      String[] args = line.toArray(String[]::new);
      assertThat(PlainArguments.commandOf(args)).as(String.join(" ", line)).isNotNull();
      Run direct = Run.lcn(args);
      List<String> directFiles = Folders.contents(out);
      Folders.delete(out);
      Run picocli = Run.picocli(args);
      List<String> picocliFiles = Folders.contents(out);
      Folders.delete(out);
      assertThat(direct).as(String.join(" ", line)).isEqualTo(picocli);
      assertThat(directFiles).as(String.join(" ", line)).isEqualTo(picocliFiles);
    }
    Folders.delete(dir);
  }
}

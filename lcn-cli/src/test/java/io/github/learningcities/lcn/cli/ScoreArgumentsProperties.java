package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ScoreArguments} reads a score command line exactly as picocli does, or leaves it to
 * picocli; a run without picocli ends as a run through picocli does.
 */
class ScoreArgumentsProperties {

  /** Options with a value, in their long and short spellings, and values for them. */
  private static final List<List<String>> VALUED = List.of(
      List.of("-d", "--data"), List.of("-m", "--meta"), List.of("--framework"),
      List.of("--dataset"), List.of("--builtin"), List.of("-p", "--pipeline"),
      List.of("-n", "--normalisation"), List.of("-a", "--aggregation"),
      List.of("-i", "--impute"), List.of("-t", "--treat"), List.of("-w", "--weights"),
      List.of("-o", "--out"), List.of("--layout"), List.of("-f", "--format"),
      List.of("--data-seed"));

  private static final List<String> VALUES = List.of("a.csv", "dir/b c.csv", "x", "long",
      "wide", "LONG", "WIDE", "csv", "json", "XML", "minmax:lower=1,upper=100", "kflc-ua",
      "équipe.csv", "set:w", "=", "a=b", "score");

  @Provide
  Arbitrary<List<String>> plainLines() {
    Arbitrary<List<String>> option = Combinators.combine(
        Arbitraries.integers().between(0, VALUED.size() - 1), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 2), Arbitraries.of(VALUES)).as((k, spelling, form, v) -> {
          List<String> names = VALUED.get(k);
          String name = names.get(Math.min(spelling, names.size() - 1));
          String value = switch (names.get(names.size() - 1)) {
            case "--layout" -> v.equals("LONG") || v.equals("wide") ? v : "long";
            case "--format" -> v.equals("json") || v.equals("XML") ? v : "csv";
            case "--data-seed" -> v.length() % 2 == 0 ? "12" : "007";
            default -> v;
          };
          return form == 2 && name.startsWith("--") ? List.of(name + "=" + value)
              : List.of(name, value);
        });
    return option.list().ofMaxSize(8).uniqueElements(o -> o.get(0).replaceFirst("=.*", ""))
        .flatMap(options -> Arbitraries.of(true, false).map(quiet -> {
          List<String> line = new ArrayList<>(List.of("score"));
          List<List<String>> unique = new ArrayList<>();
          List<String> seen = new ArrayList<>();
          for (List<String> o : options) {
            String canonical = canonicalOf(o.get(0).replaceFirst("=.*", ""));
            if (!seen.contains(canonical)) {
              seen.add(canonical);
              unique.add(o);
            }
          }
          if (quiet) {
            unique.add(List.of("-q"));
          }
          for (List<String> o : unique) {
            line.addAll(o);
          }
          return line;
        }));
  }

  private static String canonicalOf(String name) {
    for (List<String> names : VALUED) {
      if (names.contains(name)) {
        return names.get(names.size() - 1);
      }
    }
    return name;
  }

  @Property(tries = 1000)
  void plainLinesAreReadWithoutPicocliAsPicocliReadsThem(
      @ForAll("plainLines") List<String> line) {
    String[] args = line.toArray(String[]::new);
    LcnCommand direct = ScoreArguments.parse(args);
    assertThat(direct).as(String.join(" ", line)).isNotNull();
    OptionFields.assertReadAlike(direct, line);
  }

  @Provide
  Arbitrary<List<String>> anyTokens() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of(VALUED).map(names -> names.get(0)),
        Arbitraries.of(VALUED).map(names -> names.get(names.size() - 1)),
        Arbitraries.of(VALUES),
        Arbitraries.of("-q", "--quiet", "-h", "--help", "-V", "--version", "-qd", "-da.csv",
            "--data=", "--out=-x", "--quiet=true", "--", "", "-", "-5", "--layout", "Long",
            "wIde", "--data-seed", "12", "0x10", "@args.txt", "--unknown", "-z", "true",
            "a\u0000b", "--data=a.csv", "--format=json", "--layout=WIDE", "help"));
    return OptionFields.lines("score", token);
  }

  @Property(tries = 3000)
  void whatIsReadWithoutPicocliPicocliReadsAlike(@ForAll("anyTokens") List<String> line) {
    LcnCommand direct = ScoreArguments.parse(line.toArray(String[]::new));
    if (direct != null) {
      OptionFields.assertReadAlike(direct, line);
    }
  }

  @Example
  void linesForPicocliAreLeftToIt() {
    for (String[] args : List.of(new String[] {}, new String[] {"demo"},
        new String[] {"score", "--help"}, new String[] {"score", "-qd", "a.csv"},
        new String[] {"score", "-d", "a.csv", "-d", "b.csv"},
        new String[] {"score", "--consistency-threshold", "0.2", "--builtin", "kflc-ua"},
        new String[] {"score", "--layout", "Wide"}, new String[] {"score", "-d"},
        new String[] {"score", "-o", "-"}, new String[] {"score", "extra"},
        new String[] {"score", "-d", "a\u0000b"}, new String[] {"score", "--quiet=true"})) {
      assertThat(ScoreArguments.parse(args)).as(String.join(" ", args)).isNull();
    }
  }

  @Example
  void aRunWithoutPicocliEndsAsARunThroughIt() throws Exception {
    Path dir = Files.createTempDirectory("lcn-score-arguments");
    List<List<String>> lines = List.of(
        List.of("-d", Run.data(), "-m", Run.meta()),
        List.of("-d", Run.data(), "-m", Run.meta(), "--layout", "wide", "-n", "zscore"),
        List.of("-d", Run.data(), "-m", Run.meta(), "-f", "json"),
        List.of("-d", Run.data(), "-m", Run.meta(), "-n", "nosuchmethod"),
        List.of("-d", dir.resolve("missing.csv").toString(), "-m", Run.meta()),
        List.of("--builtin", "kflc-ua", "-w", "weird"),
        List.of("--builtin", "kflc-ua", "-o", dir.resolve("out.csv").toString()),
        List.of("-d", Run.data(), "-m", Run.meta(), "-o", Run.meta()));
    for (List<String> options : lines) {
      List<String> line = new ArrayList<>(List.of("score"));
      line.addAll(options);
      String[] args = line.toArray(String[]::new);
      assertThat(ScoreArguments.parse(args)).isNotNull();
      Run direct = Run.lcn(args);
      byte[] directFile = Files.exists(dir.resolve("out.csv"))
          ? Files.readAllBytes(dir.resolve("out.csv")) : null;
      Files.deleteIfExists(dir.resolve("out.csv"));
      Run picocli = Run.picocli(args);
      byte[] picocliFile = Files.exists(dir.resolve("out.csv"))
          ? Files.readAllBytes(dir.resolve("out.csv")) : null;
      Files.deleteIfExists(dir.resolve("out.csv"));
      assertThat(direct).as(String.join(" ", line)).isEqualTo(picocli);
      assertThat(Arrays.equals(directFile, picocliFile)).isTrue();
    }
    Files.delete(dir);
  }
}

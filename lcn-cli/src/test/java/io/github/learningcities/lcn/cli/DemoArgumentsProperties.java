package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DemoArguments} reads a demo command line exactly as picocli does, or leaves it to
 * picocli; a run without picocli ends as a run through picocli does.
 */
class DemoArgumentsProperties {

  /** Options with a value, in their short and long spellings. */
  private static final List<List<String>> VALUED = List.of(
      List.of("-o", "--out"), List.of("-s", "--seed"), List.of("-N", "--samples"),
      List.of("-T", "--threads"));

  private static final List<String> PATHS = List.of("a", "dir/b c", "équipe", "=", "a=b",
      "demo", "lcn-demo", "x/../y");

  /** Numbers picocli converts for an int (so for a long too). */
  private static final List<String> INTS = List.of("0", "1", "7", "20", "300", "007",
      "999999999", "256", "1000000");

  @Provide
  Arbitrary<List<String>> plainLines() {
    Arbitrary<List<String>> option = Combinators.combine(
        Arbitraries.integers().between(0, VALUED.size() - 1), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 2), Arbitraries.of(PATHS), Arbitraries.of(INTS),
        Arbitraries.longs().between(0, 999_999_999_999_999_999L))
        .as((k, spelling, form, path, number, seed) -> {
          List<String> names = VALUED.get(k);
          String name = names.get(spelling);
          String value = switch (names.get(1)) {
            case "--out" -> path;
            case "--seed" -> String.valueOf(seed);
            default -> number;
          };
          return form == 2 && name.startsWith("--") ? List.of(name + "=" + value)
              : List.of(name, value);
        });
    Arbitrary<List<String>> flag = Arbitraries.of(List.of("-q"), List.of("--quiet"),
        List.of("--force"));
    return Arbitraries.oneOf(option, flag).list().ofMaxSize(8)
        .uniqueElements(o -> canonicalOf(o.get(0).replaceFirst("=.*", "")))
        .map(options -> {
          List<String> line = new ArrayList<>(List.of("demo"));
          for (List<String> o : options) {
            line.addAll(o);
          }
          return line;
        });
  }

  private static String canonicalOf(String name) {
    for (List<String> names : VALUED) {
      if (names.contains(name)) {
        return names.get(1);
      }
    }
    return name.equals("-q") ? "--quiet" : name;
  }

  @Property(tries = 1000)
  void plainLinesAreReadWithoutPicocliAsPicocliReadsThem(
      @ForAll("plainLines") List<String> line) {
    String[] args = line.toArray(String[]::new);
    LcnCommand direct = DemoArguments.parse(args);
    assertThat(direct).as(String.join(" ", line)).isNotNull();
    OptionFields.assertReadAlike(direct, line);
  }

  @Provide
  Arbitrary<List<String>> anyTokens() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of(VALUED).map(names -> names.get(0)),
        Arbitraries.of(VALUED).map(names -> names.get(1)),
        Arbitraries.of(PATHS), Arbitraries.of(INTS),
        Arbitraries.of("-q", "--quiet", "--force", "-h", "--help", "-V", "--version", "-qo",
            "-oa", "-N20", "--out=", "--out=-x", "--quiet=true", "--force=false", "--", "", "-",
            "-5", "+5", "-0", "1e3", "0x10", "2147483648", "9999999999", "12345678901234567890",
            "\u0663", "1_000", " 1", "@args.txt", "--unknown", "-z", "true", "a\u0000b",
            "--seed=7", "--samples=20", "--threads=2", "--out=x", "help", "score"));
    return OptionFields.lines("demo", token);
  }

  @Property(tries = 3000)
  void whatIsReadWithoutPicocliPicocliReadsAlike(@ForAll("anyTokens") List<String> line) {
    LcnCommand direct = DemoArguments.parse(line.toArray(String[]::new));
    if (direct != null) {
      OptionFields.assertReadAlike(direct, line);
    }
  }

  @Example
  void linesForPicocliAreLeftToIt() {
    for (String[] args : List.of(new String[] {}, new String[] {"score"},
        new String[] {"demo", "--help"}, new String[] {"demo", "-V"},
        new String[] {"demo", "-qo", "a"}, new String[] {"demo", "-N20"},
        new String[] {"demo", "-o", "a", "--out", "b"}, new String[] {"demo", "-q", "-q"},
        new String[] {"demo", "--samples", "x"}, new String[] {"demo", "-N", "-5"},
        new String[] {"demo", "-N", "+5"}, new String[] {"demo", "-N", "2147483648"},
        new String[] {"demo", "-s", "12345678901234567890"}, new String[] {"demo", "-N", "\u0663"},
        new String[] {"demo", "-N", ""}, new String[] {"demo", "-o"},
        new String[] {"demo", "-o", "-"}, new String[] {"demo", "extra"},
        new String[] {"demo", "--unknown"}, new String[] {"demo", "-o", "a\u0000b"},
        new String[] {"demo", "--force=true"}, new String[] {"demo", "--quiet=true"})) {
      assertThat(DemoArguments.parse(args)).as(String.join(" ", args)).isNull();
    }
  }

  @Example
  void aRunWithoutPicocliEndsAsARunThroughIt() throws Exception {
    Path dir = Files.createTempDirectory("lcn-demo-arguments");
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    Path existing = dir.resolve("existing");
    Files.createDirectories(existing);
    Files.writeString(existing.resolve("scores.csv"), "an earlier run's");
    List<List<String>> lines = List.of(
        List.of("-q", "--force", "-N", "20", "-T", "1", "-s", "7"),
        List.of("--force", "--samples=20", "--threads=1"),
        List.of("-q", "-N", "1"),
        List.of("-q", "-N", "20", "-T", "257"),
        List.of("-q", "-o", file.toString()),
        List.of("-q", "-N", "20", "-T", "1", "-o", existing.toString()));
    for (List<String> options : lines) {
      List<String> line = new ArrayList<>(List.of("demo"));
      line.addAll(options);
      if (!line.contains("-o")) {
        line.add("-o");
        line.add(dir.resolve("out").toString());
      }
      String[] args = line.toArray(String[]::new);
      assertThat(DemoArguments.parse(args)).isNotNull();
      Run direct = Run.lcn(args);
      List<String> directFiles = Folders.contents(dir.resolve("out"));
      Folders.delete(dir.resolve("out"));
      Run picocli = Run.picocli(args);
      List<String> picocliFiles = Folders.contents(dir.resolve("out"));
      Folders.delete(dir.resolve("out"));
      assertThat(direct).as(String.join(" ", line)).isEqualTo(picocli);
      assertThat(directFiles).as(String.join(" ", line)).isEqualTo(picocliFiles);
      // A run that succeeds wrote the folder: the comparison above compared files.
      assertThat(directFiles.size() >= 11).isEqualTo(direct.exit() == Lcn.OK);
    }
    assertThat(Files.readString(existing.resolve("scores.csv"))).isEqualTo("an earlier run's");
    Folders.delete(dir);
  }
}

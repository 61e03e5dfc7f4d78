package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What {@code lcn} builds at start-up: only the command a run names, the same as in full. */
class LcnStartupTest {

  private static final List<String> EVERY_COMMAND = List.of("demo", "score", "analyse",
      "analyze", "validate", "convert", "report", "audit", "help");

  @ParameterizedTest
  @ValueSource(strings = {"demo", "score", "analyse", "analyze", "validate", "convert",
      "report", "audit"})
  void aRunOfOneCommandBuildsOnlyThatCommandWithTheSameOptionsAndHelp(String command) {
    CommandLine one = Lcn.commandLine(command, "--help");
    CommandLine all = Lcn.commandLine();

    assertThat(one.getSubcommands().keySet())
        .containsExactlyInAnyOrder(all.getSubcommands().get(command).getCommandSpec().names()
            .toArray(String[]::new));
    CommandLine alone = one.getSubcommands().get(command);
    CommandLine amongAll = all.getSubcommands().get(command);
    assertThat(alone.getUsageMessage()).isEqualTo(amongAll.getUsageMessage());
    assertThat(alone.getCommandSpec().qualifiedName())
        .isEqualTo(amongAll.getCommandSpec().qualifiedName());
    assertThat(alone.isCaseInsensitiveEnumValuesAllowed())
        .isEqualTo(amongAll.isCaseInsensitiveEnumValuesAllowed());
  }

  @Test
  void everyNameAndAliasOfACommandBuildsThatCommandAlone() {
    CommandLine all = Lcn.commandLine();
    for (var e : all.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      CommandLine one = Lcn.commandLine(e.getKey());
      assertThat(one.getSubcommands().values()).as(e.getKey())
          .extracting(c -> c.getCommandSpec().name())
          .containsOnly(e.getValue().getCommandSpec().name());
    }
  }

  @Test
  void anyOtherRunBuildsEveryCommandInTheHelpsOrder() {
    String[][] runs = {{}, {"--help"}, {"-h"}, {"help", "score"}, {"scor"}, {"-q", "score"},
        {"Score"}, {"@args.txt"}};
    for (String[] args : runs) {
      assertThat(Lcn.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
          .containsExactlyElementsOf(EVERY_COMMAND);
    }
    assertThat(Lcn.commandLine().getSubcommands().keySet())
        .containsExactlyElementsOf(EVERY_COMMAND);
  }

  @Test
  void theVersionLinePrintedWithoutPicocliIsTheOnePicocliPrints() {
    Run r = Run.lcn("--version");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(Lcn.Version.line() + System.lineSeparator());
  }

  @Test
  void aMisspelledCommandStillGetsSuggestions() {
    Run r = Run.lcn("scor");

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("score");
  }
}

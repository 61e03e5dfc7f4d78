package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LcnTest {

  @ParameterizedTest
  @ValueSource(strings = {"demo", "score", "analyse", "validate", "convert", "report",
      "audit"})
  void everyCommandHasHelpWithAnExample(String command) {
    Run r = Run.lcn(command, "--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: lcn " + command).contains("Examples:")
        .contains("  lcn " + command);
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Run r = Run.lcn("--help");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("demo", "score", "analyse", "validate", "convert", "report",
        "Exit codes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void topLevelHelpIsTheHelpOfEveryCommandRead(String option) {
    // lcn --help describes the commands without reading their options (Lcn.describedCommands)
    Run fast = Run.lcn(option);
    Run everyCommand = Run.picocli(option);

    assertThat(fast).isEqualTo(everyCommand);
    assertThat(fast.out()).contains("audit", "help ", "Display help information");
  }

  @Test
  void noCommandIsBadUsage() {
    Run r = Run.lcn();

    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("missing command");
  }

  @Test
  void unknownCommandAndOptionAreBadUsage() {
    assertThat(Run.lcn("frobnicate").exit()).isEqualTo(Lcn.BAD_INPUT);
    Run r = Run.lcn("score", "--no-such-option");
    assertThat(r.exit()).isEqualTo(Lcn.BAD_INPUT);
    assertThat(r.err()).contains("--no-such-option");
  }

  @Test
  void versionNamesTheTool() {
    Run r = Run.lcn("--version");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("lcn ");
  }
}

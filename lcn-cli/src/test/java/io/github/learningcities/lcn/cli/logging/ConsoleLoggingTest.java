package io.github.learningcities.lcn.cli.logging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.event.Level;

class ConsoleLoggingTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, UTF_8);

  private String written() {
    return bytes.toString(UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void theLevelIsWarnUnlessTheSystemPropertyNamesAnother() {
    assertThat(ConsoleLogging.level(null)).isEqualTo(Level.WARN);
    assertThat(ConsoleLogging.level("debug")).isEqualTo(Level.DEBUG);
    assertThat(ConsoleLogging.level(" Trace ")).isEqualTo(Level.TRACE);
    assertThat(ConsoleLogging.level("ERROR")).isEqualTo(Level.ERROR);
    assertThatThrownBy(() -> ConsoleLogging.level("loud"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("-Dlcn.log.level=loud is not a log level; expected error, warn, info, debug "
            + "or trace");
  }

  @Test
  void linesAtOrAboveTheLevelAreWrittenWithTheirArgumentsAndNothingElse() {
    Logger log = new ConsoleLogging.Factory(Level.DEBUG, out).getLogger("lcn.Test");
    assertThat(log.isTraceEnabled()).isFalse();
    assertThat(log.isDebugEnabled()).isTrue();
    log.trace("hidden {}", 1);
    log.debug("read {} units x {} indicators from {}", 51, 49, "ASEM_iData.csv");
    log.warn("plain");
    assertThat(written()).isEqualTo("lcn: debug lcn.Test: read 51 units x 49 indicators from "
        + "ASEM_iData.csv\nlcn: warn lcn.Test: plain\n");
  }

  @Test
  void theDefaultLevelKeepsDebugAndInfoQuiet() {
    Logger log = new ConsoleLogging.Factory(Level.WARN, out).getLogger("lcn.Test");
    assertThat(log.isDebugEnabled()).isFalse();
    assertThat(log.isInfoEnabled()).isFalse();
    log.debug("computed {} nodes", 3);
    log.info("info");
    assertThat(written()).isEmpty();
    log.error("failed: {}", "reason", new IllegalStateException("cause"));
    assertThat(written()).startsWith("lcn: error lcn.Test: failed: reason\n"
        + "java.lang.IllegalStateException: cause\n\tat ");
  }

  @Test
  void oneLoggerPerName() {
    ConsoleLogging.Factory factory = new ConsoleLogging.Factory(Level.WARN, out);
    assertThat(factory.getLogger("a")).isSameAs(factory.getLogger("a"))
        .isNotSameAs(factory.getLogger("b"));
    assertThat(factory.getLogger("a").getName()).isEqualTo("a");
  }
}

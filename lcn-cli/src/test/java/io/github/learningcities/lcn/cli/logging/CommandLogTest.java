package io.github.learningcities.lcn.cli.logging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Diagnostics;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.event.Level;

class CommandLogTest {
  private static final String ENGINE = "io.github.learningcities.lcn.indicators.engine.Engine";
  private static final String TABLES =
      "io.github.learningcities.lcn.serialization.coinr.CoinrTables";
  private static final String REMOVALS =
      "io.github.learningcities.lcn.indicators.analysis.RemovalImpact";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, UTF_8);

  private String written() {
    return bytes.toString(UTF_8).replace(System.lineSeparator(), "\n");
  }

  private static Path asem(String name) throws Exception {
    return Path.of(CommandLogTest.class.getResource("/coinr-asem/" + name).toURI());
  }

  @Test
  void theCommandsProviderIsNamedWithoutLoadingItsClass() {
    assertThat(CommandLog.CONSOLE_PROVIDER).isEqualTo(ConsoleLogging.class.getName());
  }

  @Test
  void theLevelsAreSlf4jsInOrderOfSeverity() {
    Level[] levels = Level.values();
    for (int i = 0; i < levels.length; i++) {
      assertThat(CommandLog.levelName(i)).isEqualTo(levels[i].name());
      assertThat(CommandLog.severity(levels[i].name().toLowerCase(java.util.Locale.ROOT)))
          .isEqualTo(i);
    }
    assertThat(CommandLog.severity(null)).isEqualTo(Arrays.asList(levels).indexOf(Level.WARN));
    assertThat(CommandLog.severity(" Debug ")).isEqualTo(
        Arrays.asList(levels).indexOf(Level.DEBUG));
    assertThat(CommandLog.severity("loud")).isEqualTo(-1);
    assertThat(CommandLog.severity("")).isEqualTo(-1);
  }

  @Test
  void withTheCommandsProviderOnlyDebugTraceOrAnUnknownLevelStartSlf4j() {
    String console = CommandLog.CONSOLE_PROVIDER;
    for (String quiet : new String[] {null, "warn", "WARN", "error", "info", " Info "}) {
      assertThat(CommandLog.asksSlf4j(console, quiet)).as(quiet).isFalse();
    }
    for (String loud : new String[] {"debug", "DEBUG", " trace ", "Trace"}) {
      assertThat(CommandLog.asksSlf4j(console, loud)).as(loud).isTrue();
    }
    // the back end warns about a level it does not know: SLF4J must start to say so
    assertThat(CommandLog.asksSlf4j(console, "loud")).isTrue();
  }

  @Test
  void anotherProviderAlwaysDecidesItself() {
    for (String level : new String[] {null, "warn", "error", "debug", "loud"}) {
      assertThat(CommandLog.asksSlf4j("org.slf4j.simple.SimpleServiceProvider", level))
          .as(level).isTrue();
      assertThat(CommandLog.asksSlf4j(null, level)).as(level).isTrue();
    }
  }

  @Test
  void theReadLineNamesTheSizesOfWhatWasRead() throws Exception {
    CoinrInput in = CoinrTables.read(asem("ASEM_iData.csv"), asem("ASEM_iMeta.csv"));
    Logger log = new ConsoleLogging.Factory(Level.DEBUG, out).getLogger(TABLES);
    CommandLog.read(log, in, "data.csv", "meta.csv");
    long units = java.nio.file.Files.readAllLines(asem("ASEM_iData.csv")).size() - 1;
    long indicators = in.framework().indicators().size();
    assertThat(written()).isEqualTo("lcn: debug " + CoinrTables.class.getName() + ": read "
        + units + " units x " + indicators + " indicators from data.csv and a framework of "
        + in.framework().nodes().size() + " nodes from meta.csv\n");
  }

  @Test
  void theEngineLineCountsWhatTheRunDidForAFullRunAndARegeneration() throws Exception {
    CoinrInput in = CoinrTables.read(asem("ASEM_iData.csv"), asem("ASEM_iMeta.csv"));
    Pipeline p = in.pipeline().withImputation(Imputation.mean())
        .withTreatment(Treatment.winsorise(1, 2.0, 3.5, "log-ct"));
    Results full = Engine.standard().run(in.framework(), in.dataset(), p);
    Results again = Engine.standard().regenerate(full,
        p.withNormalisation(Normalisation.minMax(1, 100)));
    Logger log = new ConsoleLogging.Factory(Level.DEBUG, out).getLogger(ENGINE);
    CommandLog.computed(log, full);
    CommandLog.computed(log, again);

    assertThat(full.diagnostics().imputedCells()).isNotEmpty();
    assertThat(full.diagnostics().treatedPoints()).isNotEmpty();
    assertThat(written()).isEqualTo(expected(full, Step.DENOMINATION)
        + expected(again, Step.NORMALISATION));
  }

  /**
   * The engine's former line, from the run's whole diagnostics: the imputation step's notes
   * were never counted.
   */
  private static String expected(Results r, Step from) {
    Diagnostics d = r.diagnostics();
    int notes = d.notes().size() - r.diagnostics(Step.IMPUTATION).notes().size();
    return "lcn: debug " + Engine.class.getName() + ": computed "
        + r.framework().nodes().size() + " nodes for " + r.units().size() + " units from step "
        + from + ": " + d.imputedCells().size() + " imputed cells, "
        + d.treatedPoints().size() + " treated points, " + d.screenedUnits().size()
        + " screened units, " + notes + " notes\n";
  }

  @Test
  void eachElementThatCouldNotBeRemovedIsLoggedWithWhy() {
    // "x" is the only child of "A": removing it leaves "A" without a positive weight
    Framework fw = Framework.builder().node("I", null).node("A", "I").node("x", "A")
        .node("y", "I").build();
    List<Unit> units = List.of(Unit.of("u0", null), Unit.of("u1", null), Unit.of("u2", null));
    Dataset data = Dataset.ofColumns(units,
        Map.of("x", new double[] {1, 2, 3}, "y", new double[] {3, 1, 2}));
    Results r = Engine.standard().run(fw, data, Pipeline.coinrDefault());
    List<RemovalImpact> removals = new ArrayList<>(RemovalImpact.ofChildren(Engine.standard(),
        r, "I"));
    removals.addAll(RemovalImpact.ofChildren(Engine.standard(), r, "A"));
    Logger log = new ConsoleLogging.Factory(Level.DEBUG, out).getLogger(REMOVALS);
    CommandLog.removals(log, removals);

    StringBuilder expected = new StringBuilder();
    for (RemovalImpact i : removals) {
      i.failure().ifPresent(why -> expected.append("lcn: debug ")
          .append(RemovalImpact.class.getName()).append(": removing '").append(i.element())
          .append("' failed: ").append(why).append('\n'));
    }
    assertThat(removals).extracting(RemovalImpact::element).containsExactly("A", "y", "x");
    assertThat(removals.get(2).failure()).isPresent();
    assertThat(removals.get(0).failure()).isEmpty();
    assertThat(written()).isEqualTo(expected.toString()).startsWith("lcn: debug "
        + RemovalImpact.class.getName() + ": removing 'x' failed: ");
  }

  @Test
  void atTheDefaultLevelNothingIsWritten() throws Exception {
    CoinrInput in = CoinrTables.read(asem("ASEM_iData.csv"), asem("ASEM_iMeta.csv"));
    Results r = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
    ConsoleLogging.Factory factory = new ConsoleLogging.Factory(Level.WARN, out);
    CommandLog.read(factory.getLogger(TABLES), in, "d", "m");
    CommandLog.computed(factory.getLogger(ENGINE), r);
    CommandLog.removals(factory.getLogger(REMOVALS), RemovalImpact.ofLevel(Engine.standard(),
        r, 2));
    assertThat(written()).isEmpty();
    assertThat(List.of(TABLES, ENGINE, REMOVALS)).containsExactly(CoinrTables.class.getName(),
        Engine.class.getName(), RemovalImpact.class.getName());
  }
}

package io.github.learningcities.lcn.cli.logging;

import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.audit.Audit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.engine.Step;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The debug lines of the {@code lcn} command about what it read and computed: the libraries
 * return these facts ({@link CoinrInput}, {@link Results}, {@link RemovalImpact#failure()})
 * instead of logging them, and the command logs them under the libraries' logger names
 * ({@link CoinrTables}, {@link Engine}, {@link RemovalImpact}) when
 * {@code -Dlcn.log.level=debug} (or {@code trace}) asks for them.
 *
 * <p>With the command's own back end ({@link ConsoleLogging}, named by {@link #select()}),
 * whether DEBUG is enabled is known from the {@value ConsoleLogging#LEVEL_PROPERTY} property
 * alone (read once, with the rules of {@link ConsoleLogging#level(String)}), so a run that logs
 * nothing does not start SLF4J, whose start formats a message with {@code String.format} and
 * so links the run's first call sites (about 13 ms of a 76 ms score). With another back end
 * (named with {@code -Dslf4j.provider}), or a level the property does not name (the back end
 * warns about it), SLF4J is asked and decides.
 *
 * @since 0.1.0
 */
public final class CommandLog {
  /** {@link ConsoleLogging}'s name, written out: naming its class would load SLF4J's types. */
  static final String CONSOLE_PROVIDER = "io.github.learningcities.lcn.cli.logging.ConsoleLogging";

  private static final String PROVIDER_PROPERTY = "slf4j.provider";
  private static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

  /** The levels {@value ConsoleLogging#LEVEL_PROPERTY} may name, most severe first. */
  private static final String[] LEVELS = {"ERROR", "WARN", "INFO", "DEBUG", "TRACE"};

  private CommandLog() {}

  /**
   * Names {@link ConsoleLogging} to SLF4J, unless a provider was named already (e.g. with
   * {@code JAVA_OPTS=-Dslf4j.provider=...}), and keeps SLF4J's own note that it loads a named
   * provider off standard error. It neither starts SLF4J nor loads its classes, unless the
   * command's back end is to log and {@value ConsoleLogging#LEVEL_PROPERTY} names no level: then
   * it starts SLF4J at once, so that the back end's warning about the level comes first, even
   * in a run that fails before it would log anything. Call it before anything logs: only a
   * process's entry point should, as it is global.
   *
   * @since 0.1.0
   */
  public static void select() {
    if (System.getProperty(PROVIDER_PROPERTY) == null) {
      System.setProperty(PROVIDER_PROPERTY, CONSOLE_PROVIDER);
      if (System.getProperty(VERBOSITY_PROPERTY) == null) {
        System.setProperty(VERBOSITY_PROPERTY, "WARN");
      }
    }
    if (CONSOLE_PROVIDER.equals(System.getProperty(PROVIDER_PROPERTY))
        && severity(Level.VALUE) < 0) {
      LoggerFactory.getILoggerFactory();
    }
  }

  /**
   * Logs at DEBUG, as {@code CoinrTables}, what was read: the units and indicators of the
   * dataset and the nodes of the framework, with the tables' names.
   *
   * @param in what was read
   * @param iData the iData table's name (its file, or workbook and sheet)
   * @param iMeta the iMeta table's name
   * @since 0.1.0
   */
  public static void read(CoinrInput in, String iData, String iMeta) {
    Logger log = debugLogger(CoinrTables.class.getName());
    if (log != null) {
      read(log, in, iData, iMeta);
    }
  }

  /**
   * Logs at DEBUG, as {@code Engine}, what a run computed: nodes, units, the first step it
   * computed and the counts of its diagnostics.
   *
   * @param results the run's results
   * @since 0.1.0
   */
  public static void computed(Results results) {
    Logger log = debugLogger(Engine.class.getName());
    if (log != null) {
      computed(log, results);
    }
  }

  /**
   * Logs at DEBUG, as {@code RemovalImpact}, each element an audit could not remove, with why.
   *
   * @param audit the audit
   * @return the audit
   * @since 0.1.0
   */
  public static Audit removals(Audit audit) {
    Logger log = debugLogger(RemovalImpact.class.getName());
    if (log != null) {
      removals(log, audit.removals());
    }
    return audit;
  }

  static void removals(Logger log, List<RemovalImpact> removals) {
    if (log.isDebugEnabled()) {
      for (RemovalImpact r : removals) {
        if (r.failure().isPresent()) {
          log.debug("removing '{}' failed: {}", r.element(), r.failure().get());
        }
      }
    }
  }

  static void read(Logger log, CoinrInput in, String iData, String iMeta) {
    if (log.isDebugEnabled()) {
      log.debug("read {} units x {} indicators from {} and a framework of {} nodes from {}",
          in.dataset().unitCount(), in.dataset().indicators().size(), iData,
          in.framework().nodes().size(), iMeta);
    }
  }

  static void computed(Logger log, Results r) {
    if (log.isDebugEnabled()) {
      // the notes of the steps that note: denomination, normalisation and aggregation
      int notes = r.diagnostics(Step.DENOMINATION).notes().size()
          + r.diagnostics(Step.NORMALISATION).notes().size()
          + r.diagnostics(Step.AGGREGATION).notes().size();
      log.debug("computed {} nodes for {} units from step {}: {} imputed cells, {} treated "
          + "points, {} screened units, {} notes", r.framework().nodes().size(),
          r.units().size(), r.recomputedFrom(),
          r.diagnostics(Step.IMPUTATION).imputedCells().size(),
          r.diagnostics(Step.TREATMENT).treatedPoints().size(),
          r.diagnostics(Step.SCREENING).screenedUnits().size(), notes);
    }
  }

  /** The logger of that name if a DEBUG line may be logged, null when none would be. */
  private static Logger debugLogger(String name) {
    if (!asksSlf4j(System.getProperty(PROVIDER_PROPERTY), Level.VALUE)) {
      return null;
    }
    return LoggerFactory.getLogger(name);
  }

  /** The {@value ConsoleLogging#LEVEL_PROPERTY} property, read once. */
  private static final class Level {
    static final String VALUE = System.getProperty(ConsoleLogging.LEVEL_PROPERTY);
  }

  /**
   * Whether a DEBUG line must go through SLF4J: always with a provider other than the
   * command's (or none named); with the command's, when the level is debug or trace or names
   * no level (the back end then warns).
   */
  static boolean asksSlf4j(String provider, String level) {
    if (!CONSOLE_PROVIDER.equals(provider)) {
      return true;
    }
    int severity = severity(level);
    return severity < 0 || severity >= severity("debug");
  }

  /**
   * The position of a {@value ConsoleLogging#LEVEL_PROPERTY} value among the levels (0 for
   * error, 4 for trace; warn when null), -1 when it names none.
   */
  static int severity(String value) {
    String name = value == null ? "WARN" : value.trim().toUpperCase(Locale.ROOT);
    for (int i = 0; i < LEVELS.length; i++) {
      if (LEVELS[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The name of the level at that position of {@link #severity(String)}'s, in upper case. */
  static String levelName(int severity) {
    return LEVELS[severity];
  }
}

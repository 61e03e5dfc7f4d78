package io.github.learningcities.lcn.cli.logging;

import java.io.PrintStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of the {@code lcn} command: each log line of the libraries at or above
 * the level of the {@value #LEVEL_PROPERTY} system property ({@code error}, {@code warn},
 * {@code info}, {@code debug} or {@code trace}; {@code warn} when unset) is written to standard
 * error as {@code lcn: LEVEL logger: message}, a throwable's stack trace after it.
 *
 * <p>{@link #select()} makes SLF4J use it without a class-path search; a short run of the
 * command saves the search and the configuration file an SLF4J back end reads (about 10 ms of
 * a 130 ms run).
 *
 * @since 0.1.0
 */
public final class ConsoleLogging implements SLF4JServiceProvider {
  /** The system property that sets the level, e.g. {@code -Dlcn.log.level=debug}. */
  public static final String LEVEL_PROPERTY = "lcn.log.level";


  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private volatile Factory factory;

  /** Made by SLF4J when {@link #select()} named this class. */
  public ConsoleLogging() {}

  /**
   * Names this provider to SLF4J, unless a provider was named already (e.g. with
   * {@code JAVA_OPTS=-Dslf4j.provider=...}), and keeps SLF4J's own note that it loads a named
   * provider off standard error. Call it before anything logs: only a process's entry point
   * should, as it is global. The same as {@link CommandLog#select()}, which does not load
   * SLF4J's types.
   */
  public static void select() {
    CommandLog.select();
  }

  /**
   * The level a value of {@value #LEVEL_PROPERTY} names.
   *
   * @param value the property's value, or null when unset
   * @return the level; {@link Level#WARN} when unset
   * @throws IllegalArgumentException if the value names no level
   */
  public static Level level(String value) {
    int severity = CommandLog.severity(value);
    if (severity < 0) {
      throw new IllegalArgumentException("-D" + LEVEL_PROPERTY + "=" + value
          + " is not a log level; expected error, warn, info, debug or trace");
    }
    return Level.valueOf(CommandLog.levelName(severity));
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    String value = System.getProperty(LEVEL_PROPERTY);
    Level level;
    try {
      level = level(value);
    } catch (IllegalArgumentException e) {
      System.err.println("lcn: warning: " + e.getMessage() + "; using warn");
      level = Level.WARN;
    }
    factory = new Factory(level, System.err);
  }

  /** Loggers of one level writing to one stream. */
  static final class Factory implements ILoggerFactory {
    private final Level level;
    private final PrintStream out;
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    Factory(Level level, PrintStream out) {
      this.level = level;
      this.out = out;
    }

    @Override
    public Logger getLogger(String name) {
      // get, then putIfAbsent: no lambda to link on a short run's path
      Logger logger = loggers.get(name);
      if (logger == null) {
        Logger made = new ConsoleLogger(name, level, out);
        logger = loggers.putIfAbsent(name, made);
        if (logger == null) {
          logger = made;
        }
      }
      return logger;
    }
  }
}

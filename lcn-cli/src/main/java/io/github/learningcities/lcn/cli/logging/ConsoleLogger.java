package io.github.learningcities.lcn.cli.logging;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger of {@link ConsoleLogging}: lines at or above its level, one {@code println} each
 * (so that threads do not interleave within a line).
 *
 * @since 0.1.0
 */
final class ConsoleLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  private final int threshold;
  private final transient PrintStream out;

  ConsoleLogger(String name, Level level, PrintStream out) {
    this.name = name;
    this.threshold = level.toInt();
    this.out = out;
  }

  private boolean enabled(Level level) {
    return level.toInt() >= threshold;
  }

  @Override
  public boolean isTraceEnabled() {
    return enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return enabled(Level.ERROR);
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
      Object[] arguments, Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
    String line = "lcn: " + level.name().toLowerCase(Locale.ROOT) + " " + name + ": " + message;
    synchronized (out) {
      out.println(line);
      if (throwable != null) {
        throwable.printStackTrace(out);
      }
    }
  }
}

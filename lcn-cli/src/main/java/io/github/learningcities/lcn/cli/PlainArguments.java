package io.github.learningcities.lcn.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the plain command lines of one command without picocli: building picocli's command
 * model (reflection over every option, annotation proxies, converters) costs a short run more
 * than the command's own start. Only lines whose meaning is beyond doubt are read: the command
 * name first, then each known option at most once, as {@code --name value}, {@code
 * --name=value} or {@code -x value}, with a value that is not empty and does not start with
 * {@code -}, and the command's flags without a value. Anything else (help, clustered or attached
 * short options, repeated options, options a command leaves to picocli, values picocli would
 * judge, bad usage of any kind) is left to picocli, which reads it as before, messages and exit
 * codes included. A subclass names the command's options and sets their values; a class, not
 * lambdas, so that the direct path links no call site of its own.
 */
abstract class PlainArguments {

  /**
   * Reads the options after the command name into the command this reader sets.
   *
   * @return false when picocli must read the line
   */
  final boolean read(String command, String[] args) {
    if (args.length == 0 || !args[0].equals(command)) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    int i = 1;
    while (i < args.length) {
      String arg = args[i++];
      String name = arg;
      String value = null;
      if (arg.startsWith("--")) {
        int eq = arg.indexOf('=');
        if (eq > 0) {
          name = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
      }
      String option = canonical(name);
      if (option == null || !seen.add(option)) {
        return false;
      }
      if (isFlag(option)) {
        if (value != null) {
          return false;
        }
        set(option, null);
        continue;
      }
      if (value == null) {
        if (i == args.length) {
          return false;
        }
        value = args[i++];
      }
      if (value.isEmpty() || value.startsWith("-")) {
        return false;
      }
      try {
        set(option, value);
      } catch (NotPlain e) {
        return false;
      }
    }
    return true;
  }

  /** The long name of an option this reader handles, or null for picocli. */
  abstract String canonical(String name);

  /** Whether an option (by its long name) is a flag, given without a value. */
  abstract boolean isFlag(String option);

  /**
   * Sets an option (by its long name) to a value (null for a flag); throws {@link NotPlain}
   * when picocli should judge the value.
   */
  abstract void set(String option, String value);

  /** A value this reader leaves to picocli. */
  static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  /** The constant named by a value in upper or lower case. */
  static <E extends Enum<E>> E constant(E[] constants, String value) {
    for (E e : constants) {
      String n = e.name();
      if (value.equals(n) || value.equals(n.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new NotPlain();
  }

  /** A path as picocli converts it; a value that is no valid path is left to picocli. */
  static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new NotPlain();
    }
  }

  /**
   * A number as picocli converts it ({@code Long.valueOf}, {@code Integer.valueOf}), read
   * here only when it is at most {@code maxDigits} ASCII digits, so within range whatever the
   * type: signs, other digits and anything out of range go to picocli and its message.
   */
  static long digits(String value, int maxDigits) {
    if (value.length() > maxDigits) {
      throw new NotPlain();
    }
    long n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new NotPlain();
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the plain command lines of one command without picocli: building picocli's command
 * model (reflection over every option, annotation proxies, converters) costs a short run more
 * than the command's own start (about 75 ms of a run of 210 on a 2-core machine). Only lines
 * whose meaning is beyond doubt are read: the command name first, then each known option at
 * most once, as {@code --name value}, {@code --name=value} or {@code -x value}, with a value
 * that is not empty and does not start with {@code -}, the command's flags without a value,
 * and, for a command with positional parameters (files), values that are not empty and do not
 * start with {@code -}. Anything else (help, clustered or attached short options, repeated
 * options, options a command leaves to picocli, values picocli would judge, a required option
 * or parameter missing, bad usage of any kind) is left to picocli, which reads it as before,
 * messages and exit codes included. A subclass names the command's options and sets their
 * values; a class, not lambdas, so that the direct path links no call site of its own.
 */
abstract class PlainArguments {

  /**
   * The command a line gives, its options set as picocli would set them (defaults included),
   * or null when picocli must read the line.
   *
   * @param args the whole command line, the command's name first
   */
  static LcnCommand commandOf(String... args) {
    // Every reader returns an LcnCommand, not its command's class: the verifier would load each
    // class a method here returns as an LcnCommand (a score line loaded DemoCommand).
    if (args.length == 0) {
      return null;
    }
    return switch (args[0]) {
      case "score" -> ScoreArguments.parse(args);
      case "demo" -> DemoArguments.parse(args);
      case "validate", "convert" -> FileArguments.parse(args);
      case "analyse", "analyze", "report", "audit" -> AnalysisArguments.parse(args);
      default -> null;
    };
  }

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
      if (!arg.startsWith("-")) {
        // a positional parameter (picocli reads options and parameters in any order)
        try {
          if (arg.isEmpty() || !positional(arg)) {
            return false;
          }
        } catch (NotPlain e) {
          return false;
        }
        continue;
      }
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
    if (!complete(seen)) {
      return false;
    }
    target().directOptions = seen;
    return true;
  }

  /** The command this reader sets. */
  abstract LcnCommand target();

  /**
   * Takes a positional parameter (not empty, not starting with {@code -}); false (the
   * default, for a command without positional parameters) or {@link NotPlain} leaves the line
   * to picocli.
   */
  boolean positional(String value) {
    return false;
  }

  /**
   * Whether the line read is complete: false when a required option or parameter is missing,
   * which picocli reports. By default every line is.
   *
   * @param given the long names of the options given
   */
  boolean complete(Set<String> given) {
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

  /** Digits an int and a long can always hold. */
  static final int INT_DIGITS = 9;
  static final int LONG_DIGITS = 18;

  /**
   * The input and pipeline options ({@link InputOptions}, {@link PipelineOptions}) with their
   * defaults as picocli sets them; the repeatable {@code --data-weights} and {@code
   * --comparisons} stay null when absent.
   */
  static void inputAndPipelineDefaults(InputOptions input, PipelineOptions pipeline) {
    input.dataSeed = SyntheticAssessment.DEFAULT_SEED;
    // Parsed as the table readers parse numbers, to the double Double.parseDouble gives: a
    // plain score then loads no class of the JDK's decimal parser.
    pipeline.consistencyThreshold = CsvFields.parseDecimal(
        PipelineOptions.CONSISTENCY_THRESHOLD);
  }

  /**
   * The long name of an input or pipeline option read here, or null: all but {@code
   * --data-weights}, {@code --comparisons} and {@code --consistency-threshold}, left to picocli.
   */
  static String inputOrPipelineOption(String name) {
    return switch (name) {
      case "-d", "--data" -> "--data";
      case "-m", "--meta" -> "--meta";
      case "--framework", "--dataset", "--builtin", "--data-seed" -> name;
      case "-p", "--pipeline" -> "--pipeline";
      case "-n", "--normalisation" -> "--normalisation";
      case "-a", "--aggregation" -> "--aggregation";
      case "-i", "--impute" -> "--impute";
      case "-t", "--treat" -> "--treat";
      case "-w", "--weights" -> "--weights";
      default -> null;
    };
  }

  /** Sets an input or pipeline option (by the long name {@link #inputOrPipelineOption} gave). */
  static void setInputOrPipeline(InputOptions input, PipelineOptions pipeline, String option,
      String value) {
    switch (option) {
      case "--data" -> input.data = path(value);
      case "--meta" -> input.meta = path(value);
      case "--framework" -> input.framework = path(value);
      case "--dataset" -> input.dataset = path(value);
      case "--builtin" -> input.builtin = value;
      case "--data-seed" -> input.dataSeed = digits(value, LONG_DIGITS);
      case "--pipeline" -> pipeline.pipelineFile = path(value);
      case "--normalisation" -> pipeline.normalisation = value;
      case "--aggregation" -> pipeline.aggregation = value;
      case "--impute" -> pipeline.imputation = value;
      case "--treat" -> pipeline.treatment = value;
      default -> pipeline.weights = value;
    }
  }

  /** The uncertainty options ({@link UncertaintyOptions}) with their defaults. */
  static void uncertaintyDefaults(UncertaintyOptions u) {
    u.samples = Integer.parseInt(UncertaintyOptions.SAMPLES);
    u.seed = Long.parseLong(UncertaintyOptions.SEED);
    u.threads = Integer.parseInt(UncertaintyOptions.THREADS);
    u.vary = factors(UncertaintyOptions.VARY);
  }

  /** The long name of an uncertainty option, or null. */
  static String uncertaintyOption(String name) {
    return switch (name) {
      case "-N", "--samples" -> "--samples";
      case "-s", "--seed" -> "--seed";
      case "-T", "--threads" -> "--threads";
      case "--vary" -> name;
      default -> null;
    };
  }

  /** Sets an uncertainty option (by the long name {@link #uncertaintyOption} gave). */
  static void setUncertainty(UncertaintyOptions u, String option, String value) {
    switch (option) {
      case "--samples" -> u.samples = (int) digits(value, INT_DIGITS);
      case "--seed" -> u.seed = digits(value, LONG_DIGITS);
      case "--threads" -> u.threads = (int) digits(value, INT_DIGITS);
      default -> u.vary = factors(value);
    }
  }

  /** The factors of {@code --vary}, split at commas as picocli splits them. */
  private static List<UncertaintyOptions.Vary> factors(String value) {
    List<UncertaintyOptions.Vary> factors = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      factors.add(constant(UncertaintyOptions.Vary.values(), part));
    }
    return factors;
  }

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

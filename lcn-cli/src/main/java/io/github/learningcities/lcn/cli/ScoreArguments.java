package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.demo.SyntheticAssessment;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the plain command lines of {@code lcn score} without picocli: building picocli's
 * command model (reflection over every option, annotation proxies) costs a short run more
 * than reading its tables. Only lines whose meaning is beyond doubt are read here: the
 * command name first, then each known option at most once, as {@code --name value},
 * {@code --name=value} or {@code -x value}, with a value that is not empty and does not start
 * with {@code -}, and {@code -q}/{@code --quiet}. Anything else (help, clustered or attached
 * short options, repeated options, {@code --data-seed}, an enum value in mixed case, a value
 * that is no valid path, bad usage of any kind) is left to picocli, which reads it as before,
 * messages and exit codes included.
 */
final class ScoreArguments {
  private ScoreArguments() {}

  /**
   * The score command these arguments give, its options set as picocli would set them, or
   * null when picocli must read them.
   */
  static ScoreCommand parse(String... args) {
    if (args.length == 0 || !args[0].equals("score")) {
      return null;
    }
    ScoreCommand c = new ScoreCommand();
    c.input = new InputOptions();
    c.pipeline = new PipelineOptions();
    c.common = new CommonOptions();
    c.input.dataSeed = SyntheticAssessment.DEFAULT_SEED;
    c.layout = ScoreCommand.Layout.LONG;
    // Defaults of options left to picocli (--consistency-threshold; the repeatable
    // --data-weights and --comparisons stay null when absent).
    c.pipeline.consistencyThreshold = Double.parseDouble(PipelineOptions.CONSISTENCY_THRESHOLD);
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
        return null;
      }
      if (option.equals("--quiet")) {
        if (value != null) {
          return null;
        }
        c.common.quiet = true;
        continue;
      }
      if (value == null) {
        if (i == args.length) {
          return null;
        }
        value = args[i++];
      }
      if (value.isEmpty() || value.startsWith("-")) {
        return null;
      }
      try {
        set(c, option, value);
      } catch (NotPlain e) {
        return null;
      }
    }
    return c;
  }

  /** The long name of a score option this reader handles, or null. */
  private static String canonical(String name) {
    return switch (name) {
      case "-d", "--data" -> "--data";
      case "-m", "--meta" -> "--meta";
      case "--framework", "--dataset", "--builtin", "--layout" -> name;
      case "-p", "--pipeline" -> "--pipeline";
      case "-n", "--normalisation" -> "--normalisation";
      case "-a", "--aggregation" -> "--aggregation";
      case "-i", "--impute" -> "--impute";
      case "-t", "--treat" -> "--treat";
      case "-w", "--weights" -> "--weights";
      case "-o", "--out" -> "--out";
      case "-f", "--format" -> "--format";
      case "-q", "--quiet" -> "--quiet";
      default -> null;
    };
  }

  /** Sets an option's value; throws {@link NotPlain} when picocli should judge the value. */
  private static void set(ScoreCommand c, String option, String value) {
    switch (option) {
      case "--data" -> c.input.data = path(value);
      case "--meta" -> c.input.meta = path(value);
      case "--framework" -> c.input.framework = path(value);
      case "--dataset" -> c.input.dataset = path(value);
      case "--pipeline" -> c.pipeline.pipelineFile = path(value);
      case "--out" -> c.out = path(value);
      case "--builtin" -> c.input.builtin = value;
      case "--normalisation" -> c.pipeline.normalisation = value;
      case "--aggregation" -> c.pipeline.aggregation = value;
      case "--impute" -> c.pipeline.imputation = value;
      case "--treat" -> c.pipeline.treatment = value;
      case "--weights" -> c.pipeline.weights = value;
      case "--layout" -> c.layout = constant(ScoreCommand.Layout.values(), value);
      default -> c.format = constant(Documents.Format.values(), value);
    }
  }

  /** A value this reader leaves to picocli. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  /** The constant named by a value in upper or lower case. */
  private static <E extends Enum<E>> E constant(E[] constants, String value) {
    for (E e : constants) {
      String n = e.name();
      if (value.equals(n) || value.equals(n.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new NotPlain();
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new NotPlain();
    }
  }
}

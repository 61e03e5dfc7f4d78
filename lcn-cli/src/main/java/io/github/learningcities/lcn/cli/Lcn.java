package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.cli.logging.CommandLog;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code lcn} command: the LCN SDK for people who do not write Java.
 *
 * <p>Exit codes: {@value #OK} on success, {@value #BAD_INPUT} for bad usage or bad input (the
 * message names the file, line and field), {@value #FAILURE} for anything else.
 *
 * <pre>{@code
 * java -jar lcn.jar demo
 * java -jar lcn.jar score --data ASEM_iData.csv --meta ASEM_iMeta.csv --out scores.csv
 * }</pre>
 *
 * @since 0.1.0
 */
@Command(name = "lcn",
    mixinStandardHelpOptions = true,
    versionProvider = Lcn.Version.class,
    description = {
        "Scores cities and other units with the LCN SDK's composite-indicator engine, analyses "
            + "the results, validates and converts inputs, and writes a self-contained HTML "
            + "report.",
        "Inputs: COINr iData/iMeta CSV tables, or the built-in synthetic KFLC self-assessment "
            + "of the Melitopol Declaration's 15 signatory cities (--builtin kflc-ua)."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn demo                      the whole story on the built-in data, into ./lcn-demo",
        "  lcn score -d iData.csv -m iMeta.csv -o scores.csv",
        "  lcn help score                help for one command",
        "",
        "Exit codes: 0 success, 2 bad usage or bad input, 1 anything else."})
public final class Lcn implements Runnable {

  /** Exit code of a successful run. */
  public static final int OK = 0;
  /** Exit code when something other than the user's input went wrong. */
  public static final int FAILURE = 1;
  /** Exit code for bad usage or bad input. */
  public static final int BAD_INPUT = 2;

  /** The commands, in the order the help lists them ({@code help} comes last). */
  private static final String[] COMMANDS =
      {"demo", "score", "analyse", "validate", "convert", "report", "audit"};

  @Spec
  CommandSpec spec;

  /** Instances are made by picocli. */
  Lcn() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    CommandLog.select();
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The same line picocli prints, without building the command model: a start-up cost
      // several times the JVM's own, for a question a script may ask on every run.
      System.out.println(Version.line());
      if (System.out.checkError()) {
        System.err.println("lcn: error: standard output could not be written");
        System.exit(FAILURE);
      }
      System.exit(OK);
    }
    System.exit(execute(args));
  }

  /**
   * Runs the command in this JVM, writing to {@code System.out} and {@code System.err}.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int execute(String... args) {
    return execute(null, null, args);
  }

  /**
   * Runs the command in this JVM, writing to the given writers: as {@link #execute(String...)},
   * for tests and embedding tools; a null writer stands for the process's own stream.
   */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    // Plain lines are read without picocli (PlainArguments).
    LcnCommand direct = PlainArguments.commandOf(args);
    if (direct != null) {
      direct.directOut = out != null ? out : standardOutput();
      direct.directErr = err != null ? err : standardError();
      return runDirect(direct, args[0]);
    }
    CommandLine cl = commandLine(args);
    if (out != null) {
      cl.setOut(out);
    }
    if (err != null) {
      cl.setErr(err);
    }
    return cl.execute(args);
  }

  /**
   * Runs a command read without picocli, ending as a run through picocli ends: the same
   * messages, exit codes and output check.
   *
   * @param nameOrAlias the command's name or alias, as the line gave it
   */
  private static int runDirect(LcnCommand command, String nameOrAlias) {
    // picocli names a command by its name, not by the alias a line used
    String name = "lcn " + (nameOrAlias.equals("analyze") ? "analyse" : nameOrAlias);
    int code;
    try {
      code = command.call();
    } catch (Exception | Error e) {
      return failed(e, name, command.directErr, Optional.ofNullable(command.common().memory));
    }
    return outputBroken(command.directOut) ? outputFailed(name, command.directErr) : code;
  }

  /**
   * Returns a configured command line: callers (tests, embedding tools) may redirect its output
   * with {@link CommandLine#setOut} and {@link CommandLine#setErr} before executing it.
   *
   * @return a new command line for {@code lcn}
   */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * A command line for these arguments: with only the command they name when they start with
   * one (picocli reads the options of every command it is given, which costs more than most
   * runs of a single command), else with every command.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))
        ? describedCommands()
        : addCommands(new CommandLine(new Lcn()), args.length == 0 ? "" : args[0]);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // "@file" arguments stay file names: expanding them would read any file (or /dev/zero)
    // as more arguments before a command could check it.
    cl.setExpandAtFiles(false);
    cl.setOut(standardOutput());
    cl.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
    cl.getCommandSpec().exitCodeOnExecutionException(FAILURE);
    Handlers handlers = new Handlers();
    cl.setParameterExceptionHandler(handlers);
    cl.setExecutionExceptionHandler(handlers);
    cl.setExecutionStrategy(handlers);
    return cl;
  }

  /**
   * How a run ends: bad usage, a failed command, and the output check after a command. A class
   * rather than lambdas: picocli's interfaces stay out of the class-data sharing archive, so a
   * lambda for them would be spun at run time, costing every run several milliseconds.
   */
  private static final class Handlers implements CommandLine.IParameterExceptionHandler,
      CommandLine.IExecutionExceptionHandler, CommandLine.IExecutionStrategy {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      return badUsage(ex, args);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine,
        ParseResult parseResult) {
      return failed(ex, commandLine, parseResult);
    }

    @Override
    public int execute(ParseResult parseResult) {
      return executeAndCheckOutput(parseResult);
    }
  }

  /**
   * Runs the command, then fails it when standard output could not be written (a closed pipe,
   * a full disk, /dev/full): a table cut short must not exit 0. Errors such as running out of
   * memory are reported like any failure, without a stack trace.
   */
  private static int executeAndCheckOutput(ParseResult parseResult) {
    CommandLine top = parseResult.commandSpec().commandLine();
    int code;
    try {
      code = new CommandLine.RunLast().execute(parseResult);
    } catch (Error e) {
      return failed(e, lastCommand(parseResult), parseResult);
    }
    if (outputBroken(top.getOut())) {
      CommandLine c = lastCommand(parseResult);
      return outputFailed(c.getCommandSpec().qualifiedName(), c.getErr());
    }
    return code;
  }

  /** Flushes standard output and tells whether any of it could not be written. */
  private static boolean outputBroken(PrintWriter out) {
    out.flush();
    return out.checkError() || out == defaultOut && System.out.checkError();
  }

  private static int outputFailed(String command, PrintWriter err) {
    err.println(command + ": error: standard output could not be written (a closed pipe, a "
        + "full disk or a device that refuses writes); what was printed is incomplete");
    err.flush();
    return FAILURE;
  }

  private static int failed(Throwable ex, CommandLine commandLine, ParseResult parseResult) {
    return failed(ex, commandLine.getCommandSpec().qualifiedName(), commandLine.getErr(),
        memoryNeeds(parseResult));
  }

  private static int failed(Throwable ex, String command, PrintWriter err,
      Optional<MemoryNeeds> memory) {
    int code = ErrorMessages.exitCode(ex);
    String prefix = command + ": ";
    err.println(prefix + "error: " + ErrorMessages.messageOf(ex, memory));
    if (ErrorMessages.isInternal(ex)) {
      err.println(prefix + "(internal error; please report it with the command line that "
          + "caused it)");
    }
    err.flush();
    return code;
  }

  private static int badUsage(ParameterException ex, String[] args) {
    CommandLine c = ex.getCommandLine();
    PrintWriter err = c.getErr();
    err.println(c.getCommandSpec().qualifiedName() + ": " + ErrorMessages.bounded(
        ErrorMessages.withoutClassNames(String.valueOf(ex.getMessage()))));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more "
          + "information.");
    }
    err.flush();
    return BAD_INPUT;
  }

  private static CommandLine lastCommand(ParseResult parseResult) {
    ParseResult p = parseResult;
    while (p.hasSubcommand()) {
      p = p.subcommand();
    }
    return p.commandSpec().commandLine();
  }

  /** What the command said its work needs, for an out-of-memory message. */
  private static Optional<MemoryNeeds> memoryNeeds(ParseResult parseResult) {
    if (parseResult == null) {
      return Optional.empty();
    }
    CommandSpec mixin = lastCommand(parseResult).getCommandSpec().mixins().get("common");
    return mixin != null && mixin.userObject() instanceof CommonOptions c
        ? Optional.ofNullable(c.memory) : Optional.empty();
  }

  /** The default standard output; its own error flag is checked after every command. */
  private static PrintWriter defaultOut;

  /**
   * Standard error as picocli makes it ({@code sun.stderr.encoding}, else the default
   * charset), for runs without picocli.
   */
  private static PrintWriter standardError() {
    Charset charset;
    try {
      String name = System.getProperty("sun.stderr.encoding");
      charset = name == null ? Charset.defaultCharset()
          : Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
    } catch (IllegalArgumentException e) {
      charset = Charset.defaultCharset();
    }
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.err, charset)),
        true);
  }

  private static synchronized PrintWriter standardOutput() {
    if (defaultOut == null) {
      Charset charset;
      try {
        String name = System.getProperty("sun.stdout.encoding");
        charset = name == null ? Charset.defaultCharset() : Charset.forName(name);
      } catch (IllegalArgumentException e) {
        charset = Charset.defaultCharset();
      }
      defaultOut = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    }
    return defaultOut;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "missing command: expected one of demo, score, analyse, validate, convert, report, "
            + "audit (lcn --help lists them)");
  }

  private static CommandLine addCommands(CommandLine cl, String first) {
    Object only = command(first);
    if (only != null) {
      cl.addSubcommand(only);
      return cl;
    }
    for (String name : COMMANDS) {
      cl.addSubcommand(command(name));
    }
    cl.addSubcommand(new CommandLine.HelpCommand());
    return cl;
  }

  /**
   * The command line of {@code lcn --help}, which lists the commands: each named and described
   * from its annotation, without reading its options (which only its own help shows; reading
   * those of every command was half of such a run).
   */
  private static CommandLine describedCommands() {
    CommandLine cl = new CommandLine(new Lcn());
    for (String name : COMMANDS) {
      Command c = command(name).getClass().getAnnotation(Command.class);
      CommandSpec spec = CommandSpec.create().name(c.name()).aliases(c.aliases());
      spec.usageMessage().header(c.header()).description(c.description());
      cl.addSubcommand(spec);
    }
    cl.addSubcommand(new CommandLine.HelpCommand());
    return cl;
  }

  /** A new instance of the command that a name or alias names, else null. */
  private static Object command(String nameOrAlias) {
    return switch (nameOrAlias) {
      case "demo" -> new DemoCommand();
      case "score" -> new ScoreCommand();
      case "analyse", "analyze" -> new AnalyseCommand();
      case "validate" -> new ValidateCommand();
      case "convert" -> new ConvertCommand();
      case "report" -> new ReportCommand();
      case "audit" -> new AuditCommand();
      default -> null;
    };
  }

  /** Reports the SDK version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {line()};
    }

    /** The version line. */
    static String line() {
      String v = Lcn.class.getPackage().getImplementationVersion();
      return new StringBuilder("lcn ").append(v == null ? "(development build)" : v)
          .append(" (LCN SDK; Java ").append(text(Runtime.version())).append(')')
          .toString();
    }

    /**
     * The text {@link Runtime.Version#toString()} gives, without the stream and lambdas it
     * uses: the first lambda a run links outside the class-data sharing archive spins classes
     * with the JDK's bytecode writer, several milliseconds of a {@code --version}.
     */
    static String text(Runtime.Version version) {
      StringBuilder sb = new StringBuilder();
      for (Integer n : version.version()) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(n.intValue());
      }
      if (version.pre().isPresent()) {
        sb.append('-').append(version.pre().get());
      }
      if (version.build().isPresent()) {
        sb.append('+').append(version.build().get().intValue());
        if (version.optional().isPresent()) {
          sb.append('-').append(version.optional().get());
        }
      } else if (version.optional().isPresent()) {
        sb.append(version.pre().isPresent() ? "-" : "+-").append(version.optional().get());
      }
      return sb.toString();
    }
  }
}

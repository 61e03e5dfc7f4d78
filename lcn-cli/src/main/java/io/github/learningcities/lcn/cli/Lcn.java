package io.github.learningcities.lcn.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;
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
      {"demo", "score", "analyse", "validate", "convert", "report"};

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
    return commandLine(args).execute(args);
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
    CommandLine cl = addCommands(new CommandLine(new Lcn()), args.length == 0 ? "" : args[0]);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // "@file" arguments stay file names: expanding them would read any file (or /dev/zero)
    // as more arguments before a command could check it.
    cl.setExpandAtFiles(false);
    cl.setOut(standardOutput());
    cl.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
    cl.getCommandSpec().exitCodeOnExecutionException(FAILURE);
    cl.setParameterExceptionHandler(Lcn::badUsage);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        failed(ex, commandLine, parseResult));
    cl.setExecutionStrategy(Lcn::executeAndCheckOutput);
    return cl;
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
    PrintWriter out = top.getOut();
    out.flush();
    boolean broken = out.checkError()
        || out == defaultOut && System.out.checkError();
    if (broken) {
      CommandLine c = lastCommand(parseResult);
      c.getErr().println(c.getCommandSpec().qualifiedName() + ": error: standard output could "
          + "not be written (a closed pipe, a full disk or a device that refuses writes); "
          + "what was printed is incomplete");
      c.getErr().flush();
      return FAILURE;
    }
    return code;
  }

  private static int failed(Throwable ex, CommandLine commandLine, ParseResult parseResult) {
    int code = ErrorMessages.exitCode(ex);
    String prefix = commandLine.getCommandSpec().qualifiedName() + ": ";
    commandLine.getErr().println(prefix + "error: " + ErrorMessages.messageOf(ex,
        memoryNeeds(parseResult)));
    if (ErrorMessages.isInternal(ex)) {
      commandLine.getErr().println(prefix + "(internal error; please report it with the "
          + "command line that caused it)");
    }
    commandLine.getErr().flush();
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
        "missing command: expected one of demo, score, analyse, validate, convert, report "
            + "(lcn --help lists them)");
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

  /** A new instance of the command that a name or alias names, else null. */
  private static Object command(String nameOrAlias) {
    return switch (nameOrAlias) {
      case "demo" -> new DemoCommand();
      case "score" -> new ScoreCommand();
      case "analyse", "analyze" -> new AnalyseCommand();
      case "validate" -> new ValidateCommand();
      case "convert" -> new ConvertCommand();
      case "report" -> new ReportCommand();
      default -> null;
    };
  }

  /** Reports the SDK version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {line()};
    }

    /** The version line; a StringBuilder, as string concatenation would link call sites. */
    static String line() {
      String v = Lcn.class.getPackage().getImplementationVersion();
      return new StringBuilder("lcn ").append(v == null ? "(development build)" : v)
          .append(" (LCN SDK; Java ").append(Runtime.version().toString()).append(')')
          .toString();
    }
  }
}

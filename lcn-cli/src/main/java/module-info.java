/**
 * The {@code lcn} command-line tool: score, analyse, validate, convert, report and demo.
 *
 * @since 0.1.0
 */
module io.github.learningcities.lcn.cli {
  requires io.github.learningcities.lcn.serialization;
  requires io.github.learningcities.lcn.excel;
  // Lcn.commandLine() returns picocli's CommandLine.
  requires transitive info.picocli;
  requires com.networknt.schema;
  requires java.xml;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires org.slf4j;

  exports io.github.learningcities.lcn.cli;
  // SLF4J makes the provider that Lcn.main names (CommandLog.select(): ConsoleLogging).
  exports io.github.learningcities.lcn.cli.logging to org.slf4j;

  // picocli fills the commands' fields by reflection.
  opens io.github.learningcities.lcn.cli to info.picocli;
}

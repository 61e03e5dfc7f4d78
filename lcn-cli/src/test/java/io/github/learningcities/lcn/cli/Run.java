package io.github.learningcities.lcn.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code lcn} in this JVM with captured output. */
record Run(int exit, String out, String err) {

  /** Runs {@code lcn} as its main method does (plain score and demo lines without picocli). */
  static Run lcn(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Lcn.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** Runs {@code lcn} through picocli with every command, as {@link Lcn#commandLine()} is. */
  static Run picocli(String... args) {
    CommandLine cl = Lcn.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Path resource(String name) {
    try {
      return Path.of(Run.class.getResource("/coinr-asem/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String data() {
    return resource("ASEM_iData.csv").toString();
  }

  static String meta() {
    return resource("ASEM_iMeta.csv").toString();
  }

  /** Fails when the page loads anything from elsewhere or runs scripts. */
  static void assertSelfContained(String html) {
    org.assertj.core.api.Assertions.assertThat(html)
        .doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//")
        .doesNotContainPattern("(?i)<script")
        .doesNotContainPattern("(?i)<link")
        .doesNotContainPattern("(?i)@import")
        .doesNotContainPattern("(?i)url\\(");
  }
}

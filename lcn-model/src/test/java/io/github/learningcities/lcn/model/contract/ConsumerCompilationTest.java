package io.github.learningcities.lcn.model.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.learningcities.lcn.model.city.City;
import jakarta.validation.Valid;
import java.io.File;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer compiled with {@code -Xlint:all -Werror} against the model's classes and only
 * its declared compile dependencies (jackson-annotations, jakarta.validation-api) gets no
 * warning from the model's class files: no absent jackson-databind or Immutables annotation
 * with elements on any value type or generated class; and the javadoc of a consumer's API that
 * names every model type gets none either.
 */
class ConsumerCompilationTest {

  @Test
  void aConsumerOfEveryModelTypeCompilesWithAllLintWarningsAsErrors(@TempDir Path dir)
      throws Exception {
    StringBuilder source = new StringBuilder("package consumer;\n\n/** Uses the model. */\n"
        + "public final class Use {\n  private Use() {}\n\n");
    int i = 0;
    for (Class<?> generated : ModelTypes.generated()) {
      Class<?> type = ModelTypes.valueType(generated);
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      String name = type.getCanonicalName();
      source.append("  /**\n   * Uses a value.\n   *\n   * @param value the value\n"
          + "   * @return the value\n   */\n  public static ").append(name).append(" use")
          .append(i).append('(').append(name).append(" value) {\n    return value;\n  }\n\n");
      if (hasPublicBuilder(type)) {
        source.append("  /**\n   * Returns a builder.\n   *\n   * @return the builder\n   */\n"
            + "  public static Object builder").append(i).append("() {\n    return ")
            .append(name).append(".builder();\n  }\n\n");
      }
      i++;
    }
    source.append("  /**\n   * Returns a history.\n   *\n   * @return the history\n   */\n"
        + "  public static Object builtIn() {\n    return io.github.learningcities.lcn.model"
        + ".builtin.UkrainianNetwork.get().network().memberships().get(0).history();\n  }\n");
    source.append("}\n");
    Path file = dir.resolve("consumer/Use.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);

    String classPath = String.join(File.pathSeparator, location(City.class),
        location(JsonCreator.class), location(Valid.class));
    String javac = run(dir.resolve("javac.log"), tool("javac"), "-Xlint:all", "-Werror",
        "-proc:none", "--release", "17", "-cp", classPath, "-d",
        dir.resolve("out").toString(), file.toString());
    String javadoc = run(dir.resolve("javadoc.log"), tool("javadoc"), "-quiet",
        "-Xdoclint:all", "--release", "17", "-cp", classPath, "-d",
        dir.resolve("doc").toString(), file.toString());

    assertThat(javac).isEmpty();
    assertThat(javadoc).doesNotContain("warning").doesNotContain("error");
    assertThat(i).isGreaterThan(50);
  }

  private static boolean hasPublicBuilder(Class<?> type) {
    try {
      return Modifier.isPublic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Runs a JDK tool; returns its output, failing if it fails. */
  private static String run(Path log, String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command[0]).isTrue();
    String output = Files.readString(log);
    assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
    return output;
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}

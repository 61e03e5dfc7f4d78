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
 * with elements on any value type or generated class.
 */
class ConsumerCompilationTest {

  @Test
  void aConsumerOfEveryModelTypeCompilesWithAllLintWarningsAsErrors(@TempDir Path dir)
      throws Exception {
    StringBuilder source = new StringBuilder("package consumer;\n\npublic final class Use {\n");
    int i = 0;
    for (Class<?> generated : ModelTypes.generated()) {
      Class<?> type = ModelTypes.valueType(generated);
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      String name = type.getCanonicalName();
      source.append("  static int use").append(i).append('(').append(name)
          .append(" value) {\n    return value.hashCode();\n  }\n");
      if (hasPublicBuilder(type)) {
        source.append("  static Object builder").append(i).append("() {\n    return ")
            .append(name).append(".builder();\n  }\n");
      }
      i++;
    }
    source.append("  static Object builtIn() {\n    return io.github.learningcities.lcn.model"
        + ".builtin.UkrainianNetwork.get().network().memberships().get(0).history();\n  }\n");
    source.append("}\n");
    Path file = dir.resolve("consumer/Use.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);

    String classPath = String.join(File.pathSeparator, location(City.class),
        location(JsonCreator.class), location(Valid.class));
    Path log = dir.resolve("javac.log");
    Process javac = new ProcessBuilder(javac(), "-Xlint:all", "-Werror", "-proc:none",
        "--release", "17", "-cp", classPath, "-d", dir.resolve("out").toString(),
        file.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(javac.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(Files.readString(log)).isEmpty();
    assertThat(javac.exitValue()).isZero();
    assertThat(i).isGreaterThan(50);
  }

  private static boolean hasPublicBuilder(Class<?> type) {
    try {
      return Modifier.isPublic(type.getMethod("builder").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static String javac() {
    return Path.of(System.getProperty("java.home"), "bin", "javac").toString();
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}

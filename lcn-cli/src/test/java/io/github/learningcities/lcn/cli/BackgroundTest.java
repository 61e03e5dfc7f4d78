package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BackgroundTest {

  private static final OutputFiles.Body TEXT = out -> {
    for (int i = 0; i < 20_000; i++) {
      out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
    }
  };

  private static byte[] written(OutputFiles.Body body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    body.writeTo(out);
    return out.toByteArray();
  }

  @Test
  void aBodyMadeInTheBackgroundWritesTheSameBytes() throws Exception {
    byte[] direct = written(TEXT);
    try (Background background = Background.of(2)) {
      OutputFiles.Body later = background.bytes(TEXT);
      assertThat(later).isNotSameAs(TEXT);
      assertThat(written(later)).isEqualTo(direct);
      assertThat(written(later)).as("written again").isEqualTo(direct);
    }
  }

  @Test
  void withOneThreadEverythingRunsInTheCaller() throws Exception {
    try (Background background = Background.of(1)) {
      assertThat(background.bytes(TEXT)).isSameAs(TEXT);
      Future<String> name = background.submit(() -> Thread.currentThread().getName());
      assertThat(name.isDone()).isTrue();
      assertThat(Background.join(name)).isEqualTo(Thread.currentThread().getName());
    }
  }

  @Test
  void withTwoThreadsTasksRunBesideTheCaller() throws Exception {
    try (Background background = Background.of(2)) {
      assertThat(Background.join(background.submit(() -> Thread.currentThread().getName())))
          .isEqualTo("lcn-background");
    }
  }

  @Test
  void aFailureIsThrownAsTheTaskThrewIt() {
    for (int threads : new int[] {1, 2}) {
      try (Background background = Background.of(threads)) {
        Future<Object> failed = background.submit(() -> {
          throw new BadInputException("iData.csv line 3: not a number");
        });
        assertThatThrownBy(() -> Background.join(failed)).isInstanceOf(BadInputException.class)
            .hasMessage("iData.csv line 3: not a number");
        OutputFiles.Body broken = background.bytes(out -> {
          throw new IOException("disk full");
        });
        assertThatThrownBy(() -> written(broken)).isInstanceOf(IOException.class)
            .hasMessage("disk full");
        OutputFiles.Body unchecked = background.bytes(out -> {
          throw new UncheckedIOException(new IOException("gone"));
        });
        assertThatThrownBy(() -> written(unchecked)).isInstanceOf(UncheckedIOException.class);
      }
    }
  }
}

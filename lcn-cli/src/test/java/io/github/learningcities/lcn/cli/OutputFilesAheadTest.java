package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.learningcities.lcn.cli.OutputFilesTest.entries;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body written ahead ({@link OutputFiles#putAhead}) goes to its temporary file at once and
 * into place only at the commit, with the others; a run that fails, at the commit or before
 * it, leaves the previous files as they were and no temporary file or folder of its own.
 */
class OutputFilesAheadTest {

  @TempDir
  Path dir;

  @Test
  void aFileWrittenAheadIsMovedIntoPlaceOnlyByTheCommit() throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "old a\n");
    CountDownLatch written = new CountDownLatch(1);
    OutputFiles files = OutputFiles.of(List.of(), true);
    try (files) {
      files.inFolder(dir, "a.json", "a");
      Path b = files.inFolder(dir, "b.csv", "b");
      files.putAhead(a, out -> {
        out.write("new a\n".getBytes(UTF_8));
        written.countDown();
      }, true);
      assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(a).as("before the commit").hasContent("old a");
      assertThat(OutputFiles.removesPartialOutputsOnShutdown()).as("a temporary file is there")
          .isTrue();
      files.putText(b, "new b\n");

      assertThat(files.commit()).containsExactly(a, b);
      assertThat(a).hasContent("new a");
      assertThat(b).hasContent("new b");
    }
    assertThat(entries(dir)).as("after close").containsExactlyInAnyOrder("a.json", "b.csv");
    assertThat(OutputFiles.removesPartialOutputsOnShutdown()).isFalse();
  }

  @Test
  void aPageWrittenAheadIsItsTextInUtf8() throws Exception {
    String page = "<p>Мелітополь, 27 жовтня 2017 \u2013 déclaration</p>\n";
    for (boolean beside : new boolean[] {true, false}) {
      try (OutputFiles files = OutputFiles.of(List.of(), true)) {
        Path a = files.inFolder(dir, "page-" + beside + ".html", "the page");
        files.putTextAhead(a, page, beside);
        files.commit();
        assertThat(Files.readAllBytes(a)).isEqualTo(page.getBytes(UTF_8));
      }
    }
    assertThat(entries(dir)).containsExactlyInAnyOrder("page-true.html", "page-false.html");
  }

  @Test
  void withoutAThreadBesideTheBodyIsWrittenAtTheCommit() throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "old a\n");
    boolean[] ran = new boolean[1];
    try (OutputFiles files = OutputFiles.of(List.of(), true)) {
      files.inFolder(dir, "a.json", "a");
      files.putAhead(a, out -> {
        ran[0] = true;
        out.write("new a\n".getBytes(UTF_8));
      }, false);
      assertThat(ran[0]).as("before the commit").isFalse();
      assertThat(entries(dir)).containsExactly("a.json");
      files.commit();
    }
    assertThat(a).hasContent("new a");
  }

  @Test
  void aRunThatFailsBeforeTheCommitRemovesTheFileAndTheFoldersMadeForIt() throws Exception {
    Path old = Files.writeString(dir.resolve("keep.txt"), "kept\n");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    Path out = dir.resolve("new/sub");
    OutputFiles files = OutputFiles.of(List.of(), false);
    Path a = files.inFolder(out, "a.json", "a");
    files.inFolder(out, "b.csv", "b");
    files.requireReplaceable();
    try (files) {
      files.putAhead(a, stream -> {
        stream.write("{\"part\":".getBytes(UTF_8));
        started.countDown();
        try {
          never.await();
        } catch (InterruptedException e) {
          throw new InterruptedIOException("stopped");
        }
      }, true);
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.isDirectory(out)).as("the folder is made for the file").isTrue();
      // the command fails here, before its commit
    }
    assertThat(entries(dir)).containsExactly("keep.txt");
    assertThat(old).hasContent("kept");
    assertThat(OutputFiles.removesPartialOutputsOnShutdown()).isFalse();
  }

  @Test
  void aRunThatFailsAfterTheWriteAheadEndedRemovesTheCompleteTemporaryFile() throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "old a\n");
    try (OutputFiles files = OutputFiles.of(List.of(), true)) {
      files.inFolder(dir, "a.json", "a");
      files.putAhead(a, out -> out.write("new a\n".getBytes(UTF_8)), true);
      files.awaitWritesAhead();
      assertThat(entries(dir)).as("the complete temporary file").hasSize(2);
      // the command fails here, before its commit
    }
    assertThat(a).hasContent("old a");
    assertThat(entries(dir)).containsExactly("a.json");
    assertThat(OutputFiles.removesPartialOutputsOnShutdown()).isFalse();
  }

  @Test
  void aFailedWriteAheadFailsTheCommitAndLeavesThePreviousFiles() throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "old a\n");
    Path b = Files.writeString(dir.resolve("b.csv"), "old b\n");
    try (OutputFiles files = OutputFiles.of(List.of(), true)) {
      files.inFolder(dir, "a.json", "a");
      files.inFolder(dir, "b.csv", "b");
      files.putText(b, "new b\n");
      files.putAhead(a, out -> {
        out.write("half of a".getBytes(UTF_8));
        out.flush();
        throw new IOException("No space left on device");
      }, true);

      assertThatThrownBy(files::commit).isInstanceOf(OutputException.class)
          .hasMessageContaining(a.toString()).hasMessageContaining("No space left on device")
          .hasMessageContaining("unchanged");
    }
    assertThat(a).hasContent("old a");
    assertThat(b).hasContent("old b");
    assertThat(entries(dir)).containsExactlyInAnyOrder("a.json", "b.csv");
    assertThat(OutputFiles.removesPartialOutputsOnShutdown()).isFalse();
  }

  @Test
  void anotherFileFailingAtTheCommitRemovesTheFileWrittenAhead() throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "old a\n");
    Path b = Files.writeString(dir.resolve("b.csv"), "old b\n");
    CountDownLatch written = new CountDownLatch(1);
    try (OutputFiles files = OutputFiles.of(List.of(), true)) {
      files.inFolder(dir, "b.csv", "b");
      files.inFolder(dir, "a.json", "a");
      files.putAhead(a, out -> {
        out.write("new a\n".getBytes(UTF_8));
        written.countDown();
      }, true);
      assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
      files.putText(b, w -> {
        throw new IOException("No space left on device");
      });

      assertThatThrownBy(files::commit).isInstanceOf(OutputException.class)
          .hasMessageContaining(b.toString());
    }
    assertThat(a).hasContent("old a");
    assertThat(b).hasContent("old b");
    assertThat(entries(dir)).containsExactlyInAnyOrder("a.json", "b.csv");
    assertThat(OutputFiles.removesPartialOutputsOnShutdown()).isFalse();
  }

  @Test
  void aFileWrittenAheadTakesNoOtherContent() throws Exception {
    try (OutputFiles files = OutputFiles.of(List.of(), true)) {
      Path a = files.inFolder(dir, "a.json", "a");
      files.putAhead(a, out -> out.write('1'), true);

      assertThatThrownBy(() -> files.putText(a, "2")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already being written");
      files.commit();
      assertThat(a).hasContent("1");
    }
  }
}

package io.github.learningcities.lcn.serialization.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (#11, "writes are not atomic"): the library's file writers opened the target
 * itself, so a write that failed half-way left a truncated file where the previous one was.
 */
class AtomicFilesTest {

  @TempDir
  Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void aCompleteWriteReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.csv"), "previous");
    AtomicFiles.replace(target, out -> out.write("new".getBytes(UTF_8)));
    assertThat(target).hasContent("new");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.csv"), "previous");
    assertThatThrownBy(() -> AtomicFiles.replace(target, out -> {
      out.write("half of it".getBytes(UTF_8));
      out.flush();
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(target).hasContent("previous");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void severalFilesAreReplacedOnlyWhenAllWereWritten() throws IOException {
    Path a = Files.writeString(dir.resolve("a.csv"), "old a");
    Path b = Files.writeString(dir.resolve("b.csv"), "old b");
    assertThatThrownBy(() -> AtomicFiles.replaceAll(List.of(a, b), List.of(
        out -> out.write("new a".getBytes(UTF_8)),
        out -> {
          throw new IllegalStateException("cannot express this");
        }))).isInstanceOf(IllegalStateException.class);
    assertThat(a).hasContent("old a");
    assertThat(b).hasContent("old b");
    assertThat(files()).containsExactly(a, b);
  }

  @Test
  void aContentThatClosesItsStreamStillCompletesTheFile() throws IOException {
    Path target = dir.resolve("closed.json");
    AtomicFiles.replace(target, out -> {
      out.write("{}".getBytes(UTF_8));
      out.close();
    });
    assertThat(target).hasContent("{}");
  }

  @Test
  void theLibraryWritersGoThroughIt() throws IOException {
    Path data = Files.writeString(dir.resolve("iData.csv"), "previous data");
    Path meta = Files.writeString(dir.resolve("iMeta.csv"), "previous meta");
    Path asem = Path.of("src/test/resources/coinr-asem/inputs/ASEM_iData.csv");
    Path asemMeta = Path.of("src/test/resources/coinr-asem/inputs/ASEM_iMeta.csv");
    CoinrInput input = CoinrTables.read(asem, asemMeta);
    CoinrTables.write(input, data, meta);
    assertThat(CoinrTables.read(data, meta).dataset()).isEqualTo(input.dataset());
    Path json = dir.resolve("framework.json");
    LcnJson.standard().write(input.framework(), json);
    assertThat(Files.readString(json)).contains("\"lcnDocument\" : \"framework\"");
    assertThat(files()).containsExactlyInAnyOrder(data, meta, json);
  }

  /** Regression: the temporary file's name added 30-odd bytes to the target's, past 255. */
  @Test
  void aFileWhoseNameIsAtTheFileSystemsLimitIsWritten() throws IOException {
    Path target = dir.resolve("r".repeat(AtomicFiles.MAX_NAME_BYTES - 4) + ".csv");
    AtomicFiles.replace(target, out -> out.write("long".getBytes(UTF_8)));
    assertThat(target).hasContent("long");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void temporaryFilesAreHiddenBesideTheTargetAndUnique() {
    Path target = dir.resolve("scores.csv");
    Path a = AtomicFiles.temporaryFor(target);
    Path b = AtomicFiles.temporaryFor(target);
    assertThat(a.getParent()).isEqualTo(dir.toAbsolutePath());
    assertThat(a.getFileName().toString()).startsWith(".scores.csv.").endsWith(".lcn-partial");
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void temporaryNamesOfOneRunAllDiffer() {
    Path target = dir.resolve("scores.csv");
    Set<Path> names = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      names.add(AtomicFiles.temporaryFor(target));
    }
    assertThat(names).hasSize(10_000);
  }

  @Test
  void writeNewNeverReplacesAnExistingFile() throws IOException {
    Path existing = Files.writeString(dir.resolve(".x.lcn-partial"), "someone else's");
    assertThatThrownBy(() -> AtomicFiles.writeNew(existing, out -> out.write(1)))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThat(existing).hasContent("someone else's");
  }

  /** Regression: a link or a device was replaced by a plain file. */
  @Test
  void aLinkIsFollowedAndKeptAndANamedPipeIsWrittenInPlace() throws Exception {
    Path real = Files.writeString(dir.resolve("real.csv"), "previous");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    AtomicFiles.replace(link, out -> out.write("new".getBytes(UTF_8)));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");

    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    java.util.concurrent.CompletableFuture<String> read =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            return Files.readString(fifo);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    AtomicFiles.replace(fifo, out -> out.write("through the pipe".getBytes(UTF_8)));
    assertThat(read.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("through the pipe");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(files()).containsExactlyInAnyOrder(real, link, fifo);
  }
}

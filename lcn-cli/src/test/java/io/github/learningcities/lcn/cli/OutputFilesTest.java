package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir
  Path dir;

  @Test
  void writesEveryFileAndLeavesNoTemporaryFile() throws Exception {
    OutputFiles files = OutputFiles.of(List.of(), false);
    Path a = files.named(dir.resolve("a.csv"), "--out");
    Path b = files.inFolder(dir, "sub/b.csv", "b");
    files.requireReplaceable();
    files.putText(a, "x,y\n");
    files.put(b, out -> out.write(new byte[] {'1', '\n'}));

    assertThat(files.commit()).containsExactly(a, b);
    assertThat(a).hasContent("x,y");
    assertThat(b).hasContent("1");
    assertThat(entries(dir)).containsExactlyInAnyOrder("a.csv", "sub", "sub/b.csv");
  }

  @Test
  void theShutdownHookIsThereOnlyWhileATemporaryFileIs() throws Exception {
    Path a = Files.writeString(dir.resolve("a.csv"), "old a\n");
    boolean[] duringWrite = new boolean[2];
    OutputFiles files = OutputFiles.of(List.of(), false);
    files.named(a, "--out");
    files.put(a, out -> {
      duringWrite[0] = OutputFiles.removesPartialOutputsOnShutdown();
      out.write(new byte[] {'1', '\n'});
    });
    files.commit();

    assertThat(duringWrite[0]).as("registered while writing").isTrue();
    assertThat(OutputFiles.removesPartialOutputsOnShutdown()).as("after the commit").isFalse();

    OutputFiles failing = OutputFiles.of(List.of(), false);
    failing.named(a, "--out");
    failing.put(a, out -> {
      duringWrite[1] = OutputFiles.removesPartialOutputsOnShutdown();
      throw new IOException("No space left on device");
    });
    assertThatThrownBy(failing::commit).isInstanceOf(OutputException.class);

    assertThat(duringWrite[1]).as("registered while writing again").isTrue();
    assertThat(OutputFiles.removesPartialOutputsOnShutdown()).as("after a failed commit")
        .isFalse();
    assertThat(a).hasContent("1");
    assertThat(entries(dir)).containsExactly("a.csv");
  }

  @Test
  void aNamedFileIsReplacedAtomically() throws Exception {
    Path a = Files.writeString(dir.resolve("a.csv"), "old\n");
    OutputFiles files = OutputFiles.of(List.of(), false);
    files.named(a, "--out");
    files.requireReplaceable();
    files.putText(a, "new\n");
    files.commit();

    assertThat(a).hasContent("new");
  }

  @Test
  void aFailingBodyLeavesThePreviousFilesAndNoTemporaryFile() throws Exception {
    Path a = Files.writeString(dir.resolve("a.csv"), "old a\n");
    Path b = Files.writeString(dir.resolve("b.csv"), "old b\n");
    OutputFiles files = OutputFiles.of(List.of(), true);
    files.inFolder(dir, "a.csv", "a");
    files.inFolder(dir, "b.csv", "b");
    files.putText(a, "new a\n");
    files.putText(b, w -> {
      w.write("half of b");
      w.flush();
      throw new IOException("No space left on device");
    });

    assertThatThrownBy(files::commit).isInstanceOf(OutputException.class)
        .hasMessageContaining(b.toString()).hasMessageContaining("No space left on device")
        .hasMessageContaining("unchanged");
    assertThat(a).hasContent("old a");
    assertThat(b).hasContent("old b");
    assertThat(entries(dir)).containsExactlyInAnyOrder("a.csv", "b.csv");
  }

  @Test
  void anOutputThatIsAnInputIsRefusedByPathLinkAndHardLink() throws Exception {
    Path input = Files.writeString(dir.resolve("in.csv"), "data\n");
    Path sym = Files.createSymbolicLink(dir.resolve("sym.csv"), input);
    Path hard = Files.createLink(dir.resolve("hard.csv"), input);
    Files.createDirectories(dir.resolve("sub"));
    for (Path out : List.of(input, dir.resolve("sub/../in.csv"), sym, hard,
        Path.of("").toAbsolutePath().relativize(input))) {
      OutputFiles files = OutputFiles.of(List.of(input), true);
      assertThatThrownBy(() -> files.named(out, "--out")).as(out.toString())
          .isInstanceOf(BadInputException.class)
          .hasMessageContaining("the output " + out).hasMessageContaining("the input " + input);
    }
    OutputFiles folder = OutputFiles.of(List.of(input), true);
    assertThatThrownBy(() -> folder.inFolder(dir, "in.csv", "x"))
        .isInstanceOf(BadInputException.class);
    assertThat(input).hasContent("data");
  }

  @Test
  void anInputReachedThroughALinkedFolderIsRefusedBeforeTheFileExists() throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    Path input = real.resolve("new.csv");
    OutputFiles files = OutputFiles.of(List.of(input), false);

    assertThatThrownBy(() -> files.named(link.resolve("new.csv"), "--out"))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void twoOutputsOnOnePathAreRefusedNamingBoth() {
    OutputFiles files = OutputFiles.of(List.of(), false);
    files.inFolder(dir, "framework.xml", "a/framework.json");

    assertThatThrownBy(() -> files.inFolder(dir, "framework.xml", "b/framework.json"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("a/framework.json").hasMessageContaining("b/framework.json")
        .hasMessageContaining(dir.resolve("framework.xml").toString());
  }

  @Test
  void existingFilesInAFolderNeedForceAndAreNamed() throws Exception {
    Files.writeString(dir.resolve("scores.csv"), "mine\n");
    Files.writeString(dir.resolve("sensitivity.csv"), "old\n");
    OutputFiles files = OutputFiles.of(List.of(), false);
    files.inFolder(dir, "scores.csv", "scores");
    files.inFolder(dir, "other.csv", "other");
    files.obsoleteInFolder(dir, "sensitivity.csv");

    assertThatThrownBy(files::requireReplaceable).isInstanceOf(BadInputException.class)
        .hasMessageContaining(dir.resolve("scores.csv").toString())
        .hasMessageContaining(dir.resolve("sensitivity.csv").toString())
        .hasMessageContaining("--force")
        .hasMessageNotContaining("other.csv");
    assertThat(dir.resolve("scores.csv")).hasContent("mine");

    OutputFiles forced = OutputFiles.of(List.of(), true);
    Path scores = forced.inFolder(dir, "scores.csv", "scores");
    forced.obsoleteInFolder(dir, "sensitivity.csv");
    forced.requireReplaceable();
    forced.putText(scores, "new\n");
    forced.commit();
    assertThat(scores).hasContent("new");
    assertThat(dir.resolve("sensitivity.csv")).doesNotExist();
  }

  @Test
  void aFolderOrAPathUnderAFileIsRefusedAsAnOutput() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");
    OutputFiles files = OutputFiles.of(List.of(), true);

    assertThatThrownBy(() -> files.named(dir, "--out")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("is a folder");
    assertThatThrownBy(() -> files.named(file.resolve("a/b.csv"), "--out"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(file + " is a file, not a folder");
  }

  @Test
  void aBodyThatClosesItsStreamStillGetsSynced() throws Exception {
    OutputFiles files = OutputFiles.of(List.of(), false);
    Path a = files.named(dir.resolve("a.json"), "--out");
    files.put(a, out -> {
      out.write("{}".getBytes(UTF_8));
      out.close();
    });
    files.commit();

    assertThat(a).hasContent("{}");
  }

  @Test
  void aFailedCommitRemovesTheFoldersItMadeAndNoOther() throws Exception {
    Path kept = Files.createDirectories(dir.resolve("kept"));
    Files.writeString(kept.resolve("old.txt"), "old\n");
    Path out = dir.resolve("out");
    OutputFiles files = OutputFiles.of(List.of(), false);
    Path a = files.inFolder(out, "data/deep/a.csv", "a");
    Path b = files.inFolder(out, "b.csv", "b");
    Path c = files.inFolder(kept, "new/c.csv", "c");
    Path d = files.inFolder(kept, "d.csv", "d");
    files.requireReplaceable();
    files.putText(a, "a\n");
    files.putText(b, "b\n");
    files.putText(c, "c\n");
    files.putText(d, w -> {
      throw new IOException("No space left on device");
    });

    assertThatThrownBy(files::commit).isInstanceOf(OutputException.class)
        .hasMessageContaining(d.toString()).hasMessageContaining("No space left on device");
    assertThat(entries(dir)).containsExactlyInAnyOrder("kept", "kept/old.txt");
    files.close();
    assertThat(entries(dir)).as("closing after the failure").containsExactlyInAnyOrder("kept",
        "kept/old.txt");
  }

  @Test
  void aFolderTheRunMadeStaysWhenItHoldsSomethingElse() throws Exception {
    Path out = dir.resolve("out");
    OutputFiles files = OutputFiles.of(List.of(), false);
    Path a = files.inFolder(out, "data/a.csv", "a");
    Path b = files.inFolder(out, "b.csv", "b");
    files.putText(a, "a\n");
    files.putText(b, w -> {
      // someone else's file in a folder this run made, before the run fails
      Files.writeString(out.resolve("data/theirs.txt"), "theirs\n");
      throw new IOException("Input/output error");
    });

    assertThatThrownBy(files::commit).isInstanceOf(OutputException.class)
        .hasMessageContaining(b.toString());
    assertThat(entries(dir)).containsExactlyInAnyOrder("out", "out/data",
        "out/data/theirs.txt");
  }

  @Test
  void aCommittedRunKeepsItsFoldersWhenClosed() throws Exception {
    Path out = dir.resolve("out");
    Path a;
    try (OutputFiles files = OutputFiles.of(List.of(), false)) {
      a = files.inFolder(out, "data/a.csv", "a");
      files.putText(a, "a\n");
      files.commit();
    }
    assertThat(a).hasContent("a");
    assertThat(entries(dir)).containsExactlyInAnyOrder("out", "out/data", "out/data/a.csv");
  }

  /** Every file and folder below {@code dir}, hidden ones too, relative to it. */
  static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).toList();
    }
  }
}

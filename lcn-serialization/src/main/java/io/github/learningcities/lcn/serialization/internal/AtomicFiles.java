package io.github.learningcities.lcn.serialization.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces files as a whole: the content goes to a temporary file in the target's folder, is
 * forced to disk, and is moved over the target only once complete. A write that fails (a full
 * disk, a file-size limit, an exception of the content) leaves the target as it was and removes
 * the temporary file; several files are moved only after all of them were written.
 */
public final class AtomicFiles {
  private static final String TEMP_SUFFIX = ".lcn-partial";

  private AtomicFiles() {}

  /** Writes the content of one file; the stream is closed by {@link AtomicFiles}, not here. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the target
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces one file with new content.
   *
   * @param target the file to write or replace
   * @param content its content
   * @throws IOException if writing fails; the target is then as it was
   */
  public static void replace(Path target, Content content) throws IOException {
    replaceAll(List.of(target), List.of(content));
  }

  /**
   * Replaces several files: every content is written before any target is replaced.
   *
   * @param targets the files to write or replace
   * @param contents their contents, in the same order
   * @throws IOException if writing fails; no target is then replaced
   */
  public static void replaceAll(List<Path> targets, List<Content> contents) throws IOException {
    if (targets.size() != contents.size()) {
      throw new IllegalArgumentException(targets.size() + " files but " + contents.size()
          + " contents; expected one content per file");
    }
    List<Path> temporaries = new ArrayList<>();
    try {
      for (int i = 0; i < targets.size(); i++) {
        temporaries.add(writeTemporary(targets.get(i), contents.get(i)));
      }
      for (int i = 0; i < targets.size(); i++) {
        move(temporaries.get(i), targets.get(i));
      }
    } finally {
      for (Path t : temporaries) {
        Files.deleteIfExists(t);
      }
    }
  }

  private static Path writeTemporary(Path target, Content content) throws IOException {
    Path file = target.toAbsolutePath();
    Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".",
        TEMP_SUFFIX);
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel),
          1 << 16);
      content.writeTo(new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          out.flush();
        }
      });
      out.flush();
      channel.force(true);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return temporary;
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

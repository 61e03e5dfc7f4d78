package io.github.learningcities.lcn.serialization.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces files as a whole: the content goes to a hidden temporary file in the target's folder,
 * is forced to disk, and is moved over the target only once complete; the folder is then synced
 * so that the rename survives a crash. A write that fails (a full disk, a file-size limit, an
 * exception of the content) leaves the target as it was and removes the temporary file; several
 * files are moved only after all of them were written.
 *
 * <p>The one write path of the SDK: the library's file writers use {@link #replace} and
 * {@link #replaceAll}; the command line ({@code lcn-cli}'s {@code OutputFiles}) builds its own
 * bookkeeping (declared outputs, clean-up on interruption) on {@link #temporaryFor},
 * {@link #writeNew}, {@link #move} and {@link #syncFolder}.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {
  private static final String TEMP_SUFFIX = ".lcn-partial";
  /** The longest file name (in UTF-8 bytes) that common file systems (ext4, NTFS, APFS) allow. */
  public static final int MAX_NAME_BYTES = 255;

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
    List<Path> destinations = new ArrayList<>();
    for (Path target : targets) {
      destinations.add(destination(target));
    }
    List<Path> temporaries = new ArrayList<>();
    try {
      for (int i = 0; i < targets.size(); i++) {
        Path temporary = null;
        if (!isSpecialFile(destinations.get(i))) {
          temporary = temporaryFor(destinations.get(i));
          writeNew(temporary, contents.get(i));
        }
        temporaries.add(temporary);
      }
      Set<Path> folders = new LinkedHashSet<>();
      for (int i = 0; i < targets.size(); i++) {
        if (temporaries.get(i) == null) {
          writeInPlace(destinations.get(i), contents.get(i));
        } else {
          move(temporaries.get(i), destinations.get(i));
          folders.add(temporaries.get(i).getParent());
        }
      }
      folders.forEach(AtomicFiles::syncFolder);
    } finally {
      for (Path t : temporaries) {
        if (t != null) {
          Files.deleteIfExists(t);
        }
      }
    }
  }

  /**
   * The file a write of {@code target} really replaces: a symbolic link is followed, so the
   * link stays and the file it names gets the new content (replacing the link by a file would
   * cut it, and for links such as {@code /dev/stdout} would replace a system file); a path
   * that does not exist yet is itself.
   *
   * @param target the path given
   * @return the path to replace or write
   * @throws IOException if the link cannot be followed
   */
  public static Path destination(Path target) throws IOException {
    return Files.exists(target) ? target.toRealPath() : target;
  }

  /**
   * Whether a path exists and is neither a regular file nor a folder: a device such as
   * {@code /dev/null}, a named pipe or a socket. Such a file cannot be replaced (a rename
   * would put a plain file where the device was): it is written in place with
   * {@link #writeInPlace}.
   *
   * @param file the path (after {@link #destination})
   * @return whether it is a special file
   */
  public static boolean isSpecialFile(Path file) {
    return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
  }

  /**
   * Writes content straight into an existing special file (see {@link #isSpecialFile}); a
   * failure (e.g. {@code /dev/full}) is an exception as for any write.
   *
   * @param file the special file
   * @param content its content
   * @throws IOException if writing fails
   */
  public static void writeInPlace(Path file, Content content) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
      BufferedOutputStream out = new BufferedOutputStream(raw, 1 << 16);
      content.writeTo(unclosable(out));
      out.flush();
    }
  }

  /**
   * Names the temporary file a write of {@code target} goes to: hidden, in the target's folder
   * (so that the move is a rename), unique ({@code .scores.csv.k3x9q1.lcn-partial}), and short
   * enough for the file system even when the target's own name is at its limit.
   *
   * @param target the file to write
   * @return the temporary file's path (not created)
   */
  public static Path temporaryFor(Path target) {
    Path file = target.toAbsolutePath();
    String name = file.getFileName().toString();
    String base = name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES - 40
        ? "lcn-output" : name;
    // Not SecureRandom: the name only has to differ from other runs' (writeNew's CREATE_NEW
    // refuses an existing file or link), and seeding SecureRandom costs a short run several
    // milliseconds. 63 bits through Long.toString: Long.toUnsignedString of a negative number
    // goes through BigInteger, whose class initialisation a short run would pay for.
    return file.getParent().resolve("." + base + "."
        + Long.toString(nameBits() >>> 1, 36) + TEMP_SUFFIX);
  }

  /** How many temporary names this JVM has made; guarded by the class's lock. */
  private static long names;

  /**
   * Bits for a temporary file's name: the clocks ThreadLocalRandom seeds itself from (the
   * wall clock and the nanosecond timer, each mixed), and a count so that the names one JVM
   * makes all differ. Without ThreadLocalRandom, whose classes (and Random's, and the
   * seeder's AtomicLong) a short run would load for this alone.
   */
  static synchronized long nameBits() {
    names++;
    return mix(System.nanoTime() + names * 0x9E3779B97F4A7C15L)
        ^ mix(System.currentTimeMillis());
  }

  /** MurmurHash3's 64-bit finaliser: every bit of the result depends on every bit of z. */
  private static long mix(long z) {
    long h = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return h ^ (h >>> 33);
  }

  /**
   * Creates {@code temporary} (it must not exist), writes the content into it through a buffer
   * and forces it to disk. The stream the content gets cannot be closed by it (a library that
   * closes what it is given only flushes it). On any failure the file is removed.
   *
   * @param temporary the new file, e.g. from {@link #temporaryFor}
   * @param content its content
   * @throws IOException if creating or writing fails
   */
  public static void writeNew(Path temporary, Content content) throws IOException {
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel),
          1 << 16);
      content.writeTo(unclosable(out));
      out.flush();
      channel.force(true);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /**
   * Moves a complete temporary file over its target: atomically where the file system can (a
   * reader sees the old file or the new one, never a part), else as a plain replacing move.
   *
   * @param temporary the written file
   * @param target the file it replaces or becomes
   * @throws IOException if the move fails; the target is then as it was
   */
  public static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Makes the renames in a folder durable where the platform can sync a folder; elsewhere a
   * no-op (the files themselves were forced to disk).
   *
   * @param folder the folder
   */
  public static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform opens folders as channels.
    }
  }

  /** A stream whose {@code close()} only flushes, for contents that close what they get. */
  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}

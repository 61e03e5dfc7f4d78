package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.serialization.internal.AtomicFiles;
import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one write path of every command. A command first declares every file it will write (so
 * that an output that is one of the inputs, two outputs on the same path, or existing files
 * in a folder the command fills are refused before any work is done), then gives each file's
 * content, then {@link #commit()}s: every file is written to a hidden temporary file in its
 * target folder, flushed and synced to disk, and only when all are complete are they moved
 * into place (an atomic rename where the file system has one). A failure before the moves
 * deletes the temporary files and leaves every previous output as it was.
 *
 * <p>Overwrite policy: a file the user named ({@code -o scores.csv}) is replaced; files that
 * a command names itself inside a folder the user gave ({@code analyse}, {@code demo}, {@code
 * convert} into a folder) replace existing files only with {@code --force}.
 *
 * <p>A large body made beside the command's thread ({@link #putAhead}) is written to its
 * temporary file while the command goes on, instead of into memory first; it is moved into
 * place by the commit with the others. {@link #close()} removes such a file when the run ends
 * without a commit. A failed commit, or {@link #close()} without one, also removes the folders
 * the run made for its files if they are still empty.
 */
final class OutputFiles implements AutoCloseable {

  /**
   * Writes the content of one file; the stream is closed by the write path, not the body. It is
   * the content {@link AtomicFiles} writes, so a body is handed to it as it is.
   */
  @FunctionalInterface
  interface Body extends AtomicFiles.Content {
    @Override
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the content of one text file, encoded as UTF-8. */
  @FunctionalInterface
  interface TextBody {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes the content of one CSV file into a UTF-8 byte buffer. */
  @FunctionalInterface
  interface CsvBody {
    void writeTo(CsvOutput out) throws IOException;
  }

  /**
   * Temporary files being written in this JVM: removed by a shutdown hook when the run is
   * interrupted (Ctrl-C, SIGTERM). Only SIGKILL or a crash leaves one behind, hidden. Changed
   * only through {@link #track} and {@link #untrack}, under the class's lock.
   */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
  /**
   * The shutdown hook while a temporary file is in progress, else null; guarded by the class's
   * lock (an AtomicBoolean would make a VarHandle, linked at run time, on every command's
   * path). A run that ends normally has removed it: its exit then starts no thread (a thread
   * started and joined at exit cost a short run about a millisecond, and tens when the cores
   * were busy).
   */
  private static Thread hook;

  private final List<Path> inputs;
  private final boolean force;
  private final Map<Path, Target> targets = new LinkedHashMap<>();
  private final Set<Path> obsolete = new LinkedHashSet<>();
  private final List<Path> existing = new ArrayList<>();
  /** Whether {@link #commit()} moved every file into place. */
  private boolean committed;
  /**
   * The folders this run made for its files (when written ahead, or at the commit), in the
   * order made, each one's missing parents before it: removed, innermost first and only if
   * still empty, when the run ends without a commit.
   */
  private final List<Path> madeFolders = new ArrayList<>();

  private OutputFiles(Collection<Path> inputs, boolean force) {
    this.inputs = List.copyOf(inputs);
    this.force = force;
  }

  /**
   * A write path for a command.
   *
   * @param inputs every file the command reads (an output may not be one of them)
   * @param force whether files a command names itself inside a folder may be replaced
   */
  static OutputFiles of(Collection<Path> inputs, boolean force) {
    return new OutputFiles(inputs, force);
  }

  /**
   * Declares a file the user named: it is replaced if it exists.
   *
   * @param file the file
   * @param origin what the file is written from, for messages (e.g. "--out")
   * @return the file
   * @throws BadInputException if the file is an input, a folder, or declared twice
   */
  Path named(Path file, String origin) {
    declare(file, origin);
    return file;
  }

  /**
   * Declares a file the command names itself inside a folder the user gave: if it exists it
   * is listed by {@link #requireReplaceable()} unless {@code --force} was given.
   *
   * @param folder the folder
   * @param relative the file's path inside the folder
   * @param origin what the file is written from, for messages
   * @return the file
   */
  Path inFolder(Path folder, String relative, String origin) {
    Path file = folder.resolve(relative);
    declare(file, origin);
    if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      existing.add(file);
    }
    return file;
  }

  /**
   * Declares a file an option gives: {@link #named named} when the user gave the option, else
   * the option's default name in the current folder, replaced only with {@code --force} as
   * {@link #inFolder} says.
   *
   * @param file the option's value
   * @param given whether the user gave the option
   * @param option the option, for messages (e.g. "--out")
   * @param what the file's description, for messages about the default one
   * @return the file
   */
  Path option(Path file, boolean given, String option, String what) {
    return given ? named(file, option) : inFolder(Path.of(""), file.toString(), what);
  }

  /**
   * Declares a file of the command's set that this run does not write: an old copy would sit
   * beside new outputs it does not belong to, so it is removed when the outputs are committed
   * (and it counts as an existing file that needs {@code --force}).
   */
  void obsoleteInFolder(Path folder, String relative) {
    Path file = folder.resolve(relative);
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      requireNotAnInput(file);
      obsolete.add(file);
      if (!force) {
        existing.add(file);
      }
    }
  }

  /**
   * Refuses to go on when declared files already exist in a folder and {@code --force} was
   * not given; call it after every declaration and before the work.
   *
   * @throws BadInputException naming the files
   */
  void requireReplaceable() {
    if (existing.isEmpty()) {
      return;
    }
    List<String> names = existing.stream().map(Path::toString).toList();
    throw new BadInputException((names.size() == 1 ? names.get(0) + " already exists"
        : String.join(", ", names) + " already exist") + "; expected a folder without "
        + (names.size() == 1 ? "it" : "them") + ": choose another --out, or give --force to "
        + "replace " + (names.size() == 1 ? "it" : "them"));
  }

  /** Gives a declared file's content as bytes written to a stream. */
  void put(Path file, Body body) {
    given(file, body);
  }

  /** Gives a declared file's content; returns the file's target. */
  private Target given(Path file, Body body) {
    Target t = targets.get(key(file));
    if (t == null) {
      throw new IllegalStateException(file + " was not declared as an output");
    }
    if (t.ahead != null) {
      throw new IllegalStateException(file + " is already being written");
    }
    t.body = body;
    return t;
  }

  /**
   * Gives a declared file's content and, when {@code beside}, starts writing it at once, on a
   * thread of its own, to the temporary file in its folder (the folder is made now): a large
   * body made beside the caller then goes to disk while the command goes on, instead of into
   * memory to be copied out at the commit. Nothing is moved into place before {@link
   * #commit()}, which waits for the write and fails, as for any file, if it failed. Without
   * {@code beside} (a run on one thread), and for a device such as {@code /dev/null}, the body
   * is written at the commit as {@link #put} has it written.
   *
   * @param file the declared file
   * @param body its content, made on the writing thread
   * @param beside whether the command runs a thread beside the caller's ({@link
   *     Background#beside()})
   * @throws OutputException if the file's folder cannot be made or its path resolved
   */
  void putAhead(Path file, Body body, boolean beside) throws IOException {
    Target t = given(file, body);
    if (!beside) {
      return;
    }
    Path destination = destination(t.file);
    if (AtomicFiles.isSpecialFile(destination)) {
      return;
    }
    t.destination = destination;
    t.temp = newTemporary(t);
    t.ahead = new AheadWrite(t.temp, body);
    t.ahead.start();
  }

  /**
   * Gives a declared file's content as a string (UTF-8), encoded and written ahead when {@code
   * beside}, as {@link #putAhead} says: for a page rendered well before the commit.
   */
  void putTextAhead(Path file, String text, boolean beside) throws IOException {
    putAhead(file, new EncodedString(text), beside);
  }

  /** Gives a declared file's content as text written to a writer (UTF-8). */
  void putText(Path file, TextBody body) {
    put(file, new EncodedText(body));
  }

  /** Gives a declared file's content as a CSV table written into a byte buffer (UTF-8). */
  void putCsv(Path file, CsvBody body) {
    put(file, new FormattedTable(body));
  }

  /** Gives a declared file's content as a string (UTF-8). */
  void putText(Path file, String text) {
    put(file, new EncodedString(text));
  }

  /*
   * The bodies below are named classes rather than lambdas: lcn score writes through them, and
   * a lambda's first link costs a short run milliseconds.
   */

  /** A text body encoded as UTF-8 by a writer. */
  private static final class EncodedText implements Body {
    private final TextBody text;

    EncodedText(TextBody text) {
      this.text = text;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      Writer w = unclosable(new OutputStreamWriter(out, UTF_8));
      text.writeTo(w);
      w.flush();
    }
  }

  /** A CSV body formatted into a byte buffer. */
  private static final class FormattedTable implements Body {
    private final CsvBody table;

    FormattedTable(CsvBody table) {
      this.table = table;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      CsvOutput csv = CsvOutput.to(out);
      table.writeTo(csv);
      csv.flush();
    }
  }

  /**
   * A string encoded by {@link String#getBytes}, which gives the bytes a writer gives (an
   * unpaired surrogate becomes {@code ?} in both) several times faster in a short run than a
   * writer's encoder, for the reports of a megabyte or more.
   */
  private static final class EncodedString implements Body {
    private final String text;

    EncodedString(String text) {
      this.text = text;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(text.getBytes(UTF_8));
    }
  }

  /**
   * Writes every declared file: first all temporary files, then all moves into place, then
   * the removal of obsolete files. Nothing is replaced unless every file was written.
   *
   * @return the files written, in the order declared
   * @throws OutputException naming the file that could not be written and why
   */
  List<Path> commit() throws IOException {
    List<Target> all = new ArrayList<>(targets.values());
    for (Target t : all) {
      if (t.body == null) {
        throw new IllegalStateException(t.file + " was declared but given no content");
      }
    }
    try {
      for (Target t : all) {
        if (t.ahead != null) {
          t.ahead.finish(t.file);
          continue;
        }
        t.destination = destination(t.file);
        if (!AtomicFiles.isSpecialFile(t.destination)) {
          t.temp = writeTemporary(t);
        }
      }
      Set<Path> folders = new LinkedHashSet<>();
      for (Target t : all) {
        if (t.temp == null) {
          writeInPlace(t);
        } else {
          moveIntoPlace(t);
          folders.add(t.destination.toAbsolutePath().getParent());
        }
      }
      for (Path p : obsolete) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new OutputException(p, "could not be removed (it belongs to an earlier run and "
              + "is not part of this one)", e);
        }
      }
      for (Path folder : folders) {
        AtomicFiles.syncFolder(folder);
      }
      committed = true;
    } finally {
      for (Target t : all) {
        removeTemporary(t);
      }
      if (!committed) {
        removeMadeFolders();
      }
    }
    List<Path> written = new ArrayList<>(all.size());
    for (Target t : all) {
      written.add(t.file);
    }
    return Collections.unmodifiableList(written);
  }

  /**
   * Ends a run that did not commit: stops the files being written ahead and removes their
   * temporary files, and the folders the run made if they are empty. After a commit, or
   * without such files and folders, it does nothing.
   */
  @Override
  public void close() {
    if (committed) {
      return;
    }
    for (Target t : targets.values()) {
      removeTemporary(t);
    }
    removeMadeFolders();
  }

  /**
   * Removes the folders this run made, the last made first (so a folder's subfolders go
   * before it), each only if it is empty: one that holds anything, a file moved into place
   * before a later one failed or someone else's, stays with its parents.
   */
  private void removeMadeFolders() {
    for (int i = madeFolders.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(madeFolders.get(i));
      } catch (IOException e) {
        // Not empty, or not ours to remove: left as it is.
      }
    }
    madeFolders.clear();
  }

  /**
   * Removes a target's temporary file if it has one (not moved into place), once a write of it
   * going on ahead has stopped.
   */
  private static void removeTemporary(Target t) {
    if (t.ahead != null) {
      t.ahead.stop();
    }
    if (t.temp != null) {
      try {
        Files.deleteIfExists(t.temp);
      } catch (IOException e) {
        // The temporary file is hidden; leaving it behind loses nothing of the user's.
      }
      untrack(t.temp);
      t.temp = null;
    }
  }

  private void declare(Path file, String origin) {
    Path name = file.getFileName();
    if (name != null && name.toString().getBytes(UTF_8).length > AtomicFiles.MAX_NAME_BYTES) {
      throw new BadInputException(file + ": the file name is too long ("
          + name.toString().length() + " characters); expected at most " + AtomicFiles.MAX_NAME_BYTES
          + " bytes, the limit of common file systems");
    }
    requireNotAnInput(file);
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a folder; expected a file path for the output");
    }
    Optional<Path> blocked = fileInTheWay(file);
    if (blocked.isPresent()) {
      throw new BadInputException(file + ": cannot be written because " + blocked.get()
          + " is a file, not a folder; expected a path whose parents are folders");
    }
    Path key = key(file);
    Target before = targets.get(key);
    if (before != null) {
      throw new BadInputException("both " + before.origin + " and " + origin + " would be "
          + "written to " + file + "; expected outputs with different names (e.g. inputs with "
          + "different file names, or separate --out folders)");
    }
    targets.put(key, new Target(file, origin));
  }

  private void requireNotAnInput(Path file) {
    for (Path in : inputs) {
      if (sameFile(in, file)) {
        throw new BadInputException("the output " + file + " is the input " + in
            + "; writing it would destroy the input: expected an output path that is not one "
            + "of the inputs");
      }
    }
  }

  /** Whether two paths name the same file: by identity when both exist, else by real path. */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Fall back to comparing the paths.
    }
    return key(a).equals(key(b));
  }

  /**
   * The real path of a file that may not exist yet: the real path of its nearest existing
   * folder, then the rest of the path, so that links and {@code ..} are resolved.
   */
  private static Path key(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path existingPart = abs;
    List<Path> missing = new ArrayList<>();
    while (existingPart != null && !Files.exists(existingPart)) {
      if (existingPart.getFileName() != null) {
        missing.add(0, existingPart.getFileName());
      }
      existingPart = existingPart.getParent();
    }
    if (existingPart == null) {
      return abs;
    }
    try {
      Path real = existingPart.toRealPath();
      for (Path name : missing) {
        real = real.resolve(name);
      }
      return real;
    } catch (IOException e) {
      return abs;
    }
  }

  /** The nearest existing ancestor of a file when it is not a folder. */
  private static Optional<Path> fileInTheWay(Path file) {
    Path p = file.toAbsolutePath().normalize().getParent();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p != null && !Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  private static Path destination(Path file) throws IOException {
    try {
      return AtomicFiles.destination(file);
    } catch (IOException e) {
      throw new OutputException(file, "could not be resolved (a symbolic link that cannot be "
          + "followed?)", e);
    }
  }

  /** A device, named pipe or socket (-o /dev/null) is written in place, never replaced. */
  private static void writeInPlace(Target t) throws IOException {
    try {
      AtomicFiles.writeInPlace(t.destination, t.body);
    } catch (IOException e) {
      throw new OutputException(t.file, "could not be written", e);
    }
  }

  private Path writeTemporary(Target t) throws IOException {
    Path temp = newTemporary(t);
    boolean written = false;
    try {
      AtomicFiles.writeNew(temp, t.body);
      written = true;
    } catch (IOException e) {
      throw notWritten(t.file, e);
    } finally {
      if (!written) {
        untrack(temp);
      }
    }
    return temp;
  }

  /**
   * The temporary file of a target, named in its destination's folder (made now, with any
   * missing parents, which the run notes as its own) and tracked for the shutdown hook: for a
   * write at the commit and a write ahead alike.
   */
  private Path newTemporary(Target t) throws IOException {
    madeFolders.addAll(createFolder(t));
    Path temp = AtomicFiles.temporaryFor(t.destination);
    track(temp);
    return temp;
  }

  /** A failed write of a file as the commit reports it: "could not be written", and why. */
  private static OutputException notWritten(Path file, IOException e) {
    return e instanceof OutputException out ? out
        : new OutputException(file, "could not be written", e);
  }

  /**
   * Makes the folder of a target's destination, with any missing parents.
   *
   * @return the folders made, outermost first
   */
  private static List<Path> createFolder(Target t) throws IOException {
    Path folder = t.destination.toAbsolutePath().getParent();
    List<Path> missing = new ArrayList<>();
    for (Path p = folder; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        p = p.getParent()) {
      missing.add(0, p);
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new OutputException(t.file, "its folder could not be created", e);
    }
    return missing;
  }

  private static void moveIntoPlace(Target t) throws IOException {
    try {
      AtomicFiles.move(t.temp, t.destination);
      untrack(t.temp);
      t.temp = null;
    } catch (IOException e) {
      throw new OutputException(t.file, "could not be moved into place", e);
    }
  }

  /** Notes a temporary file about to be written; the shutdown hook is there while one is. */
  private static synchronized void track(Path temp) {
    if (hook == null) {
      Thread h = new Thread(new PartialOutputRemoval(), "lcn-remove-partial-outputs");
      try {
        Runtime.getRuntime().addShutdownHook(h);
        hook = h;
      } catch (IllegalStateException e) {
        // The JVM is already shutting down (Ctrl-C after an earlier commit) and takes no more
        // hooks; the write goes on until the exit, and a partial file it leaves stays hidden.
      }
    }
    IN_PROGRESS.add(temp);
  }

  /**
   * Notes that a temporary file was moved into place or removed; the last one removes the
   * shutdown hook (the JVM is not shutting down then, or the hook is already running and
   * stays).
   */
  private static synchronized void untrack(Path temp) {
    IN_PROGRESS.remove(temp);
    if (hook != null && IN_PROGRESS.isEmpty()) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        hook = null;
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook is already running and removes what is left.
      }
    }
  }

  /** Waits until every file written ahead is complete or has failed (for tests). */
  void awaitWritesAhead() {
    for (Target t : targets.values()) {
      if (t.ahead != null) {
        t.ahead.join();
      }
    }
  }

  /** Whether a shutdown hook is registered for temporary files in progress (for tests). */
  static synchronized boolean removesPartialOutputsOnShutdown() {
    return hook != null;
  }

  /** Removes the temporary files still being written when the JVM exits. */
  private static final class PartialOutputRemoval implements Runnable {
    @Override
    public void run() {
      for (Path p : IN_PROGRESS) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Exiting anyway; the file is hidden and named as partial.
        }
      }
    }
  }

  /**
   * A body written to its temporary file on a thread of its own ({@link #putAhead}). The file
   * stays tracked for the shutdown hook until the commit moves it or removes it.
   */
  private static final class AheadWrite implements Runnable {
    private final Path temp;
    private final Body body;
    private final Thread thread;
    /** What the write threw, read once the thread has ended. */
    private Throwable failure;

    AheadWrite(Path temp, Body body) {
      this.temp = temp;
      this.body = body;
      this.thread = new Thread(this, "lcn-write-ahead");
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    @Override
    public void run() {
      try {
        // removes the temporary file itself when the write fails
        AtomicFiles.writeNew(temp, body);
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
      }
    }

    /**
     * Waits for the write and throws what it threw, an I/O failure as the commit's message for
     * the file.
     */
    void finish(Path file) throws IOException {
      join();
      if (failure instanceof IOException e) {
        throw notWritten(file, e);
      }
      Background.rethrow(failure);
    }

    /** Interrupts a write still going on (its file's channel closes) and waits for its end. */
    void stop() {
      if (thread.isAlive()) {
        thread.interrupt();
      }
      join();
    }

    /** Waits for the thread's end; an interrupt meanwhile is kept for the caller. */
    private void join() {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static final class Target {
    final Path file;
    final String origin;
    Body body;
    /** The file really written: {@link #file} with symbolic links followed. */
    Path destination;
    Path temp;
    /** The write started by {@link #putAhead}, or null. */
    AheadWrite ahead;

    Target(Path file, String origin) {
      this.file = file;
      this.origin = origin;
    }
  }

  /**
   * A writer whose {@code close()} only flushes: for bodies that hand the writer to a library
   * that closes what it is given, so that the write path (or standard output) stays usable.
   */
  static Writer unclosable(Writer w) {
    return new FilterWriter(w) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}

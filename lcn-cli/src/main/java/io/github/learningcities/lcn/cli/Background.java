package io.github.learningcities.lcn.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One daemon thread beside the command's own, for independent work whose results the command
 * writes later (the second core renders a report or serialises the audit while the first
 * computes the next output). Each task is a pure function of values the caller no longer
 * changes, so what is written does not depend on which thread ran it; with one worker thread
 * asked for ({@code --threads 1}, or one processor) every task runs in the caller, at once.
 * Close it when the command is done (the thread is a daemon, so an early exit never waits).
 */
final class Background implements AutoCloseable {
  private final ExecutorService pool;

  private Background(ExecutorService pool) {
    this.pool = pool;
  }

  /**
   * A background for a command run with the given worker threads.
   *
   * @param threads the command's {@code --threads}: 0 for all processors, 1 for none beside
   *     the caller
   */
  static Background of(int threads) {
    if (!besideTheCaller(threads)) {
      return new Background(null);
    }
    return new Background(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "lcn-background");
      t.setDaemon(true);
      return t;
    }));
  }

  /**
   * Whether a command run with the given worker threads has a thread beside the caller's: the
   * one rule for every command's second core, this class's and the plain threads' (the long
   * score table's).
   *
   * @param threads the command's {@code --threads}: 0 for all processors
   */
  static boolean besideTheCaller(int threads) {
    return (threads == 0 ? Runtime.getRuntime().availableProcessors() : threads) > 1;
  }

  /** Whether there is a thread beside the caller's (else every task runs in the caller). */
  boolean beside() {
    return pool != null;
  }

  /** Starts the task beside the caller, or runs it now when there is no background thread. */
  <T> Future<T> submit(Callable<T> task) {
    if (pool != null) {
      return pool.submit(task);
    }
    try {
      return CompletableFuture.completedFuture(task.call());
    } catch (Exception | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * The task's result; its failure is thrown as it was thrown in the task, so a command reports
   * it as it would have without a background thread.
   */
  static <T> T join(Future<T> future) throws Exception {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * A file body produced beside the caller: the body writes into memory in the background and
   * the returned body copies those bytes when the write path asks for them. Without a
   * background thread the body itself is returned, to run when the files are written.
   */
  OutputFiles.Body bytes(OutputFiles.Body body) {
    if (pool == null) {
      return body;
    }
    Future<ByteChunks> bytes = submit(() -> {
      ByteChunks buffer = new ByteChunks();
      body.writeTo(buffer);
      return buffer;
    });
    return out -> {
      ByteChunks content;
      try {
        content = join(bytes);
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e.getMessage(), e);
      }
      content.writeTo(out);
    };
  }

  /**
   * Throws what a task run on a plain thread beside the caller threw, as it was thrown there
   * (nothing when it threw nothing): the caller reports it as it would have without the thread.
   *
   * @param failure what the task threw, or null
   */
  static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}

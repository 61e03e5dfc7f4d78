package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bytes kept in memory in blocks of a fixed size, for a file body made on another thread and
 * written later. A {@link java.io.ByteArrayOutputStream} doubles its array as it grows and
 * copies it once more when asked for it: some three times a body's size allocated (the
 * 2,000 x 42 long table's half of 3 MB took 11 MB, enough for a garbage collection in an
 * otherwise collection-free run); the blocks are allocated once and never copied here.
 */
final class ByteChunks extends OutputStream {
  private static final int BLOCK = 1 << 16;
  private final List<byte[]> full = new ArrayList<>();
  private byte[] current = new byte[BLOCK];
  private int position;

  /** The number of bytes written so far. */
  long size() {
    return (long) full.size() * BLOCK + position;
  }

  @Override
  public void write(int b) {
    if (position == current.length) {
      next();
    }
    current[position++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    while (len > 0) {
      if (position == current.length) {
        next();
      }
      int n = Math.min(len, current.length - position);
      System.arraycopy(b, off, current, position, n);
      position += n;
      off += n;
      len -= n;
    }
  }

  private void next() {
    full.add(current);
    current = new byte[BLOCK];
    position = 0;
  }

  /** Writes the bytes, in the order they came, to a stream. */
  void writeTo(OutputStream out) throws IOException {
    for (byte[] block : full) {
      out.write(block);
    }
    out.write(current, 0, position);
  }

  /** Writes the bytes, in the order they came, to a table output. */
  void writeTo(CsvOutput out) throws IOException {
    writeTo(out, 0, size());
  }

  /**
   * Writes the bytes from one place to another, in the order they came, to a table output.
   *
   * @param from the first byte's place (0 for the first byte written)
   * @param to the place after the last byte
   */
  void writeTo(CsvOutput out, long from, long to) throws IOException {
    Objects.checkFromToIndex(from, to, size());
    long at = from;
    while (at < to) {
      int block = (int) (at / BLOCK);
      int offset = (int) (at % BLOCK);
      byte[] bytes = block < full.size() ? full.get(block) : current;
      int n = (int) Math.min(BLOCK - offset, to - at);
      out.bytes(bytes, offset, n);
      at += n;
    }
  }
}

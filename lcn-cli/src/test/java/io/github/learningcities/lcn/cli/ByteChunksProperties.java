package io.github.learningcities.lcn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.serialization.internal.CsvOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The blocks give back exactly the bytes written, in order, whatever the pieces' sizes. */
class ByteChunksProperties {

  @Property(tries = 200)
  void theBytesComeBackInOrder(@ForAll long seed,
      @ForAll @Size(max = 12) List<@IntRange(max = 200_000) Integer> pieces) throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    ByteChunks chunks = new ByteChunks();
    for (int size : pieces) {
      byte[] b = new byte[size + 7];
      random.nextBytes(b);
      int off = random.nextInt(8);
      int len = Math.min(size, b.length - off);
      if (random.nextBoolean() && len > 0) {
        chunks.write(b[off]);
        expected.write(b[off]);
      } else {
        chunks.write(b, off, len);
        expected.write(b, off, len);
      }
    }
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    chunks.writeTo(streamed);
    assertThat(streamed.toByteArray()).isEqualTo(expected.toByteArray());

    ByteArrayOutputStream tabled = new ByteArrayOutputStream();
    CsvOutput out = CsvOutput.to(tabled);
    out.put('x');
    chunks.writeTo(out);
    out.put('y').flush();
    byte[] want = new byte[expected.size() + 2];
    want[0] = 'x';
    System.arraycopy(expected.toByteArray(), 0, want, 1, expected.size());
    want[want.length - 1] = 'y';
    assertThat(tabled.toByteArray()).isEqualTo(want);

    // Any part, given by where it starts and ends, is those bytes.
    byte[] all = expected.toByteArray();
    assertThat(chunks.size()).isEqualTo(all.length);
    for (int k = 0; k < 6; k++) {
      int from = random.nextInt(all.length + 1);
      int to = from + random.nextInt(all.length - from + 1);
      ByteArrayOutputStream part = new ByteArrayOutputStream();
      CsvOutput partOut = CsvOutput.to(part);
      chunks.writeTo(partOut, from, to);
      partOut.flush();
      assertThat(part.toByteArray()).isEqualTo(Arrays.copyOfRange(all, from, to));
    }
  }

  @Example
  void blockSizedPiecesAndNothing() throws IOException {
    for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 131_072}) {
      theBytesComeBackInOrder(size, List.of(size, size));
    }
  }

  @Example
  void aPartOutsideTheArrayIsRefused() {
    assertThatThrownBy(() -> new ByteChunks().write(new byte[4], 3, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> CsvOutput.to(new ByteArrayOutputStream()).bytes(new byte[4], -1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    ByteChunks three = new ByteChunks();
    three.write(new byte[3], 0, 3);
    CsvOutput out = CsvOutput.to(new ByteArrayOutputStream());
    assertThatThrownBy(() -> three.writeTo(out, 2, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> three.writeTo(out, 2, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}

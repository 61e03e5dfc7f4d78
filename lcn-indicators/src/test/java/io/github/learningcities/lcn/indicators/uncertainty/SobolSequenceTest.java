package io.github.learningcities.lcn.indicators.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK's Sobol sequence gives the points that Apache Commons Math 3.6.1 gave before it
 * replaced it, so seeded analyses are unchanged. The expected values were produced by
 * {@code org.apache.commons.math3.random.SobolSequenceGenerator} 3.6.1 and a copy of
 * {@code UncertaintyAnalysis.sample} as it was at commit 9f403a6 (the digests are SHA-256 over
 * the big-endian raw bits of every coordinate, row by row).
 */
class SobolSequenceTest {
  private static final String[] SCRAMBLED_16_BY_6_SEED_42 = {
      "0x1.cc898bfadba54p-2 0x1.fc66764cde206p-1 0x1.33ab8987cfa9p-3 0x1.9c3fe1c95c728p-1 0x1.8b0b4489047e4p-1 0x1.0c7e8f2036c18p-2",
      "0x1.e644c5fd6dd2ap-1 0x1.f8ccec99bc40cp-2 0x1.4ceae261f3ea4p-1 0x1.387fc392b8e5p-2 0x1.1616891208fc8p-2 0x1.863f47901b60cp-1",
      "0x1.6644c5fd6dd2ap-1 0x1.7c66764cde206p-1 0x1.99d5c4c3e7d48p-2 0x1.1c3fe1c95c728p-1 0x1.616891208fc8p-6 0x1.063f47901b60cp-1",
      "0x1.991317f5b74a8p-3 0x1.f199d93378818p-3 0x1.cceae261f3ea4p-1 0x1.c3fe1c95c728p-5 0x1.0b0b4489047e4p-1 0x1.8fd1e406d83p-7",
      "0x1.32262feb6e95p-4 0x1.3c66764cde206p-1 0x1.0ceae261f3ea4p-1 0x1.70ff872571cap-3 0x1.4b0b4489047e4p-1 0x1.8c7e8f2036c18p-2",
      "0x1.2644c5fd6dd2ap-1 0x1.e333b266f103p-4 0x1.9d5c4c3e7d48p-6 0x1.5c3fe1c95c728p-1 0x1.2c2d122411f9p-3 0x1.c63f47901b60cp-1",
      "0x1.a644c5fd6dd2ap-1 0x1.bc66764cde206p-1 0x1.8ceae261f3ea4p-1 0x1.b87fc392b8e5p-2 0x1.9616891208fc8p-2 0x1.463f47901b60cp-1",
      "0x1.4c898bfadba54p-2 0x1.78ccec99bc40cp-2 0x1.19d5c4c3e7d48p-2 0x1.dc3fe1c95c728p-1 0x1.cb0b4489047e4p-1 0x1.18fd1e406d83p-3",
      "0x1.0c898bfadba54p-2 0x1.5c66764cde206p-1 0x1.aceae261f3ea4p-1 0x1.7c3fe1c95c728p-1 0x1.5616891208fc8p-2 0x1.31fa3c80db06p-4",
      "0x1.8644c5fd6dd2ap-1 0x1.7199d93378818p-3 0x1.59d5c4c3e7d48p-2 0x1.f0ff872571cap-3 0x1.ab0b4489047e4p-1 0x1.263f47901b60cp-1",
      "0x1.0644c5fd6dd2ap-1 0x1.dc66764cde206p-1 0x1.2ceae261f3ea4p-1 0x1.fc3fe1c95c728p-1 0x1.2b0b4489047e4p-1 0x1.a63f47901b60cp-1",
      "0x1.91317f5b74a8p-7 0x1.b8ccec99bc40cp-2 0x1.6757130f9f52p-4 0x1.f87fc392b8e5p-2 0x1.585a244823f2p-4 0x1.4c7e8f2036c18p-2",
      "0x1.191317f5b74a8p-3 0x1.9c66764cde206p-1 0x1.d9d5c4c3e7d48p-2 0x1.787fc392b8e5p-2 0x1.ac2d122411f9p-3 0x1.98fd1e406d83p-3",
      "0x1.4644c5fd6dd2ap-1 0x1.38ccec99bc40cp-2 0x1.eceae261f3ea4p-1 0x1.bc3fe1c95c728p-1 0x1.6b0b4489047e4p-1 0x1.663f47901b60cp-1",
      "0x1.c644c5fd6dd2ap-1 0x1.1c66764cde206p-1 0x1.b3ab8987cfa9p-3 0x1.e1ff0e4ae394p-4 0x1.eb0b4489047e4p-1 0x1.e63f47901b60cp-1",
      "0x1.8c898bfadba54p-2 0x1.c66764cde206p-5 0x1.6ceae261f3ea4p-1 0x1.3c3fe1c95c728p-1 0x1.d616891208fc8p-2 0x1.cc7e8f2036c18p-2"
  };

  @Test
  void theFirstPointsAreBratleyAndFoxs() {
    SobolSequence s = new SobolSequence(4);
    double[][] expected = {
        {0, 0, 0, 0}, {0.5, 0.5, 0.5, 0.5}, {0.75, 0.25, 0.25, 0.25},
        {0.25, 0.75, 0.75, 0.75}, {0.375, 0.375, 0.625, 0.875},
        {0.875, 0.875, 0.125, 0.375}, {0.625, 0.125, 0.875, 0.625},
        {0.125, 0.625, 0.375, 0.125}};
    for (double[] point : expected) {
      assertThat(unit(s.nextBits())).containsExactly(point);
    }
  }

  @Test
  void scrambledPointsAreThoseCommonsMathGave() {
    double[][] p = UncertaintyAnalysis.sample(16, 6, UncertaintySpec.Sampling.SOBOL, 42L);
    for (int j = 0; j < SCRAMBLED_16_BY_6_SEED_42.length; j++) {
      String[] hex = SCRAMBLED_16_BY_6_SEED_42[j].split(" ");
      for (int k = 0; k < hex.length; k++) {
        assertThat(p[j][k]).as("point %d, dimension %d", j, k)
            .isEqualTo(Double.parseDouble(hex[k]));
      }
    }
  }

  @Test
  void aSequenceIsTheFirstColumnsOfAWiderOneWhateverWidthsCameBefore() {
    // the direction numbers are parsed as far as the widest sequence so far: narrower, wider
    // and again narrower sequences (made here before the widest) must see the same numbers
    int[] widths = {3, 1, 40, 7, 2, 999, 12};
    long[][][] points = new long[widths.length][64][];
    for (int w = 0; w < widths.length; w++) {
      SobolSequence s = new SobolSequence(widths[w]);
      for (int j = 0; j < 64; j++) {
        points[w][j] = s.nextBits();
      }
    }
    SobolSequence all = new SobolSequence(SobolSequence.MAX_DIMENSIONS);
    for (int j = 0; j < 64; j++) {
      long[] wide = all.nextBits();
      for (int w = 0; w < widths.length; w++) {
        assertThat(points[w][j]).as("width %d, point %d", widths[w], j)
            .containsExactly(java.util.Arrays.copyOf(wide, widths[w]));
      }
    }
  }

  @Test
  void allThousandDimensionsGiveCommonsMathsPoints() {
    SobolSequence s = new SobolSequence(SobolSequence.MAX_DIMENSIONS);
    List<double[]> raw = new ArrayList<>();
    for (int j = 0; j < 4096; j++) {
      raw.add(unit(s.nextBits()));
    }
    assertThat(digest(raw.toArray(new double[0][])))
        .isEqualTo("bae44f01f04fe7afbac74843890c7519c9fc42d9ff8d1f0ea54b234979eec2cf");
    assertThat(digest(UncertaintyAnalysis.sample(4096, 1000, UncertaintySpec.Sampling.SOBOL,
        20171027L)))
        .isEqualTo("dacf2e2bf179da8a3b30e7e31f657c6fb96172080b74aec6d8705a6a361ff946");
    assertThat(digest(UncertaintyAnalysis.sample(1000, 3, UncertaintySpec.Sampling.SOBOL, 42L)))
        .isEqualTo("90c87073cca0557f0e75746e5cb61189bf8aa1e3d33bd33f6b43557e9f9b88fb");
  }

  @Test
  void dimensionsOutsideTheShippedNumbersAreRefused() {
    assertThatThrownBy(() -> new SobolSequence(SobolSequence.MAX_DIMENSIONS + 1))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("1001 dimensions; expected 1 to 1000");
    assertThatThrownBy(() -> new SobolSequence(0)).isInstanceOf(IndicatorsException.class);
  }

  @Test
  void tooManyFactorsForSobolSamplingAreNamedBeforeAnyRun() {
    List<Factor> factors = new ArrayList<>();
    for (int f = 0; f < 501; f++) {
      factors.add(Factor.normalisation("f" + f,
          List.of(Normalisation.minMax(0, 100), Normalisation.minMax(1, 100))));
    }
    UncertaintySpec spec = UncertaintySpec.of(factors, 4, 1L).withSensitivity();
    assertThatThrownBy(() -> UncertaintyAnalysis.run(Engine.standard(), UncertaintyAnalysisTest.nominal(
        Pipeline.coinrDefault()), spec, (done, total) -> { }))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("501 factors with sensitivity indices")
        .hasMessageContaining("need 1002 Sobol dimensions; expected at most 1000");
  }

  private static double[] unit(long[] bits) {
    double[] out = new double[bits.length];
    for (int k = 0; k < bits.length; k++) {
      out[k] = bits[k] / (double) (1L << SobolSequence.BITS);
    }
    return out;
  }

  private static String digest(double[][] points) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (double[] row : points) {
        for (double v : row) {
          long b = Double.doubleToRawLongBits(v);
          for (int i = 7; i >= 0; i--) {
            md.update((byte) (b >>> (8 * i)));
          }
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}

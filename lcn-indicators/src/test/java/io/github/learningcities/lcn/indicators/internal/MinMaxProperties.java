package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.method.Normaliser;
import io.github.learningcities.lcn.indicators.method.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Min-max with its one-accumulator min/max pass gives, bit for bit, the outputs and the notes
 * of the former kernel ({@link MinMaxOracle}): on columns with missing values, ties, 0.0 and
 * -0.0 (also as the extremes, and as the lower bound), infinities, the largest and the
 * smallest doubles, both directions and several bounds.
 */
class MinMaxProperties {

  record Case(double[] column, int sign, double lower, double upper) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Double> cell = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.doubles().between(-100, 100)),
        Tuple.of(3, Arbitraries.of(-2.0, -1.0, 0.0, -0.0, 1.0, 2.0)),
        Tuple.of(2, Arbitraries.just(Double.NaN)),
        Tuple.of(1, Arbitraries.of(1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY)));
    Arbitrary<double[]> column = Arbitraries.frequencyOf(
        Tuple.of(4, cell.array(double[].class).ofMinSize(0).ofMaxSize(12)),
        Tuple.of(2, cell.array(double[].class).ofMinSize(13).ofMaxSize(300)),
        // only zeros and missing values: which zero is each extreme
        Tuple.of(2, Arbitraries.of(0.0, -0.0, Double.NaN, 3.0, -3.0)
            .array(double[].class).ofMinSize(1).ofMaxSize(9)));
    Arbitrary<Double> bound = Arbitraries.of(0.0, -0.0, 1.0, 100.0, -5.0, 1e-310, 1e308,
        -1e308);
    return Combinators.combine(column, Arbitraries.of(1, -1), bound, bound)
        .as(Case::new);
  }

  @Property(tries = 1000)
  void sameOutputsAndNotesAsTheFormerKernel(@ForAll("cases") Case c) {
    Parameters p = Parameters.of(Map.of("lower", c.lower, "upper", c.upper));
    double[] out = new double[c.column.length];
    double[] before = new double[c.column.length];
    List<String> notes = new ArrayList<>();
    List<String> notesBefore = new ArrayList<>();
    BuiltInNormalisers.minMax(c.column, c.sign, out, p, context(c.sign, notes));
    MinMaxOracle.minMax(c.column, c.sign, before, p, context(c.sign, notesBefore));
    for (int i = 0; i < out.length; i++) {
      assertThat(Double.doubleToRawLongBits(out[i])).as("unit %d", i)
          .isEqualTo(Double.doubleToRawLongBits(before[i]));
    }
    assertThat(notes).isEqualTo(notesBefore);
  }

  /**
   * The column the engine leaves unwritten (written later, by the aggregation into scratch or
   * by the results on request) holds the former kernel's values bit for bit, and only a column
   * without a note is left unwritten; a column on the affine path is always left unwritten.
   */
  @Property(tries = 1000)
  void unwrittenColumnHoldsTheFormerKernelsValues(@ForAll("cases") Case c) {
    Parameters p = Parameters.of(Map.of("lower", c.lower, "upper", c.upper));
    double[] before = new double[c.column.length];
    List<String> notesBefore = new ArrayList<>();
    MinMaxOracle.minMax(c.column, c.sign, before, p, context(c.sign, notesBefore));
    AffineColumn later = BuiltInNormalisers.minMaxLater(c.column, c.sign, p);
    double[] e = MinMaxOracle.pairedExtremes(c.column);
    double min = c.sign > 0 ? e[0] : -e[1];
    double range = (c.sign > 0 ? e[1] : -e[0]) - min;
    double f = Math.abs((c.upper - c.lower) / range);
    boolean affine = e[0] <= e[1] && range != 0 && range < Double.POSITIVE_INFINITY
        && f < Double.POSITIVE_INFINITY && f >= Double.MIN_NORMAL;
    assertThat(later != null).as("left unwritten").isEqualTo(affine);
    if (later == null) {
      return;
    }
    assertThat(notesBefore).isEmpty();
    double[] out = later.values();
    double[] again = new double[c.column.length];
    later.writeTo(again);
    assertThat(out).hasSize(before.length);
    for (int i = 0; i < out.length; i++) {
      assertThat(Double.doubleToRawLongBits(out[i])).as("unit %d", i)
          .isEqualTo(Double.doubleToRawLongBits(before[i]))
          .isEqualTo(Double.doubleToRawLongBits(again[i]));
    }
  }

  @Property(tries = 300)
  void pairedExtremesAreThePresentMinimumAndMaximum(@ForAll("cases") Case c) {
    double[] e = MinMaxOracle.pairedExtremes(c.column);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : c.column) {
      if (!Double.isNaN(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    // equal as numbers (0.0 == -0.0): which zero is the order's business
    assertThat(e[0] == lo).as("min %s against %s", e[0], lo).isTrue();
    assertThat(e[1] == hi).as("max %s against %s", e[1], hi).isTrue();
  }

  @Property(tries = 300)
  void pairedZeroIsTheZeroTheFormerLoopTook(@ForAll("cases") Case c) {
    double[] e = MinMaxOracle.pairedExtremes(c.column);
    if (e[0] == 0) {
      assertThat(Double.doubleToRawLongBits(BuiltInNormalisers.pairedZero(c.column, true)))
          .isEqualTo(Double.doubleToRawLongBits(e[0]));
    }
    if (e[1] == 0) {
      assertThat(Double.doubleToRawLongBits(BuiltInNormalisers.pairedZero(c.column, false)))
          .isEqualTo(Double.doubleToRawLongBits(e[1]));
    }
  }

  private static Normaliser.Context context(int sign, List<String> notes) {
    return new Normaliser.Context() {
      @Override
      public String indicator() {
        return "x";
      }

      @Override
      public OptionalDouble target() {
        return OptionalDouble.empty();
      }

      @Override
      public int sign() {
        return sign;
      }

      @Override
      public int unitIndex(String unit) {
        throw new AssertionError("min-max looks no unit up");
      }

      @Override
      public void note(String code, String message) {
        notes.add(code + ": " + message);
      }
    };
  }
}

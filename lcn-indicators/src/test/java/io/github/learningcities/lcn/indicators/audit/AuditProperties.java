package io.github.learningcities.lcn.indicators.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of an audit: the order of the units does not matter, and rescaling a raw indicator
 * by a positive factor changes nothing the audit judges (min-max normalisation undoes it; the
 * statistics' flags depend on shape, not scale).
 */
class AuditProperties {
  private static final int UNITS = 40;

  private static Audit audit(Results r) {
    return Audit.of(Engine.standard(), r, AuditSpec.defaults().withBootstrap(40).withThreads(1));
  }

  @Property(tries = 8)
  void permutingTheUnitsChangesNothing(@ForAll @LongRange(min = 1, max = 1000) long dataSeed,
      @ForAll long shuffleSeed) {
    Map<String, double[]> cols = AuditFixtures.columns(UNITS, dataSeed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < UNITS; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(shuffleSeed));
    Map<String, double[]> permuted = new LinkedHashMap<>();
    cols.forEach((code, v) -> {
      double[] p = new double[UNITS];
      for (int i = 0; i < UNITS; i++) {
        p[i] = v[order.get(i)];
      }
      permuted.put(code, p);
    });
    Results original = AuditFixtures.results(cols);
    // the units' codes follow their rows: the same units, reordered
    List<String> codes = order.stream().map(AuditFixtures::unitCode).toList();
    Results shuffled = AuditFixtures.results(permuted, codes);
    assertSameJudgement(audit(original), audit(shuffled));
  }

  @Property(tries = 8)
  void rescalingAnIndicatorChangesNoJudgement(
      @ForAll @LongRange(min = 1, max = 1000) long dataSeed,
      @ForAll @IntRange(min = 0, max = 5) int column,
      @ForAll @DoubleRange(min = -3, max = 3) double log10Factor) {
    double factor = Math.pow(10, log10Factor);
    Map<String, double[]> cols = AuditFixtures.columns(UNITS, dataSeed);
    Map<String, double[]> scaled = new LinkedHashMap<>(cols);
    String code = new ArrayList<>(cols.keySet()).get(column);
    double[] v = cols.get(code).clone();
    for (int i = 0; i < v.length; i++) {
      v[i] *= factor;
    }
    scaled.put(code, v);
    assertSameJudgement(audit(AuditFixtures.results(cols)),
        audit(AuditFixtures.results(scaled)));
  }

  private static void assertSameJudgement(Audit a, Audit b) {
    assertThat(keys(b.findings())).containsExactlyInAnyOrderElementsOf(keys(a.findings()));
    for (int i = 0; i < a.importance().size(); i++) {
      Importance x = a.importance().get(i);
      Importance y = b.importance().get(i);
      assertThat(y.indicator()).isEqualTo(x.indicator());
      assertThat(y.ratio().getAsDouble()).isCloseTo(x.ratio().getAsDouble(), within(1e-9));
      assertThat(y.low().getAsDouble()).isCloseTo(x.low().getAsDouble(), within(1e-9));
      assertThat(y.high().getAsDouble()).isCloseTo(x.high().getAsDouble(), within(1e-9));
    }
    for (int i = 0; i < a.reliability().size(); i++) {
      assertThat(b.reliability().get(i).alpha().getAsDouble())
          .isCloseTo(a.reliability().get(i).alpha().getAsDouble(), within(1e-9));
    }
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.severity() + " " + f.kind() + " " + f.place()).toList();
  }
}

package io.github.learningcities.lcn.indicators.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrendsTest {
  private static final double NA = Double.NaN;
  private static final double[] YEARS = {2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
      2020};

  @Test
  void cagrIsTheGeometricGrowthFromFirstToLatest() {
    // COINr's test: CAGR(y, 2011:2020) == (y[10] / y[1])^(1/9) - 1
    double[] y = {0.3, 0.8, 0.1, 0.5, 0.9, 0.2, 0.4, 0.6, 0.7, 0.45};
    assertThat(Trends.cagr(YEARS, y).getAsDouble())
        .isCloseTo(Math.pow(0.45 / 0.3, 1 / 9.0) - 1, within(1e-15));
    // missing ends are skipped: first 2012 (0.8), latest 2019 (0.7)
    double[] gaps = y.clone();
    gaps[0] = NA;
    gaps[9] = NA;
    assertThat(Trends.cagr(YEARS, gaps).getAsDouble())
        .isCloseTo(Math.pow(0.7 / 0.8, 1 / 7.0) - 1, within(1e-15));
    // 100 -> 121 over two years is 10 % a year
    assertThat(Trends.cagr(new double[] {2020, 2022}, new double[] {100, 121}).getAsDouble())
        .isCloseTo(0.1, within(1e-15));
  }

  @Test
  void cagrEdgeCases() {
    assertThat(Trends.cagr(new double[] {1, 2}, new double[] {0, 0}).getAsDouble()).isZero();
    assertThat(Trends.cagr(new double[] {1, 2}, new double[] {0, 3})).isEmpty();
    assertThat(Trends.cagr(new double[] {1, 2}, new double[] {-1, 3})).isEmpty();
    assertThat(Trends.cagr(new double[] {1, 2, 3}, new double[] {NA, 3, NA})).isEmpty();
    // unordered time points are ordered first
    assertThat(Trends.cagr(new double[] {2022, 2020}, new double[] {121, 100}).getAsDouble())
        .isCloseTo(0.1, within(1e-15));
  }

  @Test
  void percentChangeFromTwoPointsAndByRegression() {
    // COINr's test: two points give (y2 - y1) / y1 * 100
    assertThat(Trends.percentChange(new double[] {2010, 2011}, new double[] {4, 5}, 1)
        .getAsDouble()).isCloseTo(25, within(1e-12));
    // t = 0, 1, 2 and y = 1, 2, 4: slope 1.5, fitted first value 7/3 - 1.5 = 5/6, 180 %
    assertThat(Trends.percentChange(new double[] {0, 1, 2}, new double[] {1, 2, 4}, 1)
        .getAsDouble()).isCloseTo(180, within(1e-12));
    // per decade: ten times the yearly change
    assertThat(Trends.percentChange(new double[] {0, 1, 2}, new double[] {1, 2, 4}, 10)
        .getAsDouble()).isCloseTo(1800, within(1e-10));
    assertThat(Trends.percentChange(new double[] {0, 1, 2}, new double[] {3, 3, 3}, 1)
        .getAsDouble()).isZero();
    assertThat(Trends.percentChange(new double[] {0, 1}, new double[] {0, 3}, 1)).isEmpty();
    assertThat(TrendMetric.PERCENT_CHANGE.of(new double[] {0, 1}, new double[] {4, 5})
        .getAsDouble()).isCloseTo(25, within(1e-12));
  }

  @Test
  void invalidSeriesAreRefused() {
    assertThatThrownBy(() -> Trends.cagr(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(TrendException.class).hasMessageContaining("2 time points and 1 values");
    assertThatThrownBy(() -> Trends.cagr(new double[] {1, 1}, new double[] {1, 2}))
        .isInstanceOf(TrendException.class).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> Trends.cagr(new double[] {1, NA}, new double[] {1, 2}))
        .isInstanceOf(TrendException.class).hasMessageContaining("time point 2 is NaN");
    assertThatThrownBy(() -> Trends.percentChange(new double[] {1, 2}, new double[] {1, 2}, 0))
        .isInstanceOf(TrendException.class).hasMessageContaining("period 0.0");
  }

  private static Dataset year(double a, double b, boolean withV) {
    Map<String, double[]> cols = new TreeMap<>();
    cols.put("good", withV ? new double[] {a, 1} : new double[] {a});
    cols.put("bad", withV ? new double[] {b, 1} : new double[] {b});
    List<Unit> units = withV ? List.of(Unit.of("u", null), Unit.of("v", null))
        : List.of(Unit.of("u", null));
    return Dataset.ofColumns(units, cols);
  }

  private static Panel panel() {
    return Panel.of(Map.of(2018, year(100, 50, false), 2019, year(110, NA, true),
        2020, year(121, 40, true)));
  }

  @Test
  void trendsOfAPanelWithAndWithoutDirections() {
    Framework fw = Framework.builder().node("I", null).node("good", "I")
        .node(Node.of("bad", "I").withDirection(Direction.NEGATIVE)).build();
    List<Trend> plain = Trends.of(panel(), TrendMetric.CAGR);
    Trend uGood = find(plain, "u", "good");
    assertThat(uGood.value().getAsDouble()).isCloseTo(0.1, within(1e-14));
    assertThat(uGood.observations()).isEqualTo(3);
    assertThat(uGood.availability()).isEqualTo(1.0);
    Trend uBad = find(plain, "u", "bad");
    assertThat(uBad.value().getAsDouble()).isCloseTo(Math.sqrt(0.8) - 1, within(1e-14));
    assertThat(uBad.availability()).isCloseTo(2 / 3.0, within(1e-15));
    Trend vGood = find(plain, "v", "good");
    assertThat(vGood.value().getAsDouble()).isZero();
    assertThat(vGood.firstTime().getAsInt()).isEqualTo(2019);
    assertThat(vGood.latestTime().getAsInt()).isEqualTo(2020);
    List<Trend> directed = Trends.of(panel(), fw, TrendMetric.CAGR);
    assertThat(find(directed, "u", "bad").value().getAsDouble())
        .isCloseTo(1 - Math.sqrt(0.8), within(1e-14));
    assertThat(find(directed, "u", "good").value().getAsDouble()).isCloseTo(0.1, within(1e-14));
  }

  @Test
  void progressAgainstABaselineAndTargets() {
    List<Progress> p = Trends.progress(panel(), 2018, Map.of("good", 150.0, "bad", 30.0));
    Progress good = progressOf(p, "u", "good");
    assertThat(good.baselineValue().getAsDouble()).isEqualTo(100);
    assertThat(good.latestTime().getAsInt()).isEqualTo(2020);
    assertThat(good.change().getAsDouble()).isEqualTo(21);
    assertThat(good.relativeChange().getAsDouble()).isEqualTo(0.21);
    assertThat(good.targetGapClosed().getAsDouble()).isCloseTo(21 / 50.0, within(1e-15));
    // lower is better: 50 -> 40 towards 30 closes half the gap
    Progress bad = progressOf(p, "u", "bad");
    assertThat(bad.targetGapClosed().getAsDouble()).isCloseTo(0.5, within(1e-15));
    Progress absent = progressOf(p, "v", "good");
    assertThat(absent.baselineValue()).isEmpty();
    assertThat(absent.change()).isEmpty();
    assertThat(absent.latestValue().getAsDouble()).isEqualTo(1);
    assertThatThrownBy(() -> Trends.progress(panel(), 2017, Map.of()))
        .isInstanceOf(TrendException.class).hasMessageContaining("baseline 2017");
  }

  @Test
  void progressAgainstTheFrameworksTargets() {
    Framework fw = Framework.builder().node("I", null).node(Node.of("good", "I")
        .withTarget(221)).node("bad", "I").build();
    List<Progress> p = Trends.progress(panel(), fw, 2019);
    Progress good = progressOf(p, "u", "good");
    assertThat(good.target().getAsDouble()).isEqualTo(221);
    assertThat(good.targetGapClosed().getAsDouble()).isCloseTo(11 / 111.0, within(1e-15));
    assertThat(progressOf(p, "u", "bad").target()).isEmpty();
    assertThat(progressOf(p, "u", "bad").baselineValue()).isEmpty();
  }

  @Test
  void trendsOfResultsPerTimePoint() {
    Framework fw = Framework.builder().node("I", null).node("a", "I").node("b", "I").build();
    Map<Integer, Results> byYear = new TreeMap<>();
    // min-max over 3 units: unit "x" scores 0 on both in 2020 and 100 on both in 2021
    byYear.put(2020, run(fw, new double[] {1, 2, 3}, new double[] {1, 2, 3}));
    byYear.put(2021, run(fw, new double[] {3, 2, 1}, new double[] {3, 2, 1}));
    List<Trend> t = Trends.ofResults(byYear, TrendMetric.PERCENT_CHANGE);
    assertThat(find(t, "y", "I").value().getAsDouble()).isZero();
    assertThat(find(t, "z", "I").value().getAsDouble()).isCloseTo(-100, within(1e-12));
    assertThat(find(t, "x", "I").value()).isEmpty();
    List<Progress> p = Trends.progressOfResults(byYear, 2020, Map.of("I", 100.0));
    assertThat(progressOf(p, "x", "I").targetGapClosed().getAsDouble()).isCloseTo(1, within(1e-12));
  }

  private static Results run(Framework fw, double[] a, double[] b) {
    Map<String, double[]> cols = new TreeMap<>(Map.of("a", a, "b", b));
    return Engine.standard().run(fw, Dataset.ofColumns(List.of(Unit.of("x", null),
        Unit.of("y", null), Unit.of("z", null)), cols), Pipeline.coinrDefault());
  }

  private static Trend find(List<Trend> ts, String unit, String code) {
    return ts.stream().filter(t -> t.unit().equals(unit) && t.code().equals(code)).findFirst()
        .orElseThrow();
  }

  private static Progress progressOf(List<Progress> ps, String unit, String code) {
    return ps.stream().filter(p -> p.unit().equals(unit) && p.code().equals(code)).findFirst()
        .orElseThrow();
  }
}

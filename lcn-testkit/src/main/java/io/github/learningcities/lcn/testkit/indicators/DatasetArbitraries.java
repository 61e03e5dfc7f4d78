package io.github.learningcities.lcn.testkit.indicators;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Units and datasets for a framework's indicators, with a chosen pattern of missing values,
 * groups ({@value #SIZE_GROUP} and {@value #REGION_GROUP}) and a population denominator; and
 * panels of such datasets over time.
 *
 * @since 0.1.0
 */
public final class DatasetArbitraries {

  /** The group variable with the values {@code small} and {@code large}. */
  public static final String SIZE_GROUP = "size";

  /** The group variable with the values {@code north}, {@code centre} and {@code south}. */
  public static final String REGION_GROUP = "region";

  /** The denominator every generated unit carries. */
  public static final String POPULATION = "population";

  private DatasetArbitraries() {}

  /** Where a generated dataset has missing values. */
  public enum Missing {
    /** No missing value. */
    NONE,
    /** About one cell in ten missing, at random. */
    SCATTERED,
    /** The first unit misses every indicator. */
    ALL_MISSING_UNIT,
    /** The first indicator is missing for every unit. */
    ALL_MISSING_INDICATOR
  }

  /**
   * Returns a unit numbered {@code n}: code {@code u<n>}, the groups and a population.
   *
   * @param n the unit's number, from 1
   * @return the units
   */
  public static Arbitrary<Unit> units(int n) {
    return Combinators.combine(Arbitraries.of("small", "large"),
        Arbitraries.of("north", "centre", "south"),
        Arbitraries.integers().between(5_000, 3_000_000).shrinkTowards(50_000))
        .as((size, region, population) -> new Unit("u" + n, "Unit " + n,
            Map.of(SIZE_GROUP, size, REGION_GROUP, region),
            Map.of(POPULATION, (double) population)));
  }

  /**
   * Returns units numbered 1.
   *
   * @return the units
   */
  public static Arbitrary<Unit> units() {
    return units(1);
  }

  /**
   * Returns values of an indicator: numbers with two decimals between -100 and 1000, shrinking
   * towards 0.
   *
   * @return the values
   */
  public static Arbitrary<Double> values() {
    return Arbitraries.doubles().between(-100, 1000).ofScale(2);
  }

  /**
   * Returns datasets of {@code minUnits} to {@code maxUnits} units for the framework's
   * indicators, with the given pattern of missing values.
   *
   * @param framework the framework whose indicators the columns are
   * @param minUnits the least number of units, at least 1
   * @param maxUnits the largest number of units
   * @param missing where values are missing
   * @return the datasets
   */
  public static Arbitrary<Dataset> datasets(Framework framework, int minUnits, int maxUnits,
      Missing missing) {
    List<String> indicators = framework.indicators().stream().map(Node::code).toList();
    return Arbitraries.integers().between(minUnits, maxUnits).flatMap(n -> {
      List<Arbitrary<Unit>> units = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        units.add(units(i));
      }
      Arbitrary<Double> cell = missing == Missing.SCATTERED
          ? values().injectNull(0.1).map(v -> v == null ? Dataset.MISSING : v) : values();
      return Combinators.combine(Combinators.combine(units).as(u -> u),
          cell.list().ofSize(n * indicators.size())).as((us, cells) -> {
            Map<String, double[]> columns = new LinkedHashMap<>();
            for (int j = 0; j < indicators.size(); j++) {
              double[] col = new double[n];
              for (int i = 0; i < n; i++) {
                col[i] = cells.get(j * n + i);
                if ((missing == Missing.ALL_MISSING_UNIT && i == 0)
                    || (missing == Missing.ALL_MISSING_INDICATOR && j == 0)) {
                  col[i] = Dataset.MISSING;
                }
              }
              columns.put(indicators.get(j), col);
            }
            return Dataset.ofColumns(us, columns);
          });
    });
  }

  /**
   * Returns datasets of 2 to 12 units with scattered missing values.
   *
   * @param framework the framework whose indicators the columns are
   * @return the datasets
   */
  public static Arbitrary<Dataset> datasets(Framework framework) {
    return datasets(framework, 2, 12, Missing.SCATTERED);
  }

  /**
   * Returns datasets for random frameworks.
   *
   * @return the datasets
   */
  public static Arbitrary<Dataset> datasets() {
    return FrameworkArbitraries.frameworks().flatMap(DatasetArbitraries::datasets);
  }

  /**
   * Returns panels: the same units and indicators observed at two to five consecutive years
   * from 2018, with scattered missing values.
   *
   * @param framework the framework whose indicators the columns are
   * @return the panels
   */
  public static Arbitrary<Panel> panels(Framework framework) {
    return Combinators.combine(Arbitraries.integers().between(2, 5),
        datasets(framework, 2, 8, Missing.NONE)).as((t, d) -> new Object[] {t, d})
        .flatMap(a -> {
          int times = (Integer) a[0];
          Dataset base = (Dataset) a[1];
          return Arbitraries.doubles().between(-0.2, 0.2).ofScale(3).injectNull(0.1)
              .list().ofSize(times * base.unitCount() * base.indicators().size())
              .map(changes -> {
                Map<Integer, Dataset> byTime = new TreeMap<>();
                int k = 0;
                for (int t = 0; t < times; t++) {
                  Map<String, double[]> cols = new LinkedHashMap<>();
                  for (String ind : base.indicators()) {
                    double[] col = base.column(ind);
                    for (int i = 0; i < col.length; i++) {
                      Double c = changes.get(k++);
                      col[i] = c == null ? Dataset.MISSING
                          : Math.round(col[i] * (1 + c * t) * 100) / 100.0;
                    }
                    cols.put(ind, col);
                  }
                  byTime.put(2018 + t, Dataset.ofColumns(base.units(), cols));
                }
                return Panel.of(byTime);
              });
        });
  }

  /**
   * Returns panels for random frameworks.
   *
   * @return the panels
   */
  public static Arbitrary<Panel> panels() {
    return FrameworkArbitraries.frameworks().flatMap(DatasetArbitraries::panels);
  }
}

package io.github.learningcities.lcn.testkit.tests;

import io.github.learningcities.lcn.indicators.analysis.Correlation;
import io.github.learningcities.lcn.indicators.analysis.CorrelationMatrix;
import io.github.learningcities.lcn.indicators.analysis.CronbachAlpha;
import io.github.learningcities.lcn.indicators.analysis.DataAvailability;
import io.github.learningcities.lcn.indicators.analysis.EffectiveWeights;
import io.github.learningcities.lcn.indicators.analysis.IndicatorStatistics;
import io.github.learningcities.lcn.indicators.analysis.PrincipalComponents;
import io.github.learningcities.lcn.indicators.analysis.RemovalImpact;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.testkit.indicators.DatasetArbitraries;
import io.github.learningcities.lcn.testkit.invariants.SerializationInvariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.ObjectMapper;

/**
 * Writing and reading back, in JSON and in XML, is identity
 * ({@link SerializationInvariants#writeThenRead}) for the analysis outcomes and the panels, as
 * plain values through the configured mappers ({@link LcnJson#mapper()}, {@link
 * LcnXml#mapper()}), with the testkit's default arbitraries: the records ({@link Correlation},
 * {@link CronbachAlpha}, {@link IndicatorStatistics}, {@link RemovalImpact}, {@link
 * DataAvailability.UnitAvailability}, {@link EffectiveWeights.NodeWeight}, {@link
 * Panel.ImputedCell}) bind as records; {@link
 * CorrelationMatrix}, {@link DataAvailability}, {@link EffectiveWeights}, {@link
 * PrincipalComponents}, {@link Panel} and {@link Panel.Imputed} through {@code LcnModule}.
 * Panels are also checked in the irregular shapes the defaults do not generate: units missing
 * at some time points, unit and column orders that differ between time points, and units whose
 * name and denominators change over time.
 */
class AnalysisRoundTripProperties {

  private static final ObjectMapper JSON_MAPPER = LcnJson.standard().mapper();
  private static final ObjectMapper XML_MAPPER = LcnXml.standard().mapper();


  @Property(tries = 50)
  void correlationMatricesRoundTrip(@ForAll CorrelationMatrix value) {
    MapperRoundTrips.inBothFormats(value, CorrelationMatrix.class);
  }

  @Property(tries = 30)
  void dataAvailabilitiesRoundTrip(@ForAll DataAvailability value) {
    MapperRoundTrips.inBothFormats(value, DataAvailability.class);
  }

  @Property(tries = 50)
  void effectiveWeightsRoundTrip(@ForAll EffectiveWeights value) {
    MapperRoundTrips.inBothFormats(value, EffectiveWeights.class);
  }

  @Property(tries = 50)
  void principalComponentsRoundTrip(@ForAll PrincipalComponents value) {
    MapperRoundTrips.inBothFormats(value, PrincipalComponents.class);
  }

  @Property(tries = 50)
  void analysisRecordsRoundTrip(@ForAll Correlation correlation, @ForAll CronbachAlpha alpha,
      @ForAll IndicatorStatistics statistics, @ForAll IndicatorStatistics.Thresholds thresholds,
      @ForAll DataAvailability.UnitAvailability availability,
      @ForAll EffectiveWeights.NodeWeight nodeWeight) {
    MapperRoundTrips.inBothFormats(correlation, Correlation.class);
    MapperRoundTrips.inBothFormats(alpha, CronbachAlpha.class);
    MapperRoundTrips.inBothFormats(statistics, IndicatorStatistics.class);
    MapperRoundTrips.inBothFormats(thresholds, IndicatorStatistics.Thresholds.class);
    MapperRoundTrips.inBothFormats(availability, DataAvailability.UnitAvailability.class);
    MapperRoundTrips.inBothFormats(nodeWeight, EffectiveWeights.NodeWeight.class);
  }

  @Property(tries = 15)
  void removalImpactsRoundTrip(@ForAll RemovalImpact value) {
    MapperRoundTrips.inBothFormats(value, RemovalImpact.class);
  }

  @Property(tries = 50)
  void panelsRoundTrip(@ForAll Panel value) {
    MapperRoundTrips.inBothFormats(value, Panel.class);
  }

  @Property(tries = 50)
  void imputedPanelsRoundTrip(@ForAll Panel.Imputed value) {
    MapperRoundTrips.inBothFormats(value, Panel.Imputed.class);
  }

  @Property(tries = 30)
  void imputedPanelCellsRoundTrip(@ForAll Panel.ImputedCell value) {
    MapperRoundTrips.inBothFormats(value, Panel.ImputedCell.class);
  }

  /**
   * Panels of the defaults made irregular at random: at each time point a random subset of the
   * units (possibly none) in a random order, sometimes the columns in another order, and some
   * units with a name and a denominator of that time point.
   */
  @Provide
  Arbitrary<Panel> irregularPanels() {
    return Combinators.combine(DatasetArbitraries.panels(), Arbitraries.randoms())
        .as((panel, random) -> {
          Map<Integer, Dataset> byTime = new TreeMap<>();
          panel.byTime().forEach((time, data) -> {
            List<String> codes = new ArrayList<>(data.units().stream().map(Unit::code)
                .toList());
            Collections.shuffle(codes, random);
            Dataset kept = data.reorderUnits(codes.subList(0,
                random.nextInt(codes.size() + 1)));
            List<String> indicators = new ArrayList<>(kept.indicators());
            if (random.nextBoolean()) {
              Collections.shuffle(indicators, random);
            }
            List<Unit> units = new ArrayList<>();
            for (Unit u : kept.units()) {
              units.add(random.nextInt(4) > 0 ? u : new Unit(u.code(), u.name() + " " + time,
                  u.groups(), Map.of("Population", 1000.0 + time)));
            }
            Map<String, double[]> columns = new LinkedHashMap<>();
            indicators.forEach(i -> columns.put(i, kept.column(i)));
            byTime.put(time, Dataset.ofColumns(units, columns));
          });
          return Panel.of(byTime);
        });
  }

  @Property(tries = 100)
  void irregularPanelsRoundTrip(@ForAll("irregularPanels") Panel value) {
    MapperRoundTrips.inBothFormats(value, Panel.class);
  }
}

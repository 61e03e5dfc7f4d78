package io.github.learningcities.lcn.model.unesco;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class KeyFeaturesCatalogProperties {
  private static final KeyFeaturesCatalog KFLC = KeyFeaturesCatalog.builtIn();

  @Provide
  Arbitrary<KeyFeature> features() {
    return Arbitraries.of(KFLC.features());
  }

  @Provide
  Arbitrary<SuggestedMeasurement> measurements() {
    return Arbitraries.of(KFLC.measurements());
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings().withChars("0123456789.abcdez").ofMinLength(1).ofMaxLength(8);
  }

  @Property
  void everyFeatureResolvesToItsAreaAndTier(@ForAll("features") KeyFeature feature) {
    assertThat(KFLC.feature(feature.code())).contains(feature);
    Area area = KFLC.area(feature.area()).orElseThrow();
    assertThat(area.feature(feature.code())).contains(feature);
    Tier tier = KFLC.tier(area.tier()).orElseThrow();
    assertThat(tier.area(area.code())).contains(area);
    assertThat(feature.code()).startsWith(area.code() + ".").startsWith(tier.code() + ".");
  }

  @Property
  void everyMeasurementResolvesToItsFeature(
      @ForAll("measurements") SuggestedMeasurement measurement) {
    assertThat(KFLC.measurement(measurement.code())).contains(measurement);
    KeyFeature feature = KFLC.feature(measurement.feature()).orElseThrow();
    assertThat(feature.measurement(measurement.code())).contains(measurement);
  }

  @Property
  void lookupsOfAnyCodeAgreeWithTheLists(@ForAll("codes") String code) {
    assertThat(KFLC.feature(code).isPresent())
        .isEqualTo(KFLC.features().stream().anyMatch(f -> f.code().equals(code)));
    assertThat(KFLC.area(code).isPresent())
        .isEqualTo(KFLC.areas().stream().anyMatch(a -> a.code().equals(code)));
    assertThat(KFLC.tier(code).isPresent())
        .isEqualTo(KFLC.tiers().stream().anyMatch(t -> t.code().equals(code)));
  }
}

package io.github.learningcities.lcn.model.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.GeoPoint;
import io.github.learningcities.lcn.model.place.ImmutableGeoPoint;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ValueProperties {

  @Provide
  Arbitrary<String> slugs() {
    Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .ofMinLength(1).ofMaxLength(8);
    return part.list().ofMinSize(1).ofMaxSize(4).map(p -> String.join("-", p));
  }

  @Provide
  Arbitrary<ImmutableCity> cities() {
    Arbitrary<String> names = Arbitraries.strings().withChars("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя")
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<SubdivisionCode> subdivisions = Arbitraries.of(
        SubdivisionCode.ukrainian().toArray(new SubdivisionCode[0]));
    return Combinators.combine(slugs(), names, subdivisions,
        Arbitraries.longs().between(0, 3_000_000)).as((id, name, subdivision, population) ->
        ImmutableCity.copyOf(City.builder().id(CityId.of(id)).names(LocalizedText.of("uk", name))
            .country(CountryCode.UKRAINE).subdivision(subdivision)
            .population(DatedQuantity.population(population, 2020)).build()));
  }

  @Property
  void equalValuesHaveEqualHashes(@ForAll("cities") ImmutableCity city) {
    City copy = ImmutableCity.copyOf(City.builder().id(CityId.of(city.id().value()))
        .names(LocalizedText.of("uk", city.names().in("uk"))).country(CountryCode.of("UA"))
        .subdivision(SubdivisionCode.of(city.subdivision().orElseThrow().value()))
        .population(city.population().orElseThrow()).build());
    assertThat(copy).isEqualTo(city).hasSameHashCodeAs(city);
    assertThat(CityId.of(city.id().value())).hasSameHashCodeAs(city.id());
  }

  @Property
  void withCopiesThatKeepTheRulesAreEqualByValue(@ForAll("cities") ImmutableCity city,
      @ForAll @IntRange(min = 0, max = 26) int index) {
    SubdivisionCode other = SubdivisionCode.ukrainian().stream().skip(index).findFirst()
        .orElseThrow();
    City moved = city.withSubdivision(other);
    assertThat(moved.subdivision()).contains(other);
    assertThat(moved.id()).isEqualTo(city.id());
    City back = ImmutableCity.copyOf(moved).withSubdivision(city.subdivision().orElseThrow());
    assertThat(back).isEqualTo(city).hasSameHashCodeAs(city);
  }

  @Property
  void withCopiesThatBreakARuleThrow(@ForAll("cities") ImmutableCity city,
      @ForAll @IntRange(min = 1, max = 1000) int tooMuch) {
    assertThatThrownBy(() -> city.withSubdivision(SubdivisionCode.of("DE-BY")))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("City[" + city.id() + "].subdivision: DE-BY is invalid");
    assertThatThrownBy(() -> city.withPopulation(DatedQuantity.of(-tooMuch, "inhabitants",
            java.time.Year.of(2020))))
        .isInstanceOf(InvalidModelException.class);
  }

  @Property
  void geoPointsKeepTheirRanges(@ForAll @DoubleRange(min = -90, max = 90) double lat,
      @ForAll @DoubleRange(min = -180, max = 180) double lon,
      @ForAll @DoubleRange(min = 90.01, max = 1e6) double beyond) {
    ImmutableGeoPoint point = ImmutableGeoPoint.copyOf(GeoPoint.of(lat, lon));
    assertThat(point.withLatitude(-lat)).isEqualTo(GeoPoint.of(-lat, lon));
    assertThatThrownBy(() -> point.withLatitude(beyond))
        .isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> point.withLongitude(180 + beyond))
        .isInstanceOf(InvalidModelException.class);
  }

  @Property
  void slugIdentifiersRoundTripThroughTheirText(@ForAll("slugs") String slug) {
    if (slug.length() > 64) {
      assertThatThrownBy(() -> CityId.of(slug)).isInstanceOf(InvalidModelException.class);
    } else {
      assertThat(CityId.of(CityId.of(slug).toString())).isEqualTo(CityId.of(slug));
    }
  }

  @Property
  void localizedTextsStayEqualWhenTheSameEntryIsPutAgain(@ForAll("slugs") String text) {
    LocalizedText t = LocalizedText.of("uk", text, "en", text);
    assertThat(t.with("en", text)).isEqualTo(t).hasSameHashCodeAs(t);
    assertThatThrownBy(() -> t.with("en", " ")).isInstanceOf(InvalidModelException.class);
  }
}

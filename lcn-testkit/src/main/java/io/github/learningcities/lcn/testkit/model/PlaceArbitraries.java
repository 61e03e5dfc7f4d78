package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.place.DatedQuantity;
import io.github.learningcities.lcn.model.place.GeoPoint;
import io.github.learningcities.lcn.model.place.SubdivisionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Countries, Ukrainian subdivisions, points in Ukraine and dated quantities.
 *
 * @since 0.1.0
 */
public final class PlaceArbitraries {

  private PlaceArbitraries() {}

  /**
   * Returns ISO 3166-1 country codes the JDK knows, shrinking towards Ukraine.
   *
   * @return the country codes
   */
  public static Arbitrary<CountryCode> countryCodes() {
    List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
    codes.remove("UA");
    codes.add(0, "UA");
    return Arbitraries.of(codes).map(CountryCode::of);
  }

  /**
   * Returns the 27 ISO 3166-2:UA subdivision codes.
   *
   * @return the codes
   */
  public static Arbitrary<SubdivisionCode> ukrainianSubdivisions() {
    return Arbitraries.of(new ArrayList<>(SubdivisionCode.ukrainian()));
  }

  /**
   * Returns points inside the bounding box of Ukraine (latitude 44.4..52.3, longitude
   * 22.2..40.2), rounded to 0.01 degrees, shrinking towards Kyiv.
   *
   * @return the points
   */
  public static Arbitrary<GeoPoint> pointsInUkraine() {
    return Combinators.combine(
        Arbitraries.bigDecimals().between(java.math.BigDecimal.valueOf(44.4),
            java.math.BigDecimal.valueOf(52.3)).ofScale(2)
            .shrinkTowards(java.math.BigDecimal.valueOf(50.45)),
        Arbitraries.bigDecimals().between(java.math.BigDecimal.valueOf(22.2),
            java.math.BigDecimal.valueOf(40.2)).ofScale(2)
            .shrinkTowards(java.math.BigDecimal.valueOf(30.52)))
        .as((lat, lon) -> GeoPoint.of(lat.doubleValue(), lon.doubleValue()));
  }

  /**
   * Returns points anywhere on the earth, including the poles and the date line.
   *
   * @return the points
   */
  public static Arbitrary<GeoPoint> points() {
    return Combinators.combine(Arbitraries.doubles().between(-90, 90).ofScale(4),
        Arbitraries.doubles().between(-180, 180).ofScale(4)).as(GeoPoint::of);
  }

  /**
   * Returns plausible populations of Ukrainian cities and towns: 5,000 to 3,000,000
   * inhabitants, dated 2001 to 2024.
   *
   * @return the populations
   */
  public static Arbitrary<DatedQuantity> populations() {
    return Combinators.combine(Arbitraries.longs().between(5_000, 3_000_000)
        .shrinkTowards(50_000), Arbitraries.integers().between(2001, 2024).shrinkTowards(2016))
        .as(DatedQuantity::population);
  }

  /**
   * Returns plausible city areas: 5 to 900 square kilometres, dated 2001 to 2024.
   *
   * @return the areas
   */
  public static Arbitrary<DatedQuantity> areas() {
    return Combinators.combine(Arbitraries.doubles().between(5, 900).ofScale(1),
        Arbitraries.integers().between(2001, 2024).shrinkTowards(2020))
        .as(DatedQuantity::areaInSquareKilometres);
  }

  /**
   * Returns non-negative quantities in one of the units the model names (inhabitants, km2,
   * USD, years).
   *
   * @return the quantities
   */
  public static Arbitrary<DatedQuantity> datedQuantities() {
    return Arbitraries.oneOf(populations(), areas(),
        Combinators.combine(Arbitraries.doubles().between(0, 100_000).ofScale(2),
            Arbitraries.of("USD", "years"), TimeArbitraries.years(2001, 2024))
            .as(DatedQuantity::of));
  }
}

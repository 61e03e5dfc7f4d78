package io.github.learningcities.lcn.testkit.model;

import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.model.city.CityId;
import io.github.learningcities.lcn.model.place.CountryCode;
import io.github.learningcities.lcn.model.text.LocalizedText;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Ukrainian cities with Ukrainian and English names, an oblast, a plausible population, area
 * and location in Ukraine, a website and a contact e-mail. Optional attributes shrink away.
 *
 * @since 0.1.0
 */
public final class CityArbitraries {

  private CityArbitraries() {}

  /**
   * Returns city identifiers of the form {@code ua-<romanized name>}.
   *
   * @return the identifiers
   */
  public static Arbitrary<CityId> cityIds() {
    return TextArbitraries.ukrainianNames().map(CityArbitraries::idOf);
  }

  /**
   * Returns Ukrainian cities; the identifier is derived from the romanized name.
   *
   * @return the cities
   */
  public static Arbitrary<City> cities() {
    return TextArbitraries.ukrainianNames().flatMap(CityArbitraries::cityNamed);
  }

  /**
   * Returns Ukrainian cities with pairwise different identifiers.
   *
   * @param min the least number of cities
   * @param max the largest number of cities
   * @return lists of cities
   */
  public static Arbitrary<List<City>> distinctCities(int min, int max) {
    return cities().list().ofMinSize(min).ofMaxSize(max).uniqueElements(City::id);
  }

  /**
   * Returns the identifier the testkit gives a city of the given names.
   *
   * @param names the names; the romanized Ukrainian name (else the English) gives the slug
   * @return the identifier
   */
  public static CityId idOf(LocalizedText names) {
    String latin = names.romanizedUkrainian().orElse(names.in(LocalizedText.ENGLISH));
    return CityId.of("ua-" + TextArbitraries.slug(latin));
  }

  private static Arbitrary<City> cityNamed(LocalizedText names) {
    CityId id = idOf(names);
    String host = id.value().substring(3);
    return Combinators.combine(
        PlaceArbitraries.ukrainianSubdivisions().optional(),
        PlaceArbitraries.populations().optional(),
        PlaceArbitraries.areas().optional(),
        PlaceArbitraries.pointsInUkraine().optional(),
        Arbitraries.of(false, true),
        Arbitraries.of(false, true))
        .as((subdivision, population, area, location, web, mail) -> City.builder()
            .id(id)
            .names(names)
            .country(CountryCode.UKRAINE)
            .subdivision(subdivision)
            .population(population)
            .area(area)
            .location(location)
            .website(web ? Optional.of(URI.create("https://" + host + ".gov.ua"))
                : Optional.empty())
            .contactEmail(mail ? Optional.of("info@" + host + ".gov.ua") : Optional.empty())
            .build());
  }
}

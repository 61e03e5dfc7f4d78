package io.github.learningcities.lcn.indicators.learningcity;

import io.github.learningcities.lcn.model.city.CityId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The cities an assessment builder was given, in order, with their names in reports. */
final class CityRoster {
  private final Map<CityId, String> names = new LinkedHashMap<>();

  /** Adds a city; a city added twice is an error. */
  void add(CityId city, String name) {
    Objects.requireNonNull(city, "city");
    if (names.putIfAbsent(city, Objects.requireNonNull(name, "name")) != null) {
      throw new InvalidAssessmentException("city '" + city + "' is added twice; expected "
          + "each city once");
    }
  }

  /** Checks that a city was added before something ({@code place}) is recorded for it. */
  void require(CityId city, String place) {
    if (!names.containsKey(Objects.requireNonNull(city, "city"))) {
      throw new InvalidAssessmentException("city '" + city + "' (" + place
          + ") was not added; expected one of " + names.keySet()
          + " (add the city before its ratings)");
    }
  }

  /** The cities and their names, in the order added (a live view for the builder). */
  Map<CityId, String> names() {
    return names;
  }
}

package io.github.learningcities.lcn.testkit.tests;

import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.testkit.invariants.SerializationInvariants;
import tools.jackson.databind.ObjectMapper;

/**
 * A plain value (not a document) written and read back through the SDK's configured mappers
 * ({@link LcnJson#mapper()}, {@link LcnXml#mapper()}), checked with {@link
 * SerializationInvariants#writeThenRead}.
 */
final class MapperRoundTrips {
  static final ObjectMapper JSON = LcnJson.standard().mapper();
  static final ObjectMapper XML = LcnXml.standard().mapper();

  private MapperRoundTrips() {}

  /** In JSON and in XML. */
  static <T> void inBothFormats(T value, Class<T> type) {
    inJson(value, type);
    inXml(value, type);
  }

  /** In JSON. */
  static <T> void inJson(T value, Class<T> type) {
    SerializationInvariants.writeThenRead("JSON", value, type, JSON::writeValueAsString,
        JSON::readValue);
  }

  /** In XML. */
  static <T> void inXml(T value, Class<T> type) {
    SerializationInvariants.writeThenRead("XML", value, type, XML::writeValueAsString,
        XML::readValue);
  }
}

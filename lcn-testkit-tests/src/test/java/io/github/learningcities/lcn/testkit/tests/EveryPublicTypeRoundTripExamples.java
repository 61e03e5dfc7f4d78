package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.testkit.ExportedTypes;
import io.github.learningcities.lcn.testkit.LcnArbitraries;
import io.github.learningcities.lcn.testkit.invariants.SerializationInvariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Every public value type of lcn-model and lcn-indicators (the types {@link
 * ExportedTypes} finds from the module descriptors, so a new type joins by
 * itself) round-trips through the SDK's configured JSON and XML mappers: writing a value and
 * reading it back gives an equal value, and writing that value again gives the same text
 * ({@link SerializationInvariants#writeThenRead}).
 *
 * <p>Each type is checked in each format on {@value #SAMPLES} values of the testkit's default
 * arbitrary with its edge cases mixed in, drawn from a random source seeded with the type's
 * name, so that a failure repeats; the example fails with every failing type and format and the
 * first reason of each. (A jqwik example rather than one property per type: the types are
 * found at run time, and jqwik generators need a jqwik thread.) The document kinds, and values that stress the
 * formats, have their own properties ({@link SerializationRoundTripProperties}).
 */
class EveryPublicTypeRoundTripExamples {
  private static final int SAMPLES = 12;
  private static final int GENERATION_SIZE = 100;

  static List<Class<?>> types() {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(ExportedTypes.valueTypes(City.class));
    types.addAll(ExportedTypes.valueTypes(Engine.class));
    return types;
  }

  @Example
  void everyPublicTypeRoundTripsInJsonAndXml() throws Exception {
    List<Class<?>> types = types();
    assertThat(types).hasSizeGreaterThan(100);
    Map<String, ObjectMapper> formats = Map.of("JSON", LcnJson.standard().mapper(),
        "XML", LcnXml.standard().mapper());
    Map<String, String> failures = new TreeMap<>();
    for (Class<?> type : types) {
      for (Map.Entry<String, ObjectMapper> f : formats.entrySet()) {
        try {
          roundTrips(type, f.getKey(), f.getValue());
        } catch (AssertionError | RuntimeException e) {
          String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
          failures.put(type.getName() + " in " + f.getKey(),
              message.substring(0, Math.min(300, message.length())));
        }
      }
    }
    if (!failures.isEmpty()) {
      StringBuilder sb = new StringBuilder(failures.size() + " of " + 2 * types.size()
          + " type and format pairs do not round-trip:");
      failures.forEach((where, why) -> sb.append("\n  ").append(where).append(": ").append(why));
      throw new AssertionError(sb.toString());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void roundTrips(Class<T> type, String format, ObjectMapper mapper) {
    Arbitrary<T> arbitrary = LcnArbitraries.forType(type).orElseThrow(() ->
        new AssertionError(type.getName() + " has no default arbitrary"));
    RandomGenerator<T> generator = arbitrary.generatorWithEmbeddedEdgeCases(GENERATION_SIZE);
    Random random = new Random(type.getName().hashCode());
    for (int i = 0; i < SAMPLES; i++) {
      T value = generator.next(random).value();
      SerializationInvariants.writeThenRead(format, value, (Class<T>) type,
          mapper::writeValueAsString, mapper::readValue);
    }
  }
}

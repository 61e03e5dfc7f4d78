package io.github.learningcities.lcn.testkit.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.model.city.City;
import io.github.learningcities.lcn.testkit.ExportedTypes;
import io.github.learningcities.lcn.testkit.LcnArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fails if a public value type of lcn-model or lcn-indicators ({@link ExportedTypes}) has no
 * default arbitrary.
 */
class PublicTypesCoverageTest {

  @Test
  void everyPublicTypeHasAnArbitrary() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    types.addAll(ExportedTypes.valueTypes(City.class));
    types.addAll(ExportedTypes.valueTypes(Engine.class));
    Set<String> missing = new TreeSet<>();
    for (Class<?> t : types) {
      if (LcnArbitraries.forType(t).isEmpty()) {
        missing.add(t.getName());
      }
    }
    assertThat(types).hasSizeGreaterThan(80);
    assertThat(missing).as("public types without an arbitrary").isEmpty();
  }
}

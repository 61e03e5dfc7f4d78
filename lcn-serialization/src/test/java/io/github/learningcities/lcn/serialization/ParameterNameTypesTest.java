package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import io.github.learningcities.lcn.indicators.method.ParameterType;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 (regression): XML has no number or text types, so the reader keeps a parameter's
 * value as text exactly when every built-in method declaring that name declares a text. A new
 * method declaring a number under an existing text name (an adjusted Mazziotta-Pareto
 * "reference" beside dist2ref's unit code) made a reference unit called "1000" read back as a
 * number and the document fail; a text under a number name ("sd") would read "1" as a number.
 * Every name is therefore a text everywhere or nowhere.
 */
class ParameterNameTypesTest {
  @Test
  void everyParameterNameIsATextInEveryBuiltInMethodOrInNone() {
    Map<String, TreeSet<String>> declared = new TreeMap<>();
    for (MethodKind kind : MethodKind.values()) {
      for (String method : MethodRegistry.standard().names(kind)) {
        for (ParameterSpec p : MethodRegistry.standard().signature(kind, method).orElseThrow()
            .parameters()) {
          declared.computeIfAbsent(p.name(), n -> new TreeSet<>()).add(
              (p.type() == ParameterType.TEXT ? "text" : "not text") + " in " + method);
        }
      }
    }
    declared.forEach((name, uses) -> assertThat(uses.stream()
        .map(u -> u.startsWith("text")).distinct().count())
        .as("parameter '" + name + "': " + uses).isEqualTo(1L));
  }
}

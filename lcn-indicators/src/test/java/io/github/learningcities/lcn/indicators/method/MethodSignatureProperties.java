package io.github.learningcities.lcn.indicators.method;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the built-in method and whatever name it does not declare, building the step with
 * that name is refused, naming the step, the method and the name; a declared name in another
 * case is refused with the declared spelling suggested. Issue #11: such names used to fall
 * back to the defaults.
 */
class MethodSignatureProperties {

  /** A built-in method: its kind and name. */
  record Method(MethodKind kind, String name) {
    MethodSignature signature() {
      return MethodRegistry.standard().signature(kind, name).orElseThrow();
    }

    Object build(Parameters p) {
      return switch (kind) {
        case NORMALISATION -> Normalisation.of(name, p);
        case IMPUTATION -> Imputation.of(name, p);
        case TREATMENT -> Treatment.of(name, p);
        case AGGREGATION -> Aggregation.of(name, p);
      };
    }
  }

  @Provide
  Arbitrary<Method> methods() {
    List<Method> all = new ArrayList<>();
    for (MethodKind kind : MethodKind.values()) {
      for (String name : MethodRegistry.standard().names(kind)) {
        all.add(new Method(kind, name));
      }
    }
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('A', 'z').ofMinLength(1).ofMaxLength(12);
  }

  @Property(tries = 300)
  void anUndeclaredNameIsRefusedByEveryBuiltInMethod(@ForAll("methods") Method m,
      @ForAll("names") String name) {
    Assume.that(m.signature().parameter(name).isEmpty());

    assertThatThrownBy(() -> m.build(Parameters.none().with(name, 1.0)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining(m.kind().step() + " method '" + m.name() + "'")
        .hasMessageContaining("'" + name + "' is unknown");
  }

  @Property(tries = 300)
  void aDeclaredNameInAnotherCaseIsRefusedWithTheRightSpelling(@ForAll("methods") Method m,
      @ForAll boolean upper, @ForAll int which) {
    List<ParameterSpec> declared = m.signature().parameters();
    Assume.that(!declared.isEmpty());
    ParameterSpec spec = declared.get(Math.floorMod(which, declared.size()));
    String other = upper ? spec.name().toUpperCase(Locale.ROOT)
        : Character.toUpperCase(spec.name().charAt(0)) + spec.name().substring(1);
    Assume.that(!other.equals(spec.name()));

    assertThatThrownBy(() -> m.build(Parameters.none().with(other, 1.0)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("did you mean '" + spec.name() + "'?");
  }
}

package io.github.learningcities.lcn.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.MethodSignature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in methods' map behaves as a map built up front, making only what is asked. */
class BuiltInMethodsTest {

  /** Counts what it makes: "a" -> "A!", ... */
  private static final class Letters extends BuiltInMethods<String> {
    final List<String> made = new ArrayList<>();

    Letters() {
      super(List.of("b", "a", "c"));
    }

    @Override
    protected String make(String name) {
      made.add(name);
      return name.toUpperCase() + "!";
    }
  }

  @Test
  void makesAMethodOnlyWhenItIsAskedForAndKeepsIt() {
    Letters m = new Letters();

    assertThat(m.containsKey("a")).isTrue();
    assertThat(m.containsKey("d")).isFalse();
    assertThat(m.keySet()).containsExactly("b", "a", "c");
    assertThat(m.size()).isEqualTo(3);
    assertThat(m.made).isEmpty();

    String a = m.get("a");
    assertThat(a).isEqualTo("A!");
    assertThat(m.get("a")).isSameAs(a);
    assertThat(m.get("d")).isNull();
    assertThat(m.made).containsExactly("a");
  }

  @Test
  void equalsTheMapBuiltUpFront() {
    Letters m = new Letters();
    Map<String, String> eager = new LinkedHashMap<>();
    eager.put("b", "B!");
    eager.put("a", "A!");
    eager.put("c", "C!");

    assertThat(m).isEqualTo(eager);
    assertThat(eager).isEqualTo(m);
    assertThat(m.hashCode()).isEqualTo(eager.hashCode());
    assertThat(new ArrayList<>(m.entrySet())).isEqualTo(new ArrayList<>(eager.entrySet()));
    assertThat(m.toString()).isEqualTo(eager.toString());
  }

  @Test
  void cannotBeChanged() {
    Letters m = new Letters();

    assertThatThrownBy(() -> m.put("d", "D!")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove("a")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyBuiltInNameMakesItsMethodAndOnlyKnownNamesDo() {
    for (Map<String, ?> builtIn : List.of(BuiltInNormalisers.all(), BuiltInImputers.all(),
        BuiltInAggregators.all())) {
      for (Map.Entry<String, ?> e : builtIn.entrySet()) {
        assertThat(e.getValue()).as(e.getKey()).isNotNull();
        assertThat(builtIn.get(e.getKey())).isSameAs(e.getValue());
      }
      assertThat(builtIn.get("no-such-method")).isNull();
    }
    assertThat(BuiltInNormalisers.all().keySet()).containsExactly("minmax", "zscore", "rank",
        "borda", "prank", "fracmax", "dist2max", "dist2ref", "dist2targ", "goalposts", "scaled",
        "none");
  }

  @Test
  void everyBuiltInMethodHasItsSignatureMadeOnDemand() {
    Map<MethodKind, Map<String, ?>> methods = Map.of(MethodKind.NORMALISATION,
        BuiltInNormalisers.all(), MethodKind.IMPUTATION, BuiltInImputers.all(),
        MethodKind.AGGREGATION, BuiltInAggregators.all());
    for (MethodKind kind : MethodKind.values()) {
      Map<String, MethodSignature> signatures = BuiltInParameters.of(kind);
      if (methods.containsKey(kind)) {
        assertThat(signatures.keySet()).as(kind.toString())
            .containsExactlyInAnyOrderElementsOf(methods.get(kind).keySet());
      }
      for (Map.Entry<String, MethodSignature> e : signatures.entrySet()) {
        assertThat(e.getValue()).as(kind + " " + e.getKey()).isNotNull();
        assertThat(BuiltInParameters.signature(kind, e.getKey())).containsSame(e.getValue());
      }
      assertThat(BuiltInParameters.signature(kind, "no-such-method")).isEmpty();
    }
  }
}

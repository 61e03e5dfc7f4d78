package io.github.learningcities.lcn.indicators.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.pipeline.Aggregation;
import io.github.learningcities.lcn.indicators.pipeline.Denomination;
import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.indicators.pipeline.Treatment;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #11: misspelt, wrongly cased and unknown method parameters fell back to defaults, and
 * parameters that invert or flatten every ranking were accepted.
 */
class MethodParametersTest {

  private static Parameters p(Object... kv) {
    Parameters out = Parameters.none();
    for (int i = 0; i < kv.length; i += 2) {
      out = out.with((String) kv[i], kv[i + 1]);
    }
    return out;
  }

  @Test
  void aMisspeltMinMaxBoundIsRefusedWithTheClosestName() {
    assertThatThrownBy(() -> Normalisation.of("minmax", p("lowr", 1.0, "upper", 100.0)))
        .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
          assertThat(e.step()).isEqualTo("normalisation");
          assertThat(e.method()).isEqualTo("minmax");
          assertThat(e.parameter()).contains("lowr");
        })
        .hasMessageContaining("normalisation method 'minmax'")
        .hasMessageContaining("'lowr' is unknown")
        .hasMessageContaining("did you mean 'lower'?")
        .hasMessageContaining("expected one of lower, upper");
  }

  @Test
  void aWronglyCasedNameIsRefusedWithTheRightCase() {
    assertThatThrownBy(() -> Treatment.of("coinr", p("WinMax", 3.0)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("treatment method 'coinr'")
        .hasMessageContaining("did you mean 'winmax'?");
  }

  @Test
  void aParameterOfAMethodWithoutParametersIsRefused() {
    assertThatThrownBy(() -> Aggregation.of("arithmetic", p("p", 2.0)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("aggregation method 'arithmetic'")
        .hasMessageContaining("takes no parameters");
  }

  /** Every built-in method refuses a name it does not declare, of every kind. */
  static Stream<Arguments> everyBuiltInMethod() {
    Stream.Builder<Arguments> out = Stream.builder();
    for (MethodKind kind : MethodKind.values()) {
      for (String method : io.github.learningcities.lcn.indicators.internal.BuiltInParameters
          .of(kind).keySet()) {
        out.add(Arguments.of(kind, method));
      }
    }
    return out.build();
  }

  private static Object build(MethodKind kind, String method, Parameters p) {
    return switch (kind) {
      case NORMALISATION -> Normalisation.of(method, p);
      case IMPUTATION -> Imputation.of(method, p);
      case TREATMENT -> Treatment.of(method, p);
      case AGGREGATION -> Aggregation.of(method, p);
    };
  }

  @ParameterizedTest
  @MethodSource("everyBuiltInMethod")
  void everyBuiltInMethodRefusesAnUndeclaredName(MethodKind kind, String method) {
    MethodSignature s = MethodRegistry.standard().signature(kind, method).orElseThrow();
    Parameters valid = Parameters.none();
    for (ParameterSpec spec : s.parameters()) {
      // goalposts' bounds are required unless iMeta gives them: a rule, not a required flag
      if (spec.required() || spec.name().equals("lower") || spec.name().equals("upper")) {
        valid = valid.with(spec.name(), switch (spec.type()) {
          case NUMBER, INTEGER -> spec.name().equals("upper") ? 10.0 : 1.0;
          case TEXT -> spec.choices().isEmpty() ? "x" : spec.choices().get(0);
          case FLAG -> true;
        });
      }
    }
    Parameters ok = valid;
    assertThatCode(() -> build(kind, method, ok)).doesNotThrowAnyException();
    for (ParameterSpec spec : s.parameters()) {
      String upper = spec.name().toUpperCase(java.util.Locale.ROOT);
      Object value = spec.defaultValue().orElse(1.0);
      assertThatThrownBy(() -> build(kind, method, ok.with(upper, value)))
          .as(kind + " " + method + " " + upper)
          .isInstanceOf(InvalidParameterException.class)
          .hasMessageContaining("did you mean '" + spec.name() + "'?");
    }
    assertThatThrownBy(() -> build(kind, method, ok.with("unheardOf", 1.0)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining(kind.step() + " method '" + method + "'")
        .hasMessageContaining("'unheardOf' is unknown");
  }

  @Test
  void boundsThatInvertOrFlattenEveryRankingAreRefused() {
    assertThatThrownBy(() -> Normalisation.minMax(100, 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("lower < upper");
    assertThatThrownBy(() -> Normalisation.minMax(5, 5))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> Normalisation.goalposts(100, 0, 1, true))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("goalposts");
    assertThatThrownBy(() -> Normalisation.scaled(10, 0, 100))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> Normalisation.scaled(0, 10, -100))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("'scale' is -100.0; expected a number > 0");
    assertThatThrownBy(() -> Normalisation.goalposts(0, 10, 0, true))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> Normalisation.zScore(100, 0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("'sd' is 0.0; expected a number > 0");
    assertThatThrownBy(() -> Normalisation.zScore(100, -10))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> Aggregation.generalised(0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("p != 0");
    assertThatThrownBy(() -> Aggregation.of("mazziotta-pareto", p("penalty", "Negative")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("one of positive, negative");
    assertThatThrownBy(() -> new Denomination(Map.of("x", "pop"), Map.of("x", -1000.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a finite number > 0");
  }

  @Test
  void treatmentParametersAreTypedAndBounded() {
    assertThatThrownBy(() -> Treatment.winsorise(-1, 2, 3.5, "log-ct"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("'winmax' is -1.0; expected a whole number >= 0");
    assertThatThrownBy(() -> Treatment.of("coinr", p("winmax", 2.5)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("a whole number");
    assertThatThrownBy(() -> Treatment.winsorise(5, 2, 3.5, "logct"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("one of log-ct, log-ct-plus, log-ct-orig, boxcox, none");
    assertThatThrownBy(() -> Treatment.winsorise(5, 2, 3.5, "boxcox"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("lambda given when secondary is boxcox");
    assertThatThrownBy(() -> Treatment.log("ln"))
        .isInstanceOf(InvalidParameterException.class);
    assertThatThrownBy(() -> Treatment.of("boxcox", Parameters.none()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("needs the parameter 'lambda'");
    assertThatThrownBy(() -> Imputation.of("group-mean", Parameters.none()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("needs the parameter 'group'");
  }

  @Test
  void aNumberWrittenAsATextIsRefused() {
    assertThatThrownBy(() -> Normalisation.of("minmax", p("lower", "0")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("'lower' is \"0\"; expected a number");
    assertThatThrownBy(() -> Normalisation.of("dist2ref", p("reference", "u1", "cap", "true")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("expected true or false");
  }

  private static Framework framework() {
    return Framework.builder().node("I", null).node(Node.of("x", "I")).node(Node.of("y", "I"))
        .build();
  }

  private static Dataset data() {
    List<Unit> units = List.of(Unit.of("a", null), Unit.of("b", null), Unit.of("c", null));
    return Dataset.ofColumns(units, Map.of("x", new double[] {1, 2, 3},
        "y", new double[] {3, 1, 2}));
  }

  @Test
  void aRegisteredMethodCanDeclareItsParameters() {
    MethodSignature signature = MethodSignature.of(
        ParameterSpec.number("floor", "values below become the floor").withDefault(0.0));
    Normaliser clamp = (x, out, params, c) -> {
      double floor = params.number("floor", 0);
      for (int i = 0; i < x.length; i++) {
        out[i] = Math.max(floor, x[i]);
      }
    };
    Engine engine = Engine.using(MethodRegistry.standard()
        .withNormaliser("clamp", clamp, signature));
    Pipeline good = Pipeline.coinrDefault()
        .withNormalisation(Normalisation.of("clamp", p("floor", 2.0)));
    assertThat(engine.run(framework(), data(), good).scores("x")).containsExactly(2, 2, 3);

    Pipeline misspelt = Pipeline.coinrDefault()
        .withNormalisation(Normalisation.of("clamp", p("flor", 2.0)));
    assertThatThrownBy(() -> engine.run(framework(), data(), misspelt))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("normalisation method 'clamp': parameter 'flor' is unknown; "
            + "did you mean 'floor'?");

    Pipeline inOverride = Pipeline.coinrDefault().withNormalisation(Normalisation.minMax(0, 1)
        .withOverride("y", Normalisation.of("clamp", p("Floor", 2.0))));
    assertThatThrownBy(() -> engine.run(framework(), data(), inOverride))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("normalisation override of 'y' method 'clamp'");
  }

  @Test
  void aMethodRegisteredWithoutSignatureTakesAnyParameters() {
    Engine engine = Engine.using(MethodRegistry.standard()
        .withAggregator("first", (ch, w, out, params, c) ->
            System.arraycopy(ch[0], 0, out, 0, out.length)));
    Pipeline pipeline = Pipeline.coinrDefault()
        .withAggregation(Aggregation.of("first", p("anything", 1.0)));
    assertThat(engine.methods().signature(MethodKind.AGGREGATION, "first")).isEmpty();
    assertThatCode(() -> engine.run(framework(), data(), pipeline))
        .doesNotThrowAnyException();
  }

  @Test
  void aNodesOwnAggregationIsCheckedToo() {
    MethodSignature s = MethodSignature.of(ParameterSpec.number("k", "k").above(0));
    Engine engine = Engine.using(MethodRegistry.standard()
        .withAggregator("first", (ch, w, out, params, c) ->
            System.arraycopy(ch[0], 0, out, 0, out.length), s));
    Framework fw = Framework.builder().node(Node.of("I", null)
            .withAggregation(Aggregation.of("first", p("k", -1.0))))
        .node(Node.of("x", "I")).node(Node.of("y", "I")).build();
    assertThatThrownBy(() -> engine.run(fw, data(), Pipeline.coinrDefault()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("aggregation of node 'I' method 'first': parameter 'k' is -1.0; "
            + "expected a number > 0");
  }

  @Test
  void aSignatureRefusesADefaultOutsideItsOwnRange() {
    assertThatThrownBy(() -> ParameterSpec.number("sd", "sd").above(0).withDefault(0.0))
        .isInstanceOf(IndicatorsException.class)
        .hasMessageContaining("the default 0.0 of parameter 'sd' is invalid");
  }
}

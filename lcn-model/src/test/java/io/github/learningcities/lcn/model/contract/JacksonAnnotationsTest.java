package io.github.learningcities.lcn.model.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every abstract model type binds with Jackson 2 and 3 through {@code jackson-annotations}
 * alone: a delegating {@code @JsonCreator} (or a {@code @JsonValue} single value read by its
 * {@code of}), and every property that the generated implementation writes is also named on the
 * abstract type, so that a writer for the abstract type writes the same document.
 */
class JacksonAnnotationsTest {

  @Test
  void everyTypeReadsThroughADelegatingCreatorOnTheAbstractType() {
    List<String> without = new ArrayList<>();
    for (Class<?> generated : ModelTypes.generated()) {
      Class<?> type = ModelTypes.valueType(generated);
      boolean creator = Arrays.stream(type.getDeclaredMethods())
          .filter(m -> Modifier.isStatic(m.getModifiers()))
          .map(m -> m.getAnnotation(JsonCreator.class))
          .anyMatch(c -> c != null && c.mode() == JsonCreator.Mode.DELEGATING);
      if (!creator) {
        without.add(type.getSimpleName());
      }
    }
    assertThat(without).isEmpty();
  }

  @Test
  void everyPropertyOfTheGeneratedImplementationIsNamedOnTheAbstractType() throws Exception {
    List<String> unnamed = new ArrayList<>();
    for (Class<?> generated : ModelTypes.generated()) {
      Class<?> type = ModelTypes.valueType(generated);
      for (Method m : generated.getDeclaredMethods()) {
        JsonProperty property = m.getAnnotation(JsonProperty.class);
        if (property == null || m.getParameterCount() != 0) {
          continue;
        }
        Method declared = type.getMethod(m.getName());
        JsonProperty onType = declared.getAnnotation(JsonProperty.class);
        if (declared.getAnnotation(JsonValue.class) == null
            && (onType == null || !onType.value().equals(m.getName()))) {
          unnamed.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(unnamed).isEmpty();
  }
}

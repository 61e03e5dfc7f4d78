package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.method.MethodKind;
import io.github.learningcities.lcn.indicators.method.MethodRegistry;
import io.github.learningcities.lcn.indicators.method.MethodSignature;
import io.github.learningcities.lcn.indicators.method.ParameterSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #11: the JSON Schema describes the parameters every built-in method declares (names,
 * types, ranges, choices, required ones), so that {@code validate} refuses a misspelt
 * parameter as the reader does. The description is derived here from the engine's own
 * signatures ({@link MethodRegistry#signature}) and must equal the one shipped. (The XSD
 * cannot make an element's content depend on a sibling's value, so there the reader alone
 * checks parameters.)
 */
class ParameterSchemaTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The schema's {@code $defs/builtInMethodParameters}, from the engine's signatures. */
  static ObjectNode describedParameters() {
    Map<String, MethodSignature> methods = new LinkedHashMap<>();
    for (MethodKind kind : MethodKind.values()) {
      for (String name : MethodRegistry.standard().names(kind)) {
        methods.put(name, MethodRegistry.standard().signature(kind, name).orElseThrow());
      }
    }
    ObjectNode out = F.objectNode();
    out.put("description", "The parameters of the built-in methods (generated from the "
        + "engine's method signatures); rules over several parameters, such as lower < upper, "
        + "are checked by the reader.");
    ArrayNode all = out.putArray("allOf");
    methods.forEach((name, s) -> {
      ObjectNode rule = all.addObject();
      ObjectNode cond = rule.putObject("if");
      cond.putObject("properties").putObject("method").put("const", name);
      cond.putArray("required").add("method");
      ObjectNode then = rule.putObject("then");
      ObjectNode params = then.putObject("properties").putObject("parameters");
      params.put("type", "object");
      ObjectNode props = params.putObject("properties");
      ArrayNode required = F.arrayNode();
      for (ParameterSpec p : s.parameters()) {
        ObjectNode d = props.putObject(p.name());
        d.put("description", p.description());
        switch (p.type()) {
          case NUMBER -> d.put("type", "number");
          case INTEGER -> d.put("type", "integer");
          case TEXT -> d.put("type", "string");
          case FLAG -> d.put("type", "boolean");
          default -> throw new AssertionError(p.type());
        }
        p.lowest().ifPresent(l -> d.put(p.lowestExcluded() ? "exclusiveMinimum" : "minimum",
            l));
        p.highest().ifPresent(h -> d.put(p.highestExcluded() ? "exclusiveMaximum" : "maximum",
            h));
        if (!p.choices().isEmpty()) {
          ArrayNode e = d.putArray("enum");
          p.choices().forEach(e::add);
        }
        if (p.required()) {
          required.add(p.name());
        }
      }
      params.put("additionalProperties", false);
      if (!required.isEmpty()) {
        params.set("required", required);
        then.putArray("required").add("parameters");
      }
    });
    return out;
  }

  @Test
  void theSchemaDescribesTheParametersOfEveryBuiltInMethod() throws IOException {
    JsonNode shipped;
    try (InputStream in = getClass().getResourceAsStream(
        "/io/github/learningcities/lcn/serialization/schema/1.0/lcn-types.schema.json")) {
      shipped = JsonMapper.builder().build().readTree(in);
    }
    assertThat(shipped.path("$defs").path("builtInMethodParameters"))
        .isEqualTo(describedParameters());
    assertThat(shipped.path("$defs").path("methodStep").path("allOf").toString())
        .contains("#/$defs/builtInMethodParameters");
    assertThat(shipped.path("$defs").path("aggregation").path("allOf").toString())
        .contains("#/$defs/builtInMethodParameters");
  }

  /** Prints the description, to paste into the schema when a signature changes. */
  public static void main(String[] args) {
    System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
        .writeValueAsString(describedParameters()));
  }
}

package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.DataWeights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of {@code --data-weights}: {@code METHOD@LEVELS[:key=value,...]}, e.g.
 * {@code pca@1}, {@code pca@1,2:variant=ch,dim=2}, {@code balance@3:target.Conn=2}. Values
 * that read as numbers are numbers, others texts; the method checks them.
 */
final class DataWeightsOption {
  private DataWeightsOption() {}

  static DataWeights parse(String spec) {
    String s = spec.trim();
    int colon = s.indexOf(':');
    String head = colon < 0 ? s : s.substring(0, colon);
    int at = head.indexOf('@');
    if (at <= 0 || at == head.length() - 1) {
      throw bad(spec, "expected METHOD@LEVELS, e.g. pca@1 or balance@2,3");
    }
    List<Integer> levels = new ArrayList<>();
    for (String l : head.substring(at + 1).split(",", -1)) {
      try {
        levels.add(Integer.parseInt(l.trim()));
      } catch (NumberFormatException e) {
        throw bad(spec, "level '" + l + "' is not a whole number; expected levels such as 1,2");
      }
    }
    Map<String, Object> params = new LinkedHashMap<>();
    if (colon >= 0) {
      for (String kv : s.substring(colon + 1).split(",", -1)) {
        int eq = kv.indexOf('=');
        if (eq <= 0) {
          throw bad(spec, "parameter '" + kv + "' is not key=value");
        }
        String key = kv.substring(0, eq).trim();
        String value = kv.substring(eq + 1).trim();
        if (params.containsKey(key)) {
          throw bad(spec, "parameter '" + key + "' is given twice");
        }
        Object v;
        try {
          v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          v = value;
        }
        params.put(key, v);
      }
    }
    try {
      return new DataWeights(head.substring(0, at).trim(), Parameters.of(params), levels);
    } catch (IllegalArgumentException e) {
      throw bad(spec, e.getMessage());
    }
  }

  private static BadInputException bad(String spec, String why) {
    return new BadInputException("--data-weights '" + spec + "' is invalid: " + why);
  }
}

package io.github.learningcities.lcn.serialization.coinr;

import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.method.InvalidParameterException;
import io.github.learningcities.lcn.indicators.method.Parameters;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The iMeta columns from which COINr's {@code Normalise(..., f_n_para = "use_iMeta")} takes a
 * normalisation's parameters per indicator ({@code get_iMeta_norm_paras} in COINr's
 * {@code R/normalise.R}), their checks when iMeta is read, and the resolution of a
 * normalisation with {@code iMeta = true} into one override per indicator.
 */
final class IMetaColumns {
  private static final String FLAG = "iMeta";

  /** One column: the parameter it sets, whether it is a logical, whether COINr requires it. */
  private record Column(String name, String parameter, boolean logical, boolean required) {}

  private static final Map<String, List<Column>> BY_METHOD = Map.of(
      "minmax", List.of(new Column("minmax_lower", "lower", false, true),
          new Column("minmax_upper", "upper", false, true)),
      "zscore", List.of(new Column("zscore_mean", "mean", false, true),
          new Column("zscore_sd", "sd", false, true)),
      "scaled", List.of(new Column("scaled_lower", "lower", false, true),
          new Column("scaled_upper", "upper", false, true),
          new Column("scale_factor", "scale", false, false)),
      "dist2targ", List.of(new Column("Target", "target", false, true),
          new Column("dist2targ_cap_max", "cap", true, false)),
      "goalposts", List.of(new Column("goalpost_lower", "lower", false, true),
          new Column("goalpost_upper", "upper", false, true),
          new Column("goalpost_scale", "scale", false, true),
          new Column("goalpost_trunc2posts", "truncate", true, true)));

  /** R's spellings of a logical value (as read.csv reads them). */
  private static final Map<String, Boolean> LOGICALS = Map.of("TRUE", true, "True", true,
      "true", true, "T", true, "FALSE", false, "False", false, "false", false, "F", false);

  private IMetaColumns() {}

  /** Whether a column of iMeta is one of COINr's normalisation parameter columns. */
  private static Optional<Column> column(String name) {
    for (List<Column> cols : BY_METHOD.values()) {
      for (Column c : cols) {
        if (c.name().equals(name)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The problem with a cell of a parameter column, or null when it is fine (or the column is
   * not one of them). Empty and NA are missing, which is fine until a normalisation needs it.
   *
   * @param columnName the column
   * @param text the cell's text
   * @return what is wrong and what would be valid, or null
   */
  static String problem(String columnName, String text) {
    Optional<Column> c = column(columnName);
    String s = text.trim();
    if (c.isEmpty() || s.isEmpty() || s.equals("NA") || columnName.equals("Target")) {
      return null;
    }
    if (c.get().logical()) {
      return LOGICALS.containsKey(s) ? null : columnName + " '" + CsvFields.abbreviate(text)
          + "' is not a logical value; expected TRUE or FALSE (or T, F, true, false; empty "
          + "for missing)";
    }
    if (!Double.isFinite(CsvFields.decimalOrNaN(s))) {
      return columnName + " '" + CsvFields.abbreviate(text) + "' is not a number; expected a "
          + "finite decimal number such as 12.5 (empty or NA for missing)";
    }
    return null;
  }

  /**
   * Replaces a normalisation with {@code iMeta = true} (for all indicators or in overrides)
   * by one override per such indicator with the parameters from iMeta's columns. Overrides
   * without the flag are kept; other steps are unchanged.
   */
  static Pipeline resolve(CoinrInput in, Pipeline pipeline) {
    if (pipeline.normalisation().isEmpty()) {
      return pipeline;
    }
    Normalisation global = pipeline.normalisation().get();
    Normalisation out = global;
    boolean changed = false;
    for (Node leaf : in.framework().indicators()) {
      Normalisation n = global.forIndicator(leaf.code());
      if (n.parameters().flag(FLAG, false)) {
        out = out.withOverride(leaf.code(), forIndicator(in, n, leaf));
        changed = true;
      }
    }
    return changed ? pipeline.withNormalisation(out) : pipeline;
  }

  private static Normalisation forIndicator(CoinrInput in, Normalisation n, Node leaf) {
    List<Column> columns = BY_METHOD.get(n.method());
    String step = "normalisation of indicator '" + leaf.code() + "'";
    if (columns == null) {
      throw new InvalidParameterException(step, n.method(), FLAG, step + ": method '"
          + n.method() + "' takes no parameters from iMeta; expected one of "
          + List.of("minmax", "zscore", "scaled", "dist2targ", "goalposts"));
    }
    List<String> header = in.metaColumns();
    Map<String, Object> params = new LinkedHashMap<>(n.parameters().asMap());
    params.remove(FLAG);
    Map<String, String> extras = in.metaExtras().getOrDefault(leaf.code(), Map.of());
    for (Column c : columns) {
      Optional<String> text;
      if (c.name().equals("Target")) {
        if (leaf.target().isPresent()) {
          params.put(c.parameter(), leaf.target().getAsDouble());
          continue;
        }
        text = Optional.empty();
      } else {
        if (!header.isEmpty() && !header.contains(c.name()) && c.required()) {
          throw new InvalidParameterException(step, n.method(), c.parameter(), step + ": iMeta "
              + "has no column '" + c.name() + "'; normalisation '" + n.method() + "' with "
              + FLAG + "=true needs the columns " + names(columns, true) + (names(columns, false)
                  .isEmpty() ? "" : " (optional: " + names(columns, false) + ")"));
        }
        String cell = extras.getOrDefault(c.name(), "").trim();
        text = cell.isEmpty() || cell.equals("NA") ? Optional.empty() : Optional.of(cell);
      }
      if (text.isEmpty()) {
        if (c.required()) {
          throw new InvalidParameterException(step, n.method(), c.parameter(), step + ": the "
              + "iMeta row of '" + leaf.code() + "' has no " + c.name() + "; expected a "
              + (c.logical() ? "logical value (TRUE or FALSE)" : "number") + " for every "
              + "indicator when normalisation '" + n.method() + "' takes its parameters from "
              + "iMeta");
        }
        continue;
      }
      String problem = problem(c.name(), text.get());
      if (problem != null) {
        throw new InvalidParameterException(step, n.method(), c.parameter(), step + ": "
            + problem);
      }
      params.put(c.parameter(), c.logical() ? LOGICALS.get(text.get())
          : CsvFields.parseDecimal(text.get()));
    }
    try {
      return Normalisation.of(n.method(), Parameters.of(params));
    } catch (InvalidParameterException e) {
      InvalidParameterException named = new InvalidParameterException(step, n.method(),
          e.parameter().orElse(null), step + " (parameters from iMeta's "
              + names(columns, true) + "): " + e.getMessage());
      named.initCause(e);
      throw named;
    }
  }

  private static List<String> names(List<Column> columns, boolean required) {
    return columns.stream().filter(c -> c.required() == required).map(Column::name).toList();
  }
}

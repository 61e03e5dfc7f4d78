package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.engine.Engine;
import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.coinr.CoinrInput;
import io.github.learningcities.lcn.serialization.coinr.CoinrTables;
import io.github.learningcities.lcn.serialization.coinr.CoinrType;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lcn validate}: checks COINr tables and SDK documents and lists every problem with its
 * place. For tables, cell-level problems (numbers, codes, directions, weights, types, parents,
 * denominators, duplicate and missing columns) and tree-level ones (Level against the row's
 * place, aggregates without children, cycles, no top node) are all listed; when none is found
 * the tables are read and scored as {@code lcn score} would, which reports anything else. For
 * documents, every JSON Schema or XSD violation is listed, then the reader's first problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Checks a COINr iData table, an iMeta table, or both together, and lists every problem "
            + "as FILE, line L, column C (field 'F'): what is wrong and what would be valid.",
        "Also checks SDK documents (.json, .xml: network, declaration, framework, pipeline, "
            + "dataset, results) against the shipped JSON Schema or XSD and lists every "
            + "violation (JSON pointer, or line and column), then the reader's first problem.",
        "Exit code 0 when valid, 2 when a problem was found."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  lcn validate ASEM_iData.csv ASEM_iMeta.csv",
        "  lcn validate ASEM_iMeta.csv",
        "  lcn validate framework.json dataset.xml"})
final class ValidateCommand implements Callable<Integer> {
  private static final Pattern NODE_CODE = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
  private static final Pattern NUMBER = Pattern.compile(
      "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Set<String> META_REQUIRED = Set.of("Level", "iCode", "Direction", "Weight",
      "Parent", "Type");

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "COINr iData and/or iMeta tables (.csv, at most one of each), or SDK "
          + "documents (.json, .xml).")
  List<Path> files;

  @Mixin
  CommonOptions common;

  private final List<String> problems = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Table data = null;
    Table meta = null;
    List<Path> documents = new ArrayList<>();
    for (Path f : files) {
      if (Documents.formatOf(f) != Documents.Format.CSV) {
        documents.add(f);
        continue;
      }
      Table t = Table.read(f, problems);
      if (t == null) {
        continue;
      }
      if (t.header.contains("iCode")) {
        meta = t;
      } else if (t.header.contains("uCode")) {
        data = t;
      } else {
        problem(t.name, 1, 0, null, "the header has neither uCode (an iData table) nor iCode "
            + "(an iMeta table); expected one of them");
      }
    }
    Map<String, String> types = meta == null ? Map.of() : checkMeta(meta);
    if (data != null) {
      checkData(data, types, meta != null);
    }
    PrintWriter o = spec.commandLine().getOut();
    String summary = null;
    List<String> kinds = new ArrayList<>();
    for (Path f : documents) {
      try {
        DocumentKind kind = Documents.kindOf(f);
        kinds.add(kind.id());
        problems.addAll(DocumentSchemas.violations(f, kind));
        Documents.read(f);
      } catch (DocumentReadException | BadInputException e) {
        problems.add(e.getMessage());
      }
    }
    if (!documents.isEmpty() && problems.isEmpty()) {
      summary = "valid: " + documents.size() + " document(s): " + String.join(", ", kinds);
    }
    if (problems.isEmpty() && data != null && meta != null) {
      try {
        CoinrInput in = CoinrTables.read(data.path, meta.path);
        Results r = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
        summary = String.format(Locale.ROOT, "valid: %d units, %d indicators, %d nodes; "
            + "scoring gave %d notes", r.units().size(), in.framework().indicators().size(),
            in.framework().nodes().size(), r.diagnostics().notes().size());
        for (var n : r.diagnostics().notes()) {
          o.println("note: " + n.place() + ": " + n.message());
        }
      } catch (DocumentReadException | IndicatorsException e) {
        problems.add(e.getMessage());
      }
    }
    for (String p : problems) {
      o.println(p);
    }
    if (!problems.isEmpty()) {
      o.println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
      o.flush();
      return Lcn.BAD_INPUT;
    }
    if (!common.quiet) {
      o.println(summary != null ? summary : "valid: " + files.size() + " table(s), "
          + (data != null ? (data.rows.size() + " units")
              : meta != null ? (meta.rows.size() + " rows") : "nothing else to check"));
    }
    o.flush();
    return Lcn.OK;
  }

  private Map<String, String> checkMeta(Table t) {
    for (String col : META_REQUIRED) {
      if (!t.header.contains(col)) {
        problem(t.name, 1, 0, col, "required column is missing; expected the columns "
            + "Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent, Type");
      }
    }
    Map<String, String> types = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    Set<String> aggregates = new HashSet<>();
    for (Row r : t.rows) {
      String code = r.get("iCode");
      String type = r.get("Type");
      if (code.isEmpty()) {
        problem(t.name, r.line, r.column("iCode"), "iCode", "is empty; expected a code");
        continue;
      }
      if (lines.containsKey(code)) {
        problem(t.name, r.line, r.column("iCode"), "iCode", "'" + code + "' repeats line "
            + lines.get(code) + "; expected unique codes");
      }
      lines.put(code, r.line);
      if (CoinrType.ofLabel(type).isEmpty()) {
        problem(t.name, r.line, r.column("Type"), "Type", "'" + type + "' is not a type; "
            + "expected Indicator, Aggregate, Group, Denominator or Other");
        continue;
      }
      if (!NODE_CODE.matcher(code).matches()) {
        problem(t.name, r.line, r.column("iCode"), "iCode", "'" + code + "' is not a valid "
            + "code; expected a letter or '_' followed by letters, digits, '_', '.' or '-'");
      }
      types.put(code, type);
      if (type.equals("Aggregate")) {
        aggregates.add(code);
      }
    }
    int roots = 0;
    for (Row r : t.rows) {
      String code = r.get("iCode");
      String type = types.get(code);
      if (!"Indicator".equals(type) && !"Aggregate".equals(type)) {
        continue;
      }
      if (!r.get("Level").matches("[1-9]\\d*")) {
        problem(t.name, r.line, r.column("Level"), "Level", "'" + r.get("Level")
            + "' is not a level; expected a whole number from 1");
      }
      String dir = r.get("Direction");
      if (!dir.equals("1") && !dir.equals("-1")) {
        problem(t.name, r.line, r.column("Direction"), "Direction", "'" + dir
            + "' is not a direction; expected 1 or -1");
      }
      String w = r.get("Weight");
      if (!NUMBER.matcher(w).matches() || Double.parseDouble(w) < 0) {
        problem(t.name, r.line, r.column("Weight"), "Weight", "'" + w
            + "' is not a weight; expected a number >= 0");
      }
      String parent = r.get("Parent");
      if (parent.isEmpty()) {
        roots++;
        if (roots > 1) {
          problem(t.name, r.line, r.column("Parent"), "Parent", "is empty, but another "
              + "node is already the top; expected the iCode of an Aggregate row");
        }
      } else if (!aggregates.contains(parent)) {
        problem(t.name, r.line, r.column("Parent"), "Parent", "'" + parent
            + "' is not the iCode of an Aggregate row");
      }
      String denominator = r.get("Denominator");
      if (!denominator.isEmpty() && !"Denominator".equals(types.get(denominator))) {
        problem(t.name, r.line, r.column("Denominator"), "Denominator", "'" + denominator
            + "' is not the iCode of a row of Type Denominator; expected one of "
            + codesOfType(t, types, "Denominator") + " or an empty field");
      }
      String target = r.get("Target");
      if (!target.isEmpty() && !target.equals("NA") && !NUMBER.matcher(target).matches()) {
        problem(t.name, r.line, r.column("Target"), "Target", "'" + target
            + "' is not a number; expected a number or an empty field");
      }
    }
    checkTree(t, types, roots);
    return types;
  }

  private static List<String> codesOfType(Table t, Map<String, String> types, String type) {
    List<String> codes = new ArrayList<>();
    for (Row r : t.rows) {
      if (type.equals(types.get(r.get("iCode"))) && !codes.contains(r.get("iCode"))) {
        codes.add(r.get("iCode"));
      }
    }
    return codes;
  }

  /**
   * The rules about the tree as a whole, as {@code CoinrTables.read} applies them, but listing
   * every break: aggregates without children, no top node, parents in a cycle, and Level
   * against the row's place (1 for an indicator, one more than its highest child for an
   * aggregate).
   */
  private void checkTree(Table t, Map<String, String> types, int roots) {
    Map<String, Row> nodes = new LinkedHashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    for (Row r : t.rows) {
      String code = r.get("iCode");
      String type = types.get(code);
      if (("Indicator".equals(type) || "Aggregate".equals(type)) && !nodes.containsKey(code)) {
        nodes.put(code, r);
        String parent = r.get("Parent");
        if ("Aggregate".equals(types.get(parent))) {
          children.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
        }
      }
    }
    if (nodes.isEmpty()) {
      if (!t.rows.isEmpty()) {
        problem(t.name, 0, 0, "Type", "no row has Type Indicator or Aggregate; expected a "
            + "framework of indicators and aggregates");
      }
      return;
    }
    for (Map.Entry<String, Row> e : nodes.entrySet()) {
      Row r = e.getValue();
      if ("Aggregate".equals(types.get(e.getKey())) && !children.containsKey(e.getKey())) {
        problem(t.name, r.line, r.column("Type"), "Type", "Aggregate '" + e.getKey()
            + "' has no children (no row names it as Parent); expected Type Indicator, or rows "
            + "with Parent '" + e.getKey() + "'");
      }
    }
    if (roots == 0) {
      problem(t.name, 0, 0, "Parent", "every Indicator and Aggregate row has a Parent, so the "
          + "parents form a cycle; expected exactly one top node with an empty Parent");
    }
    Set<String> inCycle = new HashSet<>();
    for (Map.Entry<String, Row> e : nodes.entrySet()) {
      Set<String> seen = new LinkedHashSet<>();
      String at = e.getKey();
      while (at != null && !at.isEmpty() && nodes.containsKey(at) && seen.add(at)) {
        at = nodes.get(at).get("Parent");
      }
      if (at != null && seen.contains(at) && at.equals(e.getKey()) && inCycle.add(at)) {
        Row r = e.getValue();
        problem(t.name, r.line, r.column("Parent"), "Parent", "'" + e.getKey() + "' is its own "
            + "ancestor (" + String.join(" -> ", seen) + " -> " + at + "); expected a tree");
      }
    }
    Map<String, Integer> levels = new HashMap<>();
    for (Map.Entry<String, Row> e : nodes.entrySet()) {
      Row r = e.getValue();
      String given = r.get("Level");
      int expected = level(e.getKey(), types, children, levels, new HashSet<>());
      if (expected > 0 && given.matches("[1-9]\\d{0,8}") && Integer.parseInt(given) != expected) {
        problem(t.name, r.line, r.column("Level"), "Level", "Level " + given + " of '"
            + e.getKey() + "' does not match its place in the tree; expected " + expected
            + " (1 for an indicator, one more than its highest child for an aggregate)");
      }
    }
  }

  /** A node's level, or 0 when it cannot be told (an aggregate without children, a cycle). */
  private static int level(String code, Map<String, String> types,
      Map<String, List<String>> children, Map<String, Integer> levels, Set<String> path) {
    Integer known = levels.get(code);
    if (known != null) {
      return known;
    }
    if ("Indicator".equals(types.get(code))) {
      return 1;
    }
    List<String> below = children.get(code);
    if (below == null || !path.add(code)) {
      return 0;
    }
    int highest = 0;
    for (String child : below) {
      int l = level(child, types, children, levels, path);
      if (l == 0) {
        return 0;
      }
      highest = Math.max(highest, l);
    }
    path.remove(code);
    levels.put(code, highest + 1);
    return highest + 1;
  }

  private void checkData(Table t, Map<String, String> types, boolean withMeta) {
    if (!t.header.contains("uCode")) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Row r : t.rows) {
      String code = r.get("uCode");
      if (code.isEmpty() || code.chars().anyMatch(Character::isWhitespace)) {
        problem(t.name, r.line, r.column("uCode"), "uCode", "'" + code + "' is not a unit "
            + "code; expected a non-empty code without spaces");
      } else if (seen.containsKey(code)) {
        problem(t.name, r.line, r.column("uCode"), "uCode", "'" + code + "' repeats line "
            + seen.get(code) + "; expected one row per unit");
      } else {
        seen.put(code, r.line);
      }
      String time = r.get("Time");
      if (!time.isEmpty() && !time.equals("NA") && !NUMBER.matcher(time).matches()) {
        problem(t.name, r.line, r.column("Time"), "Time", "'" + time + "' is not a number; "
            + "expected a year or other number, or an empty field or NA");
      }
    }
    if (!withMeta) {
      return;
    }
    for (Map.Entry<String, String> e : types.entrySet()) {
      if (e.getValue().equals("Indicator") && !t.header.contains(e.getKey())) {
        problem(t.name, 1, 0, e.getKey(), "iMeta names this indicator but iData has no such "
            + "column; expected a column for every Indicator row");
      }
    }
    for (String col : t.header) {
      if (col.equals("uCode") || col.equals("uName") || col.equals("Time") || col.isEmpty()) {
        continue;
      }
      String type = types.get(col);
      if (type == null) {
        problem(t.name, 1, t.header.indexOf(col) + 1, col, "column is not in iMeta; expected "
            + "an iMeta row (Indicator, Group, Denominator or Other) for every iData column");
      } else if (type.equals("Aggregate")) {
        problem(t.name, 1, t.header.indexOf(col) + 1, col, "is an Aggregate in iMeta; "
            + "aggregates are computed, expected no iData column for them");
      }
    }
    for (Row r : t.rows) {
      for (String col : t.header) {
        String type = types.get(col);
        if (!"Indicator".equals(type) && !"Denominator".equals(type)) {
          continue;
        }
        String v = r.get(col);
        if (!v.isEmpty() && !v.equals("NA") && !NUMBER.matcher(v).matches()) {
          problem(t.name, r.line, r.column(col), col, "'" + v + "' is not a number; expected "
              + "a decimal number, or an empty field or NA for a missing value");
        }
      }
    }
  }

  private void problem(String file, int line, int column, String field, String message) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(", line ").append(line);
    }
    if (column > 0) {
      sb.append(", column ").append(column);
    }
    if (field != null) {
      sb.append(" (field '").append(field).append("')");
    }
    problems.add(sb.append(": ").append(message).toString());
  }

  /** One record with its line number in the file. */
  private record Row(int line, List<String> header, List<String> fields) {
    String get(String column) {
      int i = header.indexOf(column);
      return i < 0 || i >= fields.size() ? "" : fields.get(i).trim();
    }

    /** The 1-based field number, which is what CSV tools call the column. */
    int column(String name) {
      return header.indexOf(name) + 1;
    }
  }

  /** A CSV table as text, read leniently so that every problem can be listed. */
  private static final class Table {
    final Path path;
    final String name;
    final List<String> header;
    final List<Row> rows = new ArrayList<>();

    private Table(Path path, List<String> header) {
      this.path = path;
      this.name = path.toString();
      this.header = header;
    }

    static Table read(Path path, List<String> problems) throws java.io.IOException {
      String text;
      try {
        text = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
      } catch (CharacterCodingException e) {
        problems.add(path + ": is not UTF-8 text; expected a UTF-8 CSV file");
        return null;
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      List<List<String>> records = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      List<String> rec = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int line = 1;
      int start = 1;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (quoted) {
          if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (ch == '"') {
            quoted = false;
          } else {
            if (ch == '\n') {
              line++;
            }
            field.append(ch);
          }
        } else if (ch == '"' && field.length() == 0) {
          quoted = true;
        } else if (ch == ',') {
          rec.add(field.toString());
          field.setLength(0);
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          rec.add(field.toString());
          field.setLength(0);
          records.add(rec);
          lines.add(start);
          rec = new ArrayList<>();
          line++;
          start = line;
        } else {
          field.append(ch);
        }
      }
      if (quoted) {
        problems.add(path + ", line " + start + ": a quoted field is not closed; expected a "
            + "closing '\"'");
      }
      if (field.length() > 0 || !rec.isEmpty()) {
        rec.add(field.toString());
        records.add(rec);
        lines.add(start);
      }
      if (records.isEmpty()) {
        problems.add(path + ": is empty; expected a header line and rows");
        return null;
      }
      List<String> header = records.get(0).stream().map(String::trim).toList();
      Table t = new Table(path, header);
      Set<String> names = new LinkedHashSet<>();
      for (int j = 0; j < header.size(); j++) {
        String h = header.get(j);
        if (!h.isEmpty() && !names.add(h)) {
          problems.add(path + ", line 1, column " + (j + 1) + " (field '" + h + "'): the "
              + "column name repeats; expected unique column names");
        }
      }
      for (int k = 1; k < records.size(); k++) {
        List<String> r = records.get(k);
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        int width = header.size();
        // A trailing comma on every line (as in COINr's example files) is not a problem.
        boolean trailing = !header.isEmpty() && header.get(width - 1).isEmpty();
        if (r.size() != width && !(trailing && r.size() == width - 1)) {
          problems.add(path + ", line " + lines.get(k) + ": has " + r.size() + " fields; "
              + "expected " + width + " as in the header");
        }
        t.rows.add(new Row(lines.get(k), header, r));
      }
      return t;
    }
  }
}

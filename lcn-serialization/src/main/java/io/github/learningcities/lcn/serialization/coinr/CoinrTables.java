package io.github.learningcities.lcn.serialization.coinr;

import io.github.learningcities.lcn.serialization.internal.AtomicFiles;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.indicators.framework.Direction;
import io.github.learningcities.lcn.indicators.framework.Framework;
import io.github.learningcities.lcn.indicators.framework.InvalidFrameworkException;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.indicators.internal.DatasetColumns;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.DocumentWriteException;
import io.github.learningcities.lcn.serialization.csv.CsvFields;
import io.github.learningcities.lcn.serialization.internal.CsvTable;
import io.github.learningcities.lcn.serialization.internal.CsvTable.Cell;
import io.github.learningcities.lcn.serialization.internal.CsvTable.Row;
import io.github.learningcities.lcn.serialization.internal.CsvText;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads, checks and writes COINr's input tables: iData (one row per unit) and iMeta (one row
 * per indicator, aggregate, group variable, denominator or other column).
 *
 * <pre>{@code
 * CoinrInput in = CoinrTables.read(Path.of("ASEM_iData.csv"), Path.of("ASEM_iMeta.csv"));
 * Results results = Engine.standard().run(in.framework(), in.dataset(), in.pipeline());
 * CoinrTables.write(in, Path.of("out_iData.csv"), Path.of("out_iMeta.csv"));
 * }</pre>
 *
 * <h2>iMeta</h2>
 * Columns {@code Level, iCode, iName, Direction, Weight, Unit, Target, Denominator, Parent,
 * Type}, in any order; {@code Level, iCode, Direction, Weight, Parent, Type} are required,
 * further columns are kept as extras. {@code Type} is one of {@code Indicator, Aggregate,
 * Group, Denominator, Other}. Each Indicator and Aggregate row becomes a
 * {@link Node}: weight, direction ({@code 1} or {@code -1}), unit, optional target, optional
 * denominator (the iCode of a Denominator row) and parent (the iCode of an Aggregate row; empty
 * for the top node). {@code Level} must agree with the row's place in the tree: 1 for an
 * indicator, one more than its highest child for an aggregate. Group and Denominator rows name
 * columns of iData whose values become the units' group memberships and denominators. The
 * columns from which COINr's {@code Normalise(..., f_n_para = "use_iMeta")} takes parameters
 * ({@code goalpost_lower}, {@code goalpost_upper}, {@code goalpost_scale}, {@code
 * goalpost_trunc2posts}, {@code minmax_lower}, {@code minmax_upper}, {@code zscore_mean},
 * {@code zscore_sd}, {@code scaled_lower}, {@code scaled_upper}, {@code scale_factor}, {@code
 * dist2targ_cap_max}) must hold a number, or a logical ({@code TRUE}, {@code FALSE}, {@code T},
 * {@code F}) for the two flags, on Indicator rows; {@link CoinrInput#resolve} uses them. All
 * further columns are kept as text and written back in their place.
 *
 * <h2>Frameworks that are not trees</h2>
 * An optional column {@value #PARENTS} (the SDK's extension; COINr has none, and plain COINr
 * tables are read and written unchanged) lists further parents of an Indicator or Aggregate
 * row with its weight under each, as {@code parent:weight} pairs separated by {@code ;}, e.g.
 * {@code P1:0.5;P2:1.5}: the row then feeds those aggregates too, and the framework is a
 * directed acyclic graph (see {@link Node#additionalParents()}). {@code Weight} stays the weight
 * under {@code Parent}; {@code Level} is then the longest path down to an indicator. Each
 * further parent must be an Aggregate row other than {@code Parent} and the row itself, each
 * weight a number &gt;= 0, and the parents may form no cycle. Writing adds the column only
 * when a node has further parents (or the tables read had it).
 *
 * <h2>iData</h2>
 * A {@code uCode} column (required, unique, no spaces), optional {@code uName} and
 * {@code Time}, and columns named by iMeta rows of type Indicator, Group, Denominator or Other
 * (never Aggregate: aggregates are computed). Indicator and Denominator values are decimal
 * numbers; an empty field, or R's {@code NA}, is missing. One row per unit: panel data with
 * several {@code Time} values per unit must be split by {@code Time} first.
 *
 * <h2>Errors</h2>
 * {@link #validate(Path, Path) validate} lists every problem of the tables as
 * {@link TableProblem}s (file, line, column, field, what is wrong and what would be valid);
 * reading applies the same rules and either returns a complete {@link CoinrInput} or throws a
 * {@link DocumentReadException} for the first of those problems. iMeta is checked first, then
 * iData row by row as it is read (only the units and a column of doubles per indicator are
 * kept), so a table that stops being valid CSV gives the problems of the rows before, then one
 * problem for the CSV, and the rules that need the rest are not checked. Files are UTF-8, or
 * UTF-16 with a byte-order mark; other bytes, a NUL character, a folder given as a file, a
 * table with a header and no unit rows, and a table in which every indicator value is missing
 * are problems too (the message names the file and line, and says when the bytes look like
 * Latin-1/Windows-1252). Messages quote at most 60 characters of a cell, and {@code validate}
 * lists at most 100 problems, then one that says how many more there are.
 *
 * <h2>Writing</h2>
 * Numbers are written in the decimal form that parses back to the same double (see {@link
 * CsvFields}), so that reading the written tables gives an equal framework and dataset. A text
 * cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * tab or carriage return first) is written with a leading apostrophe, which reading removes.
 *
 * <p>Reading logs nothing (it does not start SLF4J): the sizes of what was read are in the
 * returned {@link CoinrInput} (its dataset's units and indicators, its framework's nodes).
 *
 * @since 0.1.0
 */
public final class CoinrTables {

  /** COINr's iMeta columns, in COINr's order. */
  public static final List<String> META_COLUMNS = List.of("Level", "iCode", "iName",
      "Direction", "Weight", "Unit", "Target", "Denominator", "Parent", "Type");

  /**
   * The iMeta column of further parents, {@code parent:weight} pairs separated by {@code ;}
   * (the SDK's extension for frameworks that are directed acyclic graphs).
   *
   * @since 0.1.0
   */
  public static final String PARENTS = "Parents";

  private static final List<String> REQUIRED_META_COLUMNS =
      List.of("Level", "iCode", "Direction", "Weight", "Parent", "Type");
  private static final String UCODE = "uCode";
  private static final String UNAME = "uName";
  private static final String TIME = "Time";
  /** Problems listed by validate at most; further problems are counted. */
  private static final int MAX_PROBLEMS = 100;
  private static final String CODE_RULE =
      "a letter or '_' followed by letters, digits, '_', '.' or '-' (no spaces)";

  private CoinrTables() {}

  /**
   * Reads iData and iMeta files (UTF-8).
   *
   * @param iData the iData table
   * @param iMeta the iMeta table
   * @return the framework, dataset, default pipeline and table details
   * @throws IOException if a file cannot be read
   * @throws DocumentReadException if a table breaks a rule, is not UTF-8 (or UTF-16 with a
   *     byte-order mark), is a folder or does not exist; names file, line and column
   */
  public static CoinrInput read(Path iData, Path iMeta) throws IOException {
    try (Reader d = CsvText.open(iData); Reader m = CsvText.open(iMeta)) {
      return read(d, iData.toString(), m, iMeta.toString());
    }
  }

  /**
   * Reads iData and iMeta from byte streams (UTF-8). The streams are not closed.
   *
   * @param iData the iData table
   * @param iDataSource the name of iData in error messages
   * @param iMeta the iMeta table
   * @param iMetaSource the name of iMeta in error messages
   * @return the framework, dataset, default pipeline and table details
   * @throws IOException if a stream cannot be read
   * @throws DocumentReadException if a table breaks a rule or is not UTF-8 (or UTF-16 with a
   *     byte-order mark); names source, line and column
   */
  public static CoinrInput read(InputStream iData, String iDataSource, InputStream iMeta,
      String iMetaSource) throws IOException {
    return read(utf8(iData, iDataSource), iDataSource, utf8(iMeta, iMetaSource), iMetaSource);
  }

  private static Reader utf8(InputStream in, String source) throws IOException {
    return CsvText.decode(in, source);
  }

  /**
   * Reads iData and iMeta from character streams. The readers are not closed.
   *
   * @param iData the iData table
   * @param iDataSource the name of iData in error messages
   * @param iMeta the iMeta table
   * @param iMetaSource the name of iMeta in error messages
   * @return the framework, dataset, default pipeline and table details
   * @throws IOException if a reader fails
   * @throws DocumentReadException if a table breaks a rule; names source, line and column
   */
  public static CoinrInput read(Reader iData, String iDataSource, Reader iMeta,
      String iMetaSource) throws IOException {
    return read(TableSource.csv(iData, iDataSource), TableSource.csv(iMeta, iMetaSource));
  }

  /**
   * Reads iData and iMeta from any table source (a CSV text, a spreadsheet's sheet) with the
   * rules of {@link #read(Path, Path)}; problems name the places as the sources do.
   *
   * @param iData the iData table
   * @param iMeta the iMeta table
   * @return the framework, dataset, default pipeline and table details
   * @throws IOException if a source cannot be read
   * @throws DocumentReadException if a table breaks a rule; names source and place
   * @since 0.1.0
   */
  public static CoinrInput read(TableSource iData, TableSource iMeta) throws IOException {
    Check check = new Check(false);
    CoinrInput in = check.run(iData, iMeta);
    if (check.first != null) {
      throw check.first;
    }
    return in;
  }

  /**
   * Checks iData and iMeta from any table source as {@link #validate(Path, Path)} does; either
   * may be null to check the other on its own (the rules that need both are then left out).
   *
   * @param iData the iData table, or null
   * @param iMeta the iMeta table, or null
   * @return the problems, empty when reading would succeed; immutable
   * @throws IOException if a source cannot be read
   * @since 0.1.0
   */
  public static List<TableProblem> validate(TableSource iData, TableSource iMeta)
      throws IOException {
    Check check = new Check(true);
    check.run(iData, iMeta);
    return check.listed();
  }

  /**
   * Checks iData and iMeta files (UTF-8) against every rule that {@link #read(Path, Path)}
   * applies and lists every problem found, in the order of the tables and their rows. A table
   * that is not UTF-8, not a file or not valid CSV gives one problem, and the rules that need
   * it are left out.
   *
   * @param iData the iData table
   * @param iMeta the iMeta table
   * @return the problems, empty when {@link #read(Path, Path)} would succeed; immutable
   * @throws IOException if a file cannot be read
   * @since 0.1.0
   */
  public static List<TableProblem> validate(Path iData, Path iMeta) throws IOException {
    Check check = new Check(true);
    try (Reader d = check.open(iData); Reader m = check.open(iMeta)) {
      check.run(d, iData.toString(), m, iMeta.toString());
    }
    return check.listed();
  }

  /**
   * Checks iData and iMeta from byte streams (UTF-8) as {@link #validate(Path, Path)} does.
   * The streams are not closed.
   *
   * @param iData the iData table
   * @param iDataSource the name of iData in problems
   * @param iMeta the iMeta table
   * @param iMetaSource the name of iMeta in problems
   * @return the problems, empty when reading would succeed; immutable
   * @throws IOException if a stream cannot be read
   * @since 0.1.0
   */
  public static List<TableProblem> validate(InputStream iData, String iDataSource,
      InputStream iMeta, String iMetaSource) throws IOException {
    return validate(utf8(iData, iDataSource), iDataSource, utf8(iMeta, iMetaSource),
        iMetaSource);
  }

  /**
   * Checks iData and iMeta from character streams as {@link #validate(Path, Path)} does. The
   * readers are not closed.
   *
   * @param iData the iData table
   * @param iDataSource the name of iData in problems
   * @param iMeta the iMeta table
   * @param iMetaSource the name of iMeta in problems
   * @return the problems, empty when reading would succeed; immutable
   * @throws IOException if a reader fails
   * @since 0.1.0
   */
  public static List<TableProblem> validate(Reader iData, String iDataSource, Reader iMeta,
      String iMetaSource) throws IOException {
    return validate(TableSource.csv(iData, iDataSource), TableSource.csv(iMeta, iMetaSource));
  }

  /**
   * Checks an iMeta file (UTF-8) on its own: every rule of {@link #validate(Path, Path)} that
   * does not need iData.
   *
   * @param iMeta the iMeta table
   * @return the problems; immutable
   * @throws IOException if the file cannot be read
   * @since 0.1.0
   */
  public static List<TableProblem> validateMeta(Path iMeta) throws IOException {
    Check check = new Check(true);
    try (Reader m = check.open(iMeta)) {
      check.run(null, null, m, iMeta.toString());
    }
    return check.listed();
  }

  /**
   * Checks an iData file (UTF-8) on its own: the rules of {@link #validate(Path, Path)} that do
   * not need iMeta (the uCode column and its codes, Time).
   *
   * @param iData the iData table
   * @return the problems; immutable
   * @throws IOException if the file cannot be read
   * @since 0.1.0
   */
  public static List<TableProblem> validateData(Path iData) throws IOException {
    Check check = new Check(true);
    try (Reader d = check.open(iData)) {
      check.run(d, iData.toString(), null, null);
    }
    return check.listed();
  }

  /** An iMeta row with its code and type. */
  private record MetaRow(String code, CoinrType type, Row row) {}

  /**
   * What iMeta holds: the framework is null when iMeta has a problem; the indicators are the
   * codes of the Indicator rows, in the framework's order when there is one.
   */
  private record Meta(CsvTable table, Framework framework, Map<String, MetaRow> rows,
      List<CoinrVariable> variables, Map<String, Map<String, String>> extras,
      List<String> indicators) {}

  /**
   * One pass over the tables that applies every rule, lists what breaks one and builds the
   * input when nothing does: the single place of the rules for both reading and validating.
   */
  private static final class Check {
    /** Whether undecodable text is a problem (validate) rather than an IOException (read). */
    private final boolean listing;
    /** The tables by name: how each names a line. */
    private final Map<String, TableSource> sources = new HashMap<>();
    /**
     * The table being checked: how problems name its places (iMeta, then iData; two sheets of
     * one workbook share a name, so the name alone cannot tell them apart).
     */
    private TableSource current;
    private final List<TableProblem> problems = new ArrayList<>();
    /** Every problem found, listed or not. */
    private int count;
    /** The first problem as the reader throws it, with its cause. */
    private DocumentReadException first;

    Check(boolean listing) {
      this.listing = listing;
    }

    /** Checks the tables that are given (a null reader is left out); the input or null. */
    CoinrInput run(Reader iData, String iDataSource, Reader iMeta, String iMetaSource)
        throws IOException {
      return run(iData == null ? null : TableSource.csv(iData, iDataSource),
          iMeta == null ? null : TableSource.csv(iMeta, iMetaSource));
    }

    /** Checks the tables that are given (a null source is left out); the input or null. */
    CoinrInput run(TableSource iData, TableSource iMeta) throws IOException {
      if (iMeta != null) {
        sources.put(iMeta.name(), iMeta);
      }
      if (iData != null) {
        sources.put(iData.name(), iData);
      }
      current = iMeta;
      CsvTable meta = iMeta == null ? null : parse(iMeta);
      Meta m = meta == null ? null : meta(meta);
      if (iData == null) {
        return null;
      }
      current = iData;
      DataRows rows = new DataRows(iData.name(), m);
      return scan(iData, rows) ? rows.finish() : null;
    }

    /** How messages name another line of a table: "line 7" (CSV) or "row 7" (sheet). */
    private String line(String source, int line) {
      TableSource s = sources.get(source);
      return s == null ? "line " + line : s.line(line);
    }

    /** Opens a table's file; null, with the problem listed, when it is not a readable file. */
    Reader open(Path file) throws IOException {
      try {
        return CsvText.open(file);
      } catch (DocumentReadException | CharacterCodingException e) {
        unreadable(file.toString(), e);
        return null;
      }
    }

    /** The problems as validate lists them: at most MAX_PROBLEMS, then how many more. */
    List<TableProblem> listed() {
      if (count <= problems.size()) {
        return List.copyOf(problems);
      }
      List<TableProblem> out = new ArrayList<>(problems);
      TableProblem last = problems.get(problems.size() - 1);
      out.add(new TableProblem(last.source(), 0, 0, 0, null, "and " + (count - problems.size())
          + " more problems (only the first " + MAX_PROBLEMS + " are listed)"));
      return List.copyOf(out);
    }

    private CsvTable parse(TableSource in) throws IOException {
      try {
        return CsvTable.read(in);
      } catch (DocumentReadException | CharacterCodingException e) {
        unreadable(in.name(), e);
        return null;
      }
    }

    /** Reads iData row by row; false when it is not a readable table. */
    private boolean scan(TableSource in, DataRows rows) throws IOException {
      try {
        CsvTable.scan(in, rows);
        return true;
      } catch (DocumentReadException | CharacterCodingException e) {
        unreadable(in.name(), e);
        return false;
      }
    }

    /**
     * Lists a table that could not be read (malformed, or not UTF-8) as one problem; an
     * undecodable one is thrown instead when the tables are read rather than checked. Each
     * reading catches its own exception and hands it here (try blocks, not a function object:
     * {@code lcn score} links no call site).
     */
    private void unreadable(String source, Exception failure) throws IOException {
      if (failure instanceof DocumentReadException e) {
        // a table's exception has a path only when it names a sheet's cell
        String cell = e.path().orElse(null);
        String place = TableProblem.place(e.source(), e.line(), e.column(),
            e.field().orElse(null), cell) + ": ";
        String message = e.getMessage().startsWith(place)
            ? e.getMessage().substring(place.length()) : e.getMessage();
        list(new TableProblem(e.source(), e.line(), e.column(), 0, e.field().orElse(null),
            message, cell));
        if (first == null) {
          first = e;
        }
        return;
      }
      CharacterCodingException e = (CharacterCodingException) failure;
      if (!listing) {
        throw e;
      }
      add(source, 0, 0, 0, null, "the text is not valid UTF-8 (" + e.getMessage()
          + "); expected a UTF-8 CSV file", e);
    }

    private void list(TableProblem problem) {
      count++;
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(problem);
      }
    }

    private void add(String source, int line, int column, int fieldNumber, String field,
        String message, Throwable cause) {
      String shown = field == null ? null : q(field);
      TableSource table = current != null && current.name().equals(source) ? current
          : sources.get(source);
      String cell = table == null ? null : table.reference(line, column).orElse(null);
      list(new TableProblem(source, line, column, fieldNumber, shown, message, cell));
      if (first == null) {
        first = cell == null
            ? new DocumentReadException(source, line, column, shown, message, cause)
            : DocumentReadException.inCell(source, cell, line, column, shown, message, cause);
      }
    }

    /** A problem of a whole table or line (no character column). */
    private void add(CsvTable t, int line, String field, String message, Throwable cause) {
      add(t.source(), line, 0, 0, field, message, cause);
    }

    /** A problem of one cell: its field is the cell's column. */
    private void add(CsvTable t, Cell c, String field, String message) {
      int j = field == null ? -1 : t.indexOf(field);
      add(t.source(), c.line(), c.column(), j + 1, field, message, null);
    }

    private Meta meta(CsvTable t) {
      int before = count;
      for (String col : REQUIRED_META_COLUMNS) {
        if (!t.has(col)) {
          add(t, headerLine(t), col, "the header has no column '" + col + "'; expected "
              + "COINr's iMeta columns " + META_COLUMNS + " (Level, iCode, Direction, Weight, "
              + "Parent and Type are required)", null);
        }
      }
      if (count > before) {
        return null;
      }
      Map<String, MetaRow> rows = new LinkedHashMap<>();
      // codes of rows with an invalid Type: rows that name them are not blamed for it again
      Set<String> untyped = new HashSet<>();
      Map<String, Map<String, String>> extras = new LinkedHashMap<>();
      // The columns beyond COINr's (and Parents), found once per table rather than per row.
      int[] extraColumns = extraColumns(t.header());
      for (Row row : t.rows()) {
        Cell codeCell = cell(t, row, "iCode");
        String code = codeCell.text().trim();
        if (code.isEmpty()) {
          add(t, codeCell, "iCode", "iCode is empty; expected " + CODE_RULE);
          continue;
        }
        if (!Node.isValidCode(code)) {
          add(t, codeCell, "iCode", "iCode '" + q(code) + "' is invalid; expected " + CODE_RULE);
        }
        MetaRow earlier = rows.get(code);
        if (earlier != null) {
          add(t, codeCell, "iCode", "iCode '" + q(code) + "' appears twice (first on "
              + line(t.source(), earlier.row().line()) + "); expected unique codes");
          continue;
        }
        Cell typeCell = cell(t, row, "Type");
        Optional<CoinrType> type = CoinrType.ofLabel(typeCell.text().trim());
        if (type.isEmpty()) {
          add(t, typeCell, "Type", "Type '" + q(typeCell.text()) + "' of '" + q(code) + "' is "
              + "invalid; expected one of Indicator, Aggregate, Group, Denominator, Other");
          untyped.add(code);
          continue;
        }
        rows.put(code, new MetaRow(code, type.get(), row));
        Map<String, String> extra = new LinkedHashMap<>();
        for (int j : extraColumns) {
          String col = t.header().get(j).text();
          String text = row.cells().get(j).text();
          if (!text.isEmpty()) {
            extra.put(col, text);
            String problem = type.get() == CoinrType.INDICATOR
                ? IMetaColumns.problem(col, text) : null;
            if (problem != null) {
              add(t, row.cells().get(j), col, problem + " (row of '" + q(code) + "')");
            }
          }
        }
        if (!extra.isEmpty()) {
          extras.put(code, extra);
        }
      }
      List<Node> nodes = new ArrayList<>();
      Map<String, MetaRow> nodeRows = new LinkedHashMap<>();
      List<CoinrVariable> variables = new ArrayList<>();
      Map<String, List<String>> children = new HashMap<>();
      MetaRow root = null;
      for (MetaRow r : rows.values()) {
        if (!isNode(r)) {
          variables.add(new CoinrVariable(r.code(), text(t, r.row(), "iName"), r.type(),
              text(t, r.row(), "Unit")));
          continue;
        }
        nodeRows.put(r.code(), r);
        int rowStart = count;
        Cell dirCell = cell(t, r.row(), "Direction");
        OptionalDouble dir = number(t, dirCell, "Direction", false);
        if (dir.isPresent() && dir.getAsDouble() != 1 && dir.getAsDouble() != -1) {
          add(t, dirCell, "Direction", "Direction '" + q(dirCell.text()) + "' of '" + r.code()
              + "' is invalid; expected 1 (higher is better) or -1 (lower is better)");
        }
        Cell weightCell = cell(t, r.row(), "Weight");
        OptionalDouble weight = number(t, weightCell, "Weight", false);
        if (weight.isPresent() && weight.getAsDouble() < 0) {
          add(t, weightCell, "Weight", "Weight " + q(weightCell.text()) + " of '" + r.code()
              + "' is negative; expected a number >= 0");
        }
        OptionalDouble target = t.has("Target")
            ? number(t, cell(t, r.row(), "Target"), "Target", true) : OptionalDouble.empty();
        Optional<String> denominator = Optional.empty();
        if (t.has("Denominator") && !text(t, r.row(), "Denominator").isBlank()) {
          Cell dc = cell(t, r.row(), "Denominator");
          String d = dc.text().trim();
          MetaRow dr = rows.get(d);
          if ((dr == null && !untyped.contains(d))
              || (dr != null && dr.type() != CoinrType.DENOMINATOR)) {
            add(t, dc, "Denominator", "Denominator '" + q(d) + "' of '" + r.code()
                + "' is not the iCode of a row of Type Denominator; expected one of "
                + codesOfType(rows, CoinrType.DENOMINATOR) + " or empty");
          }
          denominator = Optional.of(d);
        }
        Cell parentCell = cell(t, r.row(), "Parent");
        String parent = parentCell.text().trim();
        if (parent.isEmpty()) {
          if (root != null) {
            add(t, parentCell, "Parent", "Parent of '" + r.code() + "' is empty, but '"
                + root.code() + "' (" + line(t.source(), root.row().line()) + ") is already the top node; "
                + "expected exactly one Indicator or Aggregate row with an empty Parent");
          } else {
            root = r;
          }
        } else {
          MetaRow p = rows.get(parent);
          if (p == null && !untyped.contains(parent)) {
            add(t, parentCell, "Parent", "Parent '" + q(parent) + "' of '" + r.code()
                + "' is not an iCode of this table; expected the iCode of an Aggregate row "
                + "(or empty for the top node)");
          } else if (p != null && p.type() != CoinrType.AGGREGATE) {
            add(t, parentCell, "Parent", "Parent '" + parent + "' of '" + r.code()
                + "' is a row of Type " + p.type().label() + " (" + line(t.source(), p.row().line())
                + "); expected the iCode of an Aggregate row");
          } else if (p != null) {
            childrenOf(children, parent).add(r.code());
          }
        }
        Map<String, Double> further = furtherParents(t, r, parent, rows, untyped, children);
        if (count > rowStart) {
          continue;
        }
        try {
          nodes.add(new Node(r.code(), text(t, r.row(), "iName"), Optional.ofNullable(
              parent.isEmpty() ? null : parent), weight.getAsDouble(),
              Direction.ofSign((int) dir.getAsDouble()), text(t, r.row(), "Unit"), target,
              denominator, Optional.empty(), further));
        } catch (InvalidFrameworkException e) {
          add(t, r.row().line(), null, e.getMessage(), e);
        }
      }
      Framework framework = null;
      if (nodeRows.isEmpty()) {
        add(t, 0, "Type", "no row has Type Indicator or Aggregate; expected a framework of "
            + "indicators and aggregates", null);
      } else {
        tree(t, nodeRows, children, root);
        if (count == before) {
          try {
            framework = Framework.of(nodes);
          } catch (InvalidFrameworkException e) {
            MetaRow r = rows.get(e.node());
            add(t, r == null ? 0 : r.row().line(), r == null ? null : "Parent",
                e.getMessage(), e);
          }
        }
        levels(t, nodeRows, children, framework);
      }
      List<String> indicators;
      if (framework != null) {
        indicators = new ArrayList<>(framework.indicators().size());
        for (Node n : framework.indicators()) {
          indicators.add(n.code());
        }
        indicators = Collections.unmodifiableList(indicators);
      } else {
        indicators = codesOfType(nodeRows, CoinrType.INDICATOR);
      }
      return new Meta(t, framework, rows, variables, extras, indicators);
    }

    /**
     * The {@value #PARENTS} cell of a node row: further Aggregate rows with the node's weight
     * under each; each is recorded as a child of its parent.
     */
    private Map<String, Double> furtherParents(CsvTable t, MetaRow r, String parent,
        Map<String, MetaRow> rows, Set<String> untyped, Map<String, List<String>> children) {
      if (!t.has(PARENTS) || text(t, r.row(), PARENTS).isBlank()) {
        return Map.of();
      }
      Cell c = cell(t, r.row(), PARENTS);
      Map<String, Double> out = new LinkedHashMap<>();
      for (String entry : c.text().split(";", -1)) {
        int colon = entry.lastIndexOf(':');
        String p = colon < 0 ? entry.trim() : entry.substring(0, colon).trim();
        if (colon < 0 || p.isEmpty()) {
          add(t, c, PARENTS, "Parents entry '" + q(entry.trim()) + "' of '" + r.code()
              + "' is invalid; expected parent:weight pairs separated by ';', e.g. P1:0.5;P2:1");
          continue;
        }
        MetaRow pr = rows.get(p);
        if (pr == null && !untyped.contains(p)) {
          add(t, c, PARENTS, "Parents names '" + q(p) + "' for '" + r.code() + "', which is "
              + "not an iCode of this table; expected the iCode of an Aggregate row");
          continue;
        }
        if (pr != null && pr.type() != CoinrType.AGGREGATE) {
          add(t, c, PARENTS, "Parents names '" + p + "' for '" + r.code() + "', a row of Type "
              + pr.type().label() + " (line " + pr.row().line() + "); expected the iCode of "
              + "an Aggregate row");
          continue;
        }
        if (p.equals(parent) || p.equals(r.code()) || out.containsKey(p)) {
          add(t, c, PARENTS, "Parents names '" + p + "' for '" + r.code() + "' again; "
              + "expected aggregates other than the row itself, its Parent '" + parent
              + "' and one another");
          continue;
        }
        OptionalDouble w = number(t.source(), entry.substring(colon + 1), c.line(), c.column(),
            t.indexOf(PARENTS) + 1, PARENTS, false);
        if (w.isPresent() && w.getAsDouble() < 0) {
          add(t, c, PARENTS, "Parents gives '" + r.code() + "' the weight "
              + q(entry.substring(colon + 1).trim()) + " under '" + p + "'; expected a number "
              + ">= 0");
        } else if (w.isPresent()) {
          out.put(p, w.getAsDouble());
          if (pr != null) {
            childrenOf(children, p).add(r.code());
          }
        }
      }
      return out;
    }

    /** The rules of the tree as a whole: aggregates with children, a top node, no cycles. */
    private void tree(CsvTable t, Map<String, MetaRow> nodeRows,
        Map<String, List<String>> children, MetaRow root) {
      for (MetaRow r : nodeRows.values()) {
        if (r.type() == CoinrType.AGGREGATE && !children.containsKey(r.code())) {
          add(t, cell(t, r.row(), "Type"), "Type", "Aggregate '" + r.code() + "' has no "
              + "children (no row names it as Parent); expected Type Indicator, or rows with "
              + "Parent '" + r.code() + "'");
        }
      }
      if (root == null) {
        add(t, 0, "Parent", "every Indicator and Aggregate row has a Parent, so the parents "
            + "form a cycle; expected exactly one top node with an empty Parent", null);
      }
      // Each node is walked up to its top once (linear, iterative): a walk that meets itself
      // has found a cycle, and every node on it is reported with the cycle from there.
      Map<String, Boolean> walked = new HashMap<>();
      Map<String, List<String>> cycleFrom = new HashMap<>();
      for (MetaRow r : nodeRows.values()) {
        List<String> walk = new ArrayList<>();
        String at = r.code();
        while (at != null && !at.isEmpty() && nodeRows.containsKey(at)
            && !walked.containsKey(at)) {
          walked.put(at, Boolean.FALSE);
          walk.add(at);
          at = text(t, nodeRows.get(at).row(), "Parent").trim();
        }
        if (Boolean.FALSE.equals(walked.get(at))) {
          List<String> cycle = walk.subList(walk.indexOf(at), walk.size());
          for (int k = 0; k < cycle.size(); k++) {
            List<String> rotated = new ArrayList<>(cycle.subList(k, cycle.size()));
            rotated.addAll(cycle.subList(0, k));
            cycleFrom.put(cycle.get(k), rotated);
          }
        }
        for (String w : walk) {
          walked.put(w, Boolean.TRUE);
        }
      }
      for (MetaRow r : nodeRows.values()) {
        List<String> cycle = cycleFrom.get(r.code());
        if (cycle != null) {
          add(t, cell(t, r.row(), "Parent"), "Parent", "'" + r.code() + "' is its own "
              + "ancestor (" + cyclePath(cycle) + "); expected a tree");
        }
      }
    }

    /** Level against the row's place in the tree, where that place can be told. */
    private void levels(CsvTable t, Map<String, MetaRow> nodeRows,
        Map<String, List<String>> children, Framework framework) {
      Map<String, Integer> known = new HashMap<>();
      for (MetaRow r : nodeRows.values()) {
        Cell levelCell = cell(t, r.row(), "Level");
        OptionalDouble level = number(t, levelCell, "Level", false);
        int expected = framework != null ? framework.level(r.code())
            : level(r.code(), nodeRows, children, known);
        if (level.isPresent() && expected > 0 && level.getAsDouble() != expected) {
          add(t, levelCell, "Level", "Level " + q(levelCell.text().trim()) + " of '" + r.code()
              + "' does not match its place in the tree; expected " + expected
              + " (1 for an indicator, one more than its highest child for an aggregate)");
        }
      }
    }

    /**
     * The iData rules, applied row by row as {@link CsvTable#scan} reads the table: nothing of
     * it is kept but the units and a column of doubles per indicator (the dataset being built).
     */
    private final class DataRows implements CsvTable.RowVisitor {
      /** The rows of a block of values. */
      private static final int BLOCK = 256;
      private final String source;
      private final Meta meta;
      private List<Cell> header;
      private List<String> columnNames;
      private CoinrType[] kinds;
      /** False when the header has no uCode: the rows are then not checked. */
      private boolean checked;
      private int codeCol;
      private int nameCol;
      private int timeCol;
      /** The units read, in row order. */
      private final List<Unit> unitList = new ArrayList<>();
      /**
       * The values of the units read, in blocks of {@link #BLOCK} rows, each a column per
       * indicator column in header order: stored as read rather than through a builder's two
       * look-ups per cell, and in blocks so that a growing table allocates no more than the
       * builder did (no column copied to grow it).
       */
      private final List<double[][]> values = new ArrayList<>();
      private double[][] block;
      /** The header positions of the indicator columns, in header order. */
      private int[] indicatorColumns = new int[0];
      private final Map<String, Integer> firstLine = new HashMap<>();
      private final Map<String, String> times = new LinkedHashMap<>();
      private final Map<String, Map<String, String>> otherData = new LinkedHashMap<>();
      private int headerLine = 1;
      private int units;
      private long present;
      private int indicatorCount;

      DataRows(String source, Meta meta) {
        this.source = source;
        this.meta = meta;
      }

      @Override
      public void header(List<Cell> cells) {
        header = cells;
        columnNames = CsvTable.texts(cells);
        headerLine = cells.isEmpty() ? 1 : cells.get(0).line();
        codeCol = columnNames.indexOf(UCODE);
        if (codeCol < 0) {
          add(source, headerLine, 0, 0, UCODE, "the header has no column 'uCode'; expected a "
              + "uCode column with one unique code per unit", null);
          return;
        }
        checked = true;
        nameCol = columnNames.indexOf(UNAME);
        timeCol = columnNames.indexOf(TIME);
        int n = cells.size();
        kinds = new CoinrType[n];
        if (meta != null) {
          String metaSource = meta.table().source();
          Set<String> seenIndicators = new HashSet<>();
          for (int j = 0; j < n; j++) {
            Cell h = cells.get(j);
            String col = h.text();
            if (col.equals(UCODE) || col.equals(UNAME) || col.equals(TIME)) {
              continue;
            }
            MetaRow r = meta.rows().get(col);
            if (r == null) {
              add(source, h.line(), h.column(), j + 1, col, "column '" + q(col) + "' is not an "
                  + "iCode in " + metaSource + "; expected uCode, uName, Time or the iCode of "
                  + "an Indicator, Group, Denominator or Other row of iMeta", null);
            } else if (r.type() == CoinrType.AGGREGATE) {
              add(source, h.line(), h.column(), j + 1, col, "column '" + col + "' is an "
                  + "Aggregate in " + metaSource + " (" + line(metaSource, r.row().line()) + "); aggregates "
                  + "are computed, so expected only Indicator, Group, Denominator or Other "
                  + "columns", null);
            } else {
              kinds[j] = r.type();
              if (r.type() == CoinrType.INDICATOR) {
                seenIndicators.add(col);
              }
            }
          }
          for (String leaf : meta.indicators()) {
            if (!seenIndicators.contains(leaf)) {
              MetaRow r = meta.rows().get(leaf);
              add(source, headerLine, 0, 0, leaf, "indicator '" + leaf + "' (" + metaSource
                  + ", " + line(metaSource, r.row().line()) + ") has no column; expected a column for "
                  + "every Indicator row of iMeta", null);
            }
          }
        }
        indicatorColumns = new int[n];
        for (int j = 0; j < n; j++) {
          if (kinds[j] == CoinrType.INDICATOR) {
            indicatorColumns[indicatorCount++] = j;
          }
        }
        indicatorColumns = Arrays.copyOf(indicatorColumns, indicatorCount);
      }

      @Override
      public void row(CsvTable.Fields row) {
        if (!checked) {
          return;
        }
        String code = row.text(codeCol).trim();
        boolean unit = true;
        if (!Unit.isValidCode(code)) {
          addCell(row, codeCol, UCODE, "uCode '" + q(row.text(codeCol)) + "' is invalid; "
              + "expected a non-empty code without spaces");
          unit = false;
        } else {
          Integer earlier = firstLine.putIfAbsent(code, row.line());
          if (earlier != null) {
            addCell(row, codeCol, UCODE, "uCode '" + code + "' appears twice (first on "
                + line(source, earlier) + "); expected one row per unit (panel data with several Time "
                + "values must be read one Time at a time)");
            unit = false;
          }
        }
        String name = nameCol < 0 ? "" : row.text(nameCol);
        if (timeCol >= 0 && number(source, row, timeCol, TIME, true).isPresent() && unit) {
          times.put(code, row.text(timeCol).trim());
        }
        Map<String, String> groups = new TreeMap<>();
        Map<String, Double> denominators = new TreeMap<>();
        Map<String, String> others = new LinkedHashMap<>();
        for (int j = 0; j < kinds.length; j++) {
          if (kinds[j] == null || kinds[j] == CoinrType.INDICATOR) {
            continue;
          }
          String col = columnNames.get(j);
          String text = row.text(j);
          // Comparisons rather than a switch on the enum, whose switch-map class (and the
          // error class its initialiser catches) a short run would load for this alone.
          CoinrType kind = kinds[j];
          if (kind == CoinrType.GROUP) {
            if (!text.isBlank()) {
              groups.put(col, text.trim());
            }
          } else if (kind == CoinrType.DENOMINATOR) {
            // No lambda: one linked here at run time would cost a run milliseconds.
            OptionalDouble d = number(source, row, j, col, true);
            if (d.isPresent()) {
              denominators.put(col, d.getAsDouble());
            }
          } else if (!text.isEmpty()) {
            others.put(col, text);
          }
        }
        if (unit && !others.isEmpty()) {
          otherData.put(code, others);
        }
        if (unit) {
          try {
            unitList.add(new Unit(code, name, groups, denominators));
            if (units % BLOCK == 0) {
              block = new double[indicatorCount][BLOCK];
              values.add(block);
            }
            units++;
          } catch (IndicatorsException e) {
            add(source, row.line(codeCol), row.column(codeCol), codeCol + 1, UCODE,
                e.getMessage(), e);
            unit = false;
          }
        }
        for (int k = 0; k < indicatorColumns.length; k++) {
          int j = indicatorColumns[k];
          // Parsed where the reader cut the field out; a missing or bad cell takes the path of
          // every other number, for its message.
          double v = row.decimalOrNaN(j);
          if (!Double.isFinite(v)) {
            number(source, row, j, columnNames.get(j), true);
            v = Dataset.MISSING;
          }
          if (unit) {
            block[k][(units - 1) % BLOCK] = v;
            if (!Double.isNaN(v)) {
              present++;
            }
          }
        }
      }

      /** The whole-table rules, after the last row; the input when nothing broke a rule. */
      CoinrInput finish() {
        if (!checked) {
          return null;
        }
        if (units == 0 && count == 0) {
          add(source, 0, 0, 0, null, "the table has a header but no unit rows; expected one "
              + "row per unit under the header", null);
        } else if (present == 0 && indicatorCount > 0 && count == 0) {
          add(source, 0, 0, 0, null, "every indicator value is missing (empty or NA); "
              + "expected at least one value to score", null);
        }
        if (meta == null || meta.framework() == null || count > 0) {
          return null;
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int k = 0; k < indicatorCount; k++) {
          double[] column = new double[units];
          for (int b = 0; b < values.size(); b++) {
            int from = b * BLOCK;
            System.arraycopy(values.get(b)[k], 0, column, from, Math.min(BLOCK, units - from));
          }
          columns.put(columnNames.get(indicatorColumns[k]), column);
        }
        // The columns were made here and are used nowhere else: the dataset keeps them.
        Dataset dataset = DatasetColumns.adopt(unitList, columns);
        return new CoinrInput(meta.framework(), dataset, Pipeline.coinrDefault(),
            meta.variables(), times, otherData, meta.extras(), columnNames,
            meta.table().columnNames(), List.copyOf(meta.rows().keySet()));
      }

      private void addCell(CsvTable.Fields row, int j, String field, String message) {
        add(source, row.line(j), row.column(j), j + 1, field, message, null);
      }
    }

    /**
     * Parses a decimal number; empty or NA is missing when allowed. A problem is listed and
     * empty returned when the text is not a finite number, or is missing where not allowed.
     */
    private OptionalDouble number(CsvTable t, Cell c, String field, boolean missingOk) {
      return number(t.source(), c.text(), c.line(), c.column(), t.indexOf(field) + 1, field,
          missingOk);
    }

    private OptionalDouble number(String source, CsvTable.Fields row, int j, String field,
        boolean missingOk) {
      return number(source, row.text(j), row.line(j), row.column(j), j + 1, field, missingOk);
    }

    private OptionalDouble number(String source, String text, int line, int column,
        int fieldNumber, String field, boolean missingOk) {
      String s = text.trim();
      if (s.isEmpty() || s.equals("NA")) {
        if (!missingOk) {
          add(source, line, column, fieldNumber, field, field + " is "
              + (s.isEmpty() ? "empty" : "NA") + "; expected a number", null);
        }
        return OptionalDouble.empty();
      }
      double v = CsvFields.decimalOrNaN(s);
      if (Double.isNaN(v)) {
        add(source, line, column, fieldNumber, field, "'" + q(text) + "' is not a number; "
            + "expected a decimal number such as 12.5 or 1.2e-3"
            + (missingOk ? " (empty or NA for missing)" : ""), null);
        return OptionalDouble.empty();
      }
      if (Double.isInfinite(v)) {
        add(source, line, column, fieldNumber, field, "'" + q(s) + "' is too large for a "
            + "double; expected a finite number", null);
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(v);
    }
  }

  /** A text of the tables as a message shows it: at most 60 characters, see abbreviate. */
  private static String q(String text) {
    return CsvFields.abbreviate(text);
  }

  /** Whether a uCode has white space as regular expressions define it: space, tab, U+000A to U+000D. */
  private static boolean isNode(MetaRow r) {
    return r.type() == CoinrType.INDICATOR || r.type() == CoinrType.AGGREGATE;
  }

  /** A cycle from its first node back to it; a long one shows its first and last nodes. */
  private static String cyclePath(List<String> cycle) {
    int n = cycle.size();
    List<String> shown = n <= 12 ? new ArrayList<>(cycle) : new ArrayList<>(cycle.subList(0, 6));
    if (n > 12) {
      shown.add("... (" + (n - 10) + " more)");
      shown.addAll(cycle.subList(n - 4, n));
    }
    shown.add(cycle.get(0));
    return String.join(" -> ", shown);
  }

  /**
   * A node's level, or 0 when it cannot be told (an aggregate without children, a cycle).
   * Depth-first with an explicit stack, each node resolved once (levels and zeros are
   * remembered in {@code known}), so a deep chain neither overflows the stack nor costs more
   * than its length.
   */
  private static int level(String code, Map<String, MetaRow> nodeRows,
      Map<String, List<String>> children, Map<String, Integer> known) {
    Set<String> path = new HashSet<>();
    Integer first = immediateLevel(code, nodeRows, children, known, path);
    if (first != null) {
      return first;
    }
    final class Frame {
      final String node;
      final List<String> below;
      int next;
      int highest;
      boolean unknown;

      Frame(String node) {
        this.node = node;
        this.below = children.get(node);
      }
    }
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(code));
    path.add(code);
    int returned = -1;
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      if (returned == 0) {
        f.unknown = true;
      } else if (returned > 0) {
        f.highest = Math.max(f.highest, returned);
      }
      returned = -1;
      if (!f.unknown && f.next < f.below.size()) {
        String child = f.below.get(f.next++);
        Integer l = immediateLevel(child, nodeRows, children, known, path);
        if (l != null) {
          returned = l;
        } else {
          stack.push(new Frame(child));
          path.add(child);
        }
        continue;
      }
      stack.pop();
      path.remove(f.node);
      returned = f.unknown ? 0 : f.highest + 1;
      known.put(f.node, returned);
    }
    return known.get(code);
  }

  /** A level told without looking below the node, or null when its children decide. */
  private static Integer immediateLevel(String code, Map<String, MetaRow> nodeRows,
      Map<String, List<String>> children, Map<String, Integer> known, Set<String> path) {
    Integer done = known.get(code);
    if (done != null) {
      return done;
    }
    MetaRow r = nodeRows.get(code);
    if (r != null && r.type() == CoinrType.INDICATOR) {
      return 1;
    }
    return children.get(code) == null || path.contains(code) ? 0 : null;
  }

  private static int headerLine(CsvTable t) {
    return t.header().isEmpty() ? 1 : t.header().get(0).line();
  }

  /**
   * The positions of an iMeta header's columns that are neither COINr's nor {@link #PARENTS}:
   * the columns whose cells are a row's extra fields.
   */
  static int[] extraColumns(List<Cell> header) {
    int[] extra = new int[header.size()];
    int n = 0;
    for (int j = 0; j < header.size(); j++) {
      String col = header.get(j).text();
      if (!META_COLUMNS.contains(col) && !col.equals(PARENTS)) {
        extra[n++] = j;
      }
    }
    return Arrays.copyOf(extra, n);
  }

  private static Cell cell(CsvTable t, Row row, String column) {
    return row.cells().get(t.indexOf(column));
  }

  private static String text(CsvTable t, Row row, String column) {
    int j = t.indexOf(column);
    return j < 0 ? "" : row.cells().get(j).text();
  }

  private static List<String> codesOfType(Map<String, MetaRow> rows, CoinrType type) {
    List<String> codes = new ArrayList<>();
    for (MetaRow r : rows.values()) {
      if (r.type() == type) {
        codes.add(r.code());
      }
    }
    return Collections.unmodifiableList(codes);
  }

  /**
   * Writes iData and iMeta files (UTF-8), replacing files that exist only
   * once both are written (temporary files in the same folders, moved into place; on failure
   * both files are as they were).
   *
   * @param input what to write
   * @param iData the iData file
   * @param iMeta the iMeta file
   * @throws IOException if a file cannot be written
   * @throws DocumentWriteException if COINr's tables cannot express the input
   */
  public static void write(CoinrInput input, Path iData, Path iMeta) throws IOException {
    checkWritable(input);
    List<List<String>> meta = metaRows(input);
    AtomicFiles.replaceAll(List.of(iData, iMeta), List.of(out -> {
      Writer d = new OutputStreamWriter(out, UTF_8);
      writeData(input, d);
      d.flush();
    }, out -> {
      Writer m = new OutputStreamWriter(out, UTF_8);
      CsvTable.write(m, meta);
      m.flush();
    }));
  }

  /**
   * Writes iData and iMeta to character streams; they are flushed, not closed.
   *
   * @param input what to write
   * @param iData the target of iData
   * @param iMeta the target of iMeta
   * @throws IOException if writing fails
   * @throws DocumentWriteException if COINr's tables cannot express the input
   */
  public static void write(CoinrInput input, Writer iData, Writer iMeta) throws IOException {
    checkWritable(input);
    List<List<String>> meta = metaRows(input);
    writeData(input, iData);
    CsvTable.write(iMeta, meta);
  }

  /**
   * A parent's list of children in the map, added empty when the parent has none yet (a get
   * and a put rather than computeIfAbsent: reading tables links no call site).
   */
  private static List<String> childrenOf(Map<String, List<String>> children, String parent) {
    List<String> list = children.get(parent);
    if (list == null) {
      list = new ArrayList<>();
      children.put(parent, list);
    }
    return list;
  }

  private static void checkWritable(CoinrInput in) {
    Framework fw = in.framework();
    if (!fw.weightSets().isEmpty()) {
      throw new DocumentWriteException("the framework has weight sets " + fw.weightSets()
          .keySet() + ", which COINr's iMeta cannot express; expected a framework without "
          + "weight sets (write each set as its own iMeta via Framework.withWeights)");
    }
    for (Node node : fw.nodes()) {
      if (node.aggregation().isPresent()) {
        throw new DocumentWriteException("node '" + node.code() + "' carries its own "
            + "aggregation, which COINr's iMeta cannot express; expected nodes without one");
      }
    }
    Set<String> leaves = new HashSet<>();
    for (Node leaf : fw.indicators()) {
      leaves.add(leaf.code());
      if (!in.dataset().hasIndicator(leaf.code())) {
        throw new DocumentWriteException("indicator '" + leaf.code() + "' of the framework has "
            + "no column in the dataset; expected a column for every indicator");
      }
    }
    for (String col : in.dataset().indicators()) {
      if (!leaves.contains(col)) {
        throw new DocumentWriteException("dataset column '" + col + "' is not an indicator "
            + "(leaf) of the framework; expected only the framework's indicators");
      }
    }
    for (CoinrVariable v : in.variables()) {
      if (fw.node(v.code()).isPresent() || v.code().equals(UCODE) || v.code().equals(UNAME)
          || v.code().equals(TIME)) {
        throw new DocumentWriteException("variable '" + v.code() + "' has the name of a "
            + "framework node or of uCode, uName or Time; expected a distinct name");
      }
    }
  }

  /** Group, denominator and other columns: declared variables first, then what units use. */
  private static Map<String, CoinrType> variableColumns(CoinrInput in) {
    Map<String, CoinrType> out = new LinkedHashMap<>();
    for (CoinrVariable v : in.variables()) {
      out.put(v.code(), v.type());
    }
    Set<String> groups = new TreeSet<>();
    Set<String> denominators = new TreeSet<>();
    for (Unit u : in.dataset().units()) {
      groups.addAll(u.groups().keySet());
      denominators.addAll(u.denominators().keySet());
    }
    Set<String> others = new TreeSet<>();
    in.otherData().values().forEach(m -> others.addAll(m.keySet()));
    groups.forEach(g -> out.putIfAbsent(g, CoinrType.GROUP));
    denominators.forEach(d -> out.putIfAbsent(d, CoinrType.DENOMINATOR));
    others.forEach(o -> out.putIfAbsent(o, CoinrType.OTHER));
    return out;
  }

  /**
   * Returns iData as {@link #write(CoinrInput, Path, Path)} writes it: the header, then one row
   * per unit, numbers in the decimal form that parses back to the same double, missing values
   * empty. For other table formats (a spreadsheet's sheet).
   *
   * @param input what to write
   * @return the rows, header first; immutable
   * @throws DocumentWriteException if COINr's tables cannot express the input
   * @since 0.1.0
   */
  public static List<List<String>> iDataRows(CoinrInput input) {
    checkWritable(input);
    List<List<String>> rows = new ArrayList<>();
    CoinrTables.<RuntimeException>dataRows(input, row -> rows.add(List.copyOf(row)));
    return List.copyOf(rows);
  }

  /**
   * Returns iMeta as {@link #write(CoinrInput, Path, Path)} writes it: the header, then one row
   * per node and variable.
   *
   * @param input what to write
   * @return the rows, header first; immutable
   * @throws DocumentWriteException if COINr's tables cannot express the input
   * @since 0.1.0
   */
  public static List<List<String>> iMetaRows(CoinrInput input) {
    checkWritable(input);
    return metaRows(input).stream().map(List::copyOf).toList();
  }

  /** Receives the rows of a table as they are made. */
  private interface RowSink<E extends Exception> {
    void row(List<String> row) throws E;
  }

  /** Writes iData row by row; the input was checked to be writable. */
  private static void writeData(CoinrInput in, Writer out) throws IOException {
    CsvTable.RowWriter rows = CsvTable.writer(out);
    dataRows(in, rows::row);
    rows.close();
  }

  /** Makes iData row by row; the input was checked to be writable. */
  private static <E extends Exception> void dataRows(CoinrInput in, RowSink<E> rows)
      throws E {
    Map<String, CoinrType> vars = variableColumns(in);
    Set<String> natural = new LinkedHashSet<>();
    natural.add(UNAME);
    natural.add(UCODE);
    if (!in.times().isEmpty() || in.dataColumns().contains(TIME)) {
      natural.add(TIME);
    }
    for (CoinrType type : List.of(CoinrType.GROUP, CoinrType.DENOMINATOR, CoinrType.OTHER)) {
      vars.forEach((code, t) -> {
        if (t == type) {
          natural.add(code);
        }
      });
    }
    natural.addAll(in.dataset().indicators());
    List<String> columns = new ArrayList<>();
    for (String c : in.dataColumns()) {
      if (natural.contains(c)) {
        columns.add(c);
      }
    }
    for (String c : natural) {
      if (!columns.contains(c)) {
        columns.add(c);
      }
    }
    rows.row(columns);
    Dataset ds = in.dataset();
    List<double[]> values = new ArrayList<>();
    for (String c : columns) {
      values.add(ds.hasIndicator(c) ? ds.column(c) : null);
    }
    List<Unit> units = ds.units();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      List<String> row = new ArrayList<>(columns.size());
      for (int j = 0; j < columns.size(); j++) {
        String c = columns.get(j);
        double[] col = values.get(j);
        if (col != null) {
          row.add(Double.isNaN(col[i]) ? "" : CsvFields.number(col[i]));
        } else if (c.equals(UCODE)) {
          row.add(u.code());
        } else if (c.equals(UNAME)) {
          row.add(u.name());
        } else if (c.equals(TIME)) {
          row.add(in.times().getOrDefault(u.code(), ""));
        } else if (vars.get(c) == CoinrType.GROUP) {
          row.add(u.groups().getOrDefault(c, ""));
        } else if (vars.get(c) == CoinrType.DENOMINATOR) {
          Double d = u.denominators().get(c);
          row.add(d == null ? "" : CsvFields.number(d));
        } else {
          row.add(in.otherData().getOrDefault(u.code(), Map.of()).getOrDefault(c, ""));
        }
      }
      rows.row(row);
    }
  }

  private static List<List<String>> metaRows(CoinrInput in) {
    Framework fw = in.framework();
    Map<String, CoinrType> vars = variableColumns(in);
    Map<String, CoinrVariable> declared = new HashMap<>();
    in.variables().forEach(v -> declared.put(v.code(), v));
    List<String> columns = new ArrayList<>(in.metaColumns());
    for (String c : META_COLUMNS) {
      if (!columns.contains(c)) {
        columns.add(c);
      }
    }
    if (!fw.isTree() && !columns.contains(PARENTS)) {
      columns.add(PARENTS);
    }
    Set<String> extraColumns = new TreeSet<>();
    in.metaExtras().values().forEach(m -> extraColumns.addAll(m.keySet()));
    for (String c : extraColumns) {
      if (!columns.contains(c)) {
        columns.add(c);
      }
    }
    Set<String> natural = new LinkedHashSet<>();
    fw.nodes().forEach(nd -> natural.add(nd.code()));
    natural.addAll(vars.keySet());
    List<String> order = new ArrayList<>();
    for (String code : in.metaOrder()) {
      if (natural.contains(code) && !order.contains(code)) {
        order.add(code);
      }
    }
    for (String code : natural) {
      if (!order.contains(code)) {
        order.add(code);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns);
    for (String code : order) {
      Map<String, String> f = new HashMap<>();
      Optional<Node> node = fw.node(code);
      if (node.isPresent()) {
        Node nd = node.get();
        boolean leaf = fw.children(code).isEmpty();
        f.put("Level", Integer.toString(fw.level(code)));
        f.put("iName", nd.name());
        f.put("Direction", Integer.toString(nd.direction().sign()));
        f.put("Weight", CsvFields.number(nd.weight()));
        f.put("Unit", nd.unit());
        f.put("Target", nd.target().isPresent()
            ? CsvFields.number(nd.target().getAsDouble()) : "");
        f.put("Denominator", nd.denominator().orElse(""));
        f.put("Parent", nd.parent().orElse(""));
        List<String> further = new ArrayList<>();
        nd.additionalParents().forEach((p, w) -> further.add(p + ":" + CsvFields.number(w)));
        f.put(PARENTS, String.join(";", further));
        f.put("Type", (leaf ? CoinrType.INDICATOR : CoinrType.AGGREGATE).label());
      } else {
        CoinrVariable v = declared.getOrDefault(code,
            new CoinrVariable(code, code, vars.get(code), ""));
        f.put("iName", v.name());
        f.put("Unit", v.unit());
        f.put("Type", v.type().label());
      }
      f.put("iCode", code);
      Map<String, String> extra = in.metaExtras().getOrDefault(code, Map.of());
      List<String> row = new ArrayList<>(columns.size());
      for (String c : columns) {
        row.add(META_COLUMNS.contains(c) || c.equals(PARENTS) ? f.getOrDefault(c, "")
            : extra.getOrDefault(c, ""));
      }
      rows.add(row);
    }
    return rows;
  }
}

package io.github.learningcities.lcn.serialization.csv;

import io.github.learningcities.lcn.serialization.internal.AtomicFiles;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.indicators.engine.Results;
import io.github.learningcities.lcn.indicators.framework.Node;
import io.github.learningcities.lcn.serialization.ResultsDocument;
import io.github.learningcities.lcn.serialization.internal.CsvTable;
import java.io.OutputStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The wide results table: one row per unit, one score column and one rank column per node of
 * the framework.
 *
 * <p>The format: CSV as in RFC 4180, comma ({@code ,}) as delimiter, UTF-8, fields
 * double-quoted only where needed. The header is {@code unit}, then {@code score:<node>} for
 * every node in framework order (index first), then {@code rank:<node>} in the same order
 * ({@code :} cannot occur in a node code). The <em>missing marker</em> is the empty field: a
 * unit without a score on a node (e.g. screened out, or too few children present) has an empty
 * score and an empty rank. Scores are written in Java's shortest form that reads back to the
 * same double; rank 1 is best. Text cells that a spreadsheet would run as a formula are written
 * with a leading apostrophe (see {@link CsvFields}). The table is written row by row, never
 * held whole in memory.
 *
 * <pre>{@code
 * unit,score:Index,score:Access,rank:Index,rank:Access
 * Мелітополь,68.75,37.5,2,2
 * Київ,75,,1,
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResultsTable {
  private ResultsTable() {}

  /**
   * Writes the table of a run's results.
   *
   * @param results the results
   * @param out the target; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(Results results, Writer out) throws IOException {
    write(ResultsDocument.of(results), out);
  }

  /**
   * Writes the table of a results document.
   *
   * @param results the results
   * @param out the target; flushed, not closed
   * @throws IOException if writing fails
   */
  public static void write(ResultsDocument results, Writer out) throws IOException {
    List<String> nodes = results.framework().nodes().stream().map(Node::code).toList();
    List<String> header = new ArrayList<>(1 + 2 * nodes.size());
    header.add("unit");
    nodes.forEach(n -> header.add("score:" + n));
    nodes.forEach(n -> header.add("rank:" + n));
    try (CsvTable.RowWriter w = CsvTable.writer(out)) {
      w.row(header);
      String[] row = new String[header.size()];
      List<String> fields = Arrays.asList(row);
      for (ResultsDocument.UnitResults u : results.units()) {
        row[0] = u.unit();
        for (int j = 0; j < nodes.size(); j++) {
          Double score = u.scores().get(nodes.get(j));
          Integer rank = u.ranks().get(nodes.get(j));
          row[1 + j] = score == null ? "" : CsvFields.number(score);
          row[1 + nodes.size() + j] = rank == null ? "" : rank.toString();
        }
        w.row(fields);
      }
    }
  }

  /**
   * Writes the table of a results document to a file (UTF-8), replacing it
   * only once the whole table is written (a temporary file in the same folder, moved into
   * place; on failure the file is as it was).
   *
   * @param results the results
   * @param file the file
   * @throws IOException if writing fails
   */
  public static void write(ResultsDocument results, Path file) throws IOException {
    AtomicFiles.replace(file, out -> {
      Writer w = new OutputStreamWriter(out, UTF_8);
      write(results, w);
      w.flush();
    });
  }
}

package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.indicators.IndicatorsException;
import io.github.learningcities.lcn.indicators.ahp.PairwiseComparisons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pairwise-comparison matrix of the Analytic Hierarchy Process as a CSV file: the header's
 * first field is the parent node (the matrix's name), the others the compared children; each
 * row is a child's code and its judgements over the children in header order. A judgement is a
 * number or a fraction such as {@code 1/3}; cells below the diagonal may be left empty (they
 * follow by reciprocity), the diagonal may be empty or 1.
 *
 * <pre>
 * Conn,Physical,ConEcFin,Political
 * Physical,1,3,5
 * ConEcFin,,1,2
 * Political,,,1
 * </pre>
 */
final class ComparisonsFile {
  /** Saaty's table covers 10 elements: a file of 11 lines of short fields is far below this. */
  private static final long MAX_BYTES = 64 * 1024;
  private static final Pattern FRACTION = Pattern.compile(
      "\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*(?:/\\s*([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)\\s*)?");

  private ComparisonsFile() {}

  static PairwiseComparisons read(Path file) throws IOException {
    InputFiles.requireText(file);
    if (Files.size(file) > MAX_BYTES) {
      throw new BadInputException(file + ": " + Files.size(file) + " bytes; expected a "
          + "pairwise-comparison matrix of at most " + MAX_BYTES + " bytes");
    }
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();   // each kept line's number in the file
    List<String> all = Files.readAllLines(file, UTF_8);
    for (int i = 0; i < all.size(); i++) {
      String line = i == 0 && all.get(0).startsWith("\uFEFF") ? all.get(0).substring(1)
          : all.get(i);
      if (!line.isBlank()) {
        lines.add(line);
        numbers.add(i + 1);
      }
    }
    if (lines.isEmpty()) {
      throw new BadInputException(file + ": the file is empty; expected a header "
          + "'NODE,CHILD1,CHILD2,...' and one row per child");
    }
    String[] header = lines.get(0).split(",", -1);
    String node = header[0].trim();
    List<String> codes = new ArrayList<>();
    for (int c = 1; c < header.length; c++) {
      codes.add(header[c].trim());
    }
    int n = codes.size();
    if (node.isEmpty() || n == 0) {
      throw new BadInputException(file + ", line " + numbers.get(0) + ": expected a header "
          + "'NODE,CHILD1,CHILD2,...' "
          + "naming the parent node and the compared children");
    }
    if (lines.size() - 1 != n) {
      throw new BadInputException(file + ": " + (lines.size() - 1) + " rows for " + n
          + " children; expected one row per child of the header");
    }
    double[] upper = new double[n * (n - 1) / 2];
    int at = 0;
    for (int i = 0; i < n; i++) {
      int line = numbers.get(i + 1);
      String[] f = lines.get(i + 1).split(",", -1);
      if (f.length != n + 1) {
        throw new BadInputException(file + ", line " + line + ": " + f.length + " fields; "
            + "expected " + (n + 1) + " (the child's code and " + n + " judgements)");
      }
      if (!f[0].trim().equals(codes.get(i))) {
        throw new BadInputException(file + ", line " + line + ", column 1: '" + f[0].trim()
            + "'; expected '" + codes.get(i) + "' (rows in the header's order)");
      }
      for (int j = 0; j < n; j++) {
        String cell = f[j + 1].trim();
        if (j < i || (j == i && cell.isEmpty())) {
          if (!cell.isEmpty()) {
            // a lower entry, when given, must be the reciprocal: the library checks it
            double lower = judgement(file, line, j + 2, cell);
            double up = j < i ? upper[index(j, i, n)] : 1;
            if (Math.abs(lower * up - 1) > 1e-3) {
              throw new BadInputException(file + ", line " + line + ", column " + (j + 2)
                  + ": '" + codes.get(i) + "' over '" + codes.get(j) + "' is " + cell
                  + " but '" + codes.get(j) + "' over '" + codes.get(i) + "' is " + up
                  + "; expected reciprocals, or leave the cells below the diagonal empty");
            }
          }
          continue;
        }
        double v = judgement(file, line, j + 2, cell);
        if (j == i) {
          if (v != 1) {
            throw new BadInputException(file + ", line " + line + ", column " + (j + 2)
                + ": the diagonal entry is " + cell + "; expected 1 or empty");
          }
        } else {
          upper[at++] = v;
        }
      }
    }
    try {
      return PairwiseComparisons.fromUpperTriangle(node, codes, upper);
    } catch (IndicatorsException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
  }

  private static int index(int i, int j, int n) {
    return i * n - i * (i + 1) / 2 + (j - i - 1);
  }

  private static double judgement(Path file, int line, int column, String cell) {
    var m = FRACTION.matcher(cell);
    double v = Double.NaN;
    if (m.matches()) {
      v = Double.parseDouble(m.group(1));
      if (m.group(2) != null) {
        v /= Double.parseDouble(m.group(2));
      }
    }
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new BadInputException(file + ", line " + line + ", column " + column + ": '" + cell
          + "'; expected a positive judgement such as 3 or 1/3 (Saaty's scale: 1/9 to 9)");
    }
    return v;
  }
}

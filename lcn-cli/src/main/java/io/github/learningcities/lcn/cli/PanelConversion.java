package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.csv.ObservationTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lcn convert} between a long observation table (CSV: {@code unit,indicator,time,value,
 * source,flags}) and a panel document (JSON or XML): the time points, the indicators once, each
 * unit's values by time point. Source and flags have no place in a panel and are not kept.
 */
final class PanelConversion {
  private PanelConversion() {}

  /** Whether a single CSV input is an observation table (its header has unit and indicator). */
  static boolean isObservationTable(List<Path> inputs) throws IOException {
    if (inputs.size() != 1 || Documents.formatOf(inputs.get(0)) != Documents.Format.CSV) {
      return false;
    }
    List<String> header = InputFiles.csvHeader(inputs.get(0));
    return header.contains("unit") && header.contains("indicator");
  }

  /** Whether a single document input is a panel document. */
  static boolean isPanelDocument(List<Path> inputs) throws IOException {
    return inputs.size() == 1 && (Documents.formatOf(inputs.get(0)) == Documents.Format.JSON
        || Documents.formatOf(inputs.get(0)) == Documents.Format.XML)
        && Documents.kindOf(inputs.get(0)) == DocumentKind.PANEL;
  }

  /**
   * The target: {@code --out} itself when it names a file (not a folder) with an extension,
   * else {@code NAME} in the folder {@code --out}.
   */
  private static Path target(OutputFiles files, Path out, String name, String origin) {
    boolean file = !Files.isDirectory(out) && out.getFileName().toString().contains(".");
    return file ? files.named(out, "--out") : files.inFolder(out, name, origin);
  }

  /** Reads the observation table as a panel and gives its document to the write path. */
  static void toPanel(OutputFiles files, Path table, Path out, Documents.Format format)
      throws IOException {
    if (format == Documents.Format.CSV) {
      throw new BadInputException("an observation table converts to a panel document; "
          + "expected --to json or xml, got csv");
    }
    Path file = target(files, out, "panel." + format.extension(), "the panel");
    files.requireReplaceable();
    InputFiles.requireText(List.of(table));
    Panel panel = ObservationTable.readPanel(table);
    files.put(file, stream -> Documents.write(format, panel, stream));
  }

  /** Reads the panel document and gives its observation table to the write path. */
  static void toTable(OutputFiles files, Path document, Path out) throws IOException {
    Path file = target(files, out, "observations.csv", "the observations");
    if (Documents.formatOf(file) != Documents.Format.CSV) {
      throw new BadInputException("--out " + out + ": a panel converts to an observation "
          + "table; expected a .csv file or a folder");
    }
    files.requireReplaceable();
    Panel panel = Documents.read(document, Panel.class);
    files.putText(file, w -> ObservationTable.write(panel, w));
  }
}

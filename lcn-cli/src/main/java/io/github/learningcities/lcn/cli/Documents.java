package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.DocumentReader;
import io.github.learningcities.lcn.serialization.DocumentWriter;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SDK documents (JSON and XML) and COINr tables (CSV), told apart by their file names. */
final class Documents {
  private static final Pattern JSON_KIND = Pattern.compile("\"lcnDocument\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern XML_ROOT = Pattern.compile("<(\\w+)Document[\\s/>]");

  enum Format {
    CSV, JSON, XML;

    String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private Documents() {}

  static Format formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".xml")) {
      return Format.XML;
    }
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    throw new BadInputException(file + ": unknown format; expected a file name ending in "
        + ".json, .xml (SDK documents) or .csv (COINr tables)");
  }

  static DocumentReader reader(Format format) {
    return format == Format.XML ? LcnXml.standard() : LcnJson.standard();
  }

  static DocumentWriter writer(Format format) {
    if (format == Format.CSV) {
      throw new BadInputException("CSV is not a document format; expected json or xml");
    }
    return format == Format.XML ? LcnXml.standard() : LcnJson.standard();
  }

  /** Reads the kind a document declares, without reading the whole document. */
  static DocumentKind kindOf(Path file) throws IOException {
    Format format = formatOf(file);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    Matcher m = (format == Format.XML ? XML_ROOT : JSON_KIND).matcher(new String(head, UTF_8));
    if (m.find()) {
      for (DocumentKind k : DocumentKind.values()) {
        if (k.id().equals(m.group(1))) {
          return k;
        }
      }
    }
    throw new BadInputException(file + ": not an LCN document; expected "
        + (format == Format.XML ? "a root element such as <frameworkDocument>"
            : "an \"lcnDocument\" property such as \"framework\"") + " naming one of the kinds "
        + java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList());
  }

  static Object read(Path file) throws IOException {
    DocumentKind kind = kindOf(file);
    return reader(formatOf(file)).read(file, kind.contentType());
  }

  static <T> T read(Path file, Class<T> type) throws IOException {
    return reader(formatOf(file)).read(file, type);
  }
}

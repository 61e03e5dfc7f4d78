package io.github.learningcities.lcn.cli;

import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import io.github.learningcities.lcn.serialization.DocumentReader;
import io.github.learningcities.lcn.serialization.DocumentWriter;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.serialization.internal.JsonDocumentWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** SDK documents (JSON and XML) and COINr tables (CSV), told apart by their file names. */
final class Documents {

  enum Format {
    CSV, JSON, XML, XLSX;

    String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private Documents() {}

  /**
   * Whether a file's name ends in {@code .json}, {@code .xml}, {@code .csv} or {@code .xlsx}, in
   * any case of ASCII letters (a name with a line break never does): the names whose format
   * {@link #formatOf} chooses; other output names get CSV. Without a regular expression, which
   * would be compiled for this one test on every run.
   */
  static boolean namesFormat(Path file) {
    String name = file.getFileName().toString();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json") || lower.endsWith(".xml") || lower.endsWith(".csv")
        || lower.endsWith(".xlsx");
  }

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
    if (TableFiles.isWorkbook(file)) {
      return Format.XLSX;
    }
    throw new BadInputException(file + ": unknown format; expected a file name ending in "
        + ".json, .xml (SDK documents), .csv or .xlsx (COINr tables)");
  }

  static DocumentReader reader(Format format) {
    return format == Format.XML ? LcnXml.standard() : LcnJson.standard();
  }

  /**
   * Writes a document to a stream (flushed, not closed): JSON of results, a framework, a
   * dataset or a pipeline streamed without databind ({@link JsonDocumentWriter}, the mapper's
   * bytes), anything else through the format's mapper.
   */
  static void write(Format format, Object content, OutputStream out) throws IOException {
    if (format == Format.JSON && JsonDocumentWriter.streams(content)) {
      JsonDocumentWriter.write(content, out);
    } else {
      writer(format).write(content, out);
    }
  }

  /** {@link #write(Format, Object, OutputStream)} to a writer. */
  static void write(Format format, Object content, Writer out) throws IOException {
    if (format == Format.JSON && JsonDocumentWriter.streams(content)) {
      JsonDocumentWriter.write(content, out);
    } else {
      writer(format).write(content, out);
    }
  }

  static DocumentWriter writer(Format format) {
    if (format == Format.CSV || format == Format.XLSX) {
      throw new BadInputException(format.extension() + " is not a document format; expected "
          + "json or xml");
    }
    return format == Format.XML ? LcnXml.standard() : LcnJson.standard();
  }

  /**
   * Reads the kind a document declares: the {@code lcnDocument} property of a JSON document's
   * top-level object wherever it stands (the document is streamed, skipping other values), or
   * the root element of an XML document. The one detection every command uses.
   */
  static DocumentKind kindOf(Path file) throws IOException {
    Format format = formatOf(file);
    InputFiles.requireText(file);
    Optional<String> declared;
    try (InputStream in = Files.newInputStream(file)) {
      declared = format == Format.XML ? xmlKind(file, in) : jsonKind(file, in);
    }
    if (declared.isPresent()) {
      for (DocumentKind k : DocumentKind.values()) {
        if (k.id().equals(declared.get())) {
          return k;
        }
      }
    }
    throw new BadInputException(file + ": not an LCN document"
        + declared.map(d -> " (it declares the kind '" + d + "')").orElse("") + "; expected "
        + (format == Format.XML ? "a root element such as <frameworkDocument>"
            : "an \"lcnDocument\" property such as \"framework\"") + " naming one of the kinds "
        + Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList());
  }

  private static Optional<String> jsonKind(Path file, InputStream in) {
    try (JsonParser p = LcnJson.standard().mapper().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("lcnDocument") && value == JsonToken.VALUE_STRING) {
          return Optional.of(p.getString());
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new DocumentReadException(file.toString(), at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), null, "cannot be read as JSON: "
          + e.getOriginalMessage() + "; expected a well-formed JSON document within the "
          + "reader's limits", e);
    }
  }

  private static Optional<String> xmlKind(Path file, InputStream in) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    try {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT) {
            String root = r.getLocalName();
            return root.endsWith("Document") ? Optional.of(root.substring(0,
                root.length() - "Document".length())) : Optional.empty();
          }
        }
        return Optional.empty();
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      throw new DocumentReadException(file.toString(), at == null ? 0 : at.getLineNumber(),
          at == null ? 0 : at.getColumnNumber(), null, "not well-formed XML before the root "
          + "element; expected an XML document", e);
    }
  }

  static Object read(Path file) throws IOException {
    DocumentKind kind = kindOf(file);
    return reader(formatOf(file)).read(file, kind.contentType());
  }

  static <T> T read(Path file, Class<T> type) throws IOException {
    InputFiles.requireText(file);
    return reader(formatOf(file)).read(file, type);
  }
}

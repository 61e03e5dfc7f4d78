package io.github.learningcities.lcn.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.learningcities.lcn.serialization.DocumentKind;
import io.github.learningcities.lcn.serialization.LcnJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks SDK documents against the JSON Schemas and XSDs that ship in lcn-serialization
 * (format 1.0) and lists every violation with its place: a JSON pointer for JSON, line and
 * column for XML. The schemas are read from the class path only, never from the network.
 */
final class DocumentSchemas {
  private static final String SCHEMAS = "io/github/learningcities/lcn/serialization/schema/1.0/";
  private static final String SCHEMA_BASE = "https://learningcities.github.io/lcn/schema/1.0/";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaIdResolvers(r -> r.mapPrefix(SCHEMA_BASE, "classpath:" + SCHEMAS)));
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private DocumentSchemas() {}

  /**
   * Every schema violation of a document, each as {@code FILE, PLACE: message}.
   *
   * @param file the document (.json or .xml)
   * @param kind the kind it declares
   * @return the violations, empty when the document matches its schema
   * @throws IOException if the file cannot be read
   */
  static List<String> violations(Path file, DocumentKind kind) throws IOException {
    return Documents.formatOf(file) == Documents.Format.XML ? xml(file, kind) : json(file, kind);
  }

  private static List<String> json(Path file, DocumentKind kind) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(Files.readString(file, UTF_8));
    } catch (JacksonException e) {
      // Not well-formed JSON: there is no tree to check; the reader then names the syntax
      // error with its line and column.
      return List.of();
    }
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_BASE + kind.id()
        + ".schema.json"));
    List<String> out = new ArrayList<>();
    for (Error e : schema.validate(tree)) {
      String where = e.getInstanceLocation().toString();
      String message = e.getMessage();
      if (message.startsWith(where + ": ")) {
        message = message.substring(where.length() + 2);
      }
      out.add(file + ", JSON pointer " + pointer(e.getInstanceLocation()) + ": " + message
          + " (schema " + kind.id() + ".schema.json)");
    }
    return out;
  }

  /** The RFC 6901 pointer of a location ("" is the whole document, shown as "/"). */
  static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0")
          .replace("/", "~1"));
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  private static List<String> xml(Path file, DocumentKind kind) throws IOException {
    URL xsd = LcnJson.class.getResource("/" + SCHEMAS + kind.id() + ".xsd");
    if (xsd == null) {
      throw new IllegalStateException("the XSD " + kind.id() + ".xsd is not on the class path");
    }
    List<String> out = new ArrayList<>();
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      Validator validator = factory.newSchema(xsd).newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // Warnings are not problems of the document; only errors are listed.
        }

        @Override
        public void error(SAXParseException e) {
          out.add(file + ", line " + e.getLineNumber() + ", column " + e.getColumnNumber()
              + ": " + e.getMessage() + " (schema " + kind.id() + ".xsd)");
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          error(e);
          throw e;
        }
      });
      try (InputStream in = Files.newInputStream(file)) {
        validator.validate(new StreamSource(in, file.toUri().toString()));
      }
    } catch (SAXParseException e) {
      // fatalError has listed it; the document is not well-formed, so nothing more follows.
      return out;
    } catch (SAXException e) {
      throw new IllegalStateException("the XSD " + kind.id() + ".xsd cannot be loaded: "
          + e.getMessage(), e);
    }
    return out;
  }
}

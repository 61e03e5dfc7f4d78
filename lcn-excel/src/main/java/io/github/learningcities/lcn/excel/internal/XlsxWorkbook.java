package io.github.learningcities.lcn.excel.internal;

import io.github.learningcities.lcn.excel.WorkbookLimits;
import io.github.learningcities.lcn.excel.WorkbookReadException;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's structure: its sheets by name and the parts a sheet's cells need (shared
 * strings, the styles that tell dates, the date system), each read once, when first needed.
 * A workbook that links to other workbooks or to external data is refused when opened.
 *
 * @since 0.1.0
 */
public final class XlsxWorkbook implements Closeable {
  private static final String REL_TYPE = "/relationships/";

  private final XlsxPackage pkg;
  private final Map<String, String> sheets = new LinkedHashMap<>();
  private String sharedStringsPart;
  private String stylesPart;
  private boolean date1904;
  private List<String> sharedStrings;
  private boolean[] dateStyles;

  private XlsxWorkbook(XlsxPackage pkg) {
    this.pkg = pkg;
  }

  /**
   * Opens a workbook and reads its structure.
   *
   * @param file the .xlsx file
   * @param limits the limits
   * @return the workbook; close it
   * @throws IOException if the file cannot be read
   * @throws WorkbookReadException if the package is not a workbook within the limits
   */
  public static XlsxWorkbook open(Path file, WorkbookLimits limits) throws IOException {
    XlsxPackage pkg = XlsxPackage.open(file, limits);
    XlsxWorkbook w = new XlsxWorkbook(pkg);
    try {
      w.structure();
    } catch (IOException | RuntimeException e) {
      pkg.close();
      throw e;
    }
    return w;
  }

  /**
   * Returns the package.
   *
   * @return the package
   */
  public XlsxPackage pkg() {
    return pkg;
  }

  /**
   * Returns the sheets' names, in the workbook's order.
   *
   * @return the names
   */
  public List<String> sheetNames() {
    return List.copyOf(sheets.keySet());
  }

  /**
   * Returns a sheet as a table.
   *
   * @param name the sheet's name
   * @return the table
   * @throws WorkbookReadException if the workbook has no such sheet
   */
  public SheetTable sheet(String name) {
    String part = sheets.get(name);
    if (part == null) {
      throw pkg.refuse(workbookPart(), "has no sheet '" + name + "'; expected one of "
          + sheets.keySet());
    }
    return new SheetTable(this, name, part);
  }

  private String workbookPart;

  private String workbookPart() {
    return workbookPart;
  }

  private void structure() throws IOException {
    for (String part : pkg.partNames()) {
      if (part.startsWith("xl/externalLinks/") || part.equals("xl/connections.xml")) {
        throw external(part);
      }
    }
    workbookPart = "xl/workbook.xml";
    for (Rel r : rels("_rels/.rels", "/")) {
      if (r.type().endsWith(REL_TYPE + "officeDocument")) {
        workbookPart = r.target();
      }
    }
    Map<String, String> byId = new HashMap<>();
    String base = "/" + workbookPart;
    String folder = workbookPart.contains("/")
        ? workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1) : "";
    String relsPart = folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels";
    for (Rel r : rels(relsPart, base)) {
      String kind = r.type().substring(r.type().lastIndexOf('/') + 1);
      if (kind.equals("externalLink") || kind.equals("connections")) {
        throw external(r.external() ? relsPart : r.target());
      }
      if (r.external() && kind.equals("worksheet")) {
        throw pkg.refuse(relsPart, "a sheet (" + r.id() + ") is outside the package; expected "
            + "every sheet inside the workbook");
      }
      if (kind.equals("sharedStrings")) {
        sharedStringsPart = r.target();
      } else if (kind.equals("styles")) {
        stylesPart = r.target();
      }
      byId.put(r.id(), r.target());
    }
    XMLStreamReader x = pkg.xml(workbookPart);
    try {
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (x.getLocalName()) {
          case "externalReferences" -> throw external(workbookPart);
          case "workbookPr" -> date1904 = truth(x.getAttributeValue(null, "date1904"));
          case "sheet" -> {
            String name = x.getAttributeValue(null, "name");
            String id = relationshipId(x);
            String target = byId.get(id);
            if (name == null || target == null) {
              throw pkg.refuse(workbookPart, "sheet '" + name + "' names relationship '" + id
                  + "', which " + relsPart + " does not have; expected a sheet with a name and "
                  + "a relationship to its part");
            }
            sheets.put(name, target);
          }
          default -> { }
        }
      }
      x.close();
    } catch (XMLStreamException e) {
      throw pkg.malformed(workbookPart, e);
    }
  }

  private WorkbookReadException external(String part) {
    return pkg.refuse(part, "the workbook links to other workbooks or external data; expected "
        + "a self-contained workbook (in Excel: Data > Edit Links > Break Link, or paste the "
        + "values)");
  }

  private static String relationshipId(XMLStreamReader x) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      String ns = x.getAttributeNamespace(i);
      if ("id".equals(x.getAttributeLocalName(i)) && ns != null && ns.endsWith("relationships")) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }

  private static boolean truth(String v) {
    return "1".equals(v) || "true".equals(v);
  }

  /** One relationship of a part. */
  private record Rel(String id, String type, String target, boolean external) {}

  private List<Rel> rels(String part, String base) throws IOException {
    List<Rel> out = new ArrayList<>();
    if (!pkg.has(part)) {
      return out;
    }
    XMLStreamReader x = pkg.xml(part);
    try {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT
            && x.getLocalName().equals("Relationship")) {
          String target = x.getAttributeValue(null, "Target");
          String type = String.valueOf(x.getAttributeValue(null, "Type"));
          boolean external = "External".equals(x.getAttributeValue(null, "TargetMode"));
          out.add(new Rel(x.getAttributeValue(null, "Id"), type,
              external || target == null ? String.valueOf(target) : resolve(part, base, target),
              external));
        }
      }
      x.close();
    } catch (XMLStreamException e) {
      throw pkg.malformed(part, e);
    }
    return out;
  }

  private String resolve(String part, String base, String target) {
    try {
      String path = new URI(null, null, base, null).resolve(new URI(null, null, target, null))
          .getPath();
      return path.startsWith("/") ? path.substring(1) : path;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw pkg.refuse(part, "relationship target '" + target + "' is not a valid part name; "
          + "expected a path inside the package");
    }
  }

  /**
   * Returns the shared strings, read on first use under the limits.
   *
   * @return the strings
   * @throws IOException if the part cannot be read
   */
  List<String> sharedStrings() throws IOException {
    if (sharedStrings != null) {
      return sharedStrings;
    }
    List<String> out = new ArrayList<>();
    if (sharedStringsPart == null || !pkg.has(sharedStringsPart)) {
      sharedStrings = out;
      return out;
    }
    String part = sharedStringsPart;
    long chars = 0;
    XMLStreamReader x = pkg.xml(part);
    try {
      StringBuilder item = null;
      int phonetic = 0;
      while (x.hasNext()) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "si" -> {
              if (out.size() == pkg.limits().maxSharedStrings()) {
                throw pkg.refuse(part, "has more than " + pkg.limits().maxSharedStrings()
                    + " strings; expected at most that many (WorkbookLimits.maxSharedStrings)");
              }
              item = new StringBuilder();
            }
            case "rPh" -> phonetic++;
            case "t" -> {
              String t = x.getElementText();
              if (item != null && phonetic == 0) {
                chars += t.length();
                if (chars > pkg.limits().maxSharedStringChars()) {
                  throw pkg.refuse(part, "has more than " + pkg.limits().maxSharedStringChars()
                      + " characters of strings; expected at most that many (WorkbookLimits"
                      + ".maxSharedStringChars)");
                }
                item.append(t);
              }
            }
            default -> { }
          }
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          if (x.getLocalName().equals("rPh")) {
            phonetic--;
          } else if (x.getLocalName().equals("si") && item != null) {
            out.add(Escapes.decode(item.toString()));
            item = null;
          }
        }
      }
      x.close();
    } catch (XMLStreamException e) {
      throw pkg.malformed(part, e);
    }
    sharedStrings = out;
    return out;
  }

  /**
   * Returns, per cell style index, whether the style shows numbers as dates or times.
   *
   * @return the flags, read on first use
   * @throws IOException if the part cannot be read
   */
  boolean[] dateStyles() throws IOException {
    if (dateStyles != null) {
      return dateStyles;
    }
    List<Boolean> flags = new ArrayList<>();
    if (stylesPart != null && pkg.has(stylesPart)) {
      Map<Integer, String> formats = new HashMap<>();
      XMLStreamReader x = pkg.xml(stylesPart);
      try {
        boolean inCellXfs = false;
        while (x.hasNext()) {
          int e = x.next();
          if (e == XMLStreamConstants.START_ELEMENT) {
            switch (x.getLocalName()) {
              case "numFmt" -> formats.put(integer(x.getAttributeValue(null, "numFmtId")),
                  String.valueOf(x.getAttributeValue(null, "formatCode")));
              case "cellXfs" -> inCellXfs = true;
              case "xf" -> {
                if (inCellXfs) {
                  int id = integer(x.getAttributeValue(null, "numFmtId"));
                  flags.add(NumberFormats.isDate(id, formats.get(id)));
                }
              }
              default -> { }
            }
          } else if (e == XMLStreamConstants.END_ELEMENT
              && x.getLocalName().equals("cellXfs")) {
            inCellXfs = false;
          }
        }
        x.close();
      } catch (XMLStreamException e) {
        throw pkg.malformed(stylesPart, e);
      }
    }
    boolean[] out = new boolean[flags.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = flags.get(i);
    }
    dateStyles = out;
    return out;
  }

  /**
   * Returns whether the workbook counts dates from 1904 (old Mac workbooks) instead of 1900.
   *
   * @return true for the 1904 date system
   */
  boolean date1904() {
    return date1904;
  }

  private static int integer(String v) {
    try {
      return v == null ? 0 : Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public void close() throws IOException {
    pkg.close();
  }
}

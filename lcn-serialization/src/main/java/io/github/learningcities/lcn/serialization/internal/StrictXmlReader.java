package io.github.learningcities.lcn.serialization.internal;

import java.util.BitSet;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.util.StreamReader2Delegate;

/**
 * The XML events an LCN document may not hold, refused where they occur instead of being
 * skipped by the data binding: a DOCTYPE (even one the parser does not process), an entity
 * reference, an element or attribute in a namespace (such as an XInclude {@code xi:include},
 * which would otherwise vanish without its content, or {@code xsi:nil}, which would read as a
 * default), mixed content (text beside elements, which the
 * XSDs never allow and the binding would drop one of) and an item of a list whose name is not
 * the one the XSDs demand ({@code <cities><town>}, {@code <cities><cities>}), which the
 * binding would take as an item whatever its name.
 *
 * @since 0.1.0
 */
public final class StrictXmlReader extends StreamReader2Delegate {
  private final BitSet hasText = new BitSet();
  private final BitSet hasChild = new BitSet();
  private final String[] names = new String[64];
  private int depth;
  /** The depth of the open element ({@code parameters}) the reader is inside, or 0. */
  private int openDepth;

  /**
   * A refused XML construct, with its place.
   *
   * @since 0.1.0
   */
  public static final class Refused extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String rule;

    Refused(Location at, String rule) {
      super(rule, at);
      this.line = at == null ? 0 : at.getLineNumber();
      this.column = at == null ? 0 : at.getColumnNumber();
      this.rule = rule;
    }

    /**
     * Returns the line of the construct.
     *
     * @return the line, 1-based (0 if unknown)
     */
    public int line() {
      return line;
    }

    /**
     * Returns the column of the construct.
     *
     * @return the column, 1-based (0 if unknown)
     */
    public int column() {
      return column;
    }

    /**
     * Returns the rule broken.
     *
     * @return what is refused and what would be valid
     */
    public String rule() {
      return rule;
    }
  }

  /**
   * Wraps a reader positioned at the start of a document. It stays a Stax2 reader, so that
   * the data binding reports the same locations as over the parser's own reader.
   *
   * @param reader the reader
   */
  public StrictXmlReader(XMLStreamReader2 reader) {
    super(reader);
  }

  @Override
  public int next() throws XMLStreamException {
    int event = super.next();
    switch (event) {
      case XMLStreamConstants.DTD -> throw new Refused(getLocation(), "a DOCTYPE declaration "
          + "is refused (LCN documents have no DTD); expected the document without <!DOCTYPE>");
      case XMLStreamConstants.ENTITY_REFERENCE -> throw new Refused(getLocation(),
          "the entity reference &" + getLocalName() + "; is refused; expected the text itself "
              + "or a character reference");
      case XMLStreamConstants.START_ELEMENT -> start();
      case XMLStreamConstants.END_ELEMENT -> {
        if (depth == openDepth) {
          openDepth = 0;
        }
        depth--;
      }
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
        if (depth > 0 && !whiteSpace()) {
          if (hasChild.get(depth)) {
            throw new Refused(getLocation(), "text beside the elements of <" + name(depth)
                + ">; expected either text or elements, not both");
          }
          hasText.set(depth);
        }
      }
      default -> {
        // comments, processing instructions, whitespace and the document's end are harmless
      }
    }
    return event;
  }

  /**
   * Whether the current text is whitespace. Woodstox parses text lazily and reports a
   * malformed one by a runtime exception around the XMLStreamException; that is rethrown as
   * the XMLStreamException it is, as the data binding expects from {@code next()}.
   */
  private boolean whiteSpace() throws XMLStreamException {
    try {
      return isWhiteSpace();
    } catch (RuntimeException e) {
      if (e.getCause() instanceof XMLStreamException x) {
        throw x;
      }
      throw e;
    }
  }

  private void start() throws Refused {
    String ns = getNamespaceURI();
    if (ns != null && !ns.isEmpty()) {
      String prefix = getPrefix();
      throw new Refused(getLocation(), "element <" + (prefix == null || prefix.isEmpty() ? ""
          : prefix + ":") + getLocalName() + "> of namespace " + ns + " is refused"
          + (ns.equals("http://www.w3.org/2001/XInclude") ? " (XInclude is not processed)"
              : "") + "; expected LCN elements, which have no namespace");
    }
    for (int i = 0; i < getAttributeCount(); i++) {
      String ans = getAttributeNamespace(i);
      if (ans != null && !ans.isEmpty()) {
        String prefix = getAttributePrefix(i);
        throw new Refused(getLocation(), "attribute " + (prefix == null || prefix.isEmpty()
            ? "" : prefix + ":") + getAttributeLocalName(i) + " of <" + getLocalName()
            + "> is refused" + (getAttributeLocalName(i).equals("nil")
                ? " (a nil element does not read as absent)" : "")
            + "; expected LCN attributes, which have no namespace");
      }
    }
    if (depth > 0) {
      if (hasText.get(depth)) {
        throw new Refused(getLocation(), "element <" + getLocalName() + "> inside the text of <"
            + name(depth) + ">; expected text only");
      }
      hasChild.set(depth);
      String item = openDepth == 0
          ? XmlItemNames.checkedItem(depth > 1 ? name(depth - 1) : "", name(depth)) : null;
      if (item != null && !item.equals(getLocalName())) {
        throw new Refused(getLocation(), "element <" + getLocalName() + "> at " + path()
            + " is refused as an item of <" + name(depth) + ">; expected <" + item
            + ">, the name of every item of <" + name(depth) + ">");
      }
    }
    depth++;
    if (openDepth == 0 && XmlItemNames.OPEN.contains(getLocalName())) {
      openDepth = depth;
    }
    hasText.clear(depth);
    hasChild.clear(depth);
    if (depth < names.length) {
      names[depth] = getLocalName();
    }
  }

  /** The XML path of the current start element, e.g. {@code /networkDocument/cities/town}. */
  private String path() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= depth; i++) {
      sb.append('/').append(name(i));
    }
    return sb.append('/').append(getLocalName()).toString();
  }

  private String name(int at) {
    return at < names.length ? names[at] : "element";
  }
}

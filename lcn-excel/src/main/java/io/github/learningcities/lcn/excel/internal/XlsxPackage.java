package io.github.learningcities.lcn.excel.internal;

import io.github.learningcities.lcn.excel.WorkbookLimits;
import io.github.learningcities.lcn.excel.WorkbookReadException;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The zip package of a workbook, read under {@link WorkbookLimits}: every part's bytes are
 * counted as they inflate (the sizes a zip directory declares can lie), against the total and
 * the compression ratio, and every XML part is parsed by the JDK's own StAX with DTDs and
 * external entities off and any DOCTYPE refused, so that nothing outside the package is read
 * and no entity expands.
 *
 * @since 0.1.0
 */
public final class XlsxPackage implements Closeable {
  /** Bytes a part may inflate to before its compression ratio is checked. */
  private static final long RATIO_GRACE = 1L << 20;
  private static final XMLInputFactory XML = xmlFactory();

  private final ZipFile zip;
  private final String source;
  private final WorkbookLimits limits;
  private final Map<String, ZipEntry> parts = new HashMap<>();
  private long inflated;

  private XlsxPackage(ZipFile zip, String source, WorkbookLimits limits) {
    this.zip = zip;
    this.source = source;
    this.limits = limits;
  }

  private static XMLInputFactory xmlFactory() {
    // The JDK's implementation, whatever else is on the module path (Woodstox comes with
    // Jackson XML): its DTD switch and limits are the ones configured here.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * Opens a workbook file.
   *
   * @param file the .xlsx file
   * @param limits the limits
   * @return the package; close it
   * @throws IOException if the file cannot be read
   * @throws WorkbookReadException if it is a folder, missing, not a zip, or has too many parts
   */
  public static XlsxPackage open(Path file, WorkbookLimits limits) throws IOException {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new WorkbookReadException(source, "the file", "is a folder; expected an .xlsx "
          + "workbook", null);
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (NoSuchFileException e) {
      throw new WorkbookReadException(source, "the file", "no such file; expected an existing "
          + ".xlsx workbook", e);
    } catch (ZipException e) {
      if (!Files.exists(file)) {
        throw new WorkbookReadException(source, "the file", "no such file; expected an "
            + "existing .xlsx workbook", e);
      }
      throw new WorkbookReadException(source, "the file", "is not a zip package ("
          + e.getMessage() + "); expected an .xlsx workbook (Office Open XML): an .xls, .ods or "
          + "CSV file cannot be read as one", e);
    }
    XlsxPackage p = new XlsxPackage(zip, source, limits);
    try {
      p.index();
    } catch (RuntimeException e) {
      zip.close();
      throw e;
    }
    return p;
  }

  private void index() {
    int n = 0;
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry e = entries.nextElement();
      if (++n > limits.maxParts()) {
        throw refuse("the package", "has more than " + limits.maxParts() + " parts; expected "
            + "at most that many (WorkbookLimits.maxParts)");
      }
      if (e.getSize() > limits.maxUncompressedBytes()) {
        throw refuse(e.getName(), "declares " + e.getSize() + " bytes uncompressed; expected "
            + "at most " + limits.maxUncompressedBytes() + " (WorkbookLimits"
            + ".maxUncompressedBytes)");
      }
      parts.put(e.getName(), e);
    }
  }

  /**
   * Returns the workbook's name in messages.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the limits in force.
   *
   * @return the limits
   */
  public WorkbookLimits limits() {
    return limits;
  }

  /**
   * Returns whether the package has a part.
   *
   * @param part the part's name, without a leading slash
   * @return true if present
   */
  public boolean has(String part) {
    return parts.containsKey(part);
  }

  /**
   * Returns the names of the parts.
   *
   * @return the names
   */
  public Iterable<String> partNames() {
    return parts.keySet();
  }

  /**
   * Opens a part as XML; DTDs are refused when met.
   *
   * @param part the part's name
   * @return the reader; close it
   * @throws IOException if the part cannot be read
   * @throws WorkbookReadException if the part is missing or its XML cannot be opened
   */
  public XMLStreamReader xml(String part) throws IOException {
    InputStream in = bytes(part);
    try {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      return new StreamReaderDelegate(r) {
        @Override
        public int next() throws XMLStreamException {
          int event = super.next();
          if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("a DOCTYPE (document type declaration); expected "
                + "none: Office Open XML parts have no DTD, and one can define entities that "
                + "expand or fetch files", getLocation());
          }
          if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("the entity reference &" + getLocalName() + ";; "
                + "expected only XML's predefined entities", getLocation());
          }
          return event;
        }

        @Override
        public void close() throws XMLStreamException {
          try {
            super.close();
          } finally {
            try {
              in.close();
            } catch (IOException e) {
              throw new XMLStreamException(e);
            }
          }
        }
      };
    } catch (XMLStreamException e) {
      in.close();
      throw malformed(part, e);
    }
  }

  /**
   * The exception for a part whose XML failed.
   *
   * @param part the part
   * @param e the failure
   * @return the exception to throw
   */
  public WorkbookReadException malformed(String part, XMLStreamException e) {
    if (e.getNestedException() instanceof WorkbookReadException w) {
      return w;
    }
    String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
        + ", column " + e.getLocation().getColumnNumber();
    String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst(
        "^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return refuse(part, "malformed XML" + at + " (" + message + "); expected well-formed "
        + "Office Open XML without a DOCTYPE");
  }

  /** The bytes of a part, counted against the limits as they inflate. */
  private InputStream bytes(String part) throws IOException {
    ZipEntry e = parts.get(part);
    if (e == null) {
      throw refuse(part, "is missing; expected it in an .xlsx workbook");
    }
    long compressed = Math.max(e.getCompressedSize(), 1);
    InputStream raw;
    try {
      raw = zip.getInputStream(e);
    } catch (ZipException x) {
      throw refuse(part, "cannot be unpacked (" + x.getMessage() + "); expected a zip entry "
          + "stored or deflated", x);
    }
    return new FilterInputStream(raw) {
      private long read;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
          n = super.read(b, off, len);
        } catch (ZipException x) {
          throw refuse(part, "cannot be unpacked (" + x.getMessage() + "); expected an intact "
              + "zip entry", x);
        }
        if (n > 0) {
          count(part, read += n, compressed, n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
      }
    };
  }

  private void count(String part, long partBytes, long compressed, int n) {
    inflated += n;
    if (inflated > limits.maxUncompressedBytes()) {
      throw refuse(part, "inflates the workbook past " + limits.maxUncompressedBytes()
          + " bytes; expected at most that much uncompressed (WorkbookLimits"
          + ".maxUncompressedBytes): a zip bomb, or a workbook too large to read");
    }
    if (partBytes > RATIO_GRACE && partBytes / compressed > limits.maxCompressionRatio()) {
      throw refuse(part, "inflates more than " + limits.maxCompressionRatio() + " times its "
          + "compressed size (" + compressed + " bytes); expected at most that ratio "
          + "(WorkbookLimits.maxCompressionRatio): a zip bomb");
    }
  }

  /**
   * The exception for a part that breaks a rule.
   *
   * @param part the part
   * @param message what is wrong and what would be valid
   * @return the exception to throw
   */
  public WorkbookReadException refuse(String part, String message) {
    return new WorkbookReadException(source, part, message, null);
  }

  private WorkbookReadException refuse(String part, String message, Throwable cause) {
    return new WorkbookReadException(source, part, message, cause);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}

package io.github.learningcities.lcn.excel;

import static io.github.learningcities.lcn.excel.Workbooks.minimal;
import static io.github.learningcities.lcn.excel.Workbooks.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.serialization.coinr.TableProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks, built part by part: each is refused with a {@link WorkbookReadException}
 * naming the part, before it can use much memory, and nothing of it is returned.
 */
class HostileWorkbookTest {
  @TempDir
  Path dir;

  static final String HEADER = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>uCode</t></is>"
      + "</c></row>";

  private int made;

  Path write(Map<String, byte[]> parts) throws IOException {
    Path file = dir.resolve("hostile" + (++made) + ".xlsx");
    Workbooks.zip(file, parts);
    return file;
  }

  /** Reads every row of the iData sheet, as a reader of the table would. */
  static void readRows(Path file, WorkbookLimits limits) throws IOException {
    try (ExcelWorkbook book = ExcelWorkbook.open(file, limits)) {
      book.sheet("iData").rows(cells -> { });
    }
  }

  /** A part of {@code megabytes} MiB of spaces between an opening and a closing text. */
  static void spaces(ZipOutputStream zip, String part, String open, int megabytes,
      String close) throws IOException {
    zip.putNextEntry(new ZipEntry(part));
    zip.write(utf8(open));
    byte[] spaces = new byte[1 << 20];
    java.util.Arrays.fill(spaces, (byte) ' ');
    for (int i = 0; i < megabytes; i++) {
      zip.write(spaces);
    }
    zip.write(utf8(close));
    zip.closeEntry();
  }

  Path bomb(int sheetMegabytes, int stringMegabytes) throws IOException {
    Path file = dir.resolve("bomb" + (++made) + ".xlsx");
    Map<String, byte[]> parts = minimal("");
    parts.remove("xl/worksheets/sheet1.xml");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      spaces(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas"
          + ".openxmlformats.org/spreadsheetml/2006/main\"><sheetData>", sheetMegabytes,
          "</sheetData></worksheet>");
      if (stringMegabytes > 0) {
        spaces(zip, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\">", stringMegabytes, "</sst>");
      }
    }
    assertThat(Files.size(file)).isLessThan(1 << 20);
    return file;
  }

  @Test
  void aZipBombIsRefusedByItsDeclaredSizeOrItsRatio() throws IOException {
    Path file = bomb(64, 0);

    assertThatThrownBy(() -> ExcelWorkbook.open(file, WorkbookLimits.defaults()
        .withMaxUncompressedBytes(32L << 20)))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessage(file + ", xl/worksheets/sheet1.xml: declares 67108976 bytes uncompressed; "
            + "expected at most 33554432 (WorkbookLimits.maxUncompressedBytes)")
        .satisfies(e -> assertThat(((WorkbookReadException) e).part())
            .isEqualTo("xl/worksheets/sheet1.xml"));
    assertThatThrownBy(() -> readRows(file, WorkbookLimits.defaults()))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining(file + ", xl/worksheets/sheet1.xml: inflates more than 100 "
            + "times its compressed size");
  }

  @Test
  void partsThatInflatePastTheTotalTogetherAreRefusedAsTheyInflate() throws IOException {
    Path file = bomb(24, 24);
    WorkbookLimits limits = new WorkbookLimits(40L << 20, 1_000_000, 100, 1_000, 1_000, 100,
        100);

    assertThatThrownBy(() -> readRows(file, limits))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessage(file + ", xl/worksheets/sheet1.xml: inflates the workbook past 41943040 "
            + "bytes; expected at most that much uncompressed (WorkbookLimits"
            + ".maxUncompressedBytes): a zip bomb, or a workbook too large to read");
  }

  @Test
  void aHugeSharedStringTableIsRefused() throws IOException {
    StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\">");
    for (int i = 0; i < 2_001; i++) {
      sst.append("<si><t>s").append(i).append("</t></si>");
    }
    Map<String, byte[]> parts = minimal(HEADER);
    parts.put("xl/sharedStrings.xml", utf8(sst.append("</sst>").toString()));
    Path file = write(parts);

    assertThatThrownBy(() -> readRows(file, WorkbookLimits.defaults()
        .withMaxSharedStrings(2_000, 1_000_000)))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessage(file + ", xl/sharedStrings.xml: has more than 2000 strings; expected at "
            + "most that many (WorkbookLimits.maxSharedStrings)");
    assertThatThrownBy(() -> readRows(file, WorkbookLimits.defaults()
        .withMaxSharedStrings(10_000, 1_000)))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining("xl/sharedStrings.xml: has more than 1000 characters");
  }

  @Test
  void externalReferencesAreRefused() throws IOException {
    Map<String, byte[]> parts = minimal(HEADER);
    parts.put("xl/externalLinks/externalLink1.xml", utf8("<externalLink xmlns=\"http://"
        + "schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));
    Path file = write(parts);

    assertThatThrownBy(() -> ExcelWorkbook.open(file))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageStartingWith(file + ", xl/externalLinks/externalLink1.xml: the workbook "
            + "links to other workbooks or external data; expected a self-contained workbook");

    Map<String, byte[]> linked = minimal(HEADER);
    linked.put("xl/_rels/workbook.xml.rels", utf8("<Relationships xmlns=\"http://schemas"
        + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId9\" Type=\""
        + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink\" "
        + "Target=\"file:///etc/passwd\" TargetMode=\"External\"/></Relationships>"));
    Path other = write(linked);
    assertThatThrownBy(() -> ExcelWorkbook.open(other))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining("xl/_rels/workbook.xml.rels: the workbook links to other "
            + "workbooks");
  }

  @Test
  void aDoctypeInAnyPartIsRefusedAndNoEntityIsExpanded() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>"
        + "<t>&x;</t></is></c></row></sheetData></worksheet>";
    Map<String, byte[]> parts = minimal("");
    parts.put("xl/worksheets/sheet1.xml", utf8(xxe));
    Path file = write(parts);

    assertThatThrownBy(() -> readRows(file, WorkbookLimits.defaults()))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining(file + ", xl/worksheets/sheet1.xml: malformed XML")
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET");

    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;"
        + "&b;&b;\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<si><t>&c;</t></si></sst>";
    Map<String, byte[]> bomb = minimal(HEADER);
    bomb.put("xl/sharedStrings.xml", utf8(laughs));
    Path other = write(bomb);
    assertThatThrownBy(() -> readRows(other, WorkbookLimits.defaults()))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining(other + ", xl/sharedStrings.xml: malformed XML")
        .hasMessageContaining("DOCTYPE");
    Map<String, byte[]> inWorkbook = minimal(HEADER);
    inWorkbook.put("xl/workbook.xml", utf8("<!DOCTYPE workbook><workbook/>"));
    Path third = write(inWorkbook);
    assertThatThrownBy(() -> ExcelWorkbook.open(third))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining(third + ", xl/workbook.xml: malformed XML");
  }

  @Test
  void tooManyRowsOrColumnsAreRefusedNamingThePart() throws IOException {
    Path rows = write(minimal(HEADER + "<row r=\"2000000\"><c r=\"A2000000\"><v>1</v></c></row>"));
    Path columns = write(minimal("<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>"));
    Path past = write(minimal(HEADER + "<row r=\"101\"><c r=\"A101\"><v>1</v></c></row>"));

    assertThatThrownBy(() -> readRows(rows, WorkbookLimits.defaults()))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessage(rows + ", xl/worksheets/sheet1.xml: uses row 2000000; expected at most "
            + "1048576 rows (WorkbookLimits.maxRows)");
    assertThatThrownBy(() -> readRows(columns, WorkbookLimits.defaults()))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining("xl/worksheets/sheet1.xml: cell 'ZZZZ1' is past column XFD");
    assertThatThrownBy(() -> readRows(past, WorkbookLimits.defaults().withMaxSheet(100, 10)))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining("uses row 101; expected at most 100 rows");
  }

  @Test
  void aFileThatIsNoWorkbookIsRefused() throws IOException {
    Path csv = dir.resolve("table.xlsx");
    Files.writeString(csv, "uCode,x\na,1\n");

    assertThatThrownBy(() -> CoinrWorkbooks.read(csv))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageStartingWith(csv + ", the file: is not a zip package");
    assertThatThrownBy(() -> CoinrWorkbooks.read(dir.resolve("none.xlsx")))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void validateGivesTheRefusalAsOneProblem() throws IOException {
    Path file = write(minimal("<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>"));

    List<TableProblem> problems = CoinrWorkbooks.validate(file, "iData", null,
        WorkbookLimits.defaults());

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).cellReference()).hasValue("xl/worksheets/sheet1.xml");
    assertThat(problems.get(0).toString()).startsWith(file + ", xl/worksheets/sheet1.xml: "
        + "cell 'ZZZZ1' is past column XFD");
  }

  @Test
  void aPartWhoseDeclaredSizeIsPastTheTotalIsRefusedBeforeReading() throws IOException {
    Path file = dir.resolve("declared.xlsx");
    Map<String, byte[]> parts = minimal(HEADER);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (e.getKey().endsWith("sheet1.xml")) {
          byte[] big = new byte[2 << 20];
          java.util.Arrays.fill(big, (byte) ' ');
          System.arraycopy(e.getValue(), 0, big, 0, e.getValue().length);
          zip.putNextEntry(entry);
          zip.write(big);
        } else {
          zip.putNextEntry(entry);
          zip.write(e.getValue());
        }
        zip.closeEntry();
      }
    }

    assertThatThrownBy(() -> ExcelWorkbook.open(file, WorkbookLimits.defaults()
        .withMaxUncompressedBytes(1 << 20)))
        .isInstanceOf(WorkbookReadException.class)
        .hasMessage(file + ", xl/worksheets/sheet1.xml: declares 2097152 bytes uncompressed; "
            + "expected at most 1048576 (WorkbookLimits.maxUncompressedBytes)");
  }
}

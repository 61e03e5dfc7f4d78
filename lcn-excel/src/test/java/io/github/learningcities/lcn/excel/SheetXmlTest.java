package io.github.learningcities.lcn.excel;

import static io.github.learningcities.lcn.excel.Workbooks.minimal;
import static io.github.learningcities.lcn.excel.Workbooks.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.serialization.coinr.TableCell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheet XML as other programs write it: rich text, phonetic guides, escapes, implicit places. */
class SheetXmlTest {
  @TempDir
  Path dir;

  List<List<String>> rows(Map<String, byte[]> parts) throws IOException {
    Path file = dir.resolve("sheet.xlsx");
    Workbooks.zip(file, parts);
    List<List<String>> out = new ArrayList<>();
    try (ExcelWorkbook book = ExcelWorkbook.open(file)) {
      book.sheet("iData").rows(cells -> out.add(cells.stream().map(TableCell::text).toList()));
    }
    return out;
  }

  @Test
  void richTextIsItsRunsWithoutPhoneticGuides() throws IOException {
    Map<String, byte[]> parts = minimal("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Kyo</t></r><r><t>to</t></r><rPh sb=\"0\" "
        + "eb=\"2\"><t>きょう</t></rPh></is></c></row>");
    parts.put("xl/sharedStrings.xml", utf8("<sst xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\"><si><r><t>u</t></r><r><rPr><b/></rPr><t>Code</t></r>"
        + "<rPh sb=\"0\" eb=\"1\"><t>ゆ</t></rPh></si></sst>"));

    assertThat(rows(parts)).containsExactly(List.of("uCode", "Kyoto"));
  }

  @Test
  void escapesOfCharactersXmlCannotHoldAreDecoded() throws IOException {
    assertThat(rows(minimal("<row r=\"1\"><c t=\"inlineStr\"><is><t>a_x0007_b</t></is></c>"
        + "<c t=\"inlineStr\"><is><t>_x005F_x0041_</t></is></c></row>")))
        .containsExactly(List.of("a\u0007b", "_x0041_"));
  }

  @Test
  void cellsAndRowsWithoutReferencesFollowTheOnesBefore() throws IOException {
    assertThat(rows(minimal("<row><c t=\"inlineStr\"><is><t>uCode</t></is></c><c "
        + "t=\"inlineStr\"><is><t>x</t></is></c></row><row><c t=\"inlineStr\"><is><t>a</t>"
        + "</is></c><c><v>1.5</v></c></row><row r=\"5\"><c r=\"B5\"><v>2</v></c></row>")))
        .containsExactly(List.of("uCode", "x"), List.of("a", "1.5"), List.of("", "2"));
  }

  @Test
  void blankRowsAndRowsAboveTheHeaderAreLeftOut() throws IOException {
    assertThat(rows(minimal("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t> </t></is></c>"
        + "</row><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>uCode</t></is></c></row>"
        + "<row r=\"4\"/><row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>'=x</t></is></c>"
        + "</row>"))).containsExactly(List.of("uCode"), List.of("=x"));
  }
}

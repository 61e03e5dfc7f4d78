package io.github.learningcities.lcn.serialization.coinr;

import static io.github.learningcities.lcn.serialization.coinr.CoinrTablesErrorsTest.fixture;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #11 for COINr tables: files in other encodings, folders, NUL characters, huge cells
 * and headers, tables without data, and cells that spreadsheets would run as formulas.
 */
class CoinrTablesHostileInputTest {

  @TempDir
  Path dir;

  private static final String META = text("iMeta.csv");
  private static final String DATA = text("iData.csv");

  private static String text(String fixture) {
    try {
      return Files.readString(fixture(fixture), UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void latin1IsRefusedWithFileLineColumnAndTheAdviceToSaveAsUtf8() throws IOException {
    String data = DATA.replace("Beta", "K\u00f6ln");
    Path d = file("latin1.csv", data.getBytes(StandardCharsets.ISO_8859_1));

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(d, fixture("iMeta.csv")));

    assertThat(e.source()).isEqualTo(d.toString());
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.getMessage()).contains("not valid UTF-8").contains("0xF6")
        .contains("looks like Latin-1/Windows-1252").contains("save it as UTF-8");
    List<TableProblem> problems = CoinrTables.validate(d, fixture("iMeta.csv"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message()).contains("Latin-1/Windows-1252");
    });
  }

  @Test
  void windows1252QuotesAreAlsoRecognised() throws IOException {
    String data = DATA.replace("Beta", "\u201cBeta\u201d");
    Path d = file("cp1252.csv", data.getBytes(Charset.forName("windows-1252")));

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(d, fixture("iMeta.csv")));

    assertThat(e.getMessage()).contains("line 3").contains("Latin-1/Windows-1252");
  }

  @Test
  void aTruncatedUtf8SequenceIsNotCalledLatin1() throws IOException {
    byte[] bytes = concat(DATA.getBytes(UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});
    Path d = file("cut.csv", bytes);

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(d, fixture("iMeta.csv")));

    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("not valid UTF-8").doesNotContain("Latin-1")
        .contains("expected a UTF-8 CSV file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-8"})
  void textWithAByteOrderMarkReadsAsTheSameTables(String charset) throws IOException {
    Charset cs = Charset.forName(charset);
    String data = DATA.replace("Beta", "\u041a\u0438\u0457\u0432");
    Path d = file("bom-d.csv", concat("\uFEFF".getBytes(cs), data.getBytes(cs)));
    Path m = file("bom-m.csv", concat("\uFEFF".getBytes(cs), META.getBytes(cs)));
    Path plainData = file("plain-d.csv", data.getBytes(UTF_8));

    CoinrInput bom = CoinrTables.read(d, m);
    CoinrInput plain = CoinrTables.read(plainData, fixture("iMeta.csv"));

    assertThat(bom.dataset()).isEqualTo(plain.dataset());
    assertThat(bom.framework()).isEqualTo(plain.framework());
    assertThat(bom.dataset().units().get(1).name()).isEqualTo("\u041a\u0438\u0457\u0432");
    assertThat(CoinrTables.validate(d, m)).isEmpty();
    assertThat(CoinrTables.read(new ByteArrayInputStream(Files.readAllBytes(d)), "d",
        new ByteArrayInputStream(Files.readAllBytes(m)), "m").dataset())
        .isEqualTo(plain.dataset());
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRefusedAsNulCharacters() throws IOException {
    Path d = file("utf16.csv", DATA.getBytes(StandardCharsets.UTF_16LE));

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(d, fixture("iMeta.csv")));

    assertThat(e.source()).isEqualTo(d.toString());
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("NUL character").contains("UTF-16")
        .contains("save it as UTF-8");
  }

  @Test
  void aNulCharacterIsRefusedWithItsLineAndColumn() throws IOException {
    String data = DATA.replace("Gamma", "Gam\0ma");
    Path d = file("nul.csv", data.getBytes(UTF_8));

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(d, fixture("iMeta.csv")));

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).contains("field 1 has a NUL character (U+0000) at its "
        + "character 4");
    assertThat(CoinrTables.validate(d, fixture("iMeta.csv"))).singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(4));
    assertThat(catchThrowableOfType(DocumentReadException.class, () -> CoinrTables.read(
        new StringReader(DATA), "d", new StringReader(META.replace("First", "Fi\0rst")), "m"))
        .getMessage()).startsWith("m, line 2, column 6:");
  }

  @Test
  void aFolderGivenAsATableIsATableErrorNamingIt() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("iData.csv"));

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(folder, fixture("iMeta.csv")));

    assertThat(e.source()).isEqualTo(folder.toString());
    assertThat(e.getMessage()).contains("is a folder; expected a CSV file");
    assertThat(catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(fixture("iData.csv"), folder)).source())
        .isEqualTo(folder.toString());
    assertThat(CoinrTables.validate(folder, fixture("iMeta.csv"))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("is a folder"));
    assertThat(CoinrTables.validateMeta(folder)).singleElement()
        .satisfies(p -> assertThat(p.source()).isEqualTo(folder.toString()));
    assertThat(CoinrTables.validateData(dir.resolve("absent.csv"))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no such file"));
  }

  @Test
  void aHugeCellIsNotEchoedWhole() {
    String huge = "x".repeat(100_000);
    String data = DATA.replace(",1.5,", "," + huge + ",");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(new StringReader(data), "d", new StringReader(META), "m"));

    assertThat(e.getMessage()).hasSizeLessThan(400).contains("(100000 characters)")
        .contains("is not a number");
    String hugeCode = DATA.replace("AAA", "A A".repeat(50_000));
    assertThat(catchThrowableOfType(DocumentReadException.class, () -> CoinrTables.read(
        new StringReader(hugeCode), "d", new StringReader(META), "m")).getMessage())
        .hasSizeLessThan(400).contains("(150000 characters)");
  }

  @Test
  void aHugeHeaderGivesAtMostAHundredProblemsAndSaysHowManyMore() throws IOException {
    int columns = 1_000_000;
    StringBuilder header = new StringBuilder("uCode,X1,X2,X3");
    StringBuilder row = new StringBuilder("AAA,1,2,3");
    for (int j = 0; j < columns; j++) {
      header.append(",c").append(j);
      row.append(',');
    }
    String data = header + "\n" + row + "\n";

    List<TableProblem> problems = CoinrTables.validate(new StringReader(data), "d",
        new StringReader(META), "m");

    assertThat(problems).hasSize(101);
    assertThat(problems.get(0).message()).contains("column 'c0' is not an iCode");
    assertThat(problems.get(100).message())
        .isEqualTo("and " + (columns - 100) + " more problems (only the first 100 are listed)");
    assertThat(catchThrowableOfType(DocumentReadException.class, () -> CoinrTables.read(
        new StringReader(data), "d", new StringReader(META), "m")).getMessage())
        .contains("'c0'").hasSizeLessThan(400);
  }

  @Test
  void aHeaderWithoutUnitsIsRefusedByReadAndValidate() throws IOException {
    String data = DATA.lines().findFirst().orElseThrow() + "\n";

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(new StringReader(data), "d", new StringReader(META), "m"));

    assertThat(e.getMessage()).isEqualTo("d: the table has a header but no unit rows; "
        + "expected one row per unit under the header");
    assertThat(CoinrTables.validate(new StringReader(data), "d", new StringReader(META), "m"))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("no unit rows"));
    Path d = file("header-only.csv", (data + "\n,,,,,,,\n").getBytes(UTF_8));
    assertThat(CoinrTables.validateData(d)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no unit rows"));
  }

  @Test
  void aTableWithEveryIndicatorValueMissingIsRefusedByReadAndValidate() throws IOException {
    String data = "uName,uCode,Region,Time,Pop,X1,X2,X3\n"
        + "Alpha,AAA,North,2018,100,,NA,\n"
        + "Beta,BBB,South,2018,250,NA,,\n";

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> CoinrTables.read(new StringReader(data), "d", new StringReader(META), "m"));

    assertThat(e.getMessage()).contains("every indicator value is missing")
        .contains("expected at least one value");
    assertThat(CoinrTables.validate(new StringReader(data), "d", new StringReader(META), "m"))
        .singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("d"));
  }

  @Test
  void formulaTextIsWrittenNeutralisedAndReadBackAsItWas() throws IOException {
    CoinrInput in = CoinrTables.read(fixture("iData.csv"), fixture("iMeta.csv"));
    List<String> names = List.of("=HYPERLINK(\"http://x\",\"y\")", "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1)");
    List<Unit> units = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Unit u = in.dataset().units().get(i);
      units.add(new Unit(u.code(), names.get(i), Map.of("Region", i == 1 ? "+x" : "-5"),
          u.denominators()));
    }
    Map<String, double[]> columns = new java.util.LinkedHashMap<>();
    in.dataset().indicators().forEach(c -> columns.put(c, in.dataset().column(c)));
    columns.get("X1")[0] = -1.5;
    CoinrInput changed = in.withDataset(Dataset.ofColumns(units, columns));
    StringWriter data = new StringWriter();
    StringWriter meta = new StringWriter();

    CoinrTables.write(changed, data, meta);

    List<String> lines = data.toString().lines().toList();
    assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",AAA,-5,")
        .contains(",-1.5,");
    assertThat(lines.get(2)).startsWith("\"'-2+3+cmd|' /C calc'!A0\",BBB,\"'+x\",");
    assertThat(lines.get(3)).startsWith("\"'@SUM(A1)\",CCC,-5,");
    CoinrInput back = CoinrTables.read(new StringReader(data.toString()), "d",
        new StringReader(meta.toString()), "m");
    assertThat(back.dataset()).isEqualTo(changed.dataset());
  }
}

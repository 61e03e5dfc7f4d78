package io.github.learningcities.lcn.serialization.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #11 for observation tables: encodings, folders, NUL, huge cells, formulas. */
class ObservationTableHostileInputTest {

  @TempDir
  Path dir;

  private static final String TABLE = "unit,indicator,value,source\n"
      + "Kyiv,x,1.5,Держстат\nLviv,x,-2,\n";

  @Test
  void utf16WithAByteOrderMarkReadsAndLatin1IsRefusedWithItsLine() throws IOException {
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
    utf16.writeBytes(TABLE.getBytes(StandardCharsets.UTF_16BE));
    Path p = dir.resolve("utf16.csv");
    Files.write(p, utf16.toByteArray());

    assertThat(ObservationTable.readObservations(p))
        .isEqualTo(ObservationTable.readObservations(new StringReader(TABLE), "t"));

    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, TABLE.replace("Держстат", "Zürich").getBytes(StandardCharsets.ISO_8859_1));
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readDataset(latin1));
    assertThat(e.source()).isEqualTo(latin1.toString());
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("Latin-1/Windows-1252").contains("save it as UTF-8");
  }

  @Test
  void aFolderAndANulCharacterAreTableErrors() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("obs.csv"));
    assertThat(catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readPanel(folder)).getMessage())
        .isEqualTo(folder + ": is a folder; expected a CSV file");

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readObservations(new StringReader(TABLE.replace("Lviv", "L\0")),
            "t"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).contains("NUL character");
  }

  @Test
  void aHugeValueOrColumnNameIsNotEchoedWhole() {
    String huge = "9".repeat(50_000) + "x";
    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readDataset(new StringReader(TABLE.replace("1.5", huge)), "t"));
    assertThat(e.getMessage()).hasSizeLessThan(400).contains("(50001 characters)");

    String header = "z".repeat(100_000);
    e = catchThrowableOfType(DocumentReadException.class, () -> ObservationTable.readDataset(
        new StringReader(TABLE.replace("source", header)), "t"));
    assertThat(e.getMessage()).hasSizeLessThan(400).contains("(100000 characters)");
  }

  @Test
  void formulaTextIsWrittenNeutralisedNumbersAreNotAndEverythingReadsBack() throws IOException {
    List<Observation> rows = List.of(
        new Observation("Kyiv", "x", OptionalInt.empty(), OptionalDouble.of(-2.5),
            "=HYPERLINK(\"http://evil\")", "@flag"),
        new Observation("Lviv", "x", OptionalInt.empty(), OptionalDouble.of(-1e-9),
            "-5", "\tx"));
    StringWriter out = new StringWriter();

    ObservationTable.writeObservations(rows, out);

    assertThat(out.toString()).isEqualTo("unit,indicator,time,value,source,flags\n"
        + "Kyiv,x,,-2.5,\"'=HYPERLINK(\"\"http://evil\"\")\",\"'@flag\"\n"
        + "Lviv,x,,-1.0E-9,-5,\"'\tx\"\n");
    assertThat(ObservationTable.readObservations(new StringReader(out.toString()), "t"))
        .isEqualTo(rows);
  }

  @Test
  void aWrittenDatasetNeutralisesUnitCodesAndReadsBack() throws IOException {
    Dataset d = ObservationTable.readDataset(new StringReader(
        "unit,indicator,value\n=cmd,x,1\nB,x,2\n"), "t");
    assertThat(d.units().get(0).code()).isEqualTo("=cmd");
    StringWriter out = new StringWriter();
    ObservationTable.write(d, out);
    assertThat(out.toString().getBytes(UTF_8)).isEqualTo(
        "unit,indicator,time,value,source,flags\n\"'=cmd\",x,,1,,\nB,x,,2,,\n".getBytes(UTF_8));
    assertThat(ObservationTable.readDataset(new StringReader(out.toString()), "t")).isEqualTo(d);
  }
}

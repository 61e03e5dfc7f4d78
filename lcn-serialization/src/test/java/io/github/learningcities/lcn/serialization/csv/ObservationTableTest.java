package io.github.learningcities.lcn.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import io.github.learningcities.lcn.serialization.DocumentReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationTableTest {

  private static Dataset cyrillic() {
    return Dataset.builder()
        .unit(Unit.of("Мелітополь", null))
        .unit(Unit.of("Кривий_Ріг", null))
        .value("Мелітополь", "Бібліотеки", 12)
        .value("Мелітополь", "Dropout", 0.05)
        .value("Кривий_Ріг", "Бібліотеки", 300)
        .missing("Кривий_Ріг", "Dropout")
        .build();
  }

  private static DocumentReadException error(String table) {
    return catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readDataset(new StringReader(table), "obs.csv"));
  }

  @Test
  void aDatasetIsWrittenOneRowPerCellWithMissingAsAnEmptyField() throws IOException {
    StringWriter out = new StringWriter();

    ObservationTable.write(cyrillic(), out);

    assertThat(out.toString()).isEqualTo("""
        unit,indicator,time,value,source,flags
        Мелітополь,Бібліотеки,,12,,
        Мелітополь,Dropout,,0.05,,
        Кривий_Ріг,Бібліотеки,,300,,
        Кривий_Ріг,Dropout,,,,
        """);
    assertThat(ObservationTable.readDataset(new StringReader(out.toString()), "obs.csv"))
        .isEqualTo(cyrillic());
  }

  @Test
  void ukrainianTextSurvivesAFileInUtf8(@TempDir Path dir) throws IOException {
    List<Observation> rows = List.of(
        new Observation("Мелітополь", "Бібліотеки", OptionalInt.of(2020), OptionalDouble.of(12),
            "Держстат, табл. 5", "оцінка \"попередня\""),
        new Observation("Київ", "Бібліотеки", OptionalInt.of(2020), OptionalDouble.empty(),
            "", "не подано"));
    Path file = dir.resolve("obs.csv");

    ObservationTable.writeObservations(rows, file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
        unit,indicator,time,value,source,flags
        Мелітополь,Бібліотеки,2020,12,"Держстат, табл. 5","оцінка ""попередня\"""
        Київ,Бібліотеки,2020,,,"не подано"
        """);
    assertThat(ObservationTable.readObservations(file)).isEqualTo(rows);
  }

  @Test
  void columnsInAnyOrderNaAndAByteOrderMarkAreRead() throws IOException {
    String table = "\uFEFFvalue,unit,indicator\n7.5,Львів,x\nNA,Одеса,x\n";

    Dataset d = ObservationTable.readDataset(new StringReader(table), "obs.csv");

    assertThat(d.value("Львів", "x")).hasValue(7.5);
    assertThat(d.isMissing("Одеса", "x")).isTrue();
  }

  @Test
  void aPanelRoundTripsWithOneDatasetPerTimePoint() throws IOException {
    Dataset y2020 = cyrillic();
    Dataset y2021 = Dataset.builder().unit(Unit.of("Мелітополь", null))
        .value("Мелітополь", "Бібліотеки", 13).value("Мелітополь", "Dropout", 0.04).build();
    Panel panel = Panel.of(Map.of(2020, y2020, 2021, y2021));
    StringWriter out = new StringWriter();

    ObservationTable.write(panel, out);
    Panel back = ObservationTable.readPanel(new StringReader(out.toString()), "obs.csv");

    assertThat(back.byTime()).containsOnlyKeys(2020, 2021);
    assertThat(back.at(2020)).isEqualTo(y2020);
    assertThat(back.at(2021)).isEqualTo(y2021);
    assertThat(out.toString()).contains("Мелітополь,Бібліотеки,2021,13,,\n");
  }

  @Test
  void aValueThatIsNotANumberIsRefusedWithLineColumnAndField() {
    DocumentReadException e = error("unit,indicator,value\nКиїв,x,1\nЛьвів,x,дванадцять\n");

    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.field()).contains("value");
    assertThat(e.getMessage()).startsWith("obs.csv, line 3, column 9 (field 'value')")
        .contains("'дванадцять' is not a finite number");
  }

  @Test
  void nanInfinityAndTypeSuffixesAreRefused() {
    for (String bad : List.of("NaN", "Infinity", "-Infinity", "1d", "0x1p3", "1e400")) {
      assertThat(error("unit,indicator,value\nКиїв,x," + bad + "\n")).as(bad).isNotNull();
    }
  }

  @Test
  void aUnitCodeTheDatasetRefusesIsNamedWithItsPlace() {
    DocumentReadException e = error("unit,indicator,value\nКиїв,x,1\nКривий Ріг,x,2\n");

    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.field()).contains("unit");
    assertThat(e.getMessage()).contains("\"Кривий Ріг\" is invalid");
  }

  @Test
  void aDuplicateCellIsRefusedNamingBothLines() {
    DocumentReadException e = error("unit,indicator,value\nКиїв,x,1\nЛьвів,x,2\nКиїв,x,3\n");

    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("lines 2 and 4");
  }

  @Test
  void unknownAndMissingColumnsAreRefused() {
    DocumentReadException unknown = error("unit,indicator,value,colour\nКиїв,x,1,red\n");
    assertThat(unknown.field()).contains("colour");
    assertThat(unknown.column()).isEqualTo(22);
    DocumentReadException missing = error("unit,indicator\nКиїв,x\n");
    assertThat(missing.getMessage()).contains("no 'value' column");
  }

  @Test
  void timesBelongToPanelsAndPanelsNeedTimes() {
    DocumentReadException inDataset = error("unit,indicator,time,value\nКиїв,x,2020,1\n");
    assertThat(inDataset.line()).isEqualTo(2);
    assertThat(inDataset.getMessage()).contains("readPanel");
    DocumentReadException noTime = catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readPanel(new StringReader(
            "unit,indicator,time,value\nКиїв,x,2020,1\nЛьвів,x,,2\n"), "p.csv"));
    assertThat(noTime.line()).isEqualTo(3);
    DocumentReadException badTime = catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readPanel(new StringReader(
            "unit,indicator,time,value\nКиїв,x,двадцятий,1\n"), "p.csv"));
    assertThat(badTime.field()).contains("time");
    assertThat(badTime.column()).isEqualTo(8);
  }

  @Test
  void aFileNamesItselfInTheError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("спостереження.csv");
    Files.writeString(file, "unit,indicator,value\nКиїв,,1\n", StandardCharsets.UTF_8);

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readDataset(file));

    assertThat(e.getMessage()).startsWith(file + ", line 2, column 6 (field 'indicator')");
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bytes = "unit,indicator,value\nKyiv,x,1\n".getBytes(StandardCharsets.UTF_8);
    bytes[22] = (byte) 0xC3;
    bytes[23] = (byte) 0x28;

    DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
        () -> ObservationTable.readObservations(new ByteArrayInputStream(bytes), "b.csv"));

    assertThat(e.getMessage()).startsWith("b.csv, line 2, column 2: the text is not valid "
        + "UTF-8 (bytes 0xC3)");
  }
}

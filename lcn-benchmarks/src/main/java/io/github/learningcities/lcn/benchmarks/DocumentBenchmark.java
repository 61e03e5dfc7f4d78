package io.github.learningcities.lcn.benchmarks;

import io.github.learningcities.lcn.benchmarks.DocumentData.DatasetDocP;
import io.github.learningcities.lcn.benchmarks.DocumentData.NetworkDocP;
import io.github.learningcities.lcn.benchmarks.DocumentData.ObsP;
import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.serialization.DocumentReader;
import io.github.learningcities.lcn.serialization.DocumentWriter;
import io.github.learningcities.lcn.serialization.LcnJson;
import io.github.learningcities.lcn.serialization.LcnXml;
import io.github.learningcities.lcn.serialization.NetworkDocument;
import io.github.learningcities.lcn.serialization.csv.ObservationTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Reading and writing documents with lcn-serialization ({@code sdk*}) against Jackson binding
 * plain public-field classes of the same shape ({@code pojo*}, the baseline), in the same run.
 * Every operation goes from objects to bytes ({@code *Write}) or from bytes to objects
 * ({@code *Read}); the objects and the bytes are prepared in the set-up, which prints the byte
 * counts (MB/s = bytes / time per operation).
 *
 * <ul>
 *   <li>{@code network*}: a {@link NetworkDocument} of 10,000 member cities (Ukrainian and
 *       English names, oblast, population, location) whose memberships carry a legal status
 *       history of 1 to 3 changes, in JSON ({@link LcnJson}) or XML ({@link LcnXml}).
 *   <li>{@code dataset*}: 5 yearly datasets of 5,000 units x 42 indicators ({@link
 *       SyntheticIndex}, ~5 % missing): in JSON and XML, five {@code dataset} documents (one
 *       operation writes or reads all five); in CSV, one long-format {@link ObservationTable}
 *       of the {@link Panel} (1,050,000 rows {@code unit,indicator,time,value,source,flags}).
 * </ul>
 *
 * <p>The baseline mappers are plain {@code JsonMapper}, {@code XmlMapper} and {@code
 * CsvMapper} with no modules; the JSON and XML ones indent like the SDK's, so both sides
 * write nearly the same bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DocumentBenchmark {
  static final int CITIES = 10_000;
  static final int UNITS = 5_000;
  static final int INDICATORS = 42;
  static final int YEARS = 5;

  /** The network document, its plain twin and their bytes in one format. */
  @State(Scope.Benchmark)
  public static class NetworkState {
    /** The format. */
    @Param({"json", "xml"})
    public String format;

    DocumentReader sdkReader;
    DocumentWriter sdkWriter;
    ObjectMapper pojoMapper;
    NetworkDocument sdk;
    NetworkDocP pojo;
    byte[] sdkBytes;
    byte[] pojoBytes;

    /** Builds the documents and writes them once. */
    @Setup
    public void prepare() {
      DocumentData.Networks data = DocumentData.network(CITIES, SyntheticIndex.SEED);
      sdk = data.sdk();
      pojo = data.plain();
      if (format.equals("json")) {
        sdkReader = LcnJson.standard();
        sdkWriter = LcnJson.standard();
        pojoMapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      } else {
        sdkReader = LcnXml.standard();
        sdkWriter = LcnXml.standard();
        pojoMapper = XmlMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
      }
      sdkBytes = sdkWriter.writeToBytes(sdk);
      pojoBytes = pojoMapper.writeValueAsBytes(pojo);
      NetworkDocument back = sdkReader.read(sdkBytes, NetworkDocument.class);
      if (!back.equals(sdk)) {
        throw new IllegalStateException("network " + format + " does not round-trip");
      }
      report("network", format, sdkBytes.length, pojoBytes.length);
    }
  }

  /** The panel, its plain twins and their bytes in one format. */
  @State(Scope.Benchmark)
  public static class DatasetState {
    /** The format. */
    @Param({"json", "xml", "csv"})
    public String format;

    DocumentReader sdkReader;
    DocumentWriter sdkWriter;
    ObjectMapper pojoMapper;
    ObjectWriter csvWriter;
    ObjectReader csvReader;
    Panel sdk;
    List<Dataset> sdkYears;
    List<DatasetDocP> pojoYears;
    List<ObsP> pojoRows;
    byte[][] sdkBytes;
    byte[][] pojoBytes;

    /** Generates the data and writes it once. */
    @Setup
    public void prepare() throws IOException {
      DocumentData.Datasets data =
          DocumentData.datasets(UNITS, INDICATORS, YEARS, SyntheticIndex.SEED);
      sdk = data.sdk();
      sdkYears = new ArrayList<>(sdk.byTime().values());
      pojoYears = data.plainDocuments();
      pojoRows = data.plainRows();
      switch (format) {
        case "json" -> {
          sdkReader = LcnJson.standard();
          sdkWriter = LcnJson.standard();
          pojoMapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        }
        case "xml" -> {
          sdkReader = LcnXml.standard();
          sdkWriter = LcnXml.standard();
          pojoMapper = XmlMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        }
        default -> {
          CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.EMPTY_STRING_AS_NULL).build();
          CsvSchema schema = csv.schemaFor(ObsP.class).withHeader();
          csvWriter = csv.writer(schema);
          csvReader = csv.readerFor(ObsP.class).with(schema);
        }
      }
      if (format.equals("csv")) {
        sdkBytes = new byte[][] {writeCsv(sdk)};
        pojoBytes = new byte[][] {csvWriter.writeValueAsBytes(pojoRows)};
        Panel back = readCsv(sdkBytes[0]);
        if (back.byTime().size() != YEARS
            || back.at(DocumentData.FIRST_YEAR).units().size() != UNITS) {
          throw new IllegalStateException("csv panel does not read back");
        }
        if (csvReader.<ObsP>readValues(pojoBytes[0]).readAll().size() != pojoRows.size()) {
          throw new IllegalStateException("csv rows do not read back");
        }
      } else {
        sdkBytes = new byte[YEARS][];
        pojoBytes = new byte[YEARS][];
        for (int y = 0; y < YEARS; y++) {
          sdkBytes[y] = sdkWriter.writeToBytes(sdkYears.get(y));
          pojoBytes[y] = pojoMapper.writeValueAsBytes(pojoYears.get(y));
        }
        if (!sdkReader.read(sdkBytes[0], Dataset.class).equals(sdkYears.get(0))) {
          throw new IllegalStateException("dataset " + format + " does not round-trip");
        }
      }
      report("dataset", format, total(sdkBytes), total(pojoBytes));
    }

    byte[] writeCsv(Panel panel) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      ObservationTable.write(panel, w);
      w.flush();
      return out.toByteArray();
    }

    Panel readCsv(byte[] bytes) throws IOException {
      return ObservationTable.readPanel(new InputStreamReader(new ByteArrayInputStream(bytes),
          StandardCharsets.UTF_8), "benchmark");
    }
  }

  private static long total(byte[][] bytes) {
    long n = 0;
    for (byte[] b : bytes) {
      n += b.length;
    }
    return n;
  }

  private static void report(String what, String format, long sdk, long pojo) {
    System.out.printf(Locale.ROOT, "%n[bytes] %s %s: sdk %,d, pojo %,d%n", what, format, sdk,
        pojo);
  }

  /**
   * The SDK writes the network document.
   *
   * @param s the state
   * @return the bytes
   */
  @Benchmark
  public byte[] networkWriteSdk(NetworkState s) {
    return s.sdkWriter.writeToBytes(s.sdk);
  }

  /**
   * Jackson writes the plain network document.
   *
   * @param s the state
   * @return the bytes
   */
  @Benchmark
  public byte[] networkWritePojo(NetworkState s) {
    return s.pojoMapper.writeValueAsBytes(s.pojo);
  }

  /**
   * The SDK reads the network document (with the model's validation).
   *
   * @param s the state
   * @return the document
   */
  @Benchmark
  public NetworkDocument networkReadSdk(NetworkState s) {
    return s.sdkReader.read(s.sdkBytes, NetworkDocument.class);
  }

  /**
   * Jackson reads the plain network document.
   *
   * @param s the state
   * @return the document
   */
  @Benchmark
  public NetworkDocP networkReadPojo(NetworkState s) {
    return s.pojoMapper.readValue(s.pojoBytes, NetworkDocP.class);
  }

  /**
   * The SDK writes the five yearly datasets (JSON, XML) or the panel as one table (CSV).
   *
   * @param s the state
   * @param bh consumes the bytes
   * @throws IOException never (in memory)
   */
  @Benchmark
  public void datasetWriteSdk(DatasetState s, Blackhole bh) throws IOException {
    if (s.csvWriter != null) {
      bh.consume(s.writeCsv(s.sdk));
      return;
    }
    for (Dataset d : s.sdkYears) {
      bh.consume(s.sdkWriter.writeToBytes(d));
    }
  }

  /**
   * Jackson writes the five plain yearly documents (JSON, XML) or the plain rows (CSV).
   *
   * @param s the state
   * @param bh consumes the bytes
   */
  @Benchmark
  public void datasetWritePojo(DatasetState s, Blackhole bh) {
    if (s.csvWriter != null) {
      bh.consume(s.csvWriter.writeValueAsBytes(s.pojoRows));
      return;
    }
    for (DatasetDocP d : s.pojoYears) {
      bh.consume(s.pojoMapper.writeValueAsBytes(d));
    }
  }

  /**
   * The SDK reads the five yearly datasets (JSON, XML) or the panel (CSV).
   *
   * @param s the state
   * @param bh consumes the datasets
   * @throws IOException never (in memory)
   */
  @Benchmark
  public void datasetReadSdk(DatasetState s, Blackhole bh) throws IOException {
    if (s.csvWriter != null) {
      bh.consume(s.readCsv(s.sdkBytes[0]));
      return;
    }
    for (byte[] b : s.sdkBytes) {
      bh.consume(s.sdkReader.read(b, Dataset.class));
    }
  }

  /**
   * Jackson reads the five plain yearly documents (JSON, XML) or the plain rows (CSV).
   *
   * @param s the state
   * @param bh consumes the objects
   * @throws IOException never (in memory)
   */
  @Benchmark
  public void datasetReadPojo(DatasetState s, Blackhole bh) throws IOException {
    if (s.csvWriter != null) {
      bh.consume(s.csvReader.<ObsP>readValues(s.pojoBytes[0]).readAll());
      return;
    }
    for (byte[] b : s.pojoBytes) {
      bh.consume(s.pojoMapper.readValue(b, DatasetDocP.class));
    }
  }
}

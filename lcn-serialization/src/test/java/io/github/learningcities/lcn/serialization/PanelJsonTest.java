package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.indicators.data.Dataset;
import io.github.learningcities.lcn.indicators.data.InvalidDatasetException;
import io.github.learningcities.lcn.indicators.data.Panel;
import io.github.learningcities.lcn.indicators.data.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The written form of a panel: read from hand-written JSON as documented, irregular panels
 * kept exactly, and broken panels refused with a message naming the place.
 */
class PanelJsonTest {
  private static final ObjectMapper JSON = LcnJson.standard().mapper();
  private static final ObjectMapper XML = LcnXml.standard().mapper();

  private static final Unit KYIV = new Unit("kyiv", "Kyiv", Map.of(), Map.of());
  private static final Unit LVIV = Unit.of("lviv", null);

  private static Panel read(String json) {
    return JSON.readValue(json.replace('\'', '"'), Panel.class);
  }

  private static Dataset dataset(List<Unit> units, Object... indicatorThenColumn) {
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (int i = 0; i < indicatorThenColumn.length; i += 2) {
      columns.put((String) indicatorThenColumn[i], (double[]) indicatorThenColumn[i + 1]);
    }
    return Dataset.ofColumns(units, columns);
  }

  @Test
  void aHandWrittenPanelReadsAsDocumented() {
    Panel p = read("{'times': [2018, 2019], 'indicators': ['a', 'b'], 'units': ["
        + "{'code': 'kyiv', 'name': 'Kyiv', 'byTime': ["
        + "  {'time': 2018, 'values': {'a': 1.5, 'b': 2}}, {'time': 2019, 'values': {'b': 3}}]},"
        + "{'code': 'lviv', 'byTime': [{'time': 2019}]}]}");
    double na = Dataset.MISSING;
    assertThat(p).isEqualTo(Panel.of(Map.of(
        2018, dataset(List.of(KYIV), "a", new double[] {1.5}, "b", new double[] {2}),
        2019, dataset(List.of(KYIV, LVIV), "a", new double[] {na, na},
            "b", new double[] {3, na}))));
  }

  @Test
  void anIrregularPanelIsWrittenCompactlyAndReadBackEqual() {
    Unit kyivLater = new Unit("kyiv", "Kyiv", Map.of(), Map.of("Population", 2.9e6));
    Unit odesa = Unit.of("odesa", null);
    Panel p = Panel.of(Map.of(
        2018, dataset(List.of(KYIV, odesa, LVIV), "a", new double[] {1, 2, 3},
            "b", new double[] {4, 5, 6}),
        // lviv and odesa swap places, kyiv gets a denominator, the columns another order
        2019, dataset(List.of(kyivLater, LVIV, odesa), "b", new double[] {7, 8, 9},
            "a", new double[] {10, 11, 12}),
        2020, dataset(List.of(LVIV), "b", new double[] {13}, "a", new double[] {14})));
    for (ObjectMapper m : List.of(JSON, XML)) {
      String text = m.writeValueAsString(p);
      assertThat(m.readValue(text, Panel.class)).isEqualTo(p);
      assertThat(m.writeValueAsString(m.readValue(text, Panel.class))).isEqualTo(text);
    }
    JsonNode tree = JSON.readTree(JSON.writeValueAsString(p));
    assertThat(tree.get("indicators").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(tree.get("columnOrders").toString())
        .isEqualTo("[{\"time\":2019,\"indicators\":[\"b\",\"a\"]},"
            + "{\"time\":2020,\"indicators\":[\"b\",\"a\"]}]");
    // kyiv twice (two versions), lviv once for all three years, odesa twice (orders cross)
    assertThat(tree.get("units").valueStream().map(u -> u.get("code").asString()
        + u.get("byTime").valueStream().map(t -> t.get("time").asString()).toList()))
        .containsExactly("kyiv[2018]", "kyiv[2019]", "odesa[2018]", "lviv[2018, 2019, 2020]",
            "odesa[2019]");
  }

  @Test
  void aValueForAnUndeclaredIndicatorNamesTheUnitAndTime() {
    assertThatThrownBy(() -> read("{'times': [2018, 2019], 'indicators': ['a'], 'units': ["
        + "{'code': 'kyiv', 'byTime': [{'time': 2018, 'values': {'a': 1}},"
        + " {'time': 2019, 'values': {'c': 2}}]}]}"))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("unit 'kyiv' at time 2019 has a value for 'c'")
        .hasMessageContaining("not among the indicators [a]");
  }

  @Test
  void aTimeListedTwiceIsRefused() {
    assertThatThrownBy(() -> read("{'times': [2018, 2019, 2018], 'indicators': ['a'],"
        + " 'units': []}"))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("time 2018 is listed twice among the times");
  }

  @Test
  void aUnitTwiceAtOneTimeOrAtAnUnlistedTimeIsRefused() {
    assertThatThrownBy(() -> read("{'times': [2018], 'indicators': ['a'], 'units': ["
        + "{'code': 'kyiv', 'byTime': [{'time': 2018}]},"
        + "{'code': 'kyiv', 'name': 'Kyiv', 'byTime': [{'time': 2018}]}]}"))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("unit 'kyiv' appears twice at time 2018");
    assertThatThrownBy(() -> read("{'times': [2018], 'indicators': ['a'], 'units': ["
        + "{'code': 'kyiv', 'byTime': [{'time': 2017, 'values': {'a': 1}}]}]}"))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("unit 'kyiv' has time 2017, which is not among the times [2018]");
    assertThatThrownBy(() -> read("{'times': [2018], 'indicators': ['a'], 'units': ["
        + "{'code': 'kyiv'}]}")).isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("unit 'kyiv' is at no time point");
  }

  @Test
  void aColumnOrderThatIsNotThePanelsIndicatorsIsRefused() {
    assertThatThrownBy(() -> read("{'times': [2018], 'indicators': ['a', 'b'],"
        + " 'columnOrders': [{'time': 2018, 'indicators': ['b', 'c']}]}"))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("the column order of time 2018 lists [b, c]")
        .hasMessageContaining("expected the indicators [a, b] in some order");
  }

  @Test
  void aPanelWithoutTimePointsIsRefused() {
    assertThatThrownBy(() -> read("{'indicators': ['a']}"))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("at least one time point");
  }

  @Test
  void anImputedCellThatThePanelDoesNotHoldIsRefused() {
    String panel = "{'times': [2018], 'indicators': ['a'], 'units': ["
        + "{'code': 'kyiv', 'byTime': [{'time': 2018, 'values': {'a': 1}}]}]}";
    String json = "{'panel': " + panel + ", 'cells': [{'time': 2018, 'unit': 'kyiv',"
        + " 'indicator': 'a', 'value': 1}]}";
    assertThat(JSON.readValue(json.replace('\'', '"'), Panel.Imputed.class).cells())
        .containsExactly(new Panel.ImputedCell(2018, "kyiv", "a", 1));
    assertThatThrownBy(() -> JSON.readValue(json.replace("'value': 1", "'value': 2")
        .replace('\'', '"'), Panel.Imputed.class))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("imputed cell at time 2018, unit 'kyiv', indicator 'a'")
        .hasMessageContaining("the value 2.0 differs from the panel's (1.0)");
    assertThatThrownBy(() -> JSON.readValue(json.replace("'unit': 'kyiv'", "'unit': 'lviv'")
        .replace('\'', '"'), Panel.Imputed.class))
        .isInstanceOf(InvalidDatasetException.class)
        .hasMessageContaining("unit 'lviv'").hasMessageContaining("no such cell");
  }
}

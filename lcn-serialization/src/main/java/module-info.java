/**
 * The formats of the LCN SDK: JSON and XML documents, COINr's iData/iMeta tables, observation
 * and results tables (CSV).
 *
 * @since 0.1.0
 */
// "module": the qualified export names lcn-cli and lcn-excel, which are built after this module.
@SuppressWarnings("module")
module io.github.learningcities.lcn.serialization {
  requires transitive io.github.learningcities.lcn.indicators;
  // LcnJson.mapper() returns a JsonMapper and LcnModule is a databind module: a consumer that
  // requires this module must read databind (and, through it, jackson-core) to use them.
  requires transitive tools.jackson.databind;
  // LcnXml.mapper() returns an XmlMapper.
  requires transitive tools.jackson.dataformat.xml;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.csv;
  requires java.xml;
  requires org.codehaus.stax2;
  requires org.slf4j;

  exports io.github.learningcities.lcn.serialization;
  exports io.github.learningcities.lcn.serialization.coinr;
  exports io.github.learningcities.lcn.serialization.csv;
  // The command line and lcn-excel write through the same atomic write path (AtomicFiles).
  exports io.github.learningcities.lcn.serialization.internal to
      io.github.learningcities.lcn.cli, io.github.learningcities.lcn.excel;

  // Jackson binds the document envelopes and wire records by reflection.
  opens io.github.learningcities.lcn.serialization to tools.jackson.databind;
  opens io.github.learningcities.lcn.serialization.internal to tools.jackson.databind;
}

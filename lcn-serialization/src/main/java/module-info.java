/**
 * The formats of the LCN SDK: COINr's iData/iMeta tables, read and written with Jackson CSV.
 *
 * @since 0.1.0
 */
module io.github.learningcities.lcn.serialization {
  requires transitive io.github.learningcities.lcn.indicators;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires org.slf4j;

  exports io.github.learningcities.lcn.serialization;
  exports io.github.learningcities.lcn.serialization.coinr;
}

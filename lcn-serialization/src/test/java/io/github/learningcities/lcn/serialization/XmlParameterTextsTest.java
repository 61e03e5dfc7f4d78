package io.github.learningcities.lcn.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.learningcities.lcn.indicators.pipeline.Imputation;
import io.github.learningcities.lcn.indicators.pipeline.Normalisation;
import io.github.learningcities.lcn.indicators.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * XML carries no value types, so a parameter's text that looks like a number is read as one;
 * a parameter every built-in method declares as a text (a group variable, a reference unit)
 * stays the text written, or a group called 2019 would be refused as "a number, expected a
 * text" now that parameters are typed.
 */
class XmlParameterTextsTest {
  @Test
  void aTextParameterThatLooksLikeANumberRoundTrips() {
    Pipeline p = Pipeline.coinrDefault().withImputation(Imputation.groupMean("2019"))
        .withNormalisation(Normalisation.distanceToReference("1000", true));
    String xml = LcnXml.standard().writeToString(p);
    assertThat(xml).contains("<group>2019</group>");
    assertThat(LcnXml.standard().read(xml, Pipeline.class)).isEqualTo(p);
    assertThat(LcnJson.standard().read(LcnJson.standard().writeToString(p), Pipeline.class))
        .isEqualTo(p);
  }
}

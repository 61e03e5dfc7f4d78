package io.github.learningcities.lcn.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.learningcities.lcn.model.InvalidModelException;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void keepsAllFields() {
    Provenance p = Provenance.builder()
        .source("UIL (2015) Guiding Documents")
        .edition("2015")
        .date(LocalDate.of(2015, 9, 28))
        .year(Year.of(2015))
        .confidence(Confidence.VERIFIED)
        .note("reprint")
        .build();
    assertThat(p.source()).isEqualTo("UIL (2015) Guiding Documents");
    assertThat(p.edition()).contains("2015");
    assertThat(p.effectiveYear()).contains(Year.of(2015));
    assertThat(p.note()).contains("reprint");
  }

  @Test
  void effectiveYearFallsBackToTheDate() {
    Provenance p = Provenance.builder().source("s").date(LocalDate.of(2013, 10, 23))
        .confidence(Confidence.PROBABLE).build();
    assertThat(p.effectiveYear()).contains(Year.of(2013));
    assertThat(Provenance.of("s", Confidence.UNVERIFIED).effectiveYear()).isEmpty();
  }

  @Test
  void rejectsABlankSource() {
    assertThatThrownBy(() -> Provenance.of("  ", Confidence.VERIFIED))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("source")
        .hasMessageContaining("non-blank");
  }

  @Test
  void rejectsADateThatDisagreesWithTheYear() {
    assertThatThrownBy(() -> Provenance.builder().source("Beijing report")
            .date(LocalDate.of(2014, 1, 1)).year(Year.of(2013))
            .confidence(Confidence.VERIFIED).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Provenance[Beijing report].year: 2013 is invalid;"
            + " expected the year of the date 2014-01-01");
  }

  @Test
  void rejectsAMissingConfidence() {
    assertThatThrownBy(() -> Provenance.builder().source("s").build())
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("confidence");
  }

  @Test
  void parsesConfidenceTags() {
    assertThat(Confidence.parse("[V]")).contains(Confidence.VERIFIED);
    assertThat(Confidence.parse(" p ")).contains(Confidence.PROBABLE);
    assertThat(Confidence.parse("unverified")).contains(Confidence.UNVERIFIED);
    assertThat(Confidence.parse("[X]")).isEmpty();
    assertThat(Confidence.VERIFIED.tag()).isEqualTo("[V]");
    assertThat(Confidence.VERIFIED.isAtLeast(Confidence.PROBABLE)).isTrue();
    assertThat(Confidence.UNVERIFIED.isAtLeast(Confidence.PROBABLE)).isFalse();
  }
}

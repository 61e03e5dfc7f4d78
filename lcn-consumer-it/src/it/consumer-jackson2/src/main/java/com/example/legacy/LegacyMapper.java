package com.example.legacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson 2 mapper of an application that has not moved to Jackson 3.
 *
 * @since 0.1.0
 */
public final class LegacyMapper {
  private LegacyMapper() {}

  /**
   * A Jackson 2 mapper for the SDK's model: Optional and java.time support, ISO dates.
   *
   * @return a new mapper
   */
  public static ObjectMapper create() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }
}

/**
 * The learning-city domain model of the LCN SDK: immutable, validated value types and the
 * built-in reference catalogs.
 *
 * @since 0.1.0
 */
module io.github.learningcities.lcn.model {
  requires static org.immutables.value;
  requires static tools.jackson.databind;
  requires static com.fasterxml.jackson.databind;
  requires static org.hibernate.validator;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;

  exports io.github.learningcities.lcn.model;
  exports io.github.learningcities.lcn.model.text;
  exports io.github.learningcities.lcn.model.place;
  exports io.github.learningcities.lcn.model.city;
  exports io.github.learningcities.lcn.model.people;
  exports io.github.learningcities.lcn.model.network;
  exports io.github.learningcities.lcn.model.declaration;
  exports io.github.learningcities.lcn.model.event;
  exports io.github.learningcities.lcn.model.validation;
  exports io.github.learningcities.lcn.model.builtin;
  exports io.github.learningcities.lcn.model.catalog;
  exports io.github.learningcities.lcn.model.unesco;
  exports io.github.learningcities.lcn.model.award;
  exports io.github.learningcities.lcn.model.application;

  // Jackson binds the generated Immutable*.Json delegates, which are not public.
  opens io.github.learningcities.lcn.model.text to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.place to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.city to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.people to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.network to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.declaration to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.event to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.validation to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.catalog to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.unesco to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.award to tools.jackson.databind,
      com.fasterxml.jackson.databind;
  opens io.github.learningcities.lcn.model.application to tools.jackson.databind,
      com.fasterxml.jackson.databind;
}

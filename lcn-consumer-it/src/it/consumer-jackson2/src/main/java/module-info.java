/** A downstream application on Jackson 2 that binds the SDK's model types. */
module com.example.legacy {
  requires transitive io.github.learningcities.lcn.model;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports com.example.legacy;
}

/**
 * A downstream application: it requires the SDK's formats module only and reaches the engine,
 * the model and the Jackson mappers through that module's {@code requires transitive}.
 */
module com.example.cityportal {
  requires transitive io.github.learningcities.lcn.serialization;

  exports com.example.cityportal;
}

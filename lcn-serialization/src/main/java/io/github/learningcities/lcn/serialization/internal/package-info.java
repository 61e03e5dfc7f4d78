/**
 * The Jackson glue behind the public mappers: data-transfer records for the engine types, the
 * converters between them and the engine types, and the document envelopes. Not exported.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.serialization.internal;

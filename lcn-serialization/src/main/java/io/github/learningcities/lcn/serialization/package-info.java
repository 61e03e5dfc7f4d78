/**
 * Formats of the LCN SDK: readers and writers that turn documents into the SDK's model and
 * engine types and back, and the exceptions they throw. A reader either returns a complete
 * value or throws a {@link io.github.learningcities.lcn.serialization.DocumentReadException}
 * that names the document, the line, the column and the field at fault, and says what would be
 * valid; it never returns a partial value. COINr's iData/iMeta tables live in
 * {@link io.github.learningcities.lcn.serialization.coinr}.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.serialization;

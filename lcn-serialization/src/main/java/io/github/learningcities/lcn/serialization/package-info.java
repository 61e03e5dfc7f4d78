/**
 * Formats of the LCN SDK: readers and writers that turn documents into the SDK's model and
 * engine types and back, and the exceptions they throw. A reader either returns a complete
 * value or throws a {@link io.github.learningcities.lcn.serialization.DocumentReadException}
 * that names the document, the line, the column and the field at fault, and says what would be
 * valid; it never returns a partial value. COINr's iData/iMeta tables live in
 * {@link io.github.learningcities.lcn.serialization.coinr}, long-format observation tables and
 * the wide results table in {@link io.github.learningcities.lcn.serialization.csv}.
 *
 * <p>A JSON Schema (draft 2020-12) and an XSD of every
 * {@link io.github.learningcities.lcn.serialization.DocumentKind} ship in this artifact as
 * resources, one pair per format version:
 * {@code io/github/learningcities/lcn/serialization/schema/1.0/<kind>.schema.json} (with the
 * shared {@code lcn-types.schema.json}; {@code $id}s under
 * {@code https://learningcities.github.io/lcn/schema/1.0/}, which a validator maps to these
 * resources) and {@code .../schema/1.0/<kind>.xsd} (including {@code lcn-types.xsd}), where
 * {@code <kind>} is {@code network}, {@code declaration}, {@code framework},
 * {@code pipeline}, {@code dataset} or {@code results}. The schemas check the structure and
 * the simple rules (codes, dates, enumerations, ranges); the readers also check the rules that
 * span values (a parent that exists, weights of children, membership histories). In XML a map
 * keyed by a code is written with the key as element name, so the XSD leaves such maps open.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.serialization;

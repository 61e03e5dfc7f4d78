/**
 * The Office Open XML package behind the Excel API: a size-checked zip reader, the sheet and
 * shared-string parsers on the JDK's StAX with DTDs refused, and the workbook writer.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.excel.internal;

/**
 * Excel workbooks: {@link io.github.learningcities.lcn.excel.CoinrWorkbooks} reads and writes
 * COINr's iData/iMeta as sheets, {@link io.github.learningcities.lcn.excel.ExcelWorkbook} opens
 * any sheet as a table source under {@link io.github.learningcities.lcn.excel.WorkbookLimits},
 * and {@link io.github.learningcities.lcn.excel.ResultsWorkbook} writes a run's results as an
 * analyst's workbook (one sheet per step, results, weights, diagnostics, analysis tables).
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.excel;

/**
 * Implementation details of the model shared by several concept packages (identifier rules,
 * resource loading); not exported by the module and not part of the public API.
 *
 * @since 0.1.0
 */
package io.github.learningcities.lcn.model.internal;

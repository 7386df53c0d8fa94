/**
 * The draft editor's parts: the JSON tree being edited, fields bound to its JSON pointers, the checks
 * linked to those fields, and one form per part of a circuit.
 */
@NullMarked
package org.balise.web.backoffice.studio.editor;

import org.jspecify.annotations.NullMarked;

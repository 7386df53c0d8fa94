/**
 * Circuits being written in the studio: drafts in the documented JSON format, owned by their author, until
 * one is published as an immutable version of the catalogue. Shared by both doors (the back-office edits
 * them; a draft's preview is played on the play door).
 */
@NullMarked
package org.balise.web.drafts;

import org.jspecify.annotations.NullMarked;

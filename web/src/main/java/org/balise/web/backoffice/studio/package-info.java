/**
 * The authoring studio: authors list, import, write, check, try and publish circuits without touching JSON.
 * The studio edits a draft's JSON tree directly, field by field, so that whatever the forms do not show is
 * kept as it was, and an exported draft is the file the engine loads.
 */
@NullMarked
package org.balise.web.backoffice.studio;

import org.jspecify.annotations.NullMarked;

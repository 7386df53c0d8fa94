/** The datastore: the choice between the embedded server and a real MongoDB, documents and repositories. */
@NullMarked
package org.balise.web.store;

import org.jspecify.annotations.NullMarked;

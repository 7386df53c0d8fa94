/** The live feed: progress events per session, pushed to phones and teachers' dashboards as they happen. */
@NullMarked
package org.balise.web.live;

import org.jspecify.annotations.NullMarked;

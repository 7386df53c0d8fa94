/** Who may call what: back-office accounts and roles, password hashing, the first administrator. */
@NullMarked
package org.balise.web.security;

import org.jspecify.annotations.NullMarked;

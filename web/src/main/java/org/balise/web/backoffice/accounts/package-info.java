/**
 * The administrator's management of back-office accounts: who may sign in, with which roles, and their
 * generated passwords, shown once. The rules live in {@link org.balise.web.security.Accounts}.
 */
@NullMarked
package org.balise.web.backoffice.accounts;

import org.jspecify.annotations.NullMarked;

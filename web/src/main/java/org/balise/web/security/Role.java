package org.balise.web.security;

/** What a back-office account may do. Pupils have no account: a team token opens their team's data only. */
public enum Role {
    /** Creates and publishes circuits. */
    AUTHOR,
    /** Runs sessions for a class and sees only their own. */
    TEACHER,
    /** Manages accounts and sees everything. */
    ADMIN
}

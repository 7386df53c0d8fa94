package org.balise.web.security;

/**
 * Why an administrator's change to the accounts was refused, in a sentence the administrator can act on.
 * Nothing was changed.
 */
public class AccountRefused extends RuntimeException {

    private final Reason reason;

    private AccountRefused(Reason reason, String sentence) {
        super(sentence);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static AccountRefused invalidUsername() {
        return new AccountRefused(Reason.INVALID_USERNAME, "A username has " + Accounts.SHORTEST_USERNAME + " to "
                + Accounts.LONGEST_USERNAME + " characters: letters without accents, digits, dots, hyphens"
                + " or underscores.");
    }

    static AccountRefused usernameTaken(String username) {
        return new AccountRefused(Reason.USERNAME_TAKEN, "The username " + username
                + " is taken (capital letters make no difference): choose another.");
    }

    static AccountRefused noRole() {
        return new AccountRefused(Reason.NO_ROLE, "Choose at least one role.");
    }

    static AccountRefused unknownAccount(String username) {
        return new AccountRefused(Reason.UNKNOWN_ACCOUNT, "There is no account named " + username + " any more.");
    }

    static AccountRefused lastAdministrator(String username) {
        return new AccountRefused(Reason.LAST_ADMINISTRATOR, username + " is the last administrator, and Balise"
                + " needs one: make someone else an administrator first.");
    }

    static AccountRefused ownAccount() {
        return new AccountRefused(Reason.OWN_ACCOUNT,
                "You cannot delete your own account: another administrator can.");
    }

    public enum Reason {
        INVALID_USERNAME,
        USERNAME_TAKEN,
        NO_ROLE,
        UNKNOWN_ACCOUNT,
        LAST_ADMINISTRATOR,
        OWN_ACCOUNT
    }
}

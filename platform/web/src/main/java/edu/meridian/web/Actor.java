package edu.meridian.web;

/**
 * Who made a change, as the record keeps them: the user name, and the person's names at the time (from the token's
 * {@code name} and {@code name_zh} claims), so a record's history still names them after their account is gone.
 * A job has a user name of its own and no names.
 */
public record Actor(String username, String name, String nameZh) {

    public static Actor system(String username) {
        return new Actor(username, null, null);
    }
}

package io.tradewind.user;

/** The invited user, and the link that was mailed to them (for an admin to pass on by other means). */
public record InvitedUser(UserView user, String inviteUrl) {
}

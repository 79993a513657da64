package io.tradewind.team;

import io.tradewind.persistence.Ids;
import java.time.Instant;

/** A team member as the API shows it. */
public record TeamMemberView(String userId, String userName, String access, String addedById, Instant addedAt) {

    static TeamMemberView of(TeamMember member, String userName) {
        return new TeamMemberView(Ids.format(member.getUserId()), userName, member.getAccess().code(),
                Ids.format(member.getAddedById()), member.getCreatedAt());
    }
}

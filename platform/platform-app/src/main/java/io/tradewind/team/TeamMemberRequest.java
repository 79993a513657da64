package io.tradewind.team;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Adds a user to a record's team, or changes their access. */
public record TeamMemberRequest(
        @NotBlank @Schema(examples = "0SZZZZZZZZZZZ") String userId,
        @Schema(examples = "read-write", description = "read-only or read-write (default)") String access) {
}

package io.tradewind.identity;

import io.tradewind.access.Caller;
import io.tradewind.access.CallerDirectory;
import io.tradewind.access.CurrentCaller;
import io.tradewind.audit.AuditLog;
import io.tradewind.i18n.Messages;
import io.tradewind.persistence.Db;
import io.tradewind.persistence.Ids;
import io.tradewind.tenancy.Tenant;
import io.tradewind.user.UserAccount;
import io.tradewind.user.UserView;
import io.tradewind.web.Etags;
import io.tradewind.web.Patch;
import io.tradewind.web.Problems;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user: who they are, in which tenant, with which roles; their profile and password. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    /** The caller's view of themselves. */
    public record Me(UserView user, TenantRef tenant, List<String> roles, List<String> permissions, String dataScope) {
    }

    /** The tenant a user belongs to. */
    public record TenantRef(String id, String code, String name, String plan, String status) {
    }

    /** A password change. */
    @Schema(name = "PasswordChange")
    public record PasswordChange(@NotBlank @Size(max = 128) String currentPassword,
                                 @NotBlank @Size(max = 128) String newPassword) {
    }

    @Inject
    Db db;

    @Inject
    CurrentCaller current;

    @Inject
    CallerDirectory callers;

    @Inject
    PasswordHasher hasher;

    @Inject
    Sessions sessions;

    @Inject
    AuditLog audit;

    @Inject
    BuiltinIdentityOnly builtinOnly;

    @GET
    @Transactional
    @Operation(summary = "Who am I: user, tenant, roles, permissions and data scope")
    public Response me() {
        Caller caller = current.get();
        UserAccount user = db.require(UserAccount.class, caller.userId());
        return Response.ok(view(caller, user)).tag(Etags.of(user.getVersion())).build();
    }

    @PATCH
    @Transactional
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change my profile (name, locale, phone)", description = "Needs If-Match.")
    public Response update(@HeaderParam(Etags.IF_MATCH) String ifMatch, JsonObject body) {
        Caller caller = current.get();
        UserAccount user = db.require(UserAccount.class, caller.userId());
        Etags.require(ifMatch, user.getVersion());
        UserView before = UserView.of(user);
        Patch.of(body, "name", "locale", "phone")
                .text("name", 100, user::setName)
                .optionalText("locale", 10, locale -> user.setLocale(locale == null ? null : Messages.tag(Messages.fromTag(locale))))
                .optionalText("phone", 40, user::setPhone)
                .apply();
        db.em().flush();
        audit.record("user.profile-updated", "user", user.getId(), before, UserView.of(user));
        callers.forgetTenant(caller.tenantId());
        return Response.ok(view(caller, user)).tag(Etags.of(user.getVersion())).build();
    }

    @POST
    @Path("/password")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password", description = "Ends my other sessions.")
    public Response changePassword(@Valid @NotNull PasswordChange change) {
        builtinOnly.require();
        Caller caller = current.get();
        UserAccount user = db.require(UserAccount.class, caller.userId());
        if (!hasher.matches(change.currentPassword(), user.getPasswordHash())) {
            throw Problems.invalid("currentPassword", "validation.password.current");
        }
        Credentials.checkPassword("newPassword", change.newPassword(), user.getEmail()).ifPresent(error -> {
            throw Problems.invalid(List.of(error));
        });
        user.setPassword(hasher.hash(change.newPassword()));
        sessions.revokeAll(user.getId());
        audit.record("user.password-changed", "user", user.getId(), null, null);
        return Response.noContent().build();
    }

    private Me view(Caller caller, UserAccount user) {
        Tenant tenant = db.em().find(Tenant.class, caller.tenantId());
        return new Me(UserView.of(user),
                new TenantRef(Ids.format(tenant.getId()), tenant.getCode(), tenant.getName(), tenant.getPlanCode(),
                        tenant.getStatus().name().toLowerCase()),
                caller.roles().stream().sorted().toList(), caller.permissions().stream().sorted().toList(),
                caller.dataScope().name().toLowerCase());
    }
}

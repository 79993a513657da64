package io.tradewind.identity.keycloak;

import io.tradewind.identity.TokenResponse;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What tenant admins do to their users, mirrored in Keycloak. A person is one Keycloak user however
 * many companies they belong to, so "disabled in this company" is not a disabled Keycloak user but
 * the end of their membership in the company's organization (ADR 0251). Roles are mirrored as
 * groups (ADR 0254) so that the user's next token carries them.
 */
@ApplicationScoped
public class KeycloakUsers {

    private static final Logger LOG = Logger.getLogger(KeycloakUsers.class.getName());

    @Inject
    KeycloakSettings settings;

    @Inject
    KeycloakAdmin admin;

    @Inject
    KeycloakRoleGroups roleGroups;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** An invited user becomes a member (and a Keycloak user without a password, if new); undone on rollback. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void invited(String tenantCode, String email, String name, Set<String> roles) {
        if (!settings.enabled()) {
            return;
        }
        call(() -> {
            String organization = admin.organizationId(tenantCode);
            String existing = admin.findUserByEmail(email).orElse(null);
            String user = existing != null ? existing : admin.createUser(email, name, null);
            admin.addMember(organization, user);
            Set<String> before = roleGroups.set(tenantCode, user, roles);
            onRollback(() -> {
                admin.removeMember(organization, user);
                if (existing == null) {
                    admin.deleteUser(user);
                } else {
                    roleGroups.set(tenantCode, user, before);
                }
            });
        });
    }

    /** A tenant admin changed the user's roles: their next Keycloak token carries the new ones; restored on rollback. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rolesChanged(String tenantCode, String email, Set<String> roles) {
        if (settings.enabled()) {
            call(() -> admin.findUserByEmail(email).ifPresent(user -> {
                Set<String> before = roleGroups.set(tenantCode, user, roles);
                onRollback(() -> roleGroups.set(tenantCode, user, before));
            }));
        }
    }

    /** The invitation's password becomes the Keycloak password; answers with a Keycloak token for the company. */
    public TokenResponse accepted(String tenantCode, String email, String password) {
        return call(() -> {
            String user = admin.findUserByEmail(email).orElseThrow(
                    () -> new KeycloakException("No Keycloak user " + email, 404));
            admin.resetPassword(user, password);
            JsonObject token = admin.passwordGrant(email, password, tenantCode);
            return new TokenResponse(token.getString("access_token"), token.getString("refresh_token", null),
                    "Bearer", token.getJsonNumber("expires_in").longValue(),
                    token.containsKey("refresh_expires_in") ? token.getJsonNumber("refresh_expires_in").longValue() : 0);
        });
    }

    public void disabled(String tenantCode, String email) {
        if (settings.enabled()) {
            call(() -> admin.findUserByEmail(email)
                    .ifPresent(user -> admin.removeMember(admin.organizationId(tenantCode), user)));
        }
    }

    public void enabled(String tenantCode, String email) {
        if (settings.enabled()) {
            call(() -> admin.findUserByEmail(email)
                    .ifPresent(user -> admin.addMember(admin.organizationId(tenantCode), user)));
        }
    }

    private void onRollback(Runnable undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        undo.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Cannot undo a Keycloak change of a rolled-back transaction", e);
                    }
                }
            }
        });
    }

    private static void call(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (KeycloakException e) {
            LOG.log(Level.WARNING, "Keycloak refused a user change", e);
            throw Problems.of(ProblemType.UNAVAILABLE, "problem.keycloak.unavailable.detail");
        }
    }
}

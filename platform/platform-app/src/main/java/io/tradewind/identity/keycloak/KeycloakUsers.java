package io.tradewind.identity.keycloak;

import io.tradewind.identity.TokenResponse;
import io.tradewind.web.ProblemType;
import io.tradewind.web.Problems;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
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
    public static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** As long as a built-in reset link lives. */
    private static final int PASSWORD_LINK_SECONDS = 3600;

    @Inject
    KeycloakSettings settings;

    @Inject
    KeycloakAdminApi admin;

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
            KeycloakAdminApi.Token token = admin.passwordGrant(email, password, tenantCode);
            return new TokenResponse(token.accessToken(), token.refreshToken(), "Bearer", token.expiresIn(),
                    token.refreshExpiresIn());
        });
    }

    /**
     * A tenant admin reset the user's password: Keycloak's UPDATE_PASSWORD required action, so their
     * next sign-in asks for a new one, and Keycloak's e-mail with a link to set it when the realm can
     * send mail. Answers whether Keycloak sent that e-mail.
     */
    public boolean passwordResetRequested(String email) {
        return call(() -> {
            String user = admin.findUserByEmail(email).orElseThrow(
                    () -> new KeycloakException("No Keycloak user " + email, 404));
            admin.requireAction(user, UPDATE_PASSWORD);
            try {
                admin.executeActionsEmail(user, List.of(UPDATE_PASSWORD), PASSWORD_LINK_SECONDS);
                return true;
            } catch (KeycloakException e) {
                if (e.status() == 0) {
                    throw e;
                }
                LOG.log(Level.INFO, e, () -> "Keycloak did not mail " + email + " (realm without SMTP?); "
                        + "the password must be changed at the next sign-in");
                return false;
            }
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

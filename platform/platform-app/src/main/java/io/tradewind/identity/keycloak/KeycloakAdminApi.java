package io.tradewind.identity.keycloak;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Keycloak calls Tradewind makes, in JDK types only: its implementation runs keycloak-admin-client
 * in a class loader of its own (ADR 0255), so nothing of Keycloak's, RESTEasy's or Jackson's may cross
 * this interface. Every method throws {@link KeycloakException} when Keycloak refuses or cannot be reached.
 */
public interface KeycloakAdminApi extends AutoCloseable {

    /** The organization attribute that holds the tenant code (also its alias), for look-ups. */
    String TENANT_ATTRIBUTE = "tradewind-tenant";

    /** A token answer of Keycloak's token endpoint. */
    record Token(String accessToken, String refreshToken, long expiresIn, long refreshExpiresIn) {
    }

    /** Creates an enabled user whose username is the e-mail (without a password when it is null); returns its id. */
    String createUser(String email, String name, String password);

    Optional<String> findUserByEmail(String email);

    void resetPassword(String userId, String password);

    /** The user's pending required actions, e.g. {@code UPDATE_PASSWORD}. */
    List<String> requiredActions(String userId);

    /** Adds a required action the user must complete at their next sign-in. */
    void requireAction(String userId, String action);

    /** Mails the user Keycloak's link to perform {@code actions}; needs the realm's SMTP settings. */
    void executeActionsEmail(String userId, List<String> actions, int lifespanSeconds);

    void deleteUser(String userId);

    /** Signs a user in to one organization with the confidential client (password grant). */
    Token passwordGrant(String email, String password, String organizationAlias);

    /** Creates an enabled organization whose alias (and {@link #TENANT_ATTRIBUTE}) is the tenant code; returns its id. */
    String createOrganization(String name, String alias);

    /** The id of the organization whose alias is the tenant code. */
    Optional<String> findOrganization(String alias);

    default String organizationId(String alias) {
        return findOrganization(alias).orElseThrow(() -> new KeycloakException("No organization " + alias, 404));
    }

    void setOrganizationEnabled(String organizationId, boolean enabled);

    void deleteOrganization(String organizationId);

    void addMember(String organizationId, String userId);

    void removeMember(String organizationId, String userId);

    /** The id of the group at {@code path}, e.g. {@code /tenants/acme}. */
    Optional<String> groupId(String path);

    /** Creates a group (top-level when {@code parentId} is null); returns its id. */
    String createGroup(String name, String parentId);

    void deleteGroup(String groupId);

    /** The user's groups: path to id. */
    Map<String, String> userGroups(String userId);

    void joinGroup(String userId, String groupId);

    void leaveGroup(String userId, String groupId);

    @Override
    void close();
}

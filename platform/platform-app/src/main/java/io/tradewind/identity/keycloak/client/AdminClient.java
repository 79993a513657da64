package io.tradewind.identity.keycloak.client;

import io.tradewind.identity.keycloak.KeycloakAdminApi;
import io.tradewind.identity.keycloak.KeycloakException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link KeycloakAdminApi} on keycloak-admin-client. Loaded only by {@code AdminClientLoader}'s own class
 * loader, next to the client's RESTEasy and Jackson, never by the application's (ADR 0255).
 * Signs in as the confidential client's service account; the client renews that token itself.
 */
public final class AdminClient implements KeycloakAdminApi {

    private final String serverUrl;
    private final String realmName;
    private final String clientId;
    private final String clientSecret;
    private final Client http;
    private final Keycloak keycloak;

    public AdminClient(String serverUrl, String realmName, String clientId, String clientSecret) {
        this.serverUrl = serverUrl;
        this.realmName = realmName;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS)
                .build();
        this.keycloak = builder().grantType(OAuth2Constants.CLIENT_CREDENTIALS).build();
    }

    @Override
    public String createUser(String email, String name, String password) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName(name);
        user.setEnabled(true);
        if (password != null) {
            user.setCredentials(List.of(password(password)));
        }
        return call("create user", () -> created("create user", realm().users().create(user)));
    }

    @Override
    public Optional<String> findUserByEmail(String email) {
        return call("find user", () -> realm().users().searchByEmail(email, true).stream().findFirst()
                .map(UserRepresentation::getId));
    }

    @Override
    public void resetPassword(String userId, String password) {
        run("set password", () -> realm().users().get(userId).resetPassword(password(password)));
    }

    @Override
    public List<String> requiredActions(String userId) {
        return call("read user", () -> {
            List<String> actions = realm().users().get(userId).toRepresentation().getRequiredActions();
            return actions == null ? List.of() : List.copyOf(actions);
        });
    }

    @Override
    public void requireAction(String userId, String action) {
        run("update user", () -> {
            var resource = realm().users().get(userId);
            UserRepresentation user = resource.toRepresentation();
            List<String> actions = new ArrayList<>(user.getRequiredActions() == null ? List.of() : user.getRequiredActions());
            if (!actions.contains(action)) {
                actions.add(action);
                user.setRequiredActions(actions);
                resource.update(user);
            }
        });
    }

    @Override
    public void executeActionsEmail(String userId, List<String> actions, int lifespanSeconds) {
        run("execute actions e-mail", () -> realm().users().get(userId).executeActionsEmail(actions, lifespanSeconds));
    }

    @Override
    public void deleteUser(String userId) {
        run("delete user", () -> ok("delete user", realm().users().delete(userId)));
    }

    @Override
    public Token passwordGrant(String email, String password, String organizationAlias) {
        // A Keycloak of its own for the user's grant, on the shared connection (not closed: that would close it).
        Keycloak user = builder().grantType(OAuth2Constants.PASSWORD).username(email).password(password)
                .scope("openid organization:" + organizationAlias).build();
        AccessTokenResponse token = call("password grant", () -> user.tokenManager().getAccessToken());
        return new Token(token.getToken(), token.getRefreshToken(), token.getExpiresIn(), token.getRefreshExpiresIn());
    }

    @Override
    public String createOrganization(String name, String alias) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setName(name);
        organization.setAlias(alias);
        organization.setEnabled(true);
        organization.setAttributes(Map.of(TENANT_ATTRIBUTE, List.of(alias)));
        return call("create organization", () -> created("create organization",
                realm().organizations().create(organization)));
    }

    @Override
    public Optional<String> findOrganization(String alias) {
        // The admin API's "search" matches names and domains, not aliases: find by the attribute.
        return call("find organization", () -> realm().organizations().searchByAttribute(TENANT_ATTRIBUTE + ":" + alias)
                .stream().filter(o -> alias.equals(o.getAlias())).findFirst().map(OrganizationRepresentation::getId));
    }

    @Override
    public void setOrganizationEnabled(String organizationId, boolean enabled) {
        run("update organization", () -> {
            var resource = realm().organizations().get(organizationId);
            OrganizationRepresentation organization = resource.toRepresentation();
            organization.setEnabled(enabled);
            ok("update organization", resource.update(organization));
        });
    }

    @Override
    public void deleteOrganization(String organizationId) {
        run("delete organization", () -> ok("delete organization", realm().organizations().get(organizationId).delete()));
    }

    @Override
    public void addMember(String organizationId, String userId) {
        run("add member", () -> ok("add member", realm().organizations().get(organizationId).members().addMember(userId)));
    }

    @Override
    public void removeMember(String organizationId, String userId) {
        run("remove member", () -> ok("remove member",
                realm().organizations().get(organizationId).members().member(userId).delete()));
    }

    @Override
    public Optional<String> groupId(String path) {
        return call("find group", () -> {
            try {
                return Optional.of(realm().getGroupByPath(path).getId());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public String createGroup(String name, String parentId) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(name);
        return call("create group", () -> created("create group", parentId == null
                ? realm().groups().add(group) : realm().groups().group(parentId).subGroup(group)));
    }

    @Override
    public void deleteGroup(String groupId) {
        run("delete group", () -> realm().groups().group(groupId).remove());
    }

    @Override
    public Map<String, String> userGroups(String userId) {
        return call("read user groups", () -> {
            Map<String, String> paths = new LinkedHashMap<>();
            realm().users().get(userId).groups(0, 1000, false).forEach(g -> paths.put(g.getPath(), g.getId()));
            return paths;
        });
    }

    @Override
    public void joinGroup(String userId, String groupId) {
        run("join group", () -> realm().users().get(userId).joinGroup(groupId));
    }

    @Override
    public void leaveGroup(String userId, String groupId) {
        run("leave group", () -> realm().users().get(userId).leaveGroup(groupId));
    }

    @Override
    public void close() {
        keycloak.close();
    }

    private KeycloakBuilder builder() {
        return KeycloakBuilder.builder().serverUrl(serverUrl).realm(realmName).clientId(clientId)
                .clientSecret(clientSecret).resteasyClient(http);
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(false);
        return credential;
    }

    private static String created(String what, Response response) {
        try (response) {
            if (response.getStatus() != 201) {
                throw refused(what, response);
            }
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    private static void ok(String what, Response response) {
        try (response) {
            if (response.getStatus() / 100 != 2) {
                throw refused(what, response);
            }
        }
    }

    private static void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    /** Keycloak's and RESTEasy's exceptions become ours: theirs are not the application's classes. */
    private static <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (WebApplicationException e) {
            throw refused(what, e.getResponse());
        } catch (ProcessingException e) {
            throw new KeycloakException("Keycloak is unreachable (" + what + ")", e);
        }
    }

    private static KeycloakException refused(String what, Response response) {
        String body = "";
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException e) {
            // the status says enough
        }
        return new KeycloakException("Keycloak answered " + response.getStatus() + " to " + what + ": " + body,
                response.getStatus());
    }
}
